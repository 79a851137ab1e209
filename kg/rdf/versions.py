"""Letters as documents with copies and versions (pure functions, no RDF).

* **Copies** — the same letter republished on several sites (a PDF, an NGO's news page) is one
  letter with several source documents. Two parsed letters are copies when they carry the same
  reference number and (near) the same signatories, or the same title and date and at least
  90 % of the same signatories.
* **Versions** — a letter re-issued with more signatories (same reference or same title, the
  earlier list ≥ 90 % contained in the later, longer one) is a new version that extends the
  earlier one.

Signatories are compared by :func:`kg.iris.name_key` of their clean names.

Examples
--------
>>> import datetime as dt
>>> from kg.model import Letter, Signatory
>>> sigs = tuple(Signatory(i, f"Org {i}", f"Org {i}") for i in range(1, 11))
>>> pdf = Letter("Call", "a.pdf", "pdf", date=dt.date(2020, 9, 9), signatories=sigs)
>>> page = Letter("Call", "b.html", "html", date=dt.date(2020, 9, 9), signatories=sigs[:9])
>>> relation(pdf, page)
<Relation.SAME: 'same'>
>>> more = Letter("Call", "c.pdf", "pdf", date=dt.date(2020, 10, 1),
...               signatories=sigs + tuple(Signatory(i, f"Org {i}", f"Org {i}")
...                                        for i in range(11, 15)))
>>> relation(pdf, more)
<Relation.NEWER_VERSION: 'newer-version'>
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from kg.iris import name_key
from kg.model import Letter

__all__ = [
    "SAME_SIGNATORIES",
    "LetterGroup",
    "LetterVersion",
    "Relation",
    "group_letters",
    "relation",
    "signatory_overlap",
]

#: Share of common signatories above which two lists count as "the same signatories".
SAME_SIGNATORIES = 0.9


class Relation(StrEnum):
    """How a second letter relates to a first."""

    SAME = "same"  # a copy of the same letter
    NEWER_VERSION = "newer-version"  # the second re-issues the first with more signatories
    OLDER_VERSION = "older-version"  # the first re-issues the second
    UNRELATED = "unrelated"


def _keys(letter: Letter) -> set[str]:
    return {name_key(s.name) for s in letter.signatories if s.name.strip()}


def signatory_overlap(a: Letter, b: Letter) -> tuple[float, float]:
    """Shares of common signatories: (of the larger list, of the smaller list).

    >>> from kg.model import Letter, Signatory
    >>> one = Letter("T", "a", "txt", signatories=(Signatory(1, "A", "A"), Signatory(2, "B", "B")))
    >>> two = Letter("T", "b", "txt", signatories=(Signatory(1, "a", "a"),))
    >>> signatory_overlap(one, two)
    (0.5, 1.0)
    """
    ka, kb = _keys(a), _keys(b)
    if not ka and not kb:
        return (1.0, 1.0)
    if not ka or not kb:
        return (0.0, 0.0)
    common = len(ka & kb)
    return (common / max(len(ka), len(kb)), common / min(len(ka), len(kb)))


def _same_reference(a: Letter, b: Letter) -> bool:
    return (
        a.reference is not None
        and b.reference is not None
        and name_key(a.reference.raw) == name_key(b.reference.raw)
    )


def _same_title(a: Letter, b: Letter) -> bool:
    return bool(a.title and b.title and name_key(a.title) == name_key(b.title))


def relation(first: Letter, second: Letter) -> Relation:
    """How ``second`` relates to ``first`` (copy, newer/older version, or unrelated)."""
    of_larger, of_smaller = signatory_overlap(first, second)
    same_ref = _same_reference(first, second)
    same_name = same_ref or _same_title(first, second)
    if of_larger >= SAME_SIGNATORIES and (same_ref or (same_name and first.date == second.date)):
        return Relation.SAME
    if same_name and of_smaller >= SAME_SIGNATORIES:
        if len(_keys(second)) > len(_keys(first)):
            return Relation.NEWER_VERSION
        if len(_keys(second)) < len(_keys(first)):
            return Relation.OLDER_VERSION
    if same_ref:
        return Relation.SAME
    return Relation.UNRELATED


@dataclass(frozen=True)
class LetterVersion:
    """One version of a letter: the copy used as its text, plus other copies."""

    letter: Letter
    copies: tuple[Letter, ...] = ()


@dataclass(frozen=True)
class LetterGroup:
    """All versions of one letter, oldest first, and when each signer was first seen."""

    versions: tuple[LetterVersion, ...]
    first_seen: dict[str, dt.date] = field(default_factory=dict)


def _order(letter: Letter) -> tuple[int, dt.date, str]:
    return (len(_keys(letter)), letter.date or dt.date.min, letter.source_path)


def _versions(members: Sequence[Letter]) -> tuple[LetterVersion, ...]:
    buckets: list[list[Letter]] = []
    for letter in sorted(members, key=_order):
        for bucket in buckets:
            if relation(bucket[0], letter) == Relation.SAME:
                bucket.append(letter)
                break
        else:
            buckets.append([letter])
    versions = []
    for bucket in buckets:
        main = max(bucket, key=lambda letter: len(_keys(letter)))  # the fullest copy
        versions.append(LetterVersion(main, tuple(c for c in bucket if c is not main)))
    return tuple(versions)


def _first_seen(versions: Sequence[LetterVersion]) -> dict[str, dt.date]:
    seen: dict[str, dt.date] = {}
    for version in versions:
        for copy in (version.letter, *version.copies):
            if copy.date is None:
                continue
            for key in _keys(copy):
                if key not in seen or copy.date < seen[key]:
                    seen[key] = copy.date
    return seen


def _name_keys(letter: Letter) -> set[str]:
    """Keys two related letters must share (relation() needs a same reference or title)."""
    keys = set()
    if letter.reference is not None:
        keys.add("ref:" + name_key(letter.reference.raw))
    if letter.title:
        keys.add("title:" + name_key(letter.title))
    return keys


def group_letters(letters: Sequence[Letter]) -> list[LetterGroup]:
    """Group letters into works with versions (oldest first) and copies.

    Input order is kept for the groups (by their first member); within a group versions are
    ordered by number of signatories, then date.
    """
    groups: list[list[Letter]] = []
    by_name: dict[str, list[int]] = {}  # reference or title key → groups holding it
    for letter in letters:
        names = _name_keys(letter)
        candidates = sorted({g for key in names for g in by_name.get(key, ())})
        target = next(
            (
                g
                for g in candidates
                if any(relation(member, letter) != Relation.UNRELATED for member in groups[g])
            ),
            None,
        )
        if target is None:
            target = len(groups)
            groups.append([])
        groups[target].append(letter)
        for key in names:
            if target not in by_name.setdefault(key, []):
                by_name[key].append(target)
    result = []
    for members in groups:
        versions = _versions(members)
        result.append(LetterGroup(versions, _first_seen(versions)))
    return result
