"""Eponymous places: a city that names an accord (Helsinki Final Act) is not a seat."""

from __future__ import annotations

import pytest

from kg.ingest.eponyms import EPONYMS, is_eponym


@pytest.mark.parametrize(
    ("token", "after", "expected"),
    [
        ("helsinki", "committee", True),
        ("helsinki", "foundation", True),
        ("helsinki", "watch", True),
        ("хельсинкская", "группа", True),  # a derived form and a Russian movement word
        ("helsinki", "comite", True),  # French, normalised without the accent
        ("helsinki", "deaconess", False),  # no movement word: the city itself
        ("helsinki", None, False),  # the last word of a name
    ],
)
def test_is_eponym(token: str, after: str | None, expected: bool) -> None:
    assert is_eponym("FI", token, after) is expected


def test_only_the_accords_country() -> None:
    """The rule is keyed by the place's country: another country's ``Helsinki`` is a place."""
    assert not is_eponym("US", "helsinki", "committee")


def test_every_eponym_names_its_accord_and_movement_words() -> None:
    for eponym in EPONYMS:
        assert eponym.accord and eponym.stems and eponym.heads
        assert all(stem == stem.casefold() for stem in eponym.stems)
