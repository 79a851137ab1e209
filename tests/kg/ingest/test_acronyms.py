"""Acronym shapes and the initials / abbreviation tests."""

from __future__ import annotations

import pytest

from kg.ingest.acronyms import (
    abbreviates,
    initials,
    is_acronym_like,
    is_caps_acronym,
    matches_initials,
)


@pytest.mark.parametrize(
    ("acronym", "phrase"),
    [
        ("HRW", "Human Rights Watch"),
        ("HRIC", "Human Rights in China"),  # all words
        ("VAJ", "Vietnamese Association in Japan"),  # significant words only
        ("LDH", "Ligue des droits de l'Homme"),  # French function words skipped
        ("DGM", "Deutsche Gesellschaft für Menschenrechte"),  # German
        ("ISHR", "International Society for Human Rights"),
    ],
)
def test_matches_initials(acronym: str, phrase: str) -> None:
    assert matches_initials(acronym, phrase)


@pytest.mark.parametrize(
    ("acronym", "phrase"),
    [("ACAT", "Germany"), ("HRC", "Human Rights in Chinatown Youth"), ("X", "Xenon")],
)
def test_matches_initials_rejects(acronym: str, phrase: str) -> None:
    assert not matches_initials(acronym, phrase)


def test_initials_counts_hyphenated_parts() -> None:
    assert initials("Euro-Mediterranean Human Rights Network") == "EMHRN"


@pytest.mark.parametrize(
    ("short", "phrase"),
    [
        ("Provea", "Programa Venezolano de Educación-Acción en Derechos Humanos"),
        ("Redac", "Red de Activistas Ciudadanos por los Derechos Humanos"),
        ("MUHURI", "Muslims for Human Rights"),
        ("Memo", "Mediterranean Monitor"),
        ("NY4HK", "New Yorkers Supporting Hong Kong"),  # the digit is a pun
    ],
)
def test_abbreviates(short: str, phrase: str) -> None:
    assert abbreviates(short, phrase)


@pytest.mark.parametrize(
    ("short", "phrase"),
    [
        ("Fund", "Fundación Aguaclara"),  # only the first word: not an abbreviation
        ("Libertad", "Red Corpora en"),  # must start with the phrase's first letter
        ("KontraS", "The Commission for the Disappeared"),
        ("A", "Amnesty International"),
    ],
)
def test_abbreviates_rejects(short: str, phrase: str) -> None:
    assert not abbreviates(short, phrase)


@pytest.mark.parametrize("token", ["LSVD", "FORUM-ASIA", "IM2DH", "CDDH-Benin", "A&M", "UCV"])
def test_caps_acronyms(token: str) -> None:
    assert is_caps_acronym(token)


@pytest.mark.parametrize("token", ["Tibet", "21", "iDEFEND", "-", "Cepaz"])
def test_not_caps_acronyms(token: str) -> None:
    assert not is_caps_acronym(token)


def test_acronym_like_accepts_mixed_case_short_forms() -> None:
    assert is_acronym_like("iDEFEND") and is_acronym_like("SoSNoL")
    assert not is_acronym_like("Kalikasan") and not is_acronym_like("two words")
    assert not is_acronym_like("") and not is_acronym_like("123")
