"""Read coalition records from the knowledge graph, through SPARQL only.

The KG stays the single source of truth: every function here takes a ``select`` callable that
runs a SPARQL SELECT and returns rows as ``dict[str, plain value]`` (C2's ``Store.select``, or
:func:`rdflib_select` over an rdflib graph in tests). Queries use the committed ontology terms
(:mod:`ontology.namespace`) and accept the usual label properties as alternatives.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from graphs.records import Affiliation, Agent, CoalitionData, LetterInfo, SignatureRecord
from ontology.namespace import CKG, CKG_THEME, WD

__all__ = ["Select", "load_coalition", "rdflib_select"]

log = logging.getLogger(__name__)

Select = Callable[[str], list[dict[str, Any]]]

PREFIXES = f"""
PREFIX ckg: <{CKG._NS}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

LETTERS = """SELECT ?letter ?title ?date WHERE {
  ?letter a ckg:Letter .
  OPTIONAL { ?letter dcterms:title ?title }
  OPTIONAL { ?letter dcterms:date ?date }
}"""

SIGNATURES = """SELECT ?letter ?signer ?position ?written WHERE {
  { ?letter ckg:hasSignature ?sig } UNION { ?sig ckg:onLetter ?letter }
  ?sig ckg:signer ?signer .
  OPTIONAL { ?sig ckg:position ?position }
  OPTIONAL { ?sig ckg:nameAsWritten ?written }
}"""

# ?rank orders the label properties: the first one present names the agent.
NAMES = """SELECT ?agent ?name ?rank WHERE {
  ?sig ckg:signer ?agent .
  { ?agent foaf:name ?name BIND(1 AS ?rank) }
  UNION { ?agent skos:prefLabel ?name BIND(2 AS ?rank) }
  UNION { ?agent schema:name ?name BIND(3 AS ?rank) }
  UNION { ?agent rdfs:label ?name BIND(4 AS ?rank) }
}"""

ALT_NAMES = """SELECT DISTINCT ?agent ?alt WHERE {
  ?sig ckg:signer ?agent .
  ?agent (schema:alternateName|skos:altLabel) ?alt .
}"""

ACRONYMS = """SELECT DISTINCT ?agent ?acronym WHERE {
  ?sig ckg:signer ?agent . ?agent ckg:acronym ?acronym .
}"""

PERSONS = """SELECT DISTINCT ?agent WHERE { ?sig ckg:signer ?agent . ?agent a foaf:Person . }"""

COUNTRIES = """SELECT DISTINCT ?agent ?code WHERE {
  ?sig ckg:signer ?agent .
  { ?agent ckg:countryCode ?code }
  UNION { ?agent ckg:countryHint ?country . ?country ckg:countryCode ?code }
}"""

THEMES = """SELECT DISTINCT ?agent ?theme WHERE {
  ?sig ckg:signer ?agent . ?agent (ckg:themeHint|ckg:focusTheme) ?theme .
}"""

QIDS = """SELECT DISTINCT ?agent ?item ?decision WHERE {
  ?sig ckg:signer ?agent .
  { ?agent skos:exactMatch ?item }
  UNION { ?link ckg:linkSubject ?agent ; ckg:linkTarget ?item ; ckg:decision ?decision }
}"""

AFFILIATIONS = """SELECT DISTINCT ?child ?parent ?relation ?label WHERE {
  ?sig ckg:signer ?child .
  { ?child org:memberOf ?parent BIND("memberOf" AS ?relation) }
  UNION { ?child org:subOrganizationOf ?parent BIND("subOrganizationOf" AS ?relation) }
  UNION { ?child ckg:nationalSectionOf ?parent BIND("nationalSectionOf" AS ?relation) }
  OPTIONAL { ?parent (foaf:name|skos:prefLabel|schema:name|rdfs:label) ?label }
}"""


def rdflib_select(graph: Any) -> Select:
    """A ``select`` callable over an rdflib ``Graph``/``Dataset`` (tests and small data).

    Parameters
    ----------
    graph : rdflib.Graph or rdflib.Dataset
        The graph to query; a Dataset is queried over the union of its graphs.

    Returns
    -------
    callable
        ``select(sparql) -> list[dict]`` with IRIs as ``str`` and literals as Python values.

    Examples
    --------
    >>> from rdflib import Graph, Literal, URIRef
    >>> from rdflib.namespace import FOAF
    >>> g = Graph()
    >>> _ = g.add((URIRef("urn:a"), FOAF.name, Literal("ACAT Belgium")))
    >>> rdflib_select(g)("SELECT ?n WHERE { ?s <http://xmlns.com/foaf/0.1/name> ?n }")
    [{'n': 'ACAT Belgium'}]
    """
    from rdflib import Literal

    def select(sparql: str) -> list[dict[str, Any]]:
        rows = []
        for row in graph.query(sparql):
            record = {}
            for key, value in row.asdict().items():
                record[key] = value.toPython() if isinstance(value, Literal) else str(value)
            rows.append(record)
        return rows

    return select


def _query(select: Select, body: str) -> list[dict[str, Any]]:
    return select(PREFIXES + body)


def _group(rows: Iterable[dict[str, Any]], key: str, value: str) -> dict[str, set[str]]:
    grouped: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row.get(value) is not None:
            grouped[str(row[key])].add(str(row[value]).strip())
    return grouped


def _theme_id(iri: str) -> str:
    return iri.removeprefix(str(CKG_THEME)).rsplit("#", 1)[-1]


def _qid(item: str) -> str | None:
    tail = item.removeprefix(str(WD))
    return tail if tail != item and tail.startswith("Q") else None


def _linked_qids(select: Select) -> dict[str, str]:
    found: dict[str, set[str]] = defaultdict(set)
    for row in _query(select, QIDS):
        decision = row.get("decision")
        if decision is not None and not str(decision).upper().endswith("LINKED"):
            continue
        qid = _qid(str(row["item"]))
        if qid:
            found[str(row["agent"])].add(qid)
    return {agent: sorted(qids)[0] for agent, qids in found.items()}


def _names(select: Select) -> dict[str, str]:
    best: dict[str, tuple[int, str]] = {}
    for row in _query(select, NAMES):
        agent, name, rank = str(row["agent"]), str(row["name"]).strip(), int(row["rank"])
        if name and (agent not in best or (rank, name) < best[agent]):
            best[agent] = (rank, name)
    return {agent: name for agent, (_, name) in best.items()}


def _signatures(select: Select) -> tuple[SignatureRecord, ...]:
    seen = set()
    for row in _query(select, SIGNATURES):
        position = row.get("position")
        written = row.get("written")
        seen.add(
            SignatureRecord(
                letter=str(row["letter"]),
                signer=str(row["signer"]),
                position=int(position) if position is not None else None,
                name_as_written=str(written) if written is not None else None,
            )
        )
    return tuple(sorted(seen, key=lambda s: (s.letter, s.position or 0, s.signer)))


def _letters(select: Select) -> dict[str, LetterInfo]:
    letters: dict[str, LetterInfo] = {}
    for row in _query(select, LETTERS):
        iri = str(row["letter"])
        date = row.get("date")
        title = row.get("title")
        letters.setdefault(
            iri,
            LetterInfo(
                id=iri,
                title=str(title) if title is not None else None,
                date=str(date)[:10] if date is not None else None,
            ),
        )
    return letters


def _affiliations(select: Select, signers: set[str]) -> tuple[Affiliation, ...]:
    found = {
        Affiliation(
            child=str(row["child"]),
            parent=str(row["parent"]),
            relation=str(row["relation"]),
            parent_label=str(row["label"]) if row.get("label") is not None else None,
        )
        for row in _query(select, AFFILIATIONS)
        if str(row["child"]) in signers and str(row["child"]) != str(row["parent"])
    }
    return tuple(sorted(found, key=lambda a: (a.child, a.parent, a.relation)))


def load_coalition(select: Select, *, letters: Iterable[str] | None = None) -> CoalitionData:
    """Read letters, signatures and signer attributes from the KG.

    Parameters
    ----------
    select : callable
        Runs a SPARQL SELECT and returns rows of plain values (see :func:`rdflib_select`).
    letters : iterable of str, optional
        Keep only these letters (IRIs, or IRI suffixes such as a slug); default all.

    Returns
    -------
    CoalitionData
        Agents that signed the kept letters, with names, acronyms, countries, themes, QIDs.

    Examples
    --------
    >>> from rdflib import Graph
    >>> data = load_coalition(rdflib_select(Graph()))
    >>> len(data.agents), len(data.signatures)
    (0, 0)
    """
    signatures = _signatures(select)
    all_letters = _letters(select)
    if letters is not None:
        wanted = [w for w in letters if w]
        keep = {i for i in all_letters if any(i == w or i.endswith(w) for w in wanted)}
        keep |= {s.letter for s in signatures if any(s.letter.endswith(w) for w in wanted)}
        signatures = tuple(s for s in signatures if s.letter in keep)
        all_letters = {i: info for i, info in all_letters.items() if i in keep}
    for sig in signatures:
        all_letters.setdefault(sig.letter, LetterInfo(id=sig.letter))
    signer_ids = {s.signer for s in signatures}
    names = _names(select)
    alts = _group(_query(select, ALT_NAMES), "agent", "alt")
    acronyms = _group(_query(select, ACRONYMS), "agent", "acronym")
    countries = _group(_query(select, COUNTRIES), "agent", "code")
    themes = _group(_query(select, THEMES), "agent", "theme")
    persons = {str(r["agent"]) for r in _query(select, PERSONS)}
    qids = _linked_qids(select)
    written = {s.signer: s.name_as_written for s in signatures if s.name_as_written}
    agents = {}
    for iri in sorted(signer_ids):
        name = names.get(iri) or written.get(iri) or iri.rsplit("/", 1)[-1]
        agents[iri] = Agent(
            id=iri,
            name=name,
            kind="person" if iri in persons else "organization",
            acronym=min(acronyms[iri]) if acronyms.get(iri) else None,
            alt_names=tuple(sorted(alts.get(iri, set()) - {name})),
            countries=tuple(sorted(c.upper() for c in countries.get(iri, ()))),
            themes=tuple(sorted(_theme_id(t) for t in themes.get(iri, ()))),
            qid=qids.get(iri),
        )
    log.debug("read %d agents, %d signatures from the KG", len(agents), len(signatures))
    return CoalitionData(
        agents=agents,
        letters=dict(sorted(all_letters.items())),
        signatures=signatures,
        affiliations=_affiliations(select, signer_ids),
    )
