"""Demands of German and Portuguese letters (cue tables of kg.nlp.cues)."""

from __future__ import annotations

import pytest

from kg.model import Recipient, RecipientKind
from kg.nlp.demands import extract_demands

DE_RECIPIENTS = (
    Recipient(
        "Frau Michelle Bachelet, Hohe Kommissarin",
        "Michelle Bachelet",
        "Hohe Kommissarin",
    ),
    Recipient(
        "An die Mitgliedstaaten der Vereinten Nationen",
        "Mitgliedstaaten der Vereinten Nationen",
        None,
        RecipientKind.COLLECTIVE,
    ),
)
PT_RECIPIENTS = (
    Recipient(
        "Exma. Sra. Michelle Bachelet, Alta Comissária",
        "Michelle Bachelet",
        "Alta Comissária",
    ),
    Recipient(
        "Aos Estados-membros das Nações Unidas",
        "Estados-membros das Nações Unidas",
        None,
        RecipientKind.COLLECTIVE,
    ),
)


def _de(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.addressee) for d in extract_demands([text], DE_RECIPIENTS, language="de")]


def _pt(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.addressee) for d in extract_demands([text], PT_RECIPIENTS, language="pt")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fordern X auf, ... (separable auf; the act is the zu-infinitive clause, split at und
        # only after an infinitive)
        (
            "Wir fordern die Mitgliedstaaten der Vereinten Nationen auf, eine Sondersitzung "
            "einzuberufen und einen unabhängigen Mechanismus einzurichten.",
            [
                ("eine Sondersitzung einzuberufen", "Mitgliedstaaten der Vereinten Nationen"),
                (
                    "einen unabhängigen Mechanismus einzurichten",
                    "Mitgliedstaaten der Vereinten Nationen",
                ),
            ],
        ),
        # an adverb before auf; a subject between commas before the verb
        (
            "Wir, die unterzeichnenden Organisationen, fordern die Europäische Union "
            "nachdrücklich auf, Sanktionen zu verhängen.",
            [("Sanktionen zu verhängen", "Europäische Union")],
        ),
        # rufen X dazu auf, with wir after the verb (inversion)
        (
            "Daher rufen wir die Bundesregierung dazu auf, sich für die Freilassung von Ilham "
            "Tohti einzusetzen.",
            [("sich für die Freilassung von Ilham Tohti einzusetzen", "Bundesregierung")],
        ),
        # appellieren an X, ... zu ...: addressee matched to the recipient by its role
        (
            "Wir appellieren an die Hohe Kommissarin, ihren Bericht unverzüglich zu "
            "veröffentlichen.",
            [("ihren Bericht unverzüglich zu veröffentlichen", "Michelle Bachelet")],
        ),
        # bitten Sie: all recipients; und inside an act is not a second act
        (
            "Wir bitten Sie, Ilham Tohti und alle anderen Verteidiger freizulassen und die Lager "
            "zu schließen.",
            [
                ("Ilham Tohti und alle anderen Verteidiger freizulassen", None),
                ("die Lager zu schließen", None),
            ],
        ),
        # fordern + object
        (
            "Wir fordern die sofortige Freilassung aller willkürlich Inhaftierten.",
            [("die sofortige Freilassung aller willkürlich Inhaftierten", None)],
        ),
        # fordern, dass ...: the clause, of its subject
        (
            "Wir fordern, dass die Mitgliedstaaten der Vereinten Nationen unverzüglich handeln.",
            [
                (
                    "die Mitgliedstaaten der Vereinten Nationen unverzüglich handeln",
                    "Mitgliedstaaten der Vereinten Nationen",
                )
            ],
        ),
        # bitten X, without a zu-infinitive, is no demand; no wir, no demand
        ("Wir bitten um Unterstützung, weil die Lage ernst ist.", []),
        ("Die Regierung fordert die Freilassung der Gefangenen.", []),
    ],
)
def test_german_demands(text: str, expected: list):
    assert _de(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Instamos os Estados-membros a convocar uma sessão especial e a criar um mecanismo "
            "independente.",
            [
                ("convocar uma sessão especial", "Estados-membros das Nações Unidas"),
                ("criar um mecanismo independente", "Estados-membros das Nações Unidas"),
            ],
        ),
        (
            "Exortamos a Alta Comissária a publicar o seu relatório.",
            [("publicar o seu relatório", "Michelle Bachelet")],
        ),
        (
            "Apelamos ao Conselho de Direitos Humanos para que crie uma comissão de inquérito.",
            [("crie uma comissão de inquérito", "Conselho de Direitos Humanos")],
        ),
        (
            "Pedimos à Alta Comissária que publique o relatório sem demora.",
            [("publique o relatório sem demora", "Michelle Bachelet")],
        ),
        (
            "Solicitamos que os Estados-membros suspendam a venda de equipamentos de vigilância.",
            [
                (
                    "os Estados-membros suspendam a venda de equipamentos de vigilância",
                    "Estados-membros das Nações Unidas",
                )
            ],
        ),
        (
            "Exigimos a libertação imediata de todas as pessoas detidas arbitrariamente.",
            [("a libertação imediata de todas as pessoas detidas arbitrariamente", None)],
        ),
        ("A situação exige a libertação dos detidos.", []),
    ],
)
def test_portuguese_demands(text: str, expected: list):
    assert _pt(text) == expected
