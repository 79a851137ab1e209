"""Review round trip and the overrides file format."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from kg.model import Candidate, Decision, LinkResult, MentionRole
from linkers.overrides import Overrides, OverridesError
from linkers.review import export_review, import_review

REVIEW = LinkResult(
    MentionRole.SIGNATORY,
    "Michelle Bachelet Foundation",
    Decision.REVIEW,
    position=7,
    score=0.7,
    candidates=(Candidate("Q320", "Michelle Bachelet", score=0.7),),
)


def resolve(o: Overrides, key: str) -> tuple[str, str | None]:
    got = o.resolve([key])
    assert got is not None
    return got[0], got[1]


NIL = LinkResult(MentionRole.SIGNATORY, "Nobody", Decision.NIL, position=8)


def test_export_then_import_round_trip(tmp_path) -> None:
    out = tmp_path / "review.csv"
    assert export_review([("seed", REVIEW), ("seed", NIL)], out) == 1
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["proposed_qid"] == "Q320" and rows[0]["judgement"] == ""
    rows[0]["judgement"] = "match"
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    ov = tmp_path / "overrides.tsv"
    n = import_review(out, ov, author="ana", clock=lambda: dt.date(2026, 1, 2))
    assert n == 1
    text = ov.read_text()
    assert text.startswith("# key\tjudgement")
    assert "name:michelle bachelet foundation\tmatch\tQ320\tana\t2026-01-02" in text
    assert resolve(Overrides.read(ov), "name:michelle bachelet foundation") == (
        "match",
        "Q320",
    )


def test_invalid_qid_in_review_names_the_line(tmp_path) -> None:
    out = tmp_path / "r.csv"
    out.write_text(
        "letter,position,name,judgement,target,apply_to\nseed,3,Xyz Org,match,Q12x,name\n"
    )
    with pytest.raises(OverridesError, match=r"r\.csv:2: target 'Q12x' is not a Wikidata QID"):
        import_review(out, tmp_path / "o.tsv")


def test_entry_scope_uses_letter_and_position(tmp_path) -> None:
    out = tmp_path / "r.csv"
    out.write_text(
        "letter,position,name,judgement,target,apply_to\nseed,3,Xyz Org,no-match,,entry\n"
    )
    ov = tmp_path / "o.tsv"
    import_review(out, ov, clock=lambda: dt.date(2026, 1, 1))
    assert resolve(Overrides.read(ov), "letter:seed#3")[0] == "no-match"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("name:xyz\tmatch\tQ0\ta\t2026-01-01", "not a Wikidata QID"),
        ("name:xyz\tmatch\t12\ta\t2026-01-01", "not a Wikidata QID"),
        ("name:xyz\tperhaps\tQ1", "judgement must be one of"),
        ("nokey\tmatch\tQ1", "key must be"),
        ("name:xyz\tmatch", "needs a target"),
        ("justonefield", "expected key"),
    ],
)
def test_bad_override_lines_raise_with_file_and_line(tmp_path, line: str, message: str) -> None:
    ov = tmp_path / "o.tsv"
    ov.write_text("# comment\n\n" + line + "\n")
    with pytest.raises(OverridesError, match=rf"o\.tsv:3: .*{message}"):
        Overrides.read(ov)


def test_same_as_is_transitive_and_latest_line_wins(tmp_path) -> None:
    ov = tmp_path / "o.tsv"
    ov.write_text(
        "name:HRIC\tmatch\tname:Human Rights in China\tana\t2026-01-01\n"
        "name:Human Rights in China\tmatch\tname:HRIC China\tana\t2026-01-01\n"
        "name:HRIC China\tmatch\tQ123\tben\t2026-01-01\n"
        "name:Loop A\tmatch\tname:Loop B\tx\t2026-01-01\n"
        "name:Loop B\tmatch\tname:Loop A\tx\t2026-01-01\n"
        "name:Flip\tunsure\t\tx\t2026-01-01\n"
        "name:Flip\tno-match\t\tx\t2026-02-01\n"
    )
    o = Overrides.read(ov)
    assert resolve(o, "name:hric") == ("match", "Q123")
    assert o.resolve(["name:loop a"]) is None  # a cycle without a QID resolves to nothing
    assert resolve(o, "name:flip")[0] == "no-match"
    assert o.resolve(["name:unknown"]) is None


def test_missing_overrides_file_is_empty(tmp_path) -> None:
    assert len(Overrides.read(tmp_path / "none.tsv")) == 0
