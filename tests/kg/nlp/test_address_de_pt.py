"""German and Portuguese address lines and salutations (cue tables of kg.nlp.cues)."""

from __future__ import annotations

import pytest

from kg.nlp.address import address_of_line, find_address
from kg.nlp.cues import cues_for

DE = cues_for("de").address
PT = cues_for("pt").address


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "An: Seine Exzellenz António Guterres, Generalsekretär der Vereinten Nationen",
            ("address", "Seine Exzellenz António Guterres, Generalsekretär der Vereinten Nationen"),
        ),
        (
            "An die Mitgliedstaaten der Vereinten Nationen",
            ("address", "An die Mitgliedstaaten der Vereinten Nationen"),
        ),
        (
            "An den Menschenrechtsrat der Vereinten Nationen",
            ("address", "An den Menschenrechtsrat der Vereinten Nationen"),
        ),
        ("Z. Hd. Frau Michelle Bachelet", ("address", "Frau Michelle Bachelet")),
        ("Seine Exzellenz Olaf Scholz", ("address", "Seine Exzellenz Olaf Scholz")),
        (
            "Sehr geehrte Frau Hohe Kommissarin,",
            ("salutation", "Sehr geehrte Frau Hohe Kommissarin"),
        ),
        (
            "Sehr geehrter Herr Generalsekretär,",
            ("salutation", "Sehr geehrter Herr Generalsekretär"),
        ),
        ("Exzellenz,", ("salutation", "Exzellenz")),
    ],
)
def test_german_address_cues(line: str, expected: tuple[str, str]):
    assert address_of_line(line, DE) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "À atenção de Exma. Sra. Michelle Bachelet",
            ("address", "Exma. Sra. Michelle Bachelet"),
        ),
        ("À atenção do Conselho de Direitos Humanos", ("address", "Conselho de Direitos Humanos")),
        (
            "A: Excelentíssimo Senhor António Guterres",
            ("address", "Excelentíssimo Senhor António Guterres"),
        ),
        ("Exma. Sra. Michelle Bachelet", ("address", "Exma. Sra. Michelle Bachelet")),
        (
            "Aos Estados-membros das Nações Unidas",
            ("address", "Aos Estados-membros das Nações Unidas"),
        ),
        ("Ao Conselho de Direitos Humanos", ("address", "Ao Conselho de Direitos Humanos")),
        ("Senhora Alta Comissária,", ("salutation", "Senhora Alta Comissária")),
        ("Prezados Senhores,", ("salutation", "Prezados Senhores")),
    ],
)
def test_portuguese_address_cues(line: str, expected: tuple[str, str]):
    assert address_of_line(line, PT) == expected


@pytest.mark.parametrize(
    ("line", "cues"),
    [
        ("An diesem Tag haben sich die Organisationen in Berlin versammelt.", DE),
        ("Frau und Herr sind hier nicht gemeint, sagte sie.", DE),
        ("Aos poucos, a situação piorou em toda a região.", PT),
        ("Senhora, a situação é grave e exige uma resposta firme de todos.", PT),
    ],
)
def test_german_and_portuguese_running_text_is_not_an_address(line: str, cues):
    assert address_of_line(line, cues) is None


def test_german_header_reads_address_lines_and_keeps_the_salutation_out():
    found = find_address(
        [
            "Offener Brief",
            "An: Frau Michelle Bachelet, Hohe Kommissarin",
            "An die Mitgliedstaaten der Vereinten Nationen",
            "Sehr geehrte Frau Hohe Kommissarin,",
            "wir schreiben Ihnen, weil die Lage in Xinjiang sich weiter verschlechtert hat.",
        ],
        "de",
    )
    assert found.text == (
        "Frau Michelle Bachelet, Hohe Kommissarin; An die Mitgliedstaaten der Vereinten Nationen"
    )
    assert sorted(found.indices) == [1, 2, 3]


def test_portuguese_salutation_is_the_address_when_no_address_line():
    found = find_address(["Senhora Alta Comissária,", "Escrevemos-lhe hoje com urgência."], "pt")
    assert found.text == "Senhora Alta Comissária"
    assert sorted(found.indices) == [0]
