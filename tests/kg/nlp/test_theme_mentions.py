"""Theme mentions in a body, counted with the shared theme vocabulary."""

from __future__ import annotations

from kg.nlp.themes import count_themes


def _counts(*paragraphs: str) -> dict[str, int]:
    return {m.id: m.mentions for m in count_themes(paragraphs)}


def test_synonyms_count_for_their_theme():
    assert _counts("Camps in East Turkistan and Xinjiang hold Uyghurs.") == {"uyghur": 3}


def test_adjacent_forms_of_one_theme_are_one_mention():
    assert _counts("During the Covid-19 pandemic, COVID data was hidden.")["covid-19"] == 2


def test_short_forms_only_in_their_written_case():
    assert "hong-kong" not in _counts("Ask him about the hk thing.")
    assert _counts("Solidarity with HK.")["hong-kong"] == 1


def test_longest_form_wins():
    counts = _counts("China has targeted human rights defenders abroad.")
    assert counts.get("transnational-repression") == 1
    assert "human-rights-defenders" not in counts


def test_results_sorted_by_id_with_labels():
    mentions = count_themes(["Tibet, Hong Kong and China."])
    assert [m.id for m in mentions] == ["china", "hong-kong", "tibet"]
    assert mentions[1].label == "Hong Kong"
