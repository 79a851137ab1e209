"""graphs.source reads coalition records from RDF through SPARQL only."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS, XSD

from graphs.source import load_coalition, rdflib_select
from ontology.namespace import CKG, CKG_THEME, ORG, SCHEMA, WD

EX = "urn:ex:"


def _toy_rdf() -> Graph:
    g = Graph()
    letter = URIRef(EX + "letter/one")
    other = URIRef(EX + "letter/two")
    for iri, date in ((letter, "2020-09-09"), (other, "2021-01-02")):
        g.add((iri, RDF.type, CKG.Letter))
        g.add((iri, DCTERMS.date, Literal(date, datatype=XSD.date)))
    g.add((letter, DCTERMS.title, Literal("Letter one")))
    agents = {}
    for n, name in enumerate(["ACAT Belgium", "SFT Japan", "Miloon Kothari"], start=1):
        agent = URIRef(f"{EX}agent/{n}")
        agents[name] = agent
        sig = URIRef(f"{EX}sig/{n}")
        g.add((letter, CKG.hasSignature, sig))
        g.add((sig, CKG.signer, agent))
        g.add((sig, CKG.position, Literal(n)))
        g.add((sig, CKG.nameAsWritten, Literal(name + " (as written)")))
        g.add((agent, FOAF.name, Literal(name)))
        g.add((agent, RDFS.label, Literal("zz other label")))
    # the second letter uses onLetter only
    sig = URIRef(EX + "sig/9")
    g.add((sig, CKG.onLetter, other))
    g.add((sig, CKG.signer, agents["SFT Japan"]))
    belgium, japan, person = agents["ACAT Belgium"], agents["SFT Japan"], agents["Miloon Kothari"]
    g.add((person, RDF.type, FOAF.Person))
    g.add((belgium, CKG.acronym, Literal("ACAT")))
    g.add((belgium, SCHEMA.alternateName, Literal("ACAT Belgique")))
    g.add((belgium, CKG.countryCode, Literal("be")))
    g.add((belgium, SKOS.exactMatch, WD.Q1))
    country = URIRef(WD + "Q17")
    g.add((japan, CKG.countryHint, country))
    g.add((country, CKG.countryCode, Literal("JP")))
    g.add((japan, CKG.themeHint, CKG_THEME["tibet"]))
    g.add((japan, CKG.focusTheme, CKG_THEME["tibet"]))
    g.add((japan, ORG.memberOf, URIRef(EX + "agent/network")))
    g.add((URIRef(EX + "agent/network"), FOAF.name, Literal("International Tibet Network")))
    review = URIRef(EX + "link/1")
    g.add((review, CKG.linkSubject, person))
    g.add((review, CKG.linkTarget, WD.Q5))
    g.add((review, CKG.decision, Literal("REVIEW")))
    linked = URIRef(EX + "link/2")
    g.add((linked, CKG.linkSubject, japan))
    g.add((linked, CKG.linkTarget, WD.Q42))
    g.add((linked, CKG.decision, Literal("LINKED")))
    return g


def test_load_reads_names_acronyms_countries_themes_and_kinds():
    data = load_coalition(rdflib_select(_toy_rdf()))
    belgium = data.agents[EX + "agent/1"]
    japan = data.agents[EX + "agent/2"]
    person = data.agents[EX + "agent/3"]
    assert belgium.name == "ACAT Belgium"  # foaf:name wins over rdfs:label
    assert belgium.acronym == "ACAT"
    assert belgium.alt_names == ("ACAT Belgique",)
    assert belgium.countries == ("BE",)
    assert japan.countries == ("JP",)  # through ckg:countryHint → ckg:countryCode
    assert japan.themes == ("tibet",)
    assert person.kind == "person" and belgium.kind == "organization"


def test_qids_come_from_exact_match_or_linked_assertions_only():
    data = load_coalition(rdflib_select(_toy_rdf()))
    assert data.agents[EX + "agent/1"].qid == "Q1"
    assert data.agents[EX + "agent/2"].qid == "Q42"
    assert data.agents[EX + "agent/3"].qid is None  # a REVIEW link is not a link


def test_signatures_letters_and_affiliations():
    data = load_coalition(rdflib_select(_toy_rdf()))
    assert len(data.signatures) == 4
    assert data.letters[EX + "letter/one"].title == "Letter one"
    assert data.letters[EX + "letter/two"].date == "2021-01-02"
    assert data.signatures[0].name_as_written == "ACAT Belgium (as written)"
    [affiliation] = data.affiliations
    assert affiliation.relation == "memberOf"
    assert affiliation.parent_label == "International Tibet Network"


def test_letters_filter_keeps_only_chosen_letters():
    data = load_coalition(rdflib_select(_toy_rdf()), letters=["letter/two"])
    assert set(data.letters) == {EX + "letter/two"}
    assert set(data.agents) == {EX + "agent/2"}


def test_seed_letter_reads_all_281_signers(seed_data):
    assert len(seed_data.agents) == 281
    assert sum(a.kind == "person" for a in seed_data.agents.values()) == 2
    assert sum(1 for a in seed_data.agents.values() if a.qid) == 4
