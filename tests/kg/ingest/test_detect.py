"""Choosing the signatory list among layouts; robustness on arbitrary text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import KGError
from kg.ingest.detect import detect_signatories
from kg.ingest.letter import parse_text
from kg.ingest.readers.text import read_text
from kg.nlp.loading import NLP


def _block(text: str):
    return detect_signatories(read_text(text.encode(), source="t").lines)


def test_cued_signatory_list_beats_a_longer_numbered_list_in_the_body():
    body = "\n".join(f"{n}. Demand number {n} of the letter" for n in range(1, 6))
    block = _block(f"We ask:\n\n{body}\n\nSigned:\n\n1. Access Now\n2. Free Tibet\n")
    assert [e.raw for e in block.entries] == ["Access Now", "Free Tibet"]
    assert block.cued


def test_sections_restarting_numbers_are_kept_apart():
    text = "Signatories:\n\nOrganisations:\n1. A\n2. B\n\nIndividuals:\n1. Jane Doe\n"
    block = _block(text)
    assert [(e.number, e.raw, e.section) for e in block.entries] == [
        (1, "A", "organizations"),
        (2, "B", "organizations"),
        (1, "Jane Doe", "individuals"),
    ]


def test_text_inside_list_is_reported_not_joined():
    block = _block("Signed:\n\n1. A\n\nDraft - not for circulation\n\n2. B\n")
    assert [e.raw for e in block.entries] == ["A", "B"]
    assert [w.code for w in block.warnings] == ["ignored-line"]


def test_one_per_line_stops_at_prose_and_notes():
    block = _block("Sincerely,\n\nA\nB (Kenya)\n\n* 5 organisations signed in total.\n")
    assert [e.raw for e in block.entries] == ["A", "B (Kenya)"]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_a_letter_or_a_clear_error(text: str):
    try:
        letter = parse_text(text or " ", nlp=NLP("rules"))
    except KGError:
        return
    assert letter.signatories
    assert len({s.position for s in letter.signatories}) == len(letter.signatories)


def test_french_letter_with_sections():
    text = (
        "Lettre ouverte sur la Chine\n\n"
        "Nous, organisations soussignées, appelons le Conseil à agir et à créer un mécanisme "
        "de surveillance pour les victimes.\n\n"
        "Signataires :\n\nOrganisations\n- Ligue des droits de l'Homme\n- ACAT-France\n\n"
        "Personnalités\n- Jeanne Dupont, avocate\n"
    )
    letter = parse_text(text, nlp=NLP("rules"))
    assert letter.language == "fr"
    assert [(s.raw, s.section) for s in letter.signatories] == [
        ("Ligue des droits de l'Homme", "organizations"),
        ("ACAT-France", "organizations"),
        ("Jeanne Dupont, avocate", "individuals"),
    ]
