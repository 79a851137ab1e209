"""Words typed on the wrong keyboard layout (Latin keys for Cyrillic letters and back)."""

from __future__ import annotations

import pytest

from kg.ingest.keyboard import repair_keyboard_layout, swap_layout


def test_swap_layout_both_ways() -> None:
    assert swap_layout("Ghjtrn", to="cyrillic") == "Проект"
    assert swap_layout("Проект", to="latin") == "Ghjtrn"


def test_swap_layout_rejects_unknown_target() -> None:
    with pytest.raises(ValueError, match="'greek'"):
        swap_layout("abc", to="greek")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Ghjtrn для трансгендерных людей", "Проект для трансгендерных людей"),
        ("Центр Vjcrdf и правозащитный совет", "Центр Москва и правозащитный совет"),
        ("Человек и Pfrjy", "Человек и Закон"),
        ("Правозащитный центр «Ghjtrn»", "Правозащитный центр «Проект»"),
    ],
)
def test_latin_typed_for_cyrillic(typed: str, meant: str) -> None:
    assert repair_keyboard_layout(typed) == meant


def test_cyrillic_typed_for_latin_in_a_latin_name() -> None:
    assert repair_keyboard_layout("Human Rights Цфеср") == "Human Rights Watch"


@pytest.mark.parametrize(
    "text",
    [
        "Ghjtrn для трансгендерных людей и их близких T*Revers".replace("Ghjtrn", "Проект"),
        "ЛГБТ сеть LGBT Network Russia",  # mostly Latin: Cyrillic left alone, real words
        "Московская Хельсинкская группа MHG",
        "Amnesty International",
        "",
    ],
)
def test_real_words_are_left_alone(text: str) -> None:
    assert repair_keyboard_layout(text) == text
