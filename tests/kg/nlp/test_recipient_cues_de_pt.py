"""Recipients of German and Portuguese address lines (cue tables of kg.nlp.cues)."""

from __future__ import annotations

import pytest

from kg.model import RecipientKind
from kg.nlp.recipients import parse_recipients

PERSON, ORG, COLLECTIVE = RecipientKind.PERSON, RecipientKind.ORGANIZATION, RecipientKind.COLLECTIVE


def _read(text: str, language: str) -> list[tuple[str, str | None, RecipientKind]]:
    return [(r.name, r.role, r.kind) for r in parse_recipients(text, language=language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # honorifics dropped, office after a comma is the person's role
        (
            "Seine Exzellenz António Guterres, Generalsekretär der Vereinten Nationen",
            [("António Guterres", "Generalsekretär der Vereinten Nationen", PERSON)],
        ),
        (
            "Frau Michelle Bachelet, Hohe Kommissarin der Vereinten Nationen für Menschenrechte",
            [
                (
                    "Michelle Bachelet",
                    "Hohe Kommissarin der Vereinten Nationen für Menschenrechte",
                    PERSON,
                )
            ],
        ),
        # collective after An die
        (
            "An die Mitgliedstaaten der Vereinten Nationen",
            [("Mitgliedstaaten der Vereinten Nationen", None, COLLECTIVE)],
        ),
        # compounds: the last part (rat, regierung, kanzler) is an office word or title
        (
            "An den Menschenrechtsrat der Vereinten Nationen",
            [("Menschenrechtsrat der Vereinten Nationen", None, ORG)],
        ),
        ("Die Deutsche Bundesregierung", [("Deutsche Bundesregierung", None, ORG)]),
        ("Herr Olaf Scholz, Bundeskanzler", [("Olaf Scholz", "Bundeskanzler", PERSON)]),
        # salutations: the office is the person
        ("Sehr geehrte Frau Hohe Kommissarin", [("Hohe Kommissarin", "Hohe Kommissarin", PERSON)]),
        ("Sehr geehrter Herr Generalsekretär", [("Generalsekretär", "Generalsekretär", PERSON)]),
        ("Exzellenz", []),
        # und joins two addressees
        (
            "An den Generalsekretär und die Mitgliedstaaten",
            [("Generalsekretär", "Generalsekretär", PERSON), ("Mitgliedstaaten", None, COLLECTIVE)],
        ),
        # particles inside a name
        ("Frau Ursula von der Leyen", [("Ursula von der Leyen", None, PERSON)]),
    ],
)
def test_german_recipients(text: str, expected: list):
    assert _read(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exma. Sra. Michelle Bachelet, Alta Comissária das Nações Unidas para os Direitos "
            "Humanos",
            [
                (
                    "Michelle Bachelet",
                    "Alta Comissária das Nações Unidas para os Direitos Humanos",
                    PERSON,
                )
            ],
        ),
        (
            "Excelentíssimo Senhor António Guterres, Secretário-Geral das Nações Unidas",
            [("António Guterres", "Secretário-Geral das Nações Unidas", PERSON)],
        ),
        (
            "Aos Estados-membros das Nações Unidas",
            [("Estados-membros das Nações Unidas", None, COLLECTIVE)],
        ),
        ("Ao Conselho de Direitos Humanos", [("Conselho de Direitos Humanos", None, ORG)]),
        ("Senhora Alta Comissária", [("Alta Comissária", "Alta Comissária", PERSON)]),
        ("às autoridades chinesas", [("autoridades chinesas", None, COLLECTIVE)]),
        (
            "Ao Conselho de Direitos Humanos e aos Estados-membros",
            [("Conselho de Direitos Humanos", None, ORG), ("Estados-membros", None, COLLECTIVE)],
        ),
    ],
)
def test_portuguese_recipients(text: str, expected: list):
    assert _read(text, "pt") == expected
