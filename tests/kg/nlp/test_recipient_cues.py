"""Recipients of French and Spanish address lines (cue tables), and the language switch."""

from __future__ import annotations

import pytest

from kg.model import Recipient, RecipientKind
from kg.nlp.cues import cues_for
from kg.nlp.loading import NLP
from kg.nlp.recipient_cues import parse_recipients_cued, split_pieces, strip_leading
from kg.nlp.recipients import parse_recipients

PERSON, ORG, COLLECTIVE = RecipientKind.PERSON, RecipientKind.ORGANIZATION, RecipientKind.COLLECTIVE


def _read(text: str, language: str) -> list[tuple[str, str | None, RecipientKind]]:
    return [(r.name, r.role, r.kind) for r in parse_recipients(text, language=language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's office after a comma
        (
            "Madame Michelle Bachelet, Haute-Commissaire des Nations Unies aux droits de l'homme",
            [
                (
                    "Michelle Bachelet",
                    "Haute-Commissaire des Nations Unies aux droits de l'homme",
                    PERSON,
                )
            ],
        ),
        # Son Excellence + M.
        (
            "Son Excellence M. António Guterres, Secrétaire général des Nations Unies",
            [("António Guterres", "Secrétaire général des Nations Unies", PERSON)],
        ),
        # an office before the name, after a comma
        (
            "au Secrétaire général de l'ONU, M. António Guterres",
            [("António Guterres", "Secrétaire général de l'ONU", PERSON)],
        ),
        # an office then a name, no comma
        (
            "Ministre des Affaires étrangères Jean-Yves Le Drian",
            [("Jean-Yves Le Drian", "Ministre des Affaires étrangères", PERSON)],
        ),
        # Monsieur + one name
        ("Monsieur Macron", [("Macron", None, PERSON)]),
        # an office holder without a name
        ("Madame la Haute-Commissaire", [("Haute-Commissaire", "Haute-Commissaire", PERSON)]),
        # collectives
        ("Aux États membres de l'ONU", [("États membres de l'ONU", None, COLLECTIVE)]),
        ("aux autorités chinoises", [("autorités chinoises", None, COLLECTIVE)]),
        # an organisation
        (
            "Au Conseil des droits de l'homme",
            [("Conseil des droits de l'homme", None, ORG)],
        ),
        # several addressees: semicolon, and 'et' before a new addressee
        (
            "Madame Michelle Bachelet; au Conseil de sécurité et aux États membres",
            [
                ("Michelle Bachelet", None, PERSON),
                ("Conseil de sécurité", None, ORG),
                ("États membres", None, COLLECTIVE),
            ],
        ),
        # 'et' inside an office name does not split it
        (
            "Ministre de l'Europe et des Affaires étrangères",
            [
                (
                    "Ministre de l'Europe et des Affaires étrangères",
                    "Ministre de l'Europe et des Affaires étrangères",
                    PERSON,
                )
            ],
        ),
        # a salutation of honorifics only names no one
        ("Mesdames, Messieurs", []),
    ],
)
def test_french_recipients(text: str, expected: list):
    assert _read(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Excelentísimo Señor Pedro Sánchez, Presidente del Gobierno de España",
            [("Pedro Sánchez", "Presidente del Gobierno de España", PERSON)],
        ),
        (
            "la Señora Michelle Bachelet, Alta Comisionada de las Naciones Unidas para los "
            "Derechos Humanos",
            [
                (
                    "Michelle Bachelet",
                    "Alta Comisionada de las Naciones Unidas para los Derechos Humanos",
                    PERSON,
                )
            ],
        ),
        ("Señora Bachelet", [("Bachelet", None, PERSON)]),
        ("A los Estados miembros de la ONU", [("Estados miembros de la ONU", None, COLLECTIVE)]),
        ("Estados miembros", [("Estados miembros", None, COLLECTIVE)]),
        ("Al Consejo de Derechos Humanos", [("Consejo de Derechos Humanos", None, ORG)]),
        ("Estimada Alta Comisionada", [("Alta Comisionada", "Alta Comisionada", PERSON)]),
        (
            "Señora Michelle Bachelet y al Consejo de Derechos Humanos",
            [("Michelle Bachelet", None, PERSON), ("Consejo de Derechos Humanos", None, ORG)],
        ),
        ("Estimados señores", []),
    ],
)
def test_spanish_recipients(text: str, expected: list):
    assert _read(text, "es") == expected


def test_as_written_keeps_the_whole_addressee_with_its_role():
    (recipient,) = parse_recipients("Madame Michelle Bachelet, Haute-Commissaire", language="fr")
    assert recipient.as_written == "Madame Michelle Bachelet, Haute-Commissaire"


def test_strip_leading_drops_honorifics_articles_and_elision():
    fr = cues_for("fr").person
    assert strip_leading("à l'Union européenne", fr) == ("Union européenne", False)
    assert strip_leading("Sa Excellence Madame X", fr) == ("X", True)


def test_split_pieces_splits_top_level_commas_only():
    es = cues_for("es").person
    assert split_pieces("Consejo (Ginebra, Suiza), Estados miembros", es) == [
        "Consejo (Ginebra, Suiza)",
        "Estados miembros",
    ]


def test_cued_recipients_of_empty_text():
    assert parse_recipients_cued("", cues_for("fr")) == ()
    assert parse_recipients(None, language="es") == ()


class _ModelThatMustNotRun:
    def __call__(self, text):  # pragma: no cover - failing here is the test failing
        raise AssertionError("the English model was asked about a French address line")


def test_french_lines_are_not_given_to_the_english_model():
    nlp = NLP("fake", _ModelThatMustNotRun())
    assert parse_recipients("Au Conseil des droits de l'homme", nlp=nlp, language="fr") == (
        Recipient("Au Conseil des droits de l'homme", "Conseil des droits de l'homme", None, ORG),
    )


@pytest.mark.parametrize("language", [None, "en", "it"])  # it: no table (de has one now)
def test_languages_without_tables_keep_the_english_rules(language: str | None):
    text = "UN High Commissioner for Human Rights Michelle Bachelet, UN Member States"
    english = parse_recipients(text, nlp=NLP("rules"))
    assert parse_recipients(text, nlp=NLP("rules"), language=language) == english
    assert [r.kind for r in english] == [PERSON, COLLECTIVE]
