"""French and Spanish address lines and salutations in a letter's header."""

from __future__ import annotations

import pytest

from kg.ingest.letter import parse_text
from kg.nlp.address import address_of_line, find_address
from kg.nlp.cues import cues_for
from kg.nlp.loading import NLP

FR = cues_for("fr").address
ES = cues_for("es").address


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("À l'attention de Madame Michelle Bachelet", ("address", "Madame Michelle Bachelet")),
        (
            "A l’attention du Conseil des droits de l'homme",
            ("address", "Conseil des droits de l'homme"),
        ),
        ("À : Son Excellence M. Xi Jinping", ("address", "Son Excellence M. Xi Jinping")),
        ("Destinataires : Haut-Commissariat", ("address", "Haut-Commissariat")),
        ("Aux États membres de l'ONU", ("address", "Aux États membres de l'ONU")),
        ("Au Conseil des droits de l'homme", ("address", "Au Conseil des droits de l'homme")),
        (
            "Son Excellence Monsieur Emmanuel Macron, Président de la République",
            ("address", "Son Excellence Monsieur Emmanuel Macron, Président de la République"),
        ),
        (
            "Madame Michelle Bachelet, Haute-Commissaire",
            ("address", "Madame Michelle Bachelet, Haute-Commissaire"),
        ),
        ("Monsieur Volker Türk", ("address", "Monsieur Volker Türk")),
        ("Madame la Haute-Commissaire,", ("salutation", "Madame la Haute-Commissaire")),
        ("Mesdames, Messieurs,", ("salutation", "Mesdames, Messieurs")),
    ],
)
def test_french_address_cues(line: str, expected: tuple[str, str]):
    assert address_of_line(line, FR) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "A la atención de la Señora Michelle Bachelet",
            ("address", "la Señora Michelle Bachelet"),
        ),
        (
            "A la atención del Consejo de Derechos Humanos",
            ("address", "Consejo de Derechos Humanos"),
        ),
        ("A: Excelentísimo Señor Pedro Sánchez", ("address", "Excelentísimo Señor Pedro Sánchez")),
        ("A los Estados miembros de la ONU", ("address", "A los Estados miembros de la ONU")),
        ("Al Consejo de Derechos Humanos", ("address", "Al Consejo de Derechos Humanos")),
        (
            "Señora Michelle Bachelet, Alta Comisionada",
            ("address", "Señora Michelle Bachelet, Alta Comisionada"),
        ),
        ("Señor Volker Türk", ("address", "Señor Volker Türk")),
        ("Excelentísimo Señor Presidente:", ("salutation", "Excelentísimo Señor Presidente")),
        ("Estimada Alta Comisionada:", ("salutation", "Estimada Alta Comisionada")),
    ],
)
def test_spanish_address_cues(line: str, expected: tuple[str, str]):
    assert address_of_line(line, ES) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Au Tibet, la répression s'intensifie.",  # a sentence, not an address
        "Au nom des organisations soussignées",  # lower case after the article
        "À Genève, le 9 septembre 2020",
        "Madame Bachelet a déclaré que la situation est grave.",
    ],
)
def test_french_body_lines_are_not_addresses(line: str):
    assert address_of_line(line, FR) is None


def test_spanish_sentence_after_article_is_not_an_address():
    assert address_of_line("A la Alta Comisionada le pedimos que actúe.", ES) is None


def test_several_address_lines_are_joined_and_the_salutation_kept_out_of_the_text():
    texts = [
        "Lettre ouverte",
        "À : Son Excellence M. António Guterres",
        "Aux États membres de l'ONU",
        "Madame, Monsieur,",
        "Nous, organisations soussignées, appelons le Conseil à agir sans délai. Merci.",
    ]
    found = find_address(texts, "fr")
    assert found.text == "Son Excellence M. António Guterres; Aux États membres de l'ONU"
    assert found.indices == frozenset({1, 2, 3})


def test_salutation_is_the_address_when_no_address_line():
    found = find_address(["Titre", "Estimada Alta Comisionada:", "Pedimos justicia."], "es")
    assert (found.text, found.indices) == ("Estimada Alta Comisionada", frozenset({1}))


def test_two_salutation_lines_are_both_read_and_leave_the_body():
    texts = ["Madame la Haute-Commissaire,", "Mesdames et Messieurs les représentants,", "Texte."]
    found = find_address(texts, "fr")
    assert found.text == "Madame la Haute-Commissaire; Mesdames et Messieurs les représentants"
    assert found.indices == frozenset({0, 1})


def test_reading_stops_at_the_first_line_of_running_text():
    prose = (
        "Nous, organisations soussignées, exprimons notre vive inquiétude face à la situation "
        "au Tibet. Oui."
    )
    found = find_address(["Titre", prose, "Aux États membres de l'ONU"], "fr")
    assert found.text is None
    assert found.indices == frozenset()


def test_english_and_unknown_languages_read_no_address_here():
    assert find_address(["Aux États membres de l'ONU"], "en").indices == frozenset()
    assert find_address(["Aux États membres de l'ONU"], None).indices == frozenset()


def test_french_letter_address_line_gives_recipients_and_leaves_the_body():
    # the brief's example: no recipients were read before French cues existed
    text = (
        "Lettre ouverte au Conseil des droits de l'homme des Nations Unies\n"
        "Paris, le 9 septembre 2020\n"
        "À l'attention de Madame Michelle Bachelet, Haute-Commissaire des Nations Unies aux "
        "droits de l'homme\n"
        "Nous, organisations soussignées, appelons le Conseil des droits de l'homme à tenir une "
        "session\nextraordinaire sur la situation au Tibet, au Xinjiang et à Hong Kong.\n"
        "Nous demandons la création d'un mécanisme international indépendant de surveillance.\n"
        "Signataires :\n1. ACAT-France\n2. Ligue des droits de l'Homme\n"
    )
    letter = parse_text(text, nlp=NLP("rules"))
    assert letter.language == "fr"
    assert [(r.name, r.role) for r in letter.recipients] == [
        ("Michelle Bachelet", "Haute-Commissaire des Nations Unies aux droits de l'homme")
    ]
    assert not any("attention" in p for p in letter.paragraphs)
    assert [(d.text, d.addressee) for d in letter.demands] == [
        (
            "tenir une session extraordinaire sur la situation au Tibet, au Xinjiang et à "
            "Hong Kong",
            "Conseil des droits de l'homme",
        ),
        ("la création d'un mécanisme international indépendant de surveillance", None),
    ]
