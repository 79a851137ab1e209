"""Declared signatory counts and their reconciliation with the listed entries.

Letters often say how many signed (``Signatories totaled 321 organizations``) and how many
chose anonymity (``39 organizations chose to remain anonymous``). Both are recorded as
written; when the listed entries plus the anonymous ones do not make the declared total, a
``count-mismatch`` warning says so. Entries are never invented or dropped to make numbers agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kg.model import ParseWarning

__all__ = ["DeclaredCounts", "count_warnings", "find_counts"]

_N = r"(\d{1,3}(?:,\d{3})+|\d+)"
_WHO = r"(?:organi[sz]ations?|groups|signatories|signatures|ngos|individuals|members|others)"
_TOTAL = [
    re.compile(
        rf"\b(?:signatories|signatures|signers)\s+(?:totall?ed|total(?:s|l?ing)?|number(?:ed)?|came\s+to|reached)\s+{_N}",
        re.I,
    ),
    re.compile(rf"\btotal(?:\s+of)?\s+{_N}\s+(?:{_WHO}|signed)", re.I),
    re.compile(rf"\b{_N}\s+{_WHO}\s+(?:have\s+|had\s+)?(?:signed|endorsed|joined)", re.I),
    re.compile(rf"\bsigned\s+by\s+{_N}\s+{_WHO}", re.I),
    re.compile(rf"\b{_N}\s+{_WHO}\s+in\s+total\b", re.I),
]
_ANONYMOUS = [
    re.compile(
        rf"\b{_N}\s+(?:of\s+(?:them|which|whom|these)\s+)?(?:{_WHO}\s+)?(?:have\s+)?(?:chose|choose|asked|wished|"
        r"preferred|requested|decided|opted|elected)\s+(?:not\s+to\s+be\s+(?:named|listed)|"
        r"to\s+(?:remain|be|stay)\s+(?:anonymous|unnamed|unlisted))",
        re.I,
    ),
    re.compile(rf"\b{_N}\s+(?:anonymous|unnamed|unlisted)\s+{_WHO}", re.I),
    re.compile(rf"\b{_N}\s+{_WHO}\s+(?:are|remain|signed)\s+anonymous(?:ly)?", re.I),
]


@dataclass(frozen=True)
class DeclaredCounts:
    """What the letter says about its own numbers (None when it says nothing)."""

    total: int | None = None
    anonymous: int | None = None


def _first(patterns: list[re.Pattern[str]], text: str) -> int | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return int(match.group(1).replace(",", ""))
    return None


def find_counts(texts: Iterable[str]) -> DeclaredCounts:
    """The declared total and anonymous count found in ``texts`` (first statement wins).

    Examples
    --------
    >>> note = ("*Signatories totaled 321 organizations. However, 39 organizations "
    ...         "chose to remain anonymous.")
    >>> find_counts([note])
    DeclaredCounts(total=321, anonymous=39)
    """
    total = anonymous = None
    for text in texts:
        total = total if total is not None else _first(_TOTAL, text)
        anonymous = anonymous if anonymous is not None else _first(_ANONYMOUS, text)
    return DeclaredCounts(total, anonymous)


def count_warnings(listed: int, counts: DeclaredCounts) -> list[ParseWarning]:
    """A ``count-mismatch`` warning when listed + anonymous differs from the declared total.

    Examples
    --------
    >>> [w.code for w in count_warnings(281, DeclaredCounts(321, 39))]
    ['count-mismatch']
    >>> count_warnings(282, DeclaredCounts(321, 39))
    []
    """
    if counts.total is None:
        return []
    anonymous = counts.anonymous or 0
    if listed + anonymous == counts.total:
        return []
    expected = counts.total - anonymous
    detail = f", {anonymous} of them anonymous," if counts.anonymous is not None else ""
    return [
        ParseWarning(
            "count-mismatch",
            f"the letter declares {counts.total} signatories{detail} so {expected} should be "
            f"listed, but {listed} are listed ({listed - expected:+d}); no entry was added or "
            "removed to make the numbers agree",
        )
    ]
