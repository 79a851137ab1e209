"""Quality on the labelled set with confusers (tests/data/linking/labelled.tsv).

"A false link is worse than a missing one": no false link at all, every NIL row stays unlinked,
and recall stays high. The figures are reported by ``benchmarks/linking.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Decision
from linkers.evaluate import by_category, read_labelled, score_results
from linkers.factory import open_kb
from linkers.linker import Linker

DATA = Path(__file__).resolve().parents[1] / "data" / "linking"


@pytest.fixture(scope="module")
def run():
    rows = read_labelled(DATA / "labelled.tsv")
    linker = Linker(open_kb(f"snapshot:{DATA / 'kb.jsonl'}"))
    return rows, [linker.link_mention(r.mention) for r in rows]


def test_labelled_set_covers_every_confuser_category(run) -> None:
    rows, _ = run
    cats = {r.category for r in rows}
    assert {
        "section",
        "namesake",
        "dissolved",
        "renamed",
        "person-vs-org",
        "acronym-collision",
        "generic",
        "multiscript",
        "sibling-own-item",
    } <= cats
    assert sum(r.expected is None for r in rows) >= 25


def test_no_false_link_and_every_nil_kept(run) -> None:
    rows, results = run
    scores = score_results((r.expected, res) for r, res in zip(rows, results, strict=True))
    assert scores.precision == 1.0
    assert scores.nil_accuracy == 1.0
    assert scores.recall >= 0.9


def test_sections_are_never_linked_to_their_parent(run) -> None:
    rows, results = run
    cats = by_category(rows, results)
    assert cats["section"]["links"] == 0 and cats["section"]["nil_accuracy"] == 1.0
    assert cats["sibling-own-item"]["recall"] == 1.0


def test_explanations_name_the_refused_relative(run) -> None:
    rows, results = run
    for row, res in zip(rows, results, strict=True):
        if row.mention.name == "Students For a Free Tibet - India":
            assert res.decision == Decision.NIL
            assert "Q9000000002" in res.explanation and "place qualifier" in res.explanation
