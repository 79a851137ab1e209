"""Wikidata entity JSON (as ``wbgetentities`` returns it) → :class:`~linkers.kb.Entity`.

One parser serves the action API, the JSON Lines snapshot and anything else that speaks the
same shape. Every snak datatype is reduced to a string (see :func:`snak_value`); statements
whose value is unknown or explicitly absent keep the markers :data:`SOMEVALUE` and
:data:`NOVALUE` so "dissolved at an unknown date" is not lost. Keys we do not know are ignored.

Examples
--------
>>> data = {"id": "Q1", "type": "item", "labels": {"en": {"language": "en", "value": "x"}},
...         "claims": {"P571": [{"rank": "normal", "mainsnak": {"snaktype": "value",
...             "property": "P571", "datatype": "time", "datavalue": {"type": "time",
...             "value": {"time": "+1961-05-28T00:00:00Z", "precision": 9}}}}]}}
>>> e = parse_entity(data)
>>> e.label(), e.values("P571")
('x', ('1961',))
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from linkers.kb import ClaimValue, Entity
from linkers.properties import CLAIM_PROPERTIES

__all__ = [
    "NOVALUE",
    "PROVENANCE_KEY",
    "QID_RE",
    "SOMEVALUE",
    "format_time",
    "parse_entity",
    "snak_value",
]

#: Value of a statement whose value is unknown ("some value").
SOMEVALUE = "somevalue"
#: Value of a statement that says there is no value ("no value").
NOVALUE = "novalue"
#: Optional top-level key (our extension, ignored by other tools): where the record came from.
PROVENANCE_KEY = "provenance"
#: What an item id looks like.
QID_RE = re.compile(r"^Q[1-9][0-9]*$")

_TIME_RE = re.compile(r"^([+-]?)(\d+)-(\d\d)-(\d\d)T")


def format_time(time: str, precision: int = 11) -> str:
    """An ISO date cut to Wikidata's precision (9 year, 10 month, 11 day; coarser → year).

    >>> format_time("+2020-04-00T00:00:00Z", 10)
    '2020-04'
    >>> format_time("-0500-00-00T00:00:00Z", 7)
    '-0500'
    """
    match = _TIME_RE.match(time)
    if match is None:
        return time
    sign, year, month, day = match.groups()
    year_text = ("-" if sign == "-" else "") + year.lstrip("0").rjust(4, "0")
    if precision >= 11 and day != "00":
        return f"{year_text}-{month}-{day}"
    if precision >= 10 and month != "00":
        return f"{year_text}-{month}"
    return year_text


def snak_value(snak: Mapping[str, Any]) -> tuple[str, str | None]:
    """The value of one snak as ``(text, language)``; every datatype is handled.

    Items and properties give their id, strings/URLs/external ids/media their text,
    monolingual text its text and language, times an ISO date at their precision,
    quantities their amount (with the unit's QID after a space when not unitless),
    coordinates ``"lat,lon"``. Unknown and absent values give :data:`SOMEVALUE` and
    :data:`NOVALUE`.
    """
    snaktype = snak.get("snaktype", "value")
    if snaktype != "value":
        return (SOMEVALUE if snaktype == "somevalue" else NOVALUE), None
    datavalue = snak.get("datavalue") or {}
    value = datavalue.get("value")
    kind = datavalue.get("type")
    if kind == "wikibase-entityid" and isinstance(value, Mapping):
        return _entity_id(value), None
    if kind == "monolingualtext" and isinstance(value, Mapping):
        return str(value.get("text", "")), value.get("language")
    if kind == "time" and isinstance(value, Mapping):
        return format_time(str(value.get("time", "")), int(value.get("precision", 11))), None
    if kind == "quantity" and isinstance(value, Mapping):
        return _quantity(value), None
    if kind == "globecoordinate" and isinstance(value, Mapping):
        return f"{value.get('latitude')},{value.get('longitude')}", None
    return ("" if value is None else str(value)), None


def _entity_id(value: Mapping[str, Any]) -> str:
    if "id" in value:
        return str(value["id"])
    prefix = {"item": "Q", "property": "P", "lexeme": "L"}.get(value.get("entity-type", ""), "Q")
    return f"{prefix}{value.get('numeric-id')}"


def _quantity(value: Mapping[str, Any]) -> str:
    amount = str(value.get("amount", "")).lstrip("+")
    unit = str(value.get("unit", "1"))
    return amount if unit == "1" else f"{amount} {unit.rsplit('/', 1)[-1]}"


def _claim(statement: Mapping[str, Any]) -> ClaimValue | None:
    snak = statement.get("mainsnak")
    if not isinstance(snak, Mapping):
        return None
    text, language = snak_value(snak)
    qualifiers: list[tuple[str, str]] = []
    for prop in statement.get("qualifiers-order") or sorted(statement.get("qualifiers") or {}):
        for qsnak in (statement.get("qualifiers") or {}).get(prop, ()):
            qualifiers.append((prop, snak_value(qsnak)[0]))
    return ClaimValue(
        value=text,
        datatype=str(snak.get("datatype", "wikibase-item")),
        language=language,
        rank=str(statement.get("rank", "normal")),
        qualifiers=tuple(sorted(qualifiers)),  # canonical order: RDF keeps none
    )


def _mapping(block: Any, name: str) -> Mapping[str, Any]:
    """A JSON object; ``None`` and ``[]`` (PHP's empty object) count as empty."""
    if block is None or block == []:
        return {}
    if not isinstance(block, Mapping):
        raise ValueError(f"{name} must be a JSON object, got {type(block).__name__}")
    return block


def _text(value: Any, name: str) -> str:
    if not isinstance(value, Mapping) or "value" not in value:
        raise ValueError(f"{name} entries must be objects with a value, got {value!r:.40}")
    return str(value["value"])


def _texts(block: Any, name: str) -> dict[str, str]:
    return {lang: _text(v, name) for lang, v in _mapping(block, name).items()}


def _aliases(block: Any) -> dict[str, tuple[str, ...]]:
    aliases: dict[str, tuple[str, ...]] = {}
    for lang, items in _mapping(block, "aliases").items():
        if not isinstance(items, list):
            raise ValueError(f"aliases of {lang!r} must be a list")
        aliases[lang] = tuple(_text(a, "aliases") for a in items)
    return aliases


def _provenance(data: Mapping[str, Any]) -> str | None:
    prov = data.get(PROVENANCE_KEY)
    if prov is None:
        return None
    if isinstance(prov, Mapping):
        keys = sorted(prov, key=lambda k: (k != "status", k))
        return "; ".join(f"{k}={prov[k]}" for k in keys if prov[k])
    return str(prov)


def parse_entity(
    data: Mapping[str, Any],
    *,
    properties: Iterable[str] = CLAIM_PROPERTIES,
    provenance: str | None = None,
) -> Entity:
    """Reduce one entity of a ``wbgetentities`` ``entities`` map to an :class:`Entity`.

    Parameters
    ----------
    data
        The entity JSON (keys ``id``, ``labels``, ``descriptions``, ``aliases``, ``claims``,
        ``sitelinks``; anything else is ignored).
    properties
        The claim properties to keep (default: :data:`linkers.properties.CLAIM_PROPERTIES`).
    provenance
        Where the record came from; defaults to the record's own ``provenance`` key if any.

    Raises
    ------
    ValueError
        If ``data`` has no item id (``Q`` followed by digits).
    """
    qid = data.get("id")
    if not isinstance(qid, str) or not QID_RE.match(qid):
        raise ValueError(f"entity id must look like Q123, got {qid!r}")
    claims_block = _mapping(data.get("claims", data.get("statements")), "claims")
    claims: dict[str, tuple[ClaimValue, ...]] = {}
    for prop in properties:
        statements = claims_block.get(prop)
        if statements is not None and not isinstance(statements, list):
            raise ValueError(f"claims of {prop} must be a list")
        parsed = tuple(c for c in map(_claim, statements or ()) if c is not None)
        if parsed:
            claims[prop] = parsed
    sitelinks = data.get("sitelinks")
    return Entity(
        qid=qid,
        labels=_texts(data.get("labels"), "labels"),
        descriptions=_texts(data.get("descriptions"), "descriptions"),
        aliases=_aliases(data.get("aliases")),
        claims=claims,
        sitelinks=len(sitelinks) if isinstance(sitelinks, Mapping | list) else 0,
        provenance=provenance if provenance is not None else _provenance(data),
    )
