"""Typed literal helpers shared by the graph builders (dates, counts, scores, QIDs)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_EVEN, Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from ontology.namespace import WD

__all__ = [
    "count_literal",
    "date_literal",
    "decimal_literal",
    "is_qid",
    "language_tag",
    "position_literal",
    "qid_iri",
    "time_literal",
]

_QID = re.compile(r"^Q[1-9][0-9]*$")
_LANGUAGE = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_YEAR = re.compile(r"^-?\d{4}$")
_YEAR_MONTH = re.compile(r"^-?\d{4}-\d{2}$")


def is_qid(value: object) -> bool:
    """Whether ``value`` is a Wikidata item id such as ``Q42``.

    >>> is_qid("Q42"), is_qid("Q0"), is_qid("Q42>")
    (True, False, False)
    """
    return isinstance(value, str) and bool(_QID.match(value))


def language_tag(value: str | None) -> str | None:
    """A well-formed BCP 47 tag (``xsd:language``) from a language code, else ``None``.

    >>> language_tag("en_US"), language_tag("English language"), language_tag(None)
    ('en-US', None, None)
    """
    if not value:
        return None
    tag = value.strip().replace("_", "-")
    return tag if _LANGUAGE.match(tag) else None


def qid_iri(qid: str) -> URIRef:
    """The Wikidata entity IRI of a QID; ``ValueError`` for anything else.

    >>> str(qid_iri("Q42"))
    'http://www.wikidata.org/entity/Q42'
    """
    if not is_qid(qid):
        raise ValueError(f"not a Wikidata item id: {qid!r}")
    return WD[qid]


def position_literal(position: int) -> Literal:
    """A signature position as ``xsd:positiveInteger``."""
    return Literal(int(position), datatype=XSD.positiveInteger)


def count_literal(count: int) -> Literal:
    """A count as ``xsd:nonNegativeInteger``."""
    return Literal(int(count), datatype=XSD.nonNegativeInteger)


def decimal_literal(value: float, places: int = 4) -> Literal:
    """A score or margin as ``xsd:decimal`` rounded to ``places`` (stable across runs).

    >>> decimal_literal(0.123456).n3()
    '"0.1235"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    """
    quantum = Decimal(1).scaleb(-places)
    number = Decimal(str(float(value))).quantize(quantum, rounding=ROUND_HALF_EVEN)
    return Literal(format(number, "f"), datatype=XSD.decimal)


def date_literal(value: dt.date) -> Literal:
    """A date as ``xsd:date``."""
    return Literal(value.isoformat(), datatype=XSD.date)


def time_literal(value: str) -> Literal:
    """An ISO 8601 date/time string as the narrowest fitting XSD type, else a plain string.

    >>> time_literal("2020").datatype.endswith("gYear"), time_literal("2020-09-09").datatype[-4:]
    (True, 'date')
    >>> time_literal("2026-11-27T10:00:00+00:00").datatype.endswith("dateTime")
    True
    """
    text = value.strip()
    if _YEAR.match(text):
        return Literal(text, datatype=XSD.gYear)
    if _YEAR_MONTH.match(text):
        return Literal(text, datatype=XSD.gYearMonth)
    try:
        if len(text) == 10:
            return Literal(dt.date.fromisoformat(text).isoformat(), datatype=XSD.date)
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return Literal(value)
    return Literal(parsed.isoformat(), datatype=XSD.dateTime)
