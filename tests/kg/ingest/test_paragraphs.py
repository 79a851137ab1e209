"""Paragraph assembly and the page-break repair."""

from __future__ import annotations

from kg.ingest.paragraphs import assemble_paragraphs, repair_broken_paragraphs
from kg.ingest.readers.document import Line, LineKind


def test_sentence_broken_by_page_break_and_page_number_is_rejoined():
    lines = [
        Line("We urge you to counter and"),
        Line("", LineKind.PAGE_BREAK),
        Line("Page 2"),
        Line(""),
        Line("remediate grave violations."),
    ]
    assert repair_broken_paragraphs(assemble_paragraphs(lines)) == (
        ["We urge you to counter and remediate grave violations."],
        1,
    )


def test_finished_sentences_and_capitalised_starts_stay_apart():
    paragraphs = ["First point.", "second point starts lower", "Third Point", "Sincerely,"]
    out, joins = repair_broken_paragraphs(paragraphs)
    assert out == ["First point.", "second point starts lower", "Third Point", "Sincerely,"]
    assert joins == 0


def test_hard_wrapped_lines_form_one_paragraph():
    lines = [Line("We, the undersigned,"), Line("urge you."), Line(""), Line("Thanks.")]
    assert assemble_paragraphs(lines) == ["We, the undersigned, urge you.", "Thanks."]
