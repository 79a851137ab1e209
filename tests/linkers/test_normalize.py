"""Name cleaning and keying: idempotent, robust to hostile input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from linkers.normalize import (
    clean_name,
    initials,
    is_acronym,
    name_key,
    script_of,
    strip_legal_form,
)


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_name_key_is_idempotent_and_never_raises(text: str) -> None:
    key = name_key(text)
    assert name_key(key) == key
    assert key == key.strip()
    assert "  " not in key


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_clean_name_has_no_control_characters(text: str) -> None:
    cleaned = clean_name(text)
    assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in cleaned)
    assert clean_name(cleaned) == cleaned


def test_control_characters_and_spaces_are_removed() -> None:
    assert clean_name("Human\x00 Rights\u200b\tWatch\n") == "Human Rights Watch"


def test_empty_and_punctuation_only_names_give_empty_keys() -> None:
    assert name_key("") == "" and name_key("  -- ) ") == ""
    assert clean_name("...") == ""


def test_ten_thousand_character_name_is_keyed_without_error() -> None:
    key = name_key("Amnesty " * 1250)
    assert key.startswith("amnesty amnesty")


def test_keys_fold_case_accents_and_scripts() -> None:
    assert name_key("Acción Solidaria") == name_key("ACCION SOLIDARIA") == "accion solidaria"
    assert name_key("Московская Хельсинкская группа").startswith("moskovsk")


def test_legal_forms_are_stripped_only_at_the_end() -> None:
    assert strip_legal_form(name_key("Verein für Wandel e.V.")) == "verein fur wandel"
    assert strip_legal_form(name_key("Amnesty International")) == "amnesty intl"


def test_initials_keep_capitalised_short_words() -> None:
    assert initials("United Nations") == "un"
    assert initials("Asian Forum for Human Rights and Development") == "afhrd"


def test_acronym_detection() -> None:
    assert is_acronym("FORUM-ASIA") and is_acronym("HRIC") and not is_acronym("ACAT-France")
    assert not is_acronym("Amnesty International") and not is_acronym("Tibet")


def test_script_detection() -> None:
    assert script_of("日本ウイグル協会") in {"cjk", "kana"}
    assert script_of("Сахаровский Центр") == "cyrillic"
    assert script_of("مرصد الصحراء") == "arabic"
