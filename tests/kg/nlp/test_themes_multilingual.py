"""Body theme counts in Chinese, Japanese, Russian and mixed text, and agreement with names.

Regression: the body matcher used one whole-word regex ``(?<![\\w-])...(?![\\w-])``, which never
matched inside CJK text (``香港``, ``西藏``, ``新疆`` have no word boundaries there) nor a
Russian form with a case ending (``Тибета``, ``Гонконге``), while the name matcher found both.
"""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from kg.ingest.theme_hints import theme_hints, theme_spans
from kg.nlp.themes import count_themes, mention_spans
from kg.theme_match import find_theme_spans
from kg.themes import movement_ids, themes

CHINESE = (
    "我们呼吁联合国召开特别会议，调查中国政府在新疆、西藏和香港的严重侵犯人权行为。"
    "维吾尔人被任意拘留，香港的抗议者遭到起诉。"
)
JAPANESE = (
    "私たちは、中国政府によるチベット、ウイグル、香港での人権侵害に深い懸念を表明します。"
    "南モンゴルの状況も悪化しています。"
)
RUSSIAN = (
    "Мы призываем ООН расследовать нарушения прав человека в Тибете, Синьцзяне и Гонконге. "
    "Власти Китая преследуют тибетцев и уйгуров."
)
MIXED = "We stand with the people of 香港 and Tibet; 支持Tibet的声音 and the Uyghurs in 新疆."


def _counts(*paragraphs: str) -> dict[str, int]:
    return {m.id: m.mentions for m in count_themes(paragraphs)}


def test_chinese_paragraph() -> None:
    assert _counts(CHINESE) == {"china": 1, "uyghur": 2, "tibet": 1, "hong-kong": 2}


def test_japanese_paragraph() -> None:
    assert _counts(JAPANESE) == {
        "china": 1,
        "tibet": 1,
        "uyghur": 1,
        "hong-kong": 1,
        "southern-mongolia": 1,
    }


def test_russian_paragraph_with_case_endings() -> None:
    assert _counts(RUSSIAN) == {"tibet": 2, "uyghur": 2, "hong-kong": 1, "china": 1}


def test_mixed_english_and_cjk_paragraph() -> None:
    assert _counts(MIXED) == {"hong-kong": 1, "tibet": 2, "uyghur": 2}


def test_adjacent_cjk_forms_of_one_theme_are_one_mention() -> None:
    text = "新疆维吾尔自治区"
    assert [text[s.start : s.end] for s in mention_spans(text)] == ["新疆维吾尔"]
    assert _counts(text) == {"uyghur": 1}


def test_hyphen_attached_forms_count() -> None:
    assert _counts("Tibet-related and Hong Kong-based groups") == {"tibet": 1, "hong-kong": 1}


def _movement_spans_of_body(text: str) -> tuple:
    return tuple(s for s in find_theme_spans(text) if s.theme in movement_ids())


def test_name_and_body_matchers_agree_on_movement_spans() -> None:
    for text in (CHINESE, JAPANESE, RUSSIAN, MIXED, "NY4HK (New Yorkers Supporting Hong Kong)"):
        assert theme_spans(text) == _movement_spans_of_body(text), text
        assert theme_spans(text)  # each text names some movement


_FORMS = sorted({f for t in themes() for f in (t.label, *t.synonyms)})
_GLUE = [" ", "-", ", ", "\n", "の", "在", "4", "s", "a", "Z", "é", "ы", "е", "ом", "@"]
_TEXTS = st.lists(st.sampled_from(_FORMS + _GLUE), max_size=12).map("".join)


@given(_TEXTS)
def test_name_and_body_matchers_agree_on_any_text(text: str) -> None:
    assert theme_spans(text) == _movement_spans_of_body(text)


@given(_TEXTS)
def test_counts_never_exceed_the_non_overlapping_spans(text: str) -> None:
    spans = find_theme_spans(text)
    assert all(a.end <= b.start for a, b in pairwise(spans))
    counts = _counts(text)
    assert sum(counts.values()) <= len(spans)
    for theme, n in counts.items():
        assert 1 <= n <= sum(s.theme == theme for s in spans)


def test_one_character_cjk_abbreviation_is_not_counted_in_bodies() -> None:
    """``藏`` (Tibet, in names such as 藏青会) is part of 隐藏 "hide" and 收藏 "collect"."""
    assert count_themes(["他们隐藏了证据，也收藏了文件。"]) == ()
    assert [(m.id, m.mentions) for m in count_themes(["西藏的人权状况"])] == [("tibet", 1)]
    assert theme_hints(["藏青会"]) == ("tibet",)  # names keep the abbreviation


def test_french_and_spanish_issue_words() -> None:
    """fr/es labels of the scheme: defenders, UN scrutiny, the movements' own adjectives."""
    french = (
        "Nous appelons le Conseil des droits de l'homme à protéger les défenseurs des droits "
        "humains ouïghours et tibétains."
    )
    assert _counts(french) == {
        "human-rights-defenders": 1,
        "tibet": 1,
        "un-accountability": 1,
        "uyghur": 1,
    }
    spanish = "Instamos al Consejo de Derechos Humanos a proteger a los defensores uigures."
    assert _counts(spanish) == {"human-rights-defenders": 1, "un-accountability": 1, "uyghur": 1}
    assert theme_hints(["Amigos de Mongolia del Sur"]) == ("southern-mongolia",)


def test_common_nouns_count_only_in_their_own_language() -> None:
    """French *surveillance* is monitoring: the English common noun is not read in French."""
    french = "Nous demandons un mécanisme indépendant de surveillance."
    assert "internet-censorship" not in {m.id for m in count_themes([french], language="fr")}
    assert "internet-censorship" in {m.id for m in count_themes([french])}  # language unknown
    english = "Mass surveillance of Uyghurs and censorship."
    assert _counts(english) == {"internet-censorship": 2, "uyghur": 1}
    assert {m.id for m in count_themes([english], language="en")} == {
        "internet-censorship",
        "uyghur",
    }
    # names (capitalised forms) count in every language
    spanish = "Los defensores del Tíbet ante el Human Rights Council."
    assert {m.id for m in count_themes([spanish], language="es")} == {
        "human-rights-defenders",
        "tibet",
        "un-accountability",
    }
    # and a lower-case Spanish noun is not read in English text
    assert count_themes(["He wore chinos."], language="en") == ()
