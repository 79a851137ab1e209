"""The Wikidata facts graph: what we pulled about the items our agents are linked to.

Facts are stated about Wikidata's own IRIs (``wd:Q..``) with Wikidata's direct properties
(``wdt:P31`` ...), in their own named graph, so they stay Wikidata's assertions, kept apart from
what the letters say. Each item carries the knowledge-base source and retrieval date. Derived
relations between *our* agents (``org:memberOf`` from P463, ``org:subOrganizationOf`` from P749)
and the Wikidata items of recipients' posts (from P39) are added here too, because they rest on
these facts.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.iris import DEFAULT_BASE, IriMinter, name_key
from kg.rdf.literals import is_qid, qid_iri, time_literal
from linkers.kb import Entity
from linkers.properties import PROP
from ontology.namespace import CKG, ORG, SCHEMA, WD, WDT

__all__ = ["LABEL_LANGUAGES", "WIKIDATA_GRAPH_NAME", "wikidata_graph"]

log = logging.getLogger(__name__)

#: Name of the facts graph under the data base (``{base}graph/wikidata``).
WIKIDATA_GRAPH_NAME = "wikidata"
#: Languages whose labels are copied into the facts graph.
LABEL_LANGUAGES = ("en", "mul", "fr", "es", "de", "zh", "ar", "ru", "ja", "pt")
_ITEM_PROPS = (PROP.INSTANCE_OF, PROP.COUNTRY, PROP.MEMBER_OF, PROP.PARENT_ORG, PROP.POSITION_HELD)
_DERIVED = {PROP.MEMBER_OF: ORG.memberOf, PROP.PARENT_ORG: ORG.subOrganizationOf}


def _qid_of(node: object) -> str | None:
    text = str(node)
    if text.startswith(str(WD)):
        qid = text[len(str(WD)) :]
        return qid if is_qid(qid) else None
    return None


def _linked(graphs: Iterable[Graph]) -> dict[str, tuple[set[URIRef], str | None]]:
    """QID → (our agents linked to it, retrieval date of the decision)."""
    found: dict[str, tuple[set[URIRef], str | None]] = {}
    for graph in graphs:
        for agent, target in graph.subject_objects(SKOS.exactMatch):
            qid = _qid_of(target)
            if qid is None or not isinstance(agent, URIRef):
                continue
            agents, date = found.setdefault(qid, (set(), None))
            agents.add(agent)
            for assertion in graph.subjects(CKG.linkTarget, target):
                retrieved = graph.value(assertion, CKG.kbRetrieved)
                if retrieved is not None and date is None:
                    found[qid] = (agents, str(retrieved))
    return found


def _item_facts(graph: Graph, entity: Entity) -> None:
    item = WD[entity.qid]
    for lang in LABEL_LANGUAGES:
        if lang in entity.labels:
            graph.add((item, RDFS.label, Literal(entity.labels[lang], lang=lang)))
    if "en" in entity.descriptions:
        graph.add((item, SCHEMA.description, Literal(entity.descriptions["en"], lang="en")))
    for prop in _ITEM_PROPS:
        for value in entity.values(prop):
            if is_qid(value):
                graph.add((item, WDT[prop], qid_iri(value)))
    for value in entity.values(PROP.INCEPTION):
        graph.add((item, WDT[PROP.INCEPTION], time_literal(value)))
    if entity.provenance:
        graph.add((item, CKG.kbSource, Literal(entity.provenance)))


def _derived(graph: Graph, linked: Mapping[str, tuple[set[URIRef], str | None]], entities) -> None:
    for qid, (agents, _) in linked.items():
        entity = entities.get(qid)
        if entity is None:
            continue
        for prop, relation in _DERIVED.items():
            for value in entity.values(prop):
                for other in linked.get(value, (set(), None))[0]:
                    for agent in agents:
                        if agent != other:
                            graph.add((agent, relation, other))


def _held_offices(person: str, entities: Mapping[str, Entity]) -> list[str]:
    """Offices a person held: their P39 values, and offices naming them as P1308 officeholder."""
    held = list(entities[person].values(PROP.POSITION_HELD)) if person in entities else []
    held += [q for q, e in entities.items() if person in e.values(PROP.OFFICEHOLDER)]
    return sorted(set(held))


def _offices(graph: Graph, letters: Iterable[Graph], linked, entities) -> set[str]:
    """Tie recipients' posts to the office items their linked person held (by label)."""
    matched: set[str] = set()
    for letter in letters:
        for agent, post in letter.subject_objects(ORG.holds):
            role = name_key(str(letter.value(post, RDFS.label) or ""))
            for qid, (agents, _) in linked.items():
                if agent not in agents:
                    continue
                for office in _held_offices(qid, entities):
                    record = entities.get(office)
                    if record is None:
                        continue
                    names = {name_key(t) for t in record.labels.values()}
                    names |= {name_key(a) for al in record.aliases.values() for a in al}
                    if role and role in names:
                        graph.add((post, SKOS.exactMatch, WD[office]))
                        matched.add(office)
    return matched


def _countries(graph: Graph, letters: Iterable[Graph], entities) -> set[str]:
    """Country items hinted by agents, each with its ISO code (and a label if no record)."""
    import pycountry

    from kg.rdf.agents import country_qid

    codes = {str(code) for letter in letters for code in letter.objects(None, CKG.countryCode)}
    found: set[str] = set()
    for code in sorted(codes):
        qid = country_qid(code)
        if qid is None:
            continue
        found.add(qid)
        graph.add((WD[qid], CKG.countryCode, Literal(code)))
        record = pycountry.countries.get(alpha_2=code)
        if qid not in entities and record is not None:
            graph.add((WD[qid], RDFS.label, Literal(record.name, lang="en")))
    return found


def wikidata_graph(
    letter_graphs: Iterable[Graph],
    entities: Mapping[str, Entity],
    *,
    base: str = DEFAULT_BASE,
    retrieved: str | None = None,
) -> Graph:
    """The facts graph for the items linked from ``letter_graphs``.

    Parameters
    ----------
    letter_graphs : iterable of rdflib.Graph
        Letter graphs as :func:`kg.rdf.build.letter_graph` makes them.
    entities : mapping of QID to Entity
        Wikidata records; items without a record get only their links and retrieval date.
    base : str
        Data base; the graph's name is ``{base}graph/wikidata``.
    retrieved : str, optional
        Retrieval date for every item (else the date of the KB that linked it).

    Returns
    -------
    rdflib.Graph
    """
    letters = list(letter_graphs)
    graph = Graph(identifier=IriMinter(base).graph(WIKIDATA_GRAPH_NAME))
    graph.bind("wd", WD)
    graph.bind("wdt", WDT)
    linked = _linked(letters)
    _derived(graph, linked, entities)
    items = set(linked) | _offices(graph, letters, linked, entities)
    items |= {q for g in letters for q in map(_qid_of, g.objects(None, ORG.postIn)) if q}
    items |= _countries(graph, letters, entities)
    for qid in sorted(items):
        item = WD[qid]
        graph.add((item, RDF.type, CKG.WikidataItem))
        date = retrieved or linked.get(qid, (set(), None))[1]
        if date:
            graph.add((item, CKG.kbRetrieved, time_literal(date)))
        entity = entities.get(qid)
        if entity is not None:
            _item_facts(graph, entity)
    return graph
