"""Chinese address lines and salutations (kg/nlp/address_zh.py), one test per cue."""

from __future__ import annotations

import pytest

from kg.nlp.address import find_address
from kg.nlp.address_zh import address_of_line_zh, find_address_zh, is_prose_zh
from kg.nlp.cues_zh import CHINESE


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("致：联合国秘书长古特雷斯先生", ("address", "联合国秘书长古特雷斯先生")),
        ("致: 各成员国", ("address", "各成员国")),
        ("致联合国人权理事会：", ("address", "联合国人权理事会")),
        ("收件人：中华人民共和国主席习近平先生", ("address", "中华人民共和国主席习近平先生")),
        ("尊敬的高级专员女士：", ("salutation", "高级专员女士")),
        ("尊敬的秘書長閣下，", ("salutation", "秘書長閣下")),
        ("亲爱的朋友们：", ("salutation", "朋友们")),
    ],
)
def test_address_and_salutation_cues(line, expected):
    assert address_of_line_zh(line, CHINESE) == expected


@pytest.mark.parametrize(
    "line",
    [
        "致联合国人权理事会成员国的公开信",  # a title: no colon
        "致：",  # nothing addressed
        "尊敬的主席先生，我们写信是为了表达关切。",  # running text
        "我们呼吁联合国采取行动：",
        "2020年9月9日",
    ],
)
def test_lines_that_are_not_addresses(line):
    assert address_of_line_zh(line, CHINESE) is None


def test_prose_is_a_sentence_or_a_long_line():
    assert is_prose_zh("我们深切关注。")
    assert is_prose_zh("很" * 121)
    assert not is_prose_zh("致：各成员国")


def test_address_lines_win_over_salutations_and_reading_stops_at_prose():
    texts = ["公开信", "致：各成员国", "尊敬的主席先生：", "我们关注此事。", "致：不应读到"]
    assert find_address_zh(texts, CHINESE) == ("各成员国", frozenset({1, 2}))


def test_salutations_are_the_recipients_without_address_lines():
    texts = ["尊敬的秘书长先生：", "尊敬的高级专员女士：", "我们关注此事。"]
    assert find_address_zh(texts, CHINESE)[0] == "秘书长先生; 高级专员女士"


def test_used_lines_do_not_stop_the_reading():
    texts = ["这是一封很长的标题。", "致：各成员国"]
    assert find_address_zh(texts, CHINESE, used={0})[1] == frozenset({1})
    assert find_address_zh(texts, CHINESE)[1] == frozenset()


def test_find_address_dispatches_zh_and_leaves_other_languages():
    texts = ["致：各成员国", "我们关注此事。"]
    assert find_address(texts, "zh").text == "各成员国"
    assert find_address(texts, "fr").text is None
    assert find_address(texts, "en").text is None
