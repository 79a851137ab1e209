"""The German and Portuguese cue tables, and the optional fields German needs (off elsewhere)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.model import Demand, RecipientKind
from kg.nlp.cues import CUES, LanguageCues, cues_for
from kg.nlp.demand_cues import extract_demands_cued
from kg.nlp.recipient_cues import parse_recipients_cued

GERMAN = cues_for("de")


def test_german_and_portuguese_are_registered():
    assert isinstance(cues_for("de"), LanguageCues)
    assert isinstance(cues_for("pt"), LanguageCues)
    assert cues_for("de").demand.we == "wir"
    assert cues_for("pt").demand.we is None  # Portuguese verbs carry the person


@pytest.mark.parametrize("language", ["fr", "es"])
def test_german_only_fields_default_to_the_old_behaviour(language: str):
    cues = CUES[language]
    assert cues.person.compounds is False
    assert cues.demand.we_after_verb is False
    assert cues.demand.infinitive_marker is None


def test_compounds_flag_makes_an_office_compound_no_name():
    # without the flag, two capitalised German nouns read as a person's name
    plain = replace(GERMAN, person=replace(GERMAN.person, compounds=False))
    line = "Die Deutsche Bundesregierung"
    assert [r.kind for r in parse_recipients_cued(line, plain)] == [RecipientKind.PERSON]
    assert [r.kind for r in parse_recipients_cued(line, GERMAN)] == [RecipientKind.ORGANIZATION]


def test_we_after_verb_flag_reads_the_inverted_order():
    text = ["Daher fordern wir den Rat auf, eine Sitzung einzuberufen."]
    plain = replace(GERMAN, demand=replace(GERMAN.demand, we_after_verb=False))
    assert extract_demands_cued(text, (), plain) == ()
    assert extract_demands_cued(text, (), GERMAN) == (Demand("eine Sitzung einzuberufen", "Rat"),)


def test_infinitive_marker_splits_acts_only_after_a_zu_infinitive():
    text = ["Wir bitten Sie, Ilham Tohti und andere freizulassen und die Lager zu schließen."]
    assert [d.text for d in extract_demands_cued(text, (), GERMAN)] == [
        "Ilham Tohti und andere freizulassen",
        "die Lager zu schließen",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Vossa Excelência Senhor Presidente Lula da Silva",
            [("Lula da Silva", "Presidente", RecipientKind.PERSON)],
        ),
        (
            "Ilmo. Sr. João Silva, Ministro da Justiça",
            [("João Silva", "Ministro da Justiça", RecipientKind.PERSON)],
        ),
        (
            "Prezada Senhora Alta Comissária",
            [("Alta Comissária", "Alta Comissária", RecipientKind.PERSON)],
        ),
    ],
)
def test_brazilian_honorifics_are_dropped(line: str, expected: list):
    read = parse_recipients_cued(line, cues_for("pt"))
    assert [(r.name, r.role, r.kind) for r in read] == expected
