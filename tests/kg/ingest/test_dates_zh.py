"""Chinese header dates (kg/ingest/dates_zh.py) and their use by parse_text."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.ingest.dates_zh import find_date_zh, parse_date_zh
from kg.ingest.letter import parse_text
from kg.nlp.loading import NLP


@pytest.mark.parametrize(
    "text",
    [
        "2020年9月9日",
        "2020 年 9 月 9 日",
        "２０２０年９月９日",
        "二〇二〇年九月九日",
        "2020年9月9号",
        "日内瓦，2020年9月9日",
    ],
)
def test_chinese_date_forms(text):
    assert parse_date_zh(text) == dt.date(2020, 9, 9)


def test_chinese_numerals_with_ten():
    assert parse_date_zh("二〇二一年十二月二十日") == dt.date(2021, 12, 20)


@pytest.mark.parametrize("text", ["2020年", "2020年9月", "2020年2月30日", "9 September 2020"])
def test_not_a_full_chinese_date(text):
    assert parse_date_zh(text) is None


def test_date_line_is_found_only_before_running_text_and_only_in_zh():
    texts = ["公开信", "我们在2020年9月9日开会。", "2021年1月1日"]
    assert find_date_zh(texts, "zh") == (None, frozenset())
    assert find_date_zh(["2020年9月9日"], "fr") == (None, frozenset())


LETTER = """致各国政府的公开信

2020年9月9日

致：联合国秘书长古特雷斯先生及各成员国

我们深切关注香港的人权状况。我们敦促各成员国召开特别会议。吁请秘书长公开谴责任意拘押。

签署组织：
1. 香港民主委员会
2. 国际特赦组织（Amnesty International）
"""


def test_a_chinese_letter_has_date_recipients_and_demands():
    letter = parse_text(LETTER, nlp=NLP("rules"))
    assert letter.language == "zh"
    assert letter.date == dt.date(2020, 9, 9)
    assert [(r.name, r.kind.value) for r in letter.recipients] == [
        ("古特雷斯", "person"),
        ("各成员国", "collective"),
    ]
    assert [(d.text, d.addressee) for d in letter.demands] == [
        ("召开特别会议", "各成员国"),
        ("公开谴责任意拘押", "古特雷斯"),
    ]
    # the date and address lines are header, not body
    assert not any("2020年9月9日" in p or p.startswith("致：") for p in letter.paragraphs)
