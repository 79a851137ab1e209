"""The Chinese cue table (kg/nlp/cues_zh.py): chosen by language, both scripts, no overlaps."""

from __future__ import annotations

import pytest

from kg.nlp.cues import cues_for
from kg.nlp.cues_zh import CHINESE, chinese_cues_for


def test_chinese_table_is_chosen_only_for_zh():
    assert chinese_cues_for("zh") is CHINESE
    for language in ("en", "fr", "es", None, ""):
        assert chinese_cues_for(language) is None


def test_the_latin_tables_do_not_know_chinese():
    # the zh dispatch comes first; cues_for("zh") must stay None so English rules never see zh
    assert cues_for("zh") is None


@pytest.mark.parametrize(
    ("simplified", "traditional", "field"),
    [
        ("秘书长", "秘書長", "titles"),
        ("高级专员", "高級專員", "titles"),
        ("阁下", "閣下", "honorifics"),
        ("会员国", "會員國", "collective_endings"),
        ("呼吁", "呼籲", "verbs"),
        ("促请", "促請", "verbs"),
        ("请求", "請求", "we_verbs"),
        ("我们", "我們", "we"),
        ("你们", "你們", "you"),
        ("联合国", "聯合國", "un_prefixes"),
    ],
)
def test_words_are_in_both_scripts(simplified, traditional, field):
    words = getattr(CHINESE, field)
    assert simplified in words
    assert traditional in words


def test_words_are_tried_longest_first():
    for field in ("titles", "verbs", "honorifics", "act_openers", "conjunctions"):
        lengths = [len(word) for word in getattr(CHINESE, field)]
        assert lengths == sorted(lengths, reverse=True), field


def test_honorifics_are_never_titles():
    assert not set(CHINESE.honorifics) & set(CHINESE.titles)


@pytest.mark.parametrize("end", ["。", "！", "？", "；"])
def test_sentence_ends(end):
    assert end in CHINESE.sentence_ends
