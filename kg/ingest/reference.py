"""Document reference numbers, e.g. the Amnesty International index ``ASA 17/3026/2020``.

An Amnesty index is a three-letter region or subject code, a two-digit sub-region/country
series, a document number and the year (``ASA 17/3026/2020``: Asia-Pacific, China, document
3026 of 2020). Other letters may give ``Ref: ...`` or ``Index: ...``; those are kept as written.
"""

from __future__ import annotations

import re

from kg.model import Reference

__all__ = ["parse_reference"]

_AMNESTY = re.compile(r"\b(?:AI\s+Index:?\s*)?([A-Z]{3})\s?(\d{2})/(\d{3,5})/((?:19|20)\d{2})\b")
_LABELLED = re.compile(
    r"^\s*(?:our\s+)?(?:ref(?:erence)?|index|doc(?:ument)?\s+(?:no|number))\.?\s*"
    r"(?:no\.?|number)?\s*[:#]\s*(\S.{0,60}?)\s*$",
    re.IGNORECASE,
)


def parse_reference(text: str) -> Reference | None:
    """A :class:`Reference` when ``text`` holds a reference number, else None.

    Examples
    --------
    >>> ref = parse_reference("ASA 17/3026/2020")
    >>> ref.scheme, ref.prefix, ref.series, ref.number, ref.year
    ('amnesty-index', 'ASA', '17', '3026', 2020)
    >>> parse_reference("Ref: HRW-2021-07").raw
    'HRW-2021-07'
    """
    match = _AMNESTY.search(text)
    if match:
        prefix, series, number, year = match.groups()
        raw = f"{prefix} {series}/{number}/{year}"
        return Reference(raw, "amnesty-index", prefix, series, number, int(year))
    labelled = _LABELLED.match(text)
    if labelled:
        return Reference(labelled.group(1))
    return None
