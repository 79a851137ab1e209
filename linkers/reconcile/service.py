"""Reconciliation queries → linker mentions; candidates → reconciliation results (API 0.2).

Types are Wikidata classes (``Q43229`` organization, ``Q5`` human, ``Q4164871`` position,
``Q6256`` country); properties ``P17``/``country`` (an ISO alpha-2 code, a country QID or a
country name) and ``P856``/``website`` are understood. Each result carries the linker's
calibrated score, ``match`` (true only for a LINKED decision) and every feature value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kg.errors import InputError, KGError
from kg.model import Decision, MentionRole
from linkers.linker import Linker
from linkers.mention import Mention, MentionKind
from linkers.normalize import clean_name
from linkers.properties import PROP

__all__ = ["DEFAULT_TYPES", "ReconcileService"]

#: Types offered by the service and the mention kind each one means.
TYPE_KINDS: dict[str, tuple[str, str]] = {
    "Q43229": ("organization", MentionKind.ORGANIZATION),
    "Q5": ("human", MentionKind.PERSON),
    "Q4164871": ("position", MentionKind.OFFICE),
    "Q6256": ("country", MentionKind.PLACE),
}
DEFAULT_TYPES = [{"id": "Q43229", "name": "organization"}, {"id": "Q5", "name": "human"}]
_COUNTRY_PIDS = {PROP.COUNTRY, "country"}
_WEBSITE_PIDS = {PROP.WEBSITE, "website"}
MAX_LIMIT = 25


class ReconcileService:
    """The reconciliation logic, independent of HTTP."""

    def __init__(
        self, linker: Linker, *, batch_size: int = 10, name: str = "coalition-kg linker"
    ) -> None:
        self.linker = linker
        self.batch_size = batch_size
        self.name = name

    def manifest(self, base_url: str = "") -> dict[str, Any]:
        """The service manifest (``GET /``)."""
        return {
            "versions": ["0.2"],
            "name": self.name,
            "identifierSpace": "http://www.wikidata.org/entity/",
            "schemaSpace": "http://www.wikidata.org/prop/direct/",
            "view": {"url": "https://www.wikidata.org/wiki/{{id}}"},
            "defaultTypes": DEFAULT_TYPES,
            "batchSize": self.batch_size,
            "documentation": "https://github.com/coalition-kg/coalition-kg/blob/main/docs/linking.md",
            "suggest": {"entity": {"service_url": base_url, "service_path": "/suggest/entity"}},
        }

    def reconcile(self, queries: Mapping[str, Any]) -> dict[str, Any]:
        """Answer a batch ``{"q0": {"query": ...}, ...}`` with ``{"q0": {"result": [...]}}``."""
        if not isinstance(queries, Mapping):
            raise InputError("queries must be a JSON object of query objects")
        if len(queries) > self.batch_size:
            raise InputError(f"batch of {len(queries)} queries exceeds batchSize {self.batch_size}")
        return {str(key): {"result": self._one(q)} for key, q in queries.items()}

    def _one(self, q: Any) -> list[dict[str, Any]]:
        if not isinstance(q, Mapping):
            raise InputError("each query must be a JSON object")
        mention = query_mention(q)
        if not clean_name(mention.name):
            return []
        limit = max(1, min(int(q.get("limit", 5) or 5), MAX_LIMIT))
        try:
            verdict = self.linker.verdict(mention)
        except KGError as exc:
            raise InputError(f"lookup failed: {exc}") from exc
        entities = self.linker.kb.entities([c.qid for c in verdict.candidates[:limit]])
        out = []
        for c in verdict.candidates[:limit]:
            entity = entities.get(c.qid)
            types = [
                {"id": t, "name": _type_name(t)}
                for t in (entity.values(PROP.INSTANCE_OF) if entity else ())
            ]
            row: dict[str, Any] = {
                "id": c.qid,
                "name": c.label,
                "score": round(c.score * 100, 2),
                "match": verdict.decision == Decision.LINKED and verdict.qid == c.qid,
                "features": [{"id": k, "value": v} for k, v in c.features]
                + [{"id": "score", "value": c.score}],
                "type": types,
            }
            if c.description:
                row["description"] = c.description
            out.append(row)
        return out

    def suggest_entity(self, prefix: str, *, limit: int = 10) -> dict[str, Any]:
        """Autocomplete (``/suggest/entity?prefix=``) straight from the knowledge base."""
        text = clean_name(prefix or "")
        if not text:
            return {"result": []}
        hits = self.linker.kb.search(text, languages=("en",), limit=max(1, min(limit, MAX_LIMIT)))
        result = []
        for h in hits:
            row: dict[str, Any] = {"id": h.qid, "name": h.label or h.matched_text}
            if h.description:
                row["description"] = h.description
            result.append(row)
        return {"result": result}


def _type_name(qid: str) -> str:
    return TYPE_KINDS.get(qid, (qid, ""))[0]


def _values(v: Any) -> list[Any]:
    return list(v) if isinstance(v, list) else [v]


def _country_code(value: Any) -> str | None:
    import pycountry

    text = value.get("id") or value.get("name") if isinstance(value, Mapping) else value
    text = str(text or "").strip()
    if len(text) == 2 and text.isalpha():
        return text.upper()
    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        return None


def query_mention(q: Mapping[str, Any]) -> Mention:
    """The linker mention for one reconciliation query."""
    types = _values(q.get("type") or [])
    kind = next((TYPE_KINDS[t][1] for t in types if t in TYPE_KINDS), MentionKind.ORGANIZATION)
    countries: list[str] = []
    website = None
    for prop in q.get("properties") or []:
        pid = str(prop.get("pid", "")) if isinstance(prop, Mapping) else ""
        for v in _values(prop.get("v")) if isinstance(prop, Mapping) else []:
            if pid in _COUNTRY_PIDS:
                code = _country_code(v)
                if code:
                    countries.append(code)
            elif pid in _WEBSITE_PIDS and isinstance(v, str):
                website = v
    role = MentionRole.RECIPIENT if kind == MentionKind.OFFICE else MentionRole.SIGNATORY
    return Mention(
        name=str(q.get("query") or ""),
        kind=kind,
        role=role,
        country_hints=tuple(dict.fromkeys(countries)),
        website=website,
    )
