"""The coalition-kg ontology namespace as a closed rdflib ``DefinedNamespace``.

One attribute per term; ``tests/ontology/test_namespace.py`` asserts these equal the terms
declared in ``ontology/ckg.ttl`` so a typo fails at once. Data IRIs (letters, agents,
signatures) live under a configurable base, see :mod:`kg.iris`.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["BIBO", "CKG", "CKG_THEME", "ORG", "SCHEMA", "WD", "WDT"]

BIBO = Namespace("http://purl.org/ontology/bibo/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
#: The theme concept scheme's namespace (``ontology/themes.ttl``).
CKG_THEME = Namespace("https://w3id.org/coalition-kg/theme/")


class CKG(DefinedNamespace):
    """Terms of the coalition-kg ontology (``https://w3id.org/coalition-kg/ontology#``)."""

    _NS = Namespace("https://w3id.org/coalition-kg/ontology#")
    _fail = True

    # classes
    Letter: URIRef  # a joint open letter (subclass of bibo:Letter)
    Signature: URIRef  # one listed signature: a signer on a letter at a position
    Demand: URIRef  # something a letter asks for, of an addressee
    Collective: URIRef  # a collective addressee such as "UN Member States" (foaf:Group)
    ThemeMention: URIRef  # a theme named in a letter's body, with a count
    LinkAssertion: URIRef  # a (reified) link of an agent to a Wikidata item, with provenance
    LinkingActivity: URIRef  # the run of the linker that produced link assertions
    SourceDocument: URIRef  # one published copy of a letter (a PDF, a web page)
    ParseWarning: URIRef  # a problem found while reading a letter
    WikidataItem: URIRef  # a Wikidata item whose facts were pulled into the facts graph

    # letters
    hasSignature: URIRef  # letter -> signature
    hasDemand: URIRef  # letter -> demand
    hasThemeMention: URIRef  # letter -> theme mention
    declaredTotal: URIRef  # number of signatories the letter declares
    anonymousCount: URIRef  # number of signatories the letter says chose anonymity
    listedCount: URIRef  # number of signatories the letter actually lists
    referenceScheme: URIRef  # numbering system of the reference (e.g. amnesty-index)
    hasSourceDocument: URIRef  # letter -> a copy it was read from
    previousVersion: URIRef  # letter -> the earlier issue it extends
    referencePrefix: URIRef  # region code of the reference (ASA)
    referenceSeries: URIRef  # series / sub-region code of the reference (17)
    referenceNumber: URIRef  # document number of the reference (3026)
    referenceYear: URIRef  # year in the reference (xsd:gYear)
    hasWarning: URIRef  # letter -> parse warning

    # signatures
    onLetter: URIRef  # signature -> letter
    signer: URIRef  # signature -> agent (org:Organization or foaf:Person)
    position: URIRef  # the entry's number in the letter (xsd:positiveInteger)
    nameAsWritten: URIRef  # the entry's raw text
    capacity: URIRef  # capacity in which an individual signed
    section: URIRef  # the signatory section the entry sat in
    repair: URIRef  # a repair applied to the entry's text
    firstSeen: URIRef  # date the signature was first seen
    sourceDocument: URIRef  # signature -> the source document it was read from

    # agents
    acronym: URIRef  # short form given by a letter
    countryHint: URIRef  # agent -> country (Wikidata item) hinted by its name
    countryCode: URIRef  # ISO 3166-1 alpha-2 code of a country hint
    themeHint: URIRef  # agent -> theme concept hinted by its name
    focusTheme: URIRef  # agent -> theme concept it works on
    role: URIRef  # role or office of a recipient, as written
    nationalSectionOf: URIRef  # agent -> the organisation it is a national section/chapter of

    # demands
    demandText: URIRef  # the demand in the letter's words
    addressee: URIRef  # demand -> agent asked

    # theme mentions
    theme: URIRef  # theme mention -> theme concept
    mentions: URIRef  # number of mentions

    # parse warnings
    warningCode: URIRef  # stable tag of a warning (count-mismatch ...)
    warningMessage: URIRef  # human-readable text of a warning
    concernsPosition: URIRef  # a signatory position a warning is about

    # links and provenance
    linkSubject: URIRef  # link assertion -> agent
    linkTarget: URIRef  # link assertion -> Wikidata item
    decision: URIRef  # LINKED | REVIEW | NIL
    score: URIRef  # calibrated score in [0, 1]
    margin: URIRef  # score margin over the runner-up
    method: URIRef  # automatic | manual
    kbSource: URIRef  # knowledge-base source name
    kbRetrieved: URIRef  # date the knowledge-base data is from
    explanation: URIRef  # human-readable reason for the decision
