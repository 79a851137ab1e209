"""Wikidata entity JSON → RDF in the shape the Wikidata Query Service serves.

Used to load a local SPARQL server (Oxigraph, QLever...) with entities for tests or for an
offline mirror of a snapshot. Follows the Wikibase RDF mapping: ``rdfs:label``,
``skos:altLabel``, ``schema:description``, ``wikibase:sitelinks`` on the item, truthy
``wdt:`` claims (best rank), full statements ``p:``/``ps:``/``psv:``/``pq:``/``pqv:`` with
``wikibase:rank``, time values with ``wikibase:timePrecision``, unknown values as
``.well-known/genid`` IRIs and "no value" as ``a wdno:P..``.

Examples
--------
>>> triples = list(entity_triples({"id": "Q1", "labels": {"en": {"value": "x"}}}))
>>> str(triples[0].predicate)
'<http://www.w3.org/2000/01/rdf-schema#label>'
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, RdfFormat, Triple, serialize

__all__ = ["NS", "entity_triples", "write_ntriples"]

WD = "http://www.wikidata.org/entity/"
#: Namespaces of the Wikibase RDF mapping.
NS = {
    "wd": WD,
    "wds": "http://www.wikidata.org/entity/statement/",
    "wdv": "http://www.wikidata.org/value/",
    "wdt": "http://www.wikidata.org/prop/direct/",
    "p": "http://www.wikidata.org/prop/",
    "ps": "http://www.wikidata.org/prop/statement/",
    "psv": "http://www.wikidata.org/prop/statement/value/",
    "pq": "http://www.wikidata.org/prop/qualifier/",
    "pqv": "http://www.wikidata.org/prop/qualifier/value/",
    "wdno": "http://www.wikidata.org/prop/novalue/",
    "wikibase": "http://wikiba.se/ontology#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "http://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "geo": "http://www.opengis.net/ont/geosparql#",
}
GENID = "http://www.wikidata.org/.well-known/genid/"
COMMONS_FILE = "http://commons.wikimedia.org/wiki/Special:FilePath/"
_RANKS = {"preferred": "PreferredRank", "normal": "NormalRank", "deprecated": "DeprecatedRank"}


def _n(prefix: str, local: str) -> NamedNode:
    return NamedNode(NS[prefix] + local)


def _xsd(value: str, kind: str) -> Literal:
    return Literal(value, datatype=_n("xsd", kind))


def _hash(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()


def _dt(time: str) -> str:
    """Wikibase ``+YYYY-MM-DDT..Z`` → xsd:dateTime (00 month/day become 01, as WDQS does)."""
    sign = "-" if time.startswith("-") else ""
    date, _, rest = time.lstrip("+-").partition("T")
    year, month, day = [*date.split("-"), "00", "00"][:3]
    month, day = month if month != "00" else "01", day if day != "00" else "01"
    return f"{sign}{year.lstrip('0').rjust(4, '0')}-{month}-{day}T{rest or '00:00:00Z'}"


def _iri_or_literal(text: str) -> NamedNode | Literal:
    try:
        return NamedNode(text)
    except ValueError:  # not a valid IRI (WDQS keeps such URLs as plain strings too)
        return Literal(text)


def _value(snak: Mapping[str, Any], value_prefix: str, subject: NamedNode) -> Iterator[Triple]:
    """Triples for one snak's simple value (``ps:``/``pq:``) and its value node."""
    prop = str(snak.get("property"))
    simple = NamedNode(NS[value_prefix] + prop)
    if snak.get("snaktype") == "somevalue":
        yield Triple(subject, simple, NamedNode(GENID + _hash(subject, prop)))
        return
    datavalue = snak.get("datavalue") or {}
    kind = datavalue.get("type")
    value: Any = datavalue.get("value")
    if kind == "wikibase-entityid":
        qid = value.get("id") or f"Q{value.get('numeric-id')}"
        yield Triple(subject, simple, NamedNode(WD + qid))
    elif kind == "monolingualtext":
        yield Triple(subject, simple, Literal(value["text"], language=value["language"]))
    elif kind == "time":
        node = _n("wdv", _hash(value))
        yield Triple(subject, simple, _xsd(_dt(value["time"]), "dateTime"))
        yield Triple(subject, NamedNode(NS[value_prefix + "v"] + prop), node)
        yield Triple(node, _n("wikibase", "timeValue"), _xsd(_dt(value["time"]), "dateTime"))
        precision = str(value.get("precision", 11))
        yield Triple(node, _n("wikibase", "timePrecision"), _xsd(precision, "integer"))
    elif kind == "quantity":
        node = _n("wdv", _hash(value))
        amount = str(value["amount"]).lstrip("+")
        unit = str(value.get("unit", "1"))
        unit_iri = NamedNode(unit if unit != "1" else WD + "Q199")
        yield Triple(subject, simple, _xsd(amount, "decimal"))
        yield Triple(subject, NamedNode(NS[value_prefix + "v"] + prop), node)
        yield Triple(node, _n("wikibase", "quantityAmount"), _xsd(amount, "decimal"))
        yield Triple(node, _n("wikibase", "quantityUnit"), unit_iri)
    elif kind == "globecoordinate":
        point = f"Point({value['longitude']} {value['latitude']})"
        yield Triple(subject, simple, Literal(point, datatype=_n("geo", "wktLiteral")))
    elif snak.get("datatype") == "commonsMedia":
        name = quote(str(value).replace(" ", "_"))
        yield Triple(subject, simple, NamedNode(COMMONS_FILE + name))
    elif snak.get("datatype") == "url":
        yield Triple(subject, simple, _iri_or_literal(str(value)))
    else:
        yield Triple(subject, simple, Literal(str(value)))


def _statement(item: NamedNode, prop: str, statement: Mapping[str, Any]) -> Iterator[Triple]:
    snak = statement["mainsnak"]
    sid = str(statement.get("id") or _hash(item, prop, snak)).replace("$", "-")
    node = _n("wds", sid)
    yield Triple(item, _n("p", prop), node)
    yield Triple(node, _n("wikibase", "rank"), _n("wikibase", _RANKS[statement["rank"]]))
    if snak.get("snaktype") == "novalue":
        yield Triple(node, _n("rdf", "type"), _n("wdno", prop))
    else:
        yield from _value(snak, "ps", node)
    for qsnaks in (statement.get("qualifiers") or {}).values():
        for qsnak in qsnaks:
            if qsnak.get("snaktype") == "novalue":
                yield Triple(node, _n("rdf", "type"), _n("wdno", str(qsnak["property"])))
            else:
                yield from _value(qsnak, "pq", node)


def _truthy(item: NamedNode, prop: str, statements: list[Mapping[str, Any]]) -> Iterator[Triple]:
    best = [s for s in statements if s.get("rank") == "preferred"] or [
        s for s in statements if s.get("rank") == "normal"
    ]
    for statement in best:
        for triple in _value(statement["mainsnak"], "ps", item):
            if triple.predicate == _n("ps", prop):
                yield Triple(item, _n("wdt", prop), triple.object)
                break


def entity_triples(data: Mapping[str, Any]) -> Iterator[Triple]:
    """The triples WDQS would hold for one entity (terms, sitelink count, statements)."""
    item = NamedNode(WD + str(data["id"]))
    for lang, term in (data.get("labels") or {}).items():
        yield Triple(item, _n("rdfs", "label"), Literal(term["value"], language=lang))
    for lang, term in (data.get("descriptions") or {}).items():
        yield Triple(item, _n("schema", "description"), Literal(term["value"], language=lang))
    for lang, terms in (data.get("aliases") or {}).items():
        for term in terms:
            yield Triple(item, _n("skos", "altLabel"), Literal(term["value"], language=lang))
    sitelinks = len(data.get("sitelinks") or {})
    yield Triple(item, _n("wikibase", "sitelinks"), _xsd(str(sitelinks), "integer"))
    for prop, statements in (data.get("claims") or {}).items():
        yield from _truthy(item, prop, statements)
        for statement in statements:
            yield from _statement(item, prop, statement)


def write_ntriples(entities: Iterable[Mapping[str, Any]], path: Path) -> int:
    """Write every entity's triples to an N-Triples file; returns the number of triples."""
    triples = [t for e in entities for t in entity_triples(e)]
    serialize(triples, str(path), RdfFormat.N_TRIPLES)
    return len(triples)
