"""Acronym entries inherit the movement hints of the entry they abbreviate (letter level)."""

from __future__ import annotations

from kg.ingest.crossref import CODE, inherit_theme_hints, short_forms_with_leading
from kg.ingest.entry import parse_entry
from kg.ingest.letter import parse_text
from kg.model import Signatory, SignatoryKind
from kg.nlp.loading import NLP


def _letter(*raws: str) -> list[Signatory]:
    return [parse_entry(n, raw) for n, raw in enumerate(raws, start=1)]


def _themes(signatories: tuple[Signatory, ...]) -> dict[int, tuple[str, ...]]:
    return {s.position: s.themes for s in signatories}


def test_bare_acronym_inherits_from_its_expansion() -> None:
    entries = _letter("Free Tibet Campaign", "Uyghur Human Rights Project", "UHRP")
    assert entries[2].themes == ()
    signatories, warnings = inherit_theme_hints(entries)
    assert _themes(signatories) == {1: ("tibet",), 2: ("uyghur",), 3: ("uyghur",)}
    [warning] = warnings
    assert warning.code == CODE == "hint-from-acronym"
    assert warning.positions == (3, 2)
    assert "'UHRP'" in warning.message and "#2 'Uyghur Human Rights Project'" in warning.message


def test_leading_acronym_before_a_place_uses_significant_initials() -> None:
    """Like the seed's SFT Japan: ``For`` and ``a`` are function words; ``- India`` a place."""
    entries = _letter("FTC Australia", "Friends of the Tibetan Cause - India")
    assert entries[1].themes == ("tibet",)
    signatories, warnings = inherit_theme_hints(entries)
    assert signatories[0].themes == ("tibet",)
    assert signatories[0].name == "FTC Australia"  # only the hints change
    assert [w.positions for w in warnings] == [(1, 2)]


def test_amnesty_style_two_letter_acronym() -> None:
    entries = _letter("AI", "Amnesty International Hong Kong Watchers")
    signatories, _ = inherit_theme_hints(entries)
    assert signatories[0].themes == ()  # AI is not the initials of the whole name: no hint
    entries = _letter("AI", "Amnesty International, Hong Kong")
    assert entries[1].themes == ("hong-kong",)
    signatories, warnings = inherit_theme_hints(entries)
    # AI stands for the words before the place qualifier, which name no movement
    assert signatories[0].themes == () and warnings == []
    entries = _letter("AI", "Asia Initiative for Tibet", "Amnesty International")
    signatories, _ = inherit_theme_hints(entries)
    assert signatories[0].themes == ()  # AIT is not AI, and Amnesty names no movement


def test_partial_initials_give_nothing() -> None:
    entries = _letter("SF Japan", "SFFT", "Students For a Free Tibet", "Tibet")
    signatories, warnings = inherit_theme_hints(entries)
    assert _themes(signatories)[1] == ()  # SF: only the first two significant words
    assert _themes(signatories)[2] == ()  # SFFT: neither all nor the significant initials
    assert warnings == []


def test_leading_acronym_needs_a_place_after_it() -> None:
    entries = _letter("ICT Advocacy Group", "International Campaign for Tibet")
    assert short_forms_with_leading(entries[0]) == {}
    signatories, warnings = inherit_theme_hints(entries)
    assert signatories[0].themes == () and warnings == []


def test_own_hints_are_kept() -> None:
    entries = _letter("HRIC Hong Kong", "Human Rights in China")
    signatories, warnings = inherit_theme_hints(entries)
    assert signatories[0].themes == ("hong-kong",) and warnings == []


def test_expansions_that_disagree_give_nothing() -> None:
    entries = _letter("CTA", "Citizens for Tibet Action", "Citizens for Taiwan Action")
    signatories, warnings = inherit_theme_hints(entries)
    assert signatories[0].themes == () and warnings == []


def test_several_agreeing_expansions_are_all_named() -> None:
    entries = _letter("SFT", "Students for a Free Tibet - India", "Students For a Free Tibet (UK)")
    signatories, warnings = inherit_theme_hints(entries)
    assert signatories[0].themes == ("tibet",)
    assert [w.positions for w in warnings] == [(1, 2, 3)]


def test_persons_neither_inherit_nor_give() -> None:
    person = Signatory(1, "Ms. Hong Tao", "Hong Tao", kind=SignatoryKind.PERSON)
    group = Signatory(2, "HT", "HT")
    signatories, warnings = inherit_theme_hints([person, group])
    assert signatories == (person, group) and warnings == []


def test_parse_letter_records_the_inheritance() -> None:
    text = (
        "Joint call\n\nWe urge you to act on Tibet.\n\nSigned:\n"
        "1. SFT Canada\n2. Students for a Free Tibet - Germany\n3. Access Now\n"
    )
    letter = parse_text(text, nlp=NLP("rules"))
    assert _themes(letter.signatories) == {1: ("tibet",), 2: ("tibet",), 3: ()}
    assert [(w.code, w.positions) for w in letter.warnings if w.code == CODE] == [(CODE, (1, 2))]
