"""Build the RDF dataset: one named graph per letter, one of Wikidata facts, one ontology graph.

Data flow: parsed :class:`~kg.model.Letter` objects + link decisions
(:class:`~kg.model.LinkResult` lists) + Wikidata :class:`~linkers.kb.Entity` records →
:func:`build_dataset` → an ``rdflib.Dataset`` (``default_union=True``) that the store loads
and the exporters write.

``links`` is keyed by **letter IRI** (``str(IriMinter(base).letter(letter))``) or by the
letter's ``source_path``; both are accepted, the IRI wins when both are present.

Examples
--------
>>> from kg.model import Letter, Signatory
>>> letter = Letter(title="Toy letter", source_path="toy.txt", source_format="txt",
...                 signatories=(Signatory(1, "Org A (France)", "Org A", country_hints=("FR",)),))
>>> ds = build_dataset([letter], base="https://example.org/id/")
>>> len(list(ds.graphs())) >= 3
True
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SKOS, XSD

from kg.iris import DEFAULT_BASE, IriMinter, name_key
from kg.model import Letter, LinkResult, MentionRole
from kg.rdf.agents import add_recipient, add_signer, theme_iri
from kg.rdf.links import add_link, add_office_link, office_link
from kg.rdf.literals import count_literal, date_literal, language_tag, position_literal
from kg.rdf.ontology_graph import ONTOLOGY_GRAPH, ontology_graph
from kg.rdf.sections import add_national_sections
from kg.rdf.sink import Sink, TripleSet
from kg.rdf.versions import LetterGroup, group_letters
from kg.rdf.wikidata import WIKIDATA_GRAPH_NAME, wikidata_graph
from linkers.kb import Entity
from ontology.namespace import BIBO, CKG, ORG

__all__ = ["DEFAULT_BASE", "build_dataset", "letter_graph", "letter_triples", "links_for"]

log = logging.getLogger(__name__)


def links_for(
    letter: Letter, links: Mapping[str, Sequence[LinkResult]] | None, iri: str
) -> Sequence[LinkResult]:
    """The link decisions of one letter from a mapping keyed by letter IRI or source path."""
    if not links:
        return ()
    if iri in links:
        return links[iri]
    return links.get(letter.source_path, ())


def _bind(graph: Graph) -> None:
    graph.bind("ckg", CKG)
    graph.bind("bibo", BIBO)
    graph.bind("dcterms", DCTERMS)
    graph.bind("prov", PROV)


def _add_letter_node(graph: Sink, iri: URIRef, letter: Letter) -> None:
    graph.add((iri, RDF.type, CKG.Letter))
    graph.add((iri, RDF.type, BIBO.Letter))
    if letter.title:
        graph.add((iri, DCTERMS.title, Literal(letter.title)))
        graph.add((iri, RDFS.label, Literal(letter.title)))
    if letter.date:
        graph.add((iri, DCTERMS.date, date_literal(letter.date)))
    language = language_tag(letter.language)
    if language:
        graph.add((iri, DCTERMS.language, Literal(language, datatype=XSD.language)))
    ref = letter.reference
    if ref is not None:
        graph.add((iri, DCTERMS.identifier, Literal(ref.raw)))
        parts = (
            (CKG.referenceScheme, ref.scheme),
            (CKG.referencePrefix, ref.prefix),
            (CKG.referenceSeries, ref.series),
            (CKG.referenceNumber, ref.number),
        )
        for prop, value in parts:
            if value:
                graph.add((iri, prop, Literal(value)))
        if ref.year is not None:
            graph.add((iri, CKG.referenceYear, Literal(str(ref.year), datatype=XSD.gYear)))
    graph.add((iri, CKG.listedCount, count_literal(letter.listed_count)))
    for prop, count in (
        (CKG.declaredTotal, letter.declared_total),
        (CKG.anonymousCount, letter.anonymous_count),
    ):
        if count is not None and count >= 0:
            graph.add((iri, prop, count_literal(count)))
        elif count is not None:
            log.warning("negative count %s=%r of %s left out", prop, count, iri)


def _add_source(graph: Sink, minter: IriMinter, iri: URIRef, copy: Letter) -> URIRef:
    source = minter.source_document(iri, copy.source_path)
    graph.add((iri, CKG.hasSourceDocument, source))
    graph.add((source, RDF.type, CKG.SourceDocument))
    graph.add((source, DCTERMS.identifier, Literal(copy.source_path)))
    graph.add((source, DCTERMS.format, Literal(copy.source_format)))
    if copy.date:
        graph.add((source, DCTERMS.date, date_literal(copy.date)))
    return source


def _add_body(graph: Sink, minter: IriMinter, iri: URIRef, letter: Letter) -> None:
    for mention in letter.themes:
        concept = theme_iri(mention.id)
        if concept is None:
            continue
        node = minter.theme_mention(iri, mention.id)
        graph.add((iri, DCTERMS.subject, concept))
        graph.add((iri, CKG.hasThemeMention, node))
        graph.add((node, RDF.type, CKG.ThemeMention))
        graph.add((node, CKG.theme, concept))
        graph.add((node, CKG.mentions, count_literal(max(0, mention.mentions))))
        graph.add((node, RDFS.label, Literal(mention.label)))
    for index, warning in enumerate(letter.warnings, start=1):
        node = minter.warning(iri, index)
        graph.add((iri, CKG.hasWarning, node))
        graph.add((node, RDF.type, CKG.ParseWarning))
        graph.add((node, CKG.warningCode, Literal(warning.code)))
        graph.add((node, CKG.warningMessage, Literal(warning.message)))
        for position in warning.positions:
            if position > 0:
                graph.add((node, CKG.concernsPosition, position_literal(position)))


def _recipient_agents(graph: Sink, minter: IriMinter, iri: URIRef, letter: Letter):
    agents: dict[str, URIRef] = {}
    for recipient in letter.recipients:
        agent = add_recipient(graph, minter, recipient)
        graph.add((iri, BIBO.recipient, agent))
        for text in (recipient.name, recipient.as_written, recipient.role):
            if text:
                agents.setdefault(name_key(text), agent)
    return agents


def _add_demands(graph, minter, iri, letter: Letter, recipients: Mapping[str, URIRef]) -> None:
    for index, demand in enumerate(letter.demands, start=1):
        node = minter.demand(iri, index)
        graph.add((iri, CKG.hasDemand, node))
        graph.add((node, RDF.type, CKG.Demand))
        graph.add((node, CKG.demandText, Literal(demand.text)))
        if demand.addressee:
            agent = recipients.get(name_key(demand.addressee))
            if agent is None:
                agent = minter.agent(demand.addressee)
                graph.add((agent, RDF.type, FOAF.Agent))
                graph.add((agent, RDFS.label, Literal(demand.addressee)))
            graph.add((node, CKG.addressee, agent))


def letter_triples(
    letter: Letter,
    links: Sequence[LinkResult] = (),
    *,
    base: str = DEFAULT_BASE,
    version: int | None = None,
    previous_version: URIRef | None = None,
    copies: Sequence[Letter] = (),
    first_seen: Mapping[str, dt.date] | None = None,
    identities: Mapping[int, str] | None = None,
) -> tuple[URIRef, TripleSet]:
    """The letter's IRI and the triples of its named graph, without an rdflib store.

    Same parameters as :func:`letter_graph`; use this to stream letters into another store.
    ``identities`` maps a signatory's position to its corpus-wide identity
    (:func:`linkers.identity.assign_identities`), which then keys the signer's IRI.
    """
    minter = IriMinter(base)
    iri = minter.letter(letter, version=version)
    graph = TripleSet()
    _add_letter_node(graph, iri, letter)
    if previous_version is not None:
        graph.add((iri, CKG.previousVersion, previous_version))
        graph.add((iri, PROV.wasRevisionOf, previous_version))
    sources = [(letter, _add_source(graph, minter, iri, letter))]
    sources += [(copy, _add_source(graph, minter, iri, copy)) for copy in copies]
    recipients = _recipient_agents(graph, minter, iri, letter)
    _add_demands(graph, minter, iri, letter, recipients)
    _add_body(graph, minter, iri, letter)
    signers = _add_signatures(
        graph, minter, iri, letter, sources, first_seen or {}, identities or {}
    )
    add_national_sections(graph, minter, letter.signatories, signers)
    _add_links(graph, minter, iri, links, signers, recipients, _posts(minter, letter))
    return iri, graph


def letter_graph(
    letter: Letter,
    links: Sequence[LinkResult] = (),
    *,
    base: str = DEFAULT_BASE,
    version: int | None = None,
    previous_version: URIRef | None = None,
    copies: Sequence[Letter] = (),
    first_seen: Mapping[str, dt.date] | None = None,
) -> Graph:
    """The named graph of one letter (identifier: the letter's IRI).

    Parameters
    ----------
    letter : Letter
        The parsed letter.
    links : sequence of LinkResult
        Its link decisions (signatories matched by position, recipients by name).
    base : str
        Base of the minted data IRIs.
    version, previous_version : optional
        Version number of a re-issue and the IRI of the version it extends.
    copies : sequence of Letter
        Other published copies of the same letter (each becomes a ``ckg:SourceDocument``).
    first_seen : mapping of str to date, optional
        Date each signer (by :func:`~kg.iris.name_key` of its name) was first seen on any
        version; defaults to the letter's date.

    Returns
    -------
    rdflib.Graph
    """
    iri, triples = letter_triples(
        letter,
        links,
        base=base,
        version=version,
        previous_version=previous_version,
        copies=copies,
        first_seen=first_seen,
    )
    graph = Graph(identifier=iri)
    _bind(graph)
    graph.addN((s, p, o, graph) for s, p, o in triples)
    return graph


def _add_signatures(
    graph, minter, iri, letter, sources, first_seen, identities
) -> dict[int, URIRef]:
    signers: dict[int, URIRef] = {}
    seen_positions: dict[int, int] = {}
    in_source = [(source, {name_key(s.name) for s in copy.signatories}) for copy, source in sources]
    for signatory in letter.signatories:
        duplicate = seen_positions.get(signatory.position, 0)
        seen_positions[signatory.position] = duplicate + 1
        node = minter.signature(iri, signatory.position, duplicate=duplicate)
        agent = add_signer(graph, minter, signatory, identities.get(signatory.position))
        signers.setdefault(signatory.position, agent)
        graph.add((iri, CKG.hasSignature, node))
        graph.add((node, RDF.type, CKG.Signature))
        graph.add((node, CKG.onLetter, iri))
        graph.add((node, CKG.signer, agent))
        graph.add((node, CKG.position, position_literal(max(1, signatory.position))))
        graph.add((node, CKG.nameAsWritten, Literal(signatory.raw)))
        if signatory.capacity:
            graph.add((node, CKG.capacity, Literal(signatory.capacity)))
        if signatory.section:
            graph.add((node, CKG.section, Literal(signatory.section)))
        for repair in signatory.repairs:
            graph.add((node, CKG.repair, Literal(repair)))
        key = name_key(signatory.name)
        for source, keys in in_source:
            if key in keys:
                graph.add((node, CKG.sourceDocument, source))
        seen = first_seen.get(key, letter.date)
        if seen is not None:
            graph.add((node, CKG.firstSeen, date_literal(seen)))
    return signers


def _posts(minter: IriMinter, letter: Letter) -> dict[URIRef, URIRef]:
    """Recipient agent → the post it holds in this letter (as :func:`add_recipient` mints it)."""
    posts: dict[URIRef, URIRef] = {}
    for recipient in letter.recipients:
        if recipient.role:
            agent = minter.agent(recipient.name)
            posts.setdefault(agent, minter.post(agent, recipient.role))
    return posts


def _add_links(graph, minter, iri, links, signers, recipients, posts) -> None:
    for link in links:
        if link.role == MentionRole.SIGNATORY and link.position is not None:
            agent = signers.get(link.position)
        else:
            agent = recipients.get(name_key(link.name))
        if agent is None:
            log.warning("link decision for %r matches no mention of %s; skipped", link.name, iri)
            continue
        add_link(graph, minter, iri, agent, link)
        office = office_link(link)
        if office is not None and agent in posts:
            add_office_link(graph, minter, iri, posts[agent], office)


_INDEXED = frozenset(
    {SKOS.exactMatch, CKG.linkTarget, CKG.kbRetrieved, CKG.countryCode, ORG.holds, ORG.postIn}
)


def _facts_index(triples: TripleSet) -> Graph:
    """The few triples of a letter the Wikidata facts graph reads (a small, fast graph)."""
    index = Graph()
    posts = set()
    for s, p, o in triples:
        if p in _INDEXED:
            index.add((s, p, o))
            if p == ORG.holds:
                posts.add(o)
    index.addN((s, p, o, index) for s, p, o in triples if p == RDFS.label and s in posts)
    return index


def _add_group(
    dataset: Dataset,
    group: LetterGroup,
    links: Mapping[str, Sequence[LinkResult]] | None,
    base: str,
    identities: Mapping[str, Mapping[int, str]],
) -> list[Graph]:
    minter = IriMinter(base)
    graphs: list[Graph] = []
    previous: URIRef | None = None
    for number, version in enumerate(group.versions, start=1):
        letter = version.letter
        numbered = number if number > 1 else None
        iri, triples = letter_triples(
            letter,
            links_for(letter, links, str(minter.letter(letter, version=numbered))),
            base=base,
            version=numbered,
            previous_version=previous,
            copies=version.copies,
            first_seen=group.first_seen,
            identities=identities.get(letter.source_path),
        )
        target = dataset.graph(iri)
        # the store directly: Dataset.addN would wrap each quad's context in a new Graph
        dataset.store.addN((s, p, o, target) for s, p, o in triples)
        previous = iri
        graphs.append(_facts_index(triples))
    return graphs


def build_dataset(
    letters: Sequence[Letter],
    links: Mapping[str, Sequence[LinkResult]] | None = None,
    entities: Mapping[str, Entity] | None = None,
    *,
    base: str = DEFAULT_BASE,
    retrieved: str | None = None,
    identities: Mapping[str, Mapping[int, str]] | None = None,
) -> Dataset:
    """The whole dataset: letter graphs, the Wikidata facts graph and the ontology graph.

    Parameters
    ----------
    letters : sequence of Letter
        Parsed letters; copies of one letter are merged into one letter with several
        source documents, re-issues become versions (see :mod:`kg.rdf.versions`).
    links : mapping, optional
        Link decisions keyed by letter IRI or by ``Letter.source_path``.
    entities : mapping of QID to Entity, optional
        Wikidata records; facts of linked items go to the Wikidata graph.
    base : str
        Base of the minted data IRIs.
    retrieved : str, optional
        ISO date the Wikidata facts were retrieved (else each link's KB date).
    identities : mapping, optional
        ``source_path`` → (position → corpus-wide identity), e.g. from
        :func:`linkers.identity.assign_identities`: signers with one identity become one agent
        node across letters. Without it, signers are keyed by their name.

    Returns
    -------
    rdflib.Dataset
        With ``default_union=True``; graph names are the letter IRIs,
        :data:`~kg.rdf.wikidata.WIKIDATA_GRAPH_NAME` under ``base`` and
        :data:`~kg.rdf.ontology_graph.ONTOLOGY_GRAPH`.
    """
    dataset = Dataset(default_union=True)
    _bind(dataset)
    letter_graphs: list[Graph] = []
    for group in group_letters(letters):
        letter_graphs.extend(_add_group(dataset, group, links, base, identities or {}))
    facts = wikidata_graph(letter_graphs, entities or {}, base=base, retrieved=retrieved)
    target = dataset.graph(IriMinter(base).graph(WIKIDATA_GRAPH_NAME))
    dataset.store.addN((s, p, o, target) for s, p, o in facts)
    ontology = ontology_graph()
    onto = dataset.graph(ONTOLOGY_GRAPH)
    dataset.store.addN((s, p, o, onto) for s, p, o in ontology)
    for prefix, namespace in ontology.namespaces():
        dataset.bind(prefix, namespace, override=False)
    return dataset
