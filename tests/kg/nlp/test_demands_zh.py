"""Demands of Chinese letters (kg/nlp/demands_zh.py), one test per cue."""

from __future__ import annotations

import pytest

from kg.model import Recipient, RecipientKind
from kg.nlp.cues_zh import CHINESE
from kg.nlp.demands import extract_demands
from kg.nlp.demands_zh import (
    addressee_and_act,
    extract_demands_zh,
    match_recipient_zh,
    sentences_zh,
)

RECIPIENTS = (
    Recipient(
        "联合国人权事务高级专员米歇尔·巴切莱特女士", "米歇尔·巴切莱特", "联合国人权事务高级专员"
    ),
    Recipient("聯合國秘書長古特雷斯先生", "古特雷斯", "聯合國秘書長"),
    Recipient("联合国会员国", "联合国会员国", None, RecipientKind.COLLECTIVE),
)


def _read(text, recipients=RECIPIENTS):
    return [(d.text, d.addressee) for d in extract_demands_zh([text], recipients, CHINESE)]


@pytest.mark.parametrize(
    "cue",
    [
        "我们呼吁",
        "我们敦促",
        "我们要求",
        "我们请求",
        "我们促请",
        "吁请",
        "我們呼籲",
        "我們促請",
        "我們要求",
        "敦促",
        "我们强烈敦促",
        "我们再次呼吁",
    ],
)
def test_every_asking_cue(cue):
    assert _read(f"{cue}中国政府立即释放所有被拘押者。") == [("立即释放所有被拘押者", "中国政府")]


@pytest.mark.parametrize("verb", ["要求", "请求"])
def test_weak_verbs_need_we(verb):
    assert _read(f"国际社会的{verb}很明确。") == []


def test_addressee_is_matched_to_a_recipient_by_office():
    assert _read("我们呼吁联合国人权事务高级专员就新疆发表报告。") == [
        ("就新疆发表报告", "米歇尔·巴切莱特")
    ]
    assert _read("我們呼籲聯合國秘書長公開譴責任意拘押！") == [("公開譴責任意拘押", "古特雷斯")]


def test_member_states_in_any_script_are_the_member_states_recipient():
    for phrase in ("各成员国", "聯合國成員國", "會員國"):
        assert match_recipient_zh(phrase, RECIPIENTS, CHINESE) == "联合国会员国"
    assert _read("我们敦促各成员国召开特别会议。") == [("召开特别会议", "联合国会员国")]


def test_an_office_alone_is_its_holder():
    holder = (Recipient("联合国秘书长古特雷斯先生", "古特雷斯", "联合国秘书长"),)
    assert _read("吁请秘书长公开谴责任意拘押。", holder) == [("公开谴责任意拘押", "古特雷斯")]


def test_an_unknown_addressee_is_kept_as_written():
    assert _read("我们敦促人权理事会主席设立调查机制。") == [("设立调查机制", "人权理事会主席")]


@pytest.mark.parametrize("you", ["你们", "您", "阁下", "閣下"])
def test_you_means_all_recipients(you):
    assert _read(f"我们请求{you}在下届会议上审议本信。") == [("在下届会议上审议本信", None)]


def test_an_act_right_after_the_verb_has_no_addressee():
    assert _read("我们要求立即释放伊力哈木·土赫提。") == [("立即释放伊力哈木·土赫提", None)]


def test_two_demands_in_one_sentence():
    assert _read("我们呼吁联合国人权理事会召开特别会议，并敦促各国政府停止遣返。", ()) == [
        ("召开特别会议", "联合国人权理事会"),
        ("停止遣返", "各国政府"),
    ]


@pytest.mark.parametrize("end", ["。", "！", "？", "；"])
def test_sentences_split_at_chinese_ends(end):
    assert sentences_zh(f"我们关注{end}我们呼吁X。", CHINESE) == [f"我们关注{end}", "我们呼吁X。"]


def test_addressee_and_act_without_known_recipient():
    assert addressee_and_act("国际社会对此予以关注", (), CHINESE) == ("国际社会", "对此予以关注")


def test_extract_demands_dispatches_zh_only():
    text = ["我们呼吁各国政府立即行动。"]
    assert [d.text for d in extract_demands(text, language="zh")] == ["立即行动"]
    assert extract_demands(text, language="en") == ()


@pytest.mark.parametrize("joiner", ["并", "，并", "并且", "並"])
def test_a_second_act_after_and(joiner):
    assert _read(f"我们敦促各成员国召开特别会议{joiner}设立调查机制。") == [
        ("召开特别会议", "联合国会员国"),
        ("设立调查机制", "联合国会员国"),
    ]


def test_and_before_a_noun_is_no_second_act():
    assert _read("我们要求尊重言论自由并保障人身安全。", ()) == [
        ("尊重言论自由", None),
        ("保障人身安全", None),
    ]
    assert _read("我们要求释放记者并非易事。", ()) == [("释放记者并非易事", None)]
