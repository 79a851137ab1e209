"""report.md reads well for a researcher: what decisions mean, what to review and how."""

from __future__ import annotations

from kg.model import Candidate, Decision, Letter, LinkResult, MentionRole
from kg.report import ReportData, render_report


def _report(**kwargs) -> str:
    links = {
        "a.txt": (
            LinkResult(
                MentionRole.RECIPIENT,
                "Michelle Bachelet",
                Decision.REVIEW,
                score=0.95,
                candidates=(Candidate("Q320", "Michelle Bachelet", score=0.95),),
                explanation="record unverified",
                extra=(
                    ("office_name", "UN High Commissioner for Human Rights"),
                    ("office_decision", "LINKED"),
                    ("office_qid", "Q656812"),
                ),
            ),
            LinkResult(MentionRole.SIGNATORY, "Org A", Decision.NIL, position=1),
            LinkResult(
                MentionRole.SIGNATORY,
                "Org B",
                Decision.LINKED,
                position=2,
                qid="Q1",
                method="manual",
            ),
        )
    }
    letter = Letter("A letter", "a.txt", "txt")
    return render_report(ReportData(letters=(letter,), links=links, **kwargs))


def test_review_names_show_their_candidate_and_how_to_settle_them():
    text = _report(overrides="out/overrides.tsv")
    review = text.split("### To review (1)")[1].split("###")[0]
    assert "Q320 Michelle Bachelet" in review and "record unverified" in review
    assert "match<TAB><QID>" in review
    assert "Human judgements (overrides file): `out/overrides.tsv`" in text


def test_names_without_an_item_are_folded_and_counted():
    text = _report()
    nil = text.split("### Without a Wikidata item (1)")[1]
    assert nil.index("<details>") < nil.index("Org A") < nil.index("</details>")


def test_summary_counts_manual_decisions_and_shows_offices():
    text = _report()
    assert "| signatory | 1 | 0 | 1 | 1 |" in text
    assert "Michelle Bachelet: UN High Commissioner for Human Rights → LINKED Q656812" in text
    assert "NIL: no item judged" in text


def test_outputs_are_listed_in_reading_order_with_a_word_each():
    text = _report(outputs=("graph.jsonld", "report.md", "graph.ttl", "extra.bin"))
    listed = text.split("## Outputs")[1].split("\n- ")[1:]
    assert [line.split("`")[1] for line in listed] == [
        "graph.ttl",
        "graph.jsonld",
        "report.md",
        "extra.bin",
    ]
    assert "`graph.ttl`: the whole graph in Turtle" in text
