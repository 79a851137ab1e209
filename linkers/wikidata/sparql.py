"""Knowledge base over a WDQS-compatible SPARQL endpoint.

Works with query.wikidata.org and self-hosted mirrors (QLever, Oxigraph, Blazegraph) that use
the Wikibase RDF mapping (see :mod:`linkers.wikidata.rdf`). Entities are fetched with batched
``VALUES ?item { wd:Q.. }`` queries (three per batch: terms, statements, qualifiers) into the
same :class:`~linkers.kb.Entity` records the action API gives. Search matches labels and
aliases exactly (language-tagged literals, in the text's own case, lower case and capitalised
words); full-text search needs WDQS's ``mwapi`` service and is not attempted. Statement and
alias order are not kept by RDF.

Examples
--------
>>> sparql_literal('say "hi"\\n', "en")
'"say \\\\"hi\\\\"\\\\n"@en'
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import string
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from kg.model import KBSource
from linkers.kb import ClaimValue, Entity, SearchHit
from linkers.properties import CLAIM_PROPERTIES, PROP
from linkers.textkey import clean_query
from linkers.wikidata.http import JsonFetcher, RetryPolicy, user_agent
from linkers.wikidata.parse import NOVALUE, QID_RE, SOMEVALUE, format_time
from linkers.wikidata.rdf import GENID, NS, WD

__all__ = ["SparqlKB", "sparql_literal"]

log = logging.getLogger(__name__)

_PREFIXES = "".join(f"PREFIX {k}: <{v}>\n" for k, v in NS.items())
_LANG = re.compile(r"^[a-z]{2,3}(-[a-z0-9]+)*$", re.IGNORECASE)
_RANK = {"PreferredRank": "preferred", "NormalRank": "normal", "DeprecatedRank": "deprecated"}
#: Wikibase datatypes of the claim properties we keep (SPARQL results do not carry them).
DATATYPES = {
    PROP.INCEPTION: "time",
    PROP.DISSOLVED: "time",
    PROP.SHORT_NAME: "monolingualtext",
    PROP.WEBSITE: "url",
}
_ALWAYS_LANGUAGES = ("mul",)


def sparql_literal(text: str, language: str | None = None) -> str:
    """A SPARQL string literal (escaped), language-tagged when ``language`` is given."""
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"' + (f"@{language}" if language else "")


def _term(binding: dict[str, Any] | None) -> tuple[str, str | None]:
    """A result term as ``(text, language)`` in the parser's conventions."""
    if binding is None:
        return "", None
    value = str(binding.get("value", ""))
    if binding.get("type") == "bnode" or value.startswith(GENID):
        return SOMEVALUE, None
    if binding.get("type") == "uri":
        return (value[len(WD) :] if value.startswith(WD) else value), None
    datatype = binding.get("datatype", "")
    if datatype.endswith("#dateTime"):
        return format_time(value if value.startswith("-") else f"+{value}", 11), None
    if datatype.endswith("#wktLiteral"):
        lon, lat = value.removeprefix("Point(").rstrip(")").split()
        return f"{lat},{lon}", None
    return value, binding.get("xml:lang")


def _time(binding: dict[str, Any], precision: dict[str, Any] | None) -> str:
    value = str(binding["value"])
    stamp = value if value.startswith("-") else f"+{value}"
    return format_time(stamp, int(precision["value"]) if precision else 11)


class SparqlKB:
    """:class:`~linkers.kb.KnowledgeBase` over a SPARQL 1.1 endpoint with Wikidata's RDF.

    Parameters
    ----------
    endpoint
        Query URL (e.g. ``https://query.wikidata.org/sparql``).
    session
        A ``requests.Session`` (default: a new plain session).
    user_agent
        User-Agent header (WDQS refuses generic agents).
    batch_size
        Items per ``VALUES`` block (WDQS copes with 50-200).
    policy, sleep, clock
        Retries/timeouts and injectable time functions, as for the API client.
    """

    def __init__(
        self,
        endpoint: str,
        *,
        session: Any = None,
        user_agent: str | None = None,
        batch_size: int = 50,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        import requests

        if not 1 <= batch_size <= 200:
            raise ValueError(f"batch_size must be between 1 and 200, got {batch_size}")
        self._own_session = session is None
        self._session = session if session is not None else requests.Session()
        self.fetcher = JsonFetcher(
            endpoint,
            self._session,
            agent=user_agent or _agent(),
            policy=policy,
            sleep=sleep,
            clock=clock,
            accept="application/sparql-results+json",
        )
        self.batch_size = batch_size
        self._cache: dict[str, Entity | None] = {}
        self._closed = False
        day = dt.datetime.fromtimestamp(clock(), tz=dt.UTC).date().isoformat()
        self._source = KBSource(name=f"sparql:{endpoint}", retrieved=day)

    @property
    def source(self) -> KBSource:
        return self._source

    def _select(self, query: str) -> list[dict[str, Any]]:
        if self._closed:
            raise RuntimeError("this knowledge base is closed")
        data = self.fetcher.post({"query": _PREFIXES + query})
        return list((data.get("results") or {}).get("bindings") or [])

    # -- search --------------------------------------------------------------------------

    def search(
        self, text: str, *, languages: Sequence[str] = ("en",), limit: int = 10
    ) -> list[SearchHit]:
        """Items whose label or alias equals the text in one of ``languages`` (or ``mul``)."""
        query = clean_query(text)
        if not query or limit <= 0:
            return []
        langs = [x for x in dict.fromkeys([*languages, *_ALWAYS_LANGUAGES]) if _LANG.match(x)]
        variants = dict.fromkeys([query, query.lower(), string.capwords(query)])
        values = " ".join(sparql_literal(v, lang) for v in variants for lang in langs)
        display = sparql_literal(langs[0]) if langs else '"en"'
        rows = self._select(
            f"""SELECT ?item ?text ?kind ?links ?label ?desc WHERE {{
  VALUES ?text {{ {values} }}
  {{ ?item rdfs:label ?text . BIND("label" AS ?kind) }}
  UNION {{ ?item skos:altLabel ?text . BIND("alias" AS ?kind) }}
  FILTER(STRSTARTS(STR(?item), "{WD}Q"))
  OPTIONAL {{ ?item wikibase:sitelinks ?links }}
  OPTIONAL {{ ?item rdfs:label ?label . FILTER(LANG(?label) = {display}) }}
  OPTIONAL {{ ?item schema:description ?desc . FILTER(LANG(?desc) = {display}) }}
}} LIMIT 500"""
        )
        return self._rank(rows, query)[:limit]

    @staticmethod
    def _rank(rows: list[dict[str, Any]], query: str) -> list[SearchHit]:
        best: dict[str, tuple[tuple[int, int, int, int], SearchHit]] = {}
        for row in rows:
            qid = _term(row["item"])[0]
            if not QID_RE.match(qid):
                continue
            text, lang = _term(row["text"])
            kind = row["kind"]["value"]
            links = int(row["links"]["value"]) if "links" in row else 0
            rank = (0 if kind == "label" else 1, 0 if text == query else 1, -links, int(qid[1:]))
            hit = SearchHit(
                qid=qid,
                matched_text=text,
                match_type=kind,
                language=lang,
                label=_term(row.get("label"))[0] or None,
                description=_term(row.get("desc"))[0] or None,
            )
            if qid not in best or rank < best[qid][0]:
                best[qid] = (rank, hit)
        return [hit for _, hit in sorted(best.values(), key=lambda pair: pair[0])]

    # -- entities ------------------------------------------------------------------------

    def entities(self, qids: Iterable[str]) -> dict[str, Entity]:
        """Records for ``qids`` in batches of :attr:`batch_size`; unknown ids are left out."""
        wanted = [q for q in dict.fromkeys(qids) if isinstance(q, str) and QID_RE.match(q)]
        todo = [q for q in wanted if q not in self._cache]
        for start in range(0, len(todo), self.batch_size):
            batch = todo[start : start + self.batch_size]
            self._cache.update(dict.fromkeys(batch))
            self._cache.update(self._fetch(batch))
        return {q: e for q in wanted if (e := self._cache.get(q)) is not None}

    def _fetch(self, qids: list[str]) -> dict[str, Entity]:
        items = " ".join(f"wd:{q}" for q in qids)
        terms = self._select(
            f"""SELECT ?item ?p ?o WHERE {{
  VALUES ?item {{ {items} }}
  VALUES ?p {{ rdfs:label skos:altLabel schema:description wikibase:sitelinks }}
  ?item ?p ?o }}"""
        )
        records: dict[str, dict[str, Any]] = {}
        for row in terms:
            record = records.setdefault(_term(row["item"])[0], _empty())
            text, lang = _term(row["o"])
            predicate = row["p"]["value"]
            if predicate.endswith("sitelinks"):
                record["sitelinks"] = int(text)
            elif predicate.endswith("#label"):
                record["labels"][lang] = text
            elif predicate.endswith("description"):
                record["descriptions"][lang] = text
            else:
                record["aliases"][lang].append(text)
        claims = self._claims(items)
        return {
            qid: Entity(
                qid=qid,
                labels=r["labels"],
                descriptions=r["descriptions"],
                aliases={k: tuple(v) for k, v in r["aliases"].items()},
                claims=claims.get(qid, {}),
                sitelinks=r["sitelinks"],
                provenance=f"{self.fetcher.url} SPARQL",
            )
            for qid, r in records.items()
        }

    def _claims(self, items: str) -> dict[str, dict[str, tuple[ClaimValue, ...]]]:
        props = " ".join(f'("{p}" p:{p} ps:{p} psv:{p} wdno:{p})' for p in CLAIM_PROPERTIES)
        rows = self._select(
            f"""SELECT ?item ?prop ?st ?rank ?v ?prec ?none WHERE {{
  VALUES ?item {{ {items} }}
  VALUES (?prop ?pp ?ps ?psv ?no) {{ {props} }}
  ?item ?pp ?st . ?st wikibase:rank ?rank .
  OPTIONAL {{ ?st ?ps ?v .
    OPTIONAL {{ ?st ?psv ?vn . ?vn wikibase:timeValue ?v ; wikibase:timePrecision ?prec }} }}
  OPTIONAL {{ ?st a ?no . BIND(true AS ?none) }}
}}"""
        )
        qualifiers = self._qualifiers(items)
        out: dict[str, dict[str, list[ClaimValue]]] = defaultdict(lambda: defaultdict(list))
        for row in rows:
            prop = row["prop"]["value"]
            if "none" in row:
                text, lang = NOVALUE, None
            elif row.get("v", {}).get("datatype", "").endswith("#dateTime"):
                text, lang = _time(row["v"], row.get("prec")), None
            else:
                text, lang = _term(row.get("v"))
            out[_term(row["item"])[0]][prop].append(
                ClaimValue(
                    value=text,
                    datatype=DATATYPES.get(prop, "wikibase-item"),
                    language=lang,
                    rank=_RANK.get(row["rank"]["value"].rsplit("#", 1)[-1], "normal"),
                    qualifiers=tuple(sorted(qualifiers.get(row["st"]["value"], ()))),
                )
            )
        return {q: {p: tuple(v) for p, v in c.items()} for q, c in out.items()}

    def _qualifiers(self, items: str) -> dict[str, list[tuple[str, str]]]:
        pps = " ".join(f"p:{p}" for p in CLAIM_PROPERTIES)
        rows = self._select(
            f"""SELECT ?st ?qpred ?qv ?qprec WHERE {{
  VALUES ?item {{ {items} }}
  VALUES ?pp {{ {pps} }}
  ?item ?pp ?st . ?st ?qpred ?qv .
  FILTER(STRSTARTS(STR(?qpred), "{NS["pq"]}P"))
  BIND(IRI(CONCAT("{NS["pqv"]}", STRAFTER(STR(?qpred), "{NS["pq"]}"))) AS ?qpv)
  OPTIONAL {{ ?st ?qpv ?qvn . ?qvn wikibase:timeValue ?qv ; wikibase:timePrecision ?qprec }}
}}"""
        )
        found: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for row in rows:
            prop = row["qpred"]["value"][len(NS["pq"]) :]
            if row["qv"].get("datatype", "").endswith("#dateTime"):
                value = _time(row["qv"], row.get("qprec"))
            else:
                value = _term(row["qv"])[0]
            found[row["st"]["value"]].append((prop, value))
        return found

    def close(self) -> None:
        """Close the session (if this object made it); harmless when repeated."""
        if not self._closed:
            self._closed = True
            if self._own_session:
                self._session.close()


def _empty() -> dict[str, Any]:
    return {"labels": {}, "descriptions": {}, "aliases": defaultdict(list), "sitelinks": 0}


def _agent() -> str:
    return user_agent()
