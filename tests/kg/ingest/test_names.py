"""Surface repairs: spacing, stray and trailing punctuation, invisible characters."""

from __future__ import annotations

import pytest

from kg.ingest.names import clean_text, collapse_spaces, repair_surface, strip_punctuation


@pytest.mark.parametrize(
    ("text", "repaired", "repairs"),
    [
        ("Human Rights Network -SL", "Human Rights Network - SL", ("spacing",)),
        ("Ligue des droits de l'Homme- LDH", "Ligue des droits de l'Homme - LDH", ("spacing",)),
        ("Fundação(Brasil)", "Fundação (Brasil)", ("missing-space",)),
        ("Instituto (Chile)ICHR", "Instituto (Chile) ICHR", ("missing-space",)),
        ("Centre for Human. Rights Studies", "Centre for Human Rights Studies", ("stray-period",)),
        ("Asia Forum (AF).", "Asia Forum (AF)", ("trailing-period",)),
        ("Asia Forum;", "Asia Forum", ()),
    ],
)
def test_repairs(text: str, repaired: str, repairs: tuple[str, ...]) -> None:
    assert repair_surface(text) == (repaired, repairs)


@pytest.mark.parametrize(
    "text",
    [
        "Monitor Social A.C.",  # dotted legal form
        "Acme Inc.",
        "St. Petersburg Human Rights Council",  # short abbreviation, not a stray period
        "Human Rights Defenders Network-SL",  # glued dash: a qualifier, not spacing damage
        "GIN-SSOGIE",
        "VETO! Human Rights Defenders' Network",
        "Tibet-Portugal",
    ],
)
def test_nothing_to_repair(text: str) -> None:
    assert repair_surface(text) == (text, ())


def test_strip_punctuation_both_ends() -> None:
    assert strip_punctuation(" - Cepaz ,") == "Cepaz"
    assert strip_punctuation("...") == ""


def test_clean_text_drops_controls_and_format_characters() -> None:
    assert clean_text("Free\x00 Tibet\u200b\u202e") == "Free Tibet"
    assert clean_text("a\tb\nc") == "a b c"


def test_collapse_spaces_normalises_to_nfc() -> None:
    assert collapse_spaces("Cafe\u0301  Cultural ") == "Café Cultural"
