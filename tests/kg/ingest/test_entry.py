"""parse_entry: the whole reading of one entry, bad input, and properties on any text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import KGError, LetterParseError
from kg.ingest.entry import MAX_ENTRY_CHARS, parse_entry
from kg.model import SignatoryKind


def test_organisation_with_everything() -> None:
    s = parse_entry(7, "Asociación Venezolana de Derechos Humanos (AVDH) / Venezuelan Rights Group")
    assert (s.position, s.name, s.acronym) == (
        7,
        "Asociación Venezolana de Derechos Humanos",
        "AVDH",
    )
    assert s.alt_names == ("Venezuelan Rights Group",)
    assert s.kind == SignatoryKind.ORGANIZATION
    assert s.country_hints[0] == "VE"
    assert s.repairs == () and s.repaired_from is None


def test_raw_is_kept_exactly() -> None:
    raw = "  Free Tibet\t(FT). "
    s = parse_entry(1, raw)
    assert s.raw == raw and s.name == "Free Tibet" and s.acronym == "FT"


def test_person_in_individuals_section() -> None:
    s = parse_entry(3, "Jane Doe, Professor of Law", section="individuals")
    assert (s.kind, s.name, s.capacity, s.section) == (
        SignatoryKind.PERSON, "Jane Doe", "Professor of Law", "individuals",
    )  # fmt: skip
    assert s.country_hints == () and s.themes == ()


def test_same_plain_name_is_an_organisation_elsewhere() -> None:
    assert parse_entry(3, "Jane Doe", section="organizations").kind == SignatoryKind.ORGANIZATION


def test_keyboard_layout_repair_keeps_what_was_written() -> None:
    s = parse_entry(5, "Ghjtrn Правозащитный центр")
    assert s.name == "Проект Правозащитный центр"
    assert s.repairs == ("keyboard-layout",)
    assert s.repaired_from == "Ghjtrn Правозащитный центр" and s.repaired_from in s.alt_names


def test_rtl_repair_keeps_what_was_written() -> None:
    s = parse_entry(9, "الإنسان لحقوق العربية المنظمة")
    assert s.name == "المنظمة العربية لحقوق الإنسان"
    assert s.repairs == ("rtl-reversed",)
    assert s.alt_names == ("الإنسان لحقوق العربية المنظمة",)


@pytest.mark.parametrize("raw", ["", "   ", "\n\t", "\x00\u200b"])
def test_empty_entry_is_a_clear_error(raw: str) -> None:
    with pytest.raises(LetterParseError, match="#4 has no text"):
        parse_entry(4, raw)
    assert issubclass(LetterParseError, KGError)


def test_very_long_entry_is_cut() -> None:
    s = parse_entry(1, "Network " * 5000)
    assert s.name and len(s.name) <= MAX_ENTRY_CHARS


def test_punctuation_only_entry_keeps_something() -> None:
    assert parse_entry(1, "---").name == "---"


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=120
).filter(lambda t: any(c.isalnum() for c in t))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_never_crashes_and_never_empty(raw: str) -> None:
    s = parse_entry(1, raw)
    assert s.name.strip()
    assert s.raw == raw
    assert all(len(code) == 2 and code.isupper() for code in s.country_hints)
    assert s.acronym is None or s.acronym.strip()


_WORDS = st.lists(
    st.sampled_from(
        ["Human", "Rights", "Watch", "Tibet", "(HRW)", "-", "Japan", "協会", "Центр", "of",
         "Association", "for", "in", "China", "/", ":", ",", "the", "Uyghur", "LSVD", "Paz"]
    ),
    min_size=1,
    max_size=12,
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_WORDS)
def test_name_words_come_from_the_entry(words: list[str]) -> None:
    """The name is a cleanup of the text: every word of it was written in the entry."""
    raw = " ".join(words)
    s = parse_entry(1, raw)
    written = set(raw.replace("(", " ").replace(")", " ").split())
    if not s.repairs:
        for word in s.name.replace("(", " ").replace(")", " ").split():
            assert word in written or word.strip(",:") in written


def test_ten_thousand_random_characters_do_not_crash() -> None:
    import random

    rng = random.Random(20201)
    pool = [chr(c) for c in range(0x20, 0x3000) if not 0xD800 <= c <= 0xDFFF]
    raw = "".join(rng.choice(pool) for _ in range(10_000)) + "\x00\x07\u202e"
    s = parse_entry(1, raw)
    assert s.raw == raw and s.name.strip() and len(s.name) <= MAX_ENTRY_CHARS


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(whitelist_categories=("Cc", "Cf", "Zs")), min_size=1))
def test_invisible_only_entries_raise_the_parse_error(raw: str) -> None:
    with pytest.raises(LetterParseError):
        parse_entry(1, raw)
