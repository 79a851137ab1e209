"""Demands of French and Spanish letters (cue tables), and the language switch."""

from __future__ import annotations

import pytest

from kg.model import Demand, Recipient, RecipientKind
from kg.nlp.demand_cues import sentences_cued
from kg.nlp.demands import extract_demands

FR_RECIPIENTS = (
    Recipient(
        "Madame Michelle Bachelet, Haute-Commissaire des Nations Unies aux droits de l'homme",
        "Michelle Bachelet",
        "Haute-Commissaire des Nations Unies aux droits de l'homme",
    ),
    Recipient(
        "Aux États membres de l'ONU", "États membres de l'ONU", None, RecipientKind.COLLECTIVE
    ),
)
ES_RECIPIENTS = (
    Recipient(
        "Señora Michelle Bachelet, Alta Comisionada de las Naciones Unidas",
        "Michelle Bachelet",
        "Alta Comisionada de las Naciones Unidas",
    ),
    Recipient(
        "A los Estados miembros de la ONU",
        "Estados miembros de la ONU",
        None,
        RecipientKind.COLLECTIVE,
    ),
)


def _fr(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.addressee) for d in extract_demands([text], FR_RECIPIENTS, language="fr")]


def _es(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.addressee) for d in extract_demands([text], ES_RECIPIENTS, language="es")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # appelons X à, addressee not a recipient: kept without its article
        (
            "Nous, organisations soussignées, appelons le Conseil des droits de l'homme à tenir "
            "une session extraordinaire.",
            [("tenir une session extraordinaire", "Conseil des droits de l'homme")],
        ),
        # exhortons X à, an office matched to the recipient holding it; reflexive infinitive
        (
            "Nous exhortons la Haute-Commissaire à se rendre au Xinjiang.",
            [("se rendre au Xinjiang", "Michelle Bachelet")],
        ),
        # invitons X à ... et à ...: two demands of the same addressee
        (
            "Nous invitons les États membres à adopter une résolution et à financer le mécanisme.",
            [
                ("adopter une résolution", "États membres de l'ONU"),
                ("financer le mécanisme", "États membres de l'ONU"),
            ],
        ),
        # prions X de
        (
            "Nous prions la Haute-Commissaire de publier son évaluation.",
            [("publier son évaluation", "Michelle Bachelet")],
        ),
        # demandons à X de
        (
            "Nous demandons aux autorités chinoises de libérer Ilham Tohti.",
            [("libérer Ilham Tohti", "autorités chinoises")],
        ),
        # nous vous demandons de: all recipients, an adverb between
        (
            "Nous vous demandons instamment de publier votre rapport et de rencontrer les "
            "familles.",
            [("publier votre rapport", None), ("rencontrer les familles", None)],
        ),
        # a colon after the link word
        (
            "Par conséquent, nous appelons le gouvernement chinois à : mettre fin à la "
            "détention arbitraire.",
            [("mettre fin à la détention arbitraire", "gouvernement chinois")],
        ),
        # nous vous exhortons à
        ("Nous vous exhortons à agir.", [("agir", None)]),
        # demandons que + clause: the clause's subject is the addressee
        (
            "Nous demandons que les États membres adoptent une résolution.",
            [("les États membres adoptent une résolution", "États membres de l'ONU")],
        ),
        # demandons + object: no addressee
        (
            "Nous demandons la création d'un mécanisme international indépendant de suivi.",
            [("la création d'un mécanisme international indépendant de suivi", None)],
        ),
        # appelons à: no addressee
        (
            "Nous appelons à la libération immédiate de tous les défenseurs.",
            [("la libération immédiate de tous les défenseurs", None)],
        ),
        # two cues in one sentence, in the order written
        (
            "Nous demandons aux autorités de libérer les détenus, et nous appelons à la fin "
            "de la surveillance de masse.",
            [
                ("libérer les détenus", "autorités"),
                ("la fin de la surveillance de masse", None),
            ],
        ),
    ],
)
def test_french_demand_cues(text: str, expected: list):
    assert _fr(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement demande la paix.",  # not the letter's own demand: no 'nous'
        "Les autorités appellent les citoyens à se taire.",
    ],
)
def test_french_third_party_calls_are_not_demands(text: str):
    assert _fr(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # instamos a X a ... y a ...
        (
            "Instamos al Consejo de Derechos Humanos a convocar una sesión especial y a "
            "establecer un mecanismo.",
            [
                ("convocar una sesión especial", "Consejo de Derechos Humanos"),
                ("establecer un mecanismo", "Consejo de Derechos Humanos"),
            ],
        ),
        # exhortamos a X a, a collective matched to the recipient
        (
            "Exhortamos a los Estados miembros a apoyar una resolución.",
            [("apoyar una resolución", "Estados miembros de la ONU")],
        ),
        # pedimos a X que, an office matched to the recipient holding it
        (
            "Las organizaciones firmantes pedimos a la Alta Comisionada que publique su informe.",
            [("publique su informe", "Michelle Bachelet")],
        ),
        # solicitamos + adverb + al X que
        (
            "Solicitamos respetuosamente al Consejo que convoque una sesión.",
            [("convoque una sesión", "Consejo")],
        ),
        # hacemos un llamado a X para que
        (
            "Hacemos un llamado a la comunidad internacional para que actúe.",
            [("actúe", "comunidad internacional")],
        ),
        # hacemos un llamamiento a X a + infinitive
        (
            "Hacemos un llamamiento a los Estados miembros a suspender las exportaciones.",
            [("suspender las exportaciones", "Estados miembros de la ONU")],
        ),
        # les instamos a: all recipients
        ("Les instamos a actuar sin demora.", [("actuar sin demora", None)]),
        # pedimos que + clause with a subject
        (
            "Pedimos que los Estados miembros adopten sanciones.",
            [("los Estados miembros adopten sanciones", "Estados miembros de la ONU")],
        ),
        # pedimos que + impersonal clause: no addressee
        (
            "Pedimos que se cree un mecanismo independiente.",
            [("se cree un mecanismo independiente", None)],
        ),
        # exigimos + object
        (
            "Exigimos la liberación inmediata de todos los defensores.",
            [("la liberación inmediata de todos los defensores", None)],
        ),
        # instamos a que + clause
        (
            "Instamos a que se investiguen los hechos.",
            [("se investiguen los hechos", None)],
        ),
    ],
)
def test_spanish_demand_cues(text: str, expected: list):
    assert _es(text) == expected


def test_spanish_statement_without_a_cue_is_not_a_demand():
    assert _es("El Gobierno pide calma a la población.") == []


def test_sentences_split_before_accented_and_inverted_capitals():
    assert sentences_cued("Nous agissons. À Genève, rien. ¿Por qué? ¡Basta!") == [
        "Nous agissons.",
        "À Genève, rien.",
        "¿Por qué?",
        "¡Basta!",
    ]


def test_repeated_demand_is_kept_once():
    text = "Nous appelons à la paix. Nous appelons à la paix."
    assert extract_demands([text], language="fr") == (Demand("la paix", None),)


@pytest.mark.parametrize("language", [None, "en", "it"])  # it: no table (pt has one now)
def test_languages_without_tables_keep_the_english_rules(language: str | None):
    text = "We urge UN Member States to act. We call for the release of all defenders."
    english = extract_demands([text])
    assert extract_demands([text], language=language) == english
    assert english == (
        Demand("act", "UN Member States"),
        Demand("the release of all defenders", None),
    )


def test_english_cues_are_not_read_in_a_french_letter():
    assert extract_demands(["We urge you to act."], language="fr") == ()
