"""QuickStatements write-back: only person-confirmed links, safe strings, from links or graph."""

from __future__ import annotations

import pytest
from rdf_samples import BASE, KB, confirmed, linked, small_letter

from kg.errors import InputError
from kg.iris import IriMinter
from kg.model import Decision, LinkResult, MentionRole
from kg.quickstatements import (
    SignerStatement,
    confirmed_signers,
    format_quickstatements,
    signers_from_links,
)
from kg.rdf import build_dataset

URL = "https://example.org/letter.pdf"


def _links():
    return [
        confirmed("ACAT Belgium", "Q111", position=1),
        linked("ACAT-France", "Q222", position=2, score=0.99, margin=0.9, method="automatic"),
        LinkResult(
            MentionRole.SIGNATORY,
            "Tibet Justice Center",
            Decision.REVIEW,
            position=3,
            qid="Q333",
            score=0.6,
            margin=0.1,
            method="manual",
            source=KB,
        ),
        confirmed("António Guterres", "Q311440", role=MentionRole.RECIPIENT),
    ]


def test_only_manual_linked_signatories_are_written():
    rows = signers_from_links(small_letter(), _links())
    assert rows == [SignerStatement("Q111", 1, "ACAT Belgium")]


def test_statement_has_signatory_qualifiers_and_reference():
    text = format_quickstatements(
        "Q999", signers_from_links(small_letter(), _links()), reference_url=URL, separator="|"
    )
    assert text == f'Q999|P1891|Q111|P1545|"1"|P1932|"ACAT Belgium"|S854|"{URL}"'


def test_graph_and_links_give_the_same_statements():
    letter = small_letter()
    dataset = build_dataset([letter], {letter.source_path: _links()}, base=BASE)
    from_graph = confirmed_signers(dataset, IriMinter(BASE).letter(letter))
    assert from_graph == signers_from_links(letter, _links())


def test_hostile_name_cannot_break_the_command_line():
    rows = [SignerStatement("Q1", 7, 'Evil "Org"\tP31\tQ5\nQ1|P31|Q5')]
    text = format_quickstatements("Q2", rows, reference_url=URL)
    assert text.count("\n") == 0
    fields = text.split("\t")
    assert len(fields) == 9 and fields[6] == "\"Evil 'Org' P31 Q5 Q1 P31 Q5\""


@pytest.mark.parametrize(
    ("qid", "url"), [("Q0", URL), ("Q1 ", URL), ("Q1", "ftp://x"), ("Q1", 'https://x.org/"')]
)
def test_bad_letter_qid_or_url_is_refused(qid, url):
    with pytest.raises(InputError):
        format_quickstatements(qid, [], reference_url=url)
