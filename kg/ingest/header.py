"""A letter's header: title, reference number, date and the address line.

The header is what comes before the first sentence of running text. In it: a line holding a
reference number (:mod:`kg.ingest.reference`), a line holding a date (:mod:`kg.ingest.dates`),
the address line (``An open letter to: ...``, ``To: ...``, ``Dear ...,``) and, as the title,
the container's own title (HTML ``<h1>``, a Markdown heading, Word's title) or else the first
other short line. Everything else before the signatory list is body.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.ingest.dates import parse_date
from kg.ingest.oneperline import is_prose
from kg.ingest.readers.document import Line, LineKind
from kg.ingest.reference import parse_reference
from kg.model import Reference

__all__ = ["Header", "address_text", "parse_header"]

_ADDRESS = re.compile(
    r"^\s*(?:an?\s+)?(?:(?:open|joint|public)\s+)+(?:letter|appeal|statement)\s+"
    r"(?:addressed\s+)?to\s*:?\s*(?P<a>.+)$|^\s*(?:letter|appeal|statement)\s+to\s*:\s*(?P<d>.+)$|^\s*(?:to|attn|attention|addressed\s+to)\s*:\s*(?P<b>.+)$",
    re.IGNORECASE,
)
_SALUTATION = re.compile(r"^\s*(?:dear|to)\s+(?P<c>[^:]{3,200}?)\s*[,:]\s*$", re.IGNORECASE)
_DATE_LINE_WORDS = 8  # a date line is short: "Geneva, 9 September 2020"


@dataclass(frozen=True)
class Header:
    """What the header gives, and which lines it used (``used`` holds line indices)."""

    title: str | None = None
    reference: Reference | None = None
    date: dt.date | None = None
    address: str | None = None
    salutation: str | None = None
    used: frozenset[int] = frozenset()
    body_start: int = 0


def address_text(text: str) -> str | None:
    """The recipients part of an address line, else None.

    Examples
    --------
    >>> address_text("An open letter to: UN Secretary-General, UN Member States")
    'UN Secretary-General, UN Member States'
    >>> address_text("To: The Prime Minister")
    'The Prime Minister'
    """
    match = _ADDRESS.match(text)
    if not match:
        return None
    return (match.group("a") or match.group("b") or match.group("d")).strip()


def _salutation(text: str) -> str | None:
    match = _SALUTATION.match(text)
    return match.group("c").strip() if match else None


def parse_header(
    lines: Sequence[Line], *, title: str | None = None, end: int | None = None
) -> Header:
    """Read the header from ``lines[:end]`` (see the module docstring).

    Examples
    --------
    >>> lines = [Line("ASA 17/3026/2020"), Line("Global call"), Line("To: UN Member States"),
    ...          Line("We, the undersigned organizations, urge you to act now on this matter.")]
    >>> h = parse_header(lines)
    >>> h.title, h.reference.raw, h.address, h.body_start
    ('Global call', 'ASA 17/3026/2020', 'UN Member States', 3)
    """
    end = len(lines) if end is None else end
    found: dict[str, object] = {"title": title}
    used: set[int] = set()
    body_start = end
    for i in range(end):
        line = lines[i]
        text = line.text.strip()
        if line.is_blank:
            continue
        if found.get("address") is None and (address := address_text(text)):
            found["address"] = address
        elif found.get("salutation") is None and (greeting := _salutation(text)):
            found["salutation"] = greeting
        elif found.get("reference") is None and len(text) <= 80 and (ref := parse_reference(text)):
            found["reference"] = ref
        elif (
            found.get("date") is None
            and len(text.split()) <= _DATE_LINE_WORDS
            and (date := parse_date(text))
        ):
            found["date"] = date
        elif is_prose(text) and line.kind is not LineKind.HEADING:
            body_start = i
            break
        elif found["title"] is None and len(text) <= 200:
            found["title"] = text
        elif title is not None and " ".join(text.split()) == " ".join(title.split()):
            pass
        else:
            continue  # a subtitle or other header line: kept as body
        used.add(i)
    return Header(
        title=found["title"],  # type: ignore[arg-type]
        reference=found.get("reference"),  # type: ignore[arg-type]
        date=found.get("date"),  # type: ignore[arg-type]
        address=found.get("address"),  # type: ignore[arg-type]
        salutation=found.get("salutation"),  # type: ignore[arg-type]
        used=frozenset(used),
        body_start=body_start if body_start < end else (max(used) + 1 if used else 0),
    )
