"""Name, acronym and alternate names, on entries beyond the seed letter."""

from __future__ import annotations

import pytest

from kg.ingest.altnames import is_place, split_alternatives, split_name

CASES = [
    # bracketed acronyms, any language
    ("Human Rights Watch (HRW)", "Human Rights Watch", "HRW", ()),
    ("Comité de Solidaridad con los Presos Políticos [CSPP]",
     "Comité de Solidaridad con los Presos Políticos", "CSPP", ()),
    ("Ligue des droits de l'Homme (LDH)", "Ligue des droits de l'Homme", "LDH", ()),
    # expansion or translation in parentheses, and both at once
    ("Memorial (Мемориал)", "Memorial", None, ("Мемориал",)),
    ("Amnistía Internacional (Amnesty International, AI)", "Amnistía Internacional", "AI",
     ("Amnesty International",)),
    ("HRW (Human Rights Watch)", "HRW", "HRW", ("Human Rights Watch",)),
    # acronym after or before a dash
    ("Liga Argentina por los Derechos Humanos - LADH", "Liga Argentina por los Derechos Humanos",
     "LADH", ()),
    ("ADHR - Asociación por los Derechos Humanos de Rosario",
     "Asociación por los Derechos Humanos de Rosario", "ADHR", ()),
    ("Instituto de Defensa Legal - Idelegal", "Instituto de Defensa Legal", "Idelegal", ()),
    # suffix and leading acronyms
    ("Deutsche Gesellschaft für Menschenrechte DGM", "Deutsche Gesellschaft für Menschenrechte",
     "DGM", ()),
    ("HRW Human Rights Watch", "Human Rights Watch", "HRW", ()),
    ("Instituto (Chile) ICHR", "Instituto (Chile)", "ICHR", ()),
    # place qualifiers stay in the name
    ("Centre for Civil Liberties (Ukraine)", "Centre for Civil Liberties (Ukraine)", None, ()),
    ("Amnesty International USA", "Amnesty International USA", None, ()),
    ("Amnesty International - Kenya", "Amnesty International - Kenya", None, ()),
    ("Canadian Centre for Victims of Torture, Toronto",
     "Canadian Centre for Victims of Torture, Toronto", None, ()),
    ("Students for a Free Tibet (HK)", "Students for a Free Tibet (HK)", None, ()),
    # alternatives: slash, colon, tagline, other scripts
    ("Мемориал / Memorial", "Мемориал", None, ("Memorial",)),
    ("Front Line Defenders: the International Foundation for Human Rights Defenders",
     "Front Line Defenders", None, ("the International Foundation for Human Rights Defenders",)),
    ("Ligue des droits de l'Homme, la voix des citoyens", "Ligue des droits de l'Homme", None,
     ("la voix des citoyens",)),
    ("香港人權監察 Hong Kong Human Rights Monitor", "香港人權監察", None,
     ("Hong Kong Human Rights Monitor",)),
    ("Hong Kong Human Rights Monitor 「香港人權監察」", "Hong Kong Human Rights Monitor", None,
     ("香港人權監察",)),
    ("Правозащитный центр «Мемориал» Memorial Human Rights Centre",
     "Правозащитный центр «Мемориал»", None, ("Memorial Human Rights Centre",)),
    ("한국인권재단, Korea Human Rights Foundation", "한국인권재단", None,
     ("Korea Human Rights Foundation",)),
    # commas inside a name stay
    ("Fundación Paz, Justicia y Libertad", "Fundación Paz, Justicia y Libertad", None, ()),
    # nothing to split
    ("Access Now", "Access Now", None, ()),
    ("Women's March Global", "Women's March Global", None, ()),
    ("NGURUKA DEVELOPMENT AGENCY", "NGURUKA DEVELOPMENT AGENCY", None, ()),
    ("Logos ID", "Logos ID", None, ()),
    ("Fridays for Future, PCT", "Fridays for Future, PCT", None, ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "acronym", "alts"), CASES, ids=[c[0] for c in CASES])
def test_split_name(text: str, name: str, acronym: str | None, alts: tuple[str, ...]) -> None:
    parts = split_name(text)
    assert (parts.name, parts.acronym, parts.alt_names) == (name, acronym, alts)


def test_split_alternatives_keeps_written_order() -> None:
    assert split_alternatives("A Long Name / Un nom long / Ein langer Name") == [
        "A Long Name",
        "Un nom long",
        "Ein langer Name",
    ]
    assert split_alternatives("24/7 Watch") == ["24/7 Watch"]


@pytest.mark.parametrize("text", ["Japan", "NZ", "USA", "Hong Kong", "Tibet", "Bayern"])
def test_places(text: str) -> None:
    assert is_place(text)


@pytest.mark.parametrize(
    "text", ["ADN", "Acat-Burundi", "Human Rights Watch", "the Hague Group", ""]
)
def test_not_places(text: str) -> None:
    assert not is_place(text)
