"""The one theme matcher shared by name hints and body counts (kg/theme_match.py)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from kg.theme_match import ThemeSpan, find_theme_spans, form_index
from kg.themes import theme_by_id


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.theme, text[s.start : s.end]) for s in find_theme_spans(text)]


def test_every_kind_of_form_in_one_text() -> None:
    text = "Hong Kong, 西藏 and Тибета; StandWithHK and the PRC"
    assert _found(text) == [
        ("hong-kong", "Hong Kong"),
        ("tibet", "西藏"),
        ("tibet", "Тибета"),
        ("hong-kong", "HK"),
        ("china", "PRC"),
    ]


def test_cjk_forms_match_inside_unbroken_cjk_text() -> None:
    assert _found("中国政府在新疆和香港") == [
        ("china", "中国"),
        ("uyghur", "新疆"),
        ("hong-kong", "香港"),
    ]


def test_longer_cjk_form_hides_the_shorter_one_inside_it() -> None:
    """``西藏`` is one Tibet span, not also the one-character form ``藏`` inside it."""
    assert _found("西藏") == [("tibet", "西藏")]


def test_latin_word_glued_to_cjk_text_is_a_word() -> None:
    assert _found("支持Tibet的声音") == [("tibet", "Tibet")]


def test_hyphen_ends_a_word() -> None:
    assert _found("Tibet-related cases in pro-Xinjiang media") == [
        ("tibet", "Tibet"),
        ("uyghur", "Xinjiang"),
    ]


def test_words_of_a_form_apart_only_by_spaces_or_hyphens() -> None:
    assert _found("Hong\nKong and Hong-Kong") == [
        ("hong-kong", "Hong\nKong"),
        ("hong-kong", "Hong-Kong"),
    ]
    assert _found("Hong, Kong") == []


def test_latin_accents_and_case_are_ignored_for_words() -> None:
    assert _found("TIBÉTAIN tibetain") == [("tibet", "TIBÉTAIN"), ("tibet", "tibetain")]


def test_cyrillic_case_and_adjective_endings() -> None:
    assert _found("в Тибете, Гонконге и Синьцзяне") == [
        ("tibet", "Тибете"),
        ("hong-kong", "Гонконге"),
        ("uyghur", "Синьцзяне"),
    ]
    assert _found("тибетский, уйгуров, гонконгцы") == [
        ("tibet", "тибетский"),
        ("uyghur", "уйгуров"),
        ("hong-kong", "гонконгцы"),
    ]


def test_cyrillic_form_ending_in_short_i_declines_without_it() -> None:
    """Китай declines as Китая, Китае, Китаю: the й is dropped before the ending."""
    assert [t for t, _ in _found("Китая Китае Китаю Китаем Китай")] == ["china"] * 5


def test_cyrillic_ending_must_be_a_case_or_adjective_ending() -> None:
    assert _found("Тибетолог Гонконгхх") == []


def test_capital_forms_only_in_their_case_and_not_inside_acronyms() -> None:
    assert _found("hk HKDC PHK") == []
    assert _found("NY4HK HK@JPN TOHKnews") == [("hong-kong", "HK")] * 3


def test_longest_overlapping_form_wins() -> None:
    text = "China has targeted human rights defenders abroad."
    assert _found(text)[1] == ("transnational-repression", "targeted human rights defenders abroad")


def test_vocabulary_limits_the_themes() -> None:
    only_tibet = (theme_by_id("tibet"),)
    assert [s.theme for s in find_theme_spans("Tibet, Hong Kong, COVID", only_tibet)] == ["tibet"]


def test_label_parts_are_forms() -> None:
    assert form_index().words[("uyghur", "region")] == "uyghur"


_PIECES = st.sampled_from(
    ["Hong", "Kong", "HK", "香港", "西藏", "藏", "Tibet", "Тибета", "Китая", "COVID", "-19",
     "PRC", "DPRK", "human rights", "defenders", "abroad", "Xinjiang", " ", "-", ", ", "の",
     "4", "a", "Z", "é", "\n"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=14).map("".join))
def test_spans_are_ordered_non_overlapping_and_point_into_the_text(text: str) -> None:
    spans = find_theme_spans(text)
    assert all(a.end <= b.start for a, b in pairwise(spans))
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(isinstance(s, ThemeSpan) and text[s.start : s.end].strip() for s in spans)
