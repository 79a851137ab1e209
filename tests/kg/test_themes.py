"""The theme vocabulary read from ontology/themes.ttl."""

from __future__ import annotations

import re

import pytest

from kg.themes import movement_ids, theme_by_id, themes


def test_theme_ids_are_unique_slugs() -> None:
    ids = [t.id for t in themes()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)


def test_core_themes_map_to_verified_wikidata_items() -> None:
    assert theme_by_id("hong-kong").qid == "Q8646"
    assert theme_by_id("tibet").qid == "Q17252"
    assert theme_by_id("uyghur").qid == "Q34800"
    assert theme_by_id("china").qid == "Q148"


def test_east_turkistan_is_a_synonym_of_the_uyghur_theme() -> None:
    assert "East Turkistan" in theme_by_id("uyghur").synonyms


def test_regional_movements_are_narrower_than_china() -> None:
    assert {theme_by_id(t).broader for t in ("hong-kong", "tibet", "uyghur")} == {"china"}


def test_movements_are_the_themes_a_name_can_point_to() -> None:
    assert movement_ids() == {"china", "hong-kong", "tibet", "uyghur", "southern-mongolia"}


def test_unknown_theme_id_is_a_key_error_naming_it() -> None:
    with pytest.raises(KeyError, match="no-such-theme"):
        theme_by_id("no-such-theme")
