"""Measuring the linker on a labelled set: precision, recall and NIL accuracy.

The labelled set is a TSV (``#`` comment lines, then a header) with the columns ``mention``,
``kind``, ``acronym``, ``alt_names`` (`` | ``-separated), ``country_hints`` (comma-separated ISO
codes), ``themes``, ``date``, ``website``, ``expected`` (a QID or ``NIL``), ``category`` and
``why``. A REVIEW counts as "not linked".

* precision: correct links / all links made;
* recall: correct links / rows that expect a QID;
* NIL accuracy: rows that expect NIL and got no link / rows that expect NIL.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.model import Decision, LinkResult, MentionRole
from linkers.mention import Mention, MentionKind

__all__ = ["LabelledRow", "Scores", "read_labelled", "score_results"]


@dataclass(frozen=True)
class LabelledRow:
    mention: Mention
    expected: str | None
    category: str
    why: str


def _split(text: str, sep: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in (text or "").split(sep) if p.strip())


def read_labelled(path: Path) -> list[LabelledRow]:
    """Read the labelled TSV."""
    lines = [
        ln for ln in Path(path).read_text(encoding="utf-8").splitlines() if not ln.startswith("#")
    ]
    rows = []
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        kind = row["kind"] or MentionKind.ORGANIZATION
        role = (
            MentionRole.RECIPIENT
            if kind in {MentionKind.OFFICE, MentionKind.COLLECTIVE}
            else MentionRole.SIGNATORY
        )
        mention = Mention(
            name=row["mention"],
            kind=kind,
            role=role,
            acronym=row["acronym"] or None,
            alt_names=_split(row["alt_names"], "|"),
            country_hints=_split(row["country_hints"], ","),
            themes=_split(row["themes"], ","),
            date=dt.date.fromisoformat(row["date"]) if row["date"] else None,
            website=row["website"] or None,
        )
        expected = None if row["expected"] in {"", "NIL"} else row["expected"]
        rows.append(LabelledRow(mention, expected, row["category"], row["why"]))
    return rows


@dataclass(frozen=True)
class Scores:
    links: int
    correct_links: int
    expected_links: int
    expected_nil: int
    correct_nil: int
    review: int

    @property
    def precision(self) -> float:
        return self.correct_links / self.links if self.links else 1.0

    @property
    def recall(self) -> float:
        return self.correct_links / self.expected_links if self.expected_links else 1.0

    @property
    def nil_accuracy(self) -> float:
        return self.correct_nil / self.expected_nil if self.expected_nil else 1.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "nil_accuracy": round(self.nil_accuracy, 4),
            "links": self.links,
            "correct_links": self.correct_links,
            "expected_links": self.expected_links,
            "expected_nil": self.expected_nil,
            "correct_nil": self.correct_nil,
            "review": self.review,
        }


def score_results(pairs: Iterable[tuple[str | None, LinkResult]]) -> Scores:
    """Compare (expected QID or None, result) pairs."""
    links = correct = exp_links = exp_nil = nil_ok = review = 0
    for expected, result in pairs:
        linked = result.qid if result.decision == Decision.LINKED else None
        review += result.decision == Decision.REVIEW
        if linked:
            links += 1
            correct += linked == expected
        if expected:
            exp_links += 1
        else:
            exp_nil += 1
            nil_ok += linked is None
    return Scores(links, correct, exp_links, exp_nil, nil_ok, review)


def by_category(
    rows: Sequence[LabelledRow], results: Sequence[LinkResult]
) -> dict[str, dict[str, float | int]]:
    """Scores per category of the labelled set."""
    groups: dict[str, list[tuple[str | None, LinkResult]]] = defaultdict(list)
    for row, result in zip(rows, results, strict=True):
        groups[row.category].append((row.expected, result))
    return {cat: score_results(pairs).as_dict() for cat, pairs in sorted(groups.items())}
