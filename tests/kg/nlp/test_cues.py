"""The per-language cue tables and the regex built from them."""

from __future__ import annotations

import re

import pytest

from kg.nlp.cues import CUES, cue_regex, cues_for


def test_cued_languages_have_tables_english_keeps_its_own_rules():
    # de and pt added with their tables; other languages may register theirs (hence <=)
    assert {"de", "es", "fr", "pt"} <= set(CUES)
    assert "en" not in CUES
    assert cues_for("fr") is CUES["fr"]
    assert cues_for("en") is None
    assert cues_for(None) is None


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("à l'attention de", True),
        ("À l’attention de", True),  # curly apostrophe, capital
        ("à  l'attention\tde", True),  # any whitespace between words
        ("à:", True),  # no space needed before a colon
        ("à :", True),
        ("à l'atention de", False),
    ],
)
def test_cue_regex_matches_spacing_case_and_apostrophes(text: str, matches: bool):
    pattern = re.compile(cue_regex(["à l'attention de", "à :"]) + "$", re.IGNORECASE)
    assert bool(pattern.match(text)) is matches


def test_cue_regex_tries_longer_cues_first():
    pattern = re.compile(cue_regex(["hacemos un llamado", "hacemos un llamado urgente"]))
    assert pattern.match("hacemos un llamado urgente a").group() == "hacemos un llamado urgente"


@pytest.mark.parametrize("language", sorted(CUES))
def test_table_words_are_lower_case(language: str):
    cues = CUES[language]
    words = [
        *cues.address.labelled,
        *cues.address.to_article,
        *cues.address.honorific_start,
        *cues.person.honorifics,
        *cues.person.articles,
        *cues.person.titles,
        *cues.person.office_words,
        *cues.person.collectives,
        *cues.demand.call_for,
        *cues.demand.call_that,
        *(verb for cue in cues.demand.urge for verb in cue.verbs),
    ]
    assert words
    assert [w for w in words if w != w.lower()] == []
