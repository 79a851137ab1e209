"""Recipients of Chinese address lines (kg/nlp/recipients_zh.py), one test per cue."""

from __future__ import annotations

import pytest

from kg.model import RecipientKind
from kg.nlp.cues_zh import CHINESE
from kg.nlp.recipients import parse_recipients
from kg.nlp.recipients_zh import parse_recipients_zh, split_pieces_zh, strip_honorifics

PERSON, ORG, COLLECTIVE = RecipientKind.PERSON, RecipientKind.ORGANIZATION, RecipientKind.COLLECTIVE


def _read(text):
    return [(r.name, r.role, r.kind) for r in parse_recipients_zh(text, CHINESE)]


@pytest.mark.parametrize("joiner", ["、", "，", "；", "和", "及", "以及", "与", "與"])
def test_addressees_are_split_at_separators_and_conjunctions(joiner):
    assert split_pieces_zh(f"秘书长先生{joiner}各成员国", CHINESE) == ["秘书长先生", "各成员国"]


@pytest.mark.parametrize("word", ["中华人民共和国政府", "和平委员会", "国际和解组织"])
def test_conjunctions_inside_words_do_not_split(word):
    assert split_pieces_zh(word, CHINESE) == [word]


@pytest.mark.parametrize("honorific", ["女士", "先生", "阁下", "閣下"])
def test_honorifics_are_dropped(honorific):
    assert strip_honorifics(f"古特雷斯{honorific}", CHINESE) == ("古特雷斯", True)


def test_office_before_name_gives_name_and_role():
    assert _read("联合国人权事务高级专员米歇尔·巴切莱特女士") == [
        ("米歇尔·巴切莱特", "联合国人权事务高级专员", PERSON)
    ]
    assert _read("聯合國秘書長古特雷斯先生") == [("古特雷斯", "聯合國秘書長", PERSON)]


def test_an_office_alone_is_an_office_holder():
    assert _read("人权理事会主席阁下") == [("人权理事会主席", "人权理事会主席", PERSON)]


@pytest.mark.parametrize("text", ["联合国会员国", "各成员国", "聯合國成員國", "全体会员国"])
def test_collectives(text):
    assert _read(text) == [(text, None, COLLECTIVE)]


def test_a_body_after_an_office_word_is_an_organisation():
    assert _read("联合国人权事务高级专员办事处") == [("联合国人权事务高级专员办事处", None, ORG)]


def test_organisations_and_names_with_honorifics():
    assert _read("联合国人权理事会") == [("联合国人权理事会", None, ORG)]
    assert _read("习近平先生") == [("习近平", None, PERSON)]


def test_you_words_alone_are_no_recipient():
    assert _read("各位") == []


def test_as_written_keeps_the_honorific():
    (recipient,) = parse_recipients_zh("聯合國秘書長古特雷斯先生", CHINESE)
    assert recipient.as_written == "聯合國秘書長古特雷斯先生"


def test_parse_recipients_dispatches_zh_only():
    zh = parse_recipients("聯合國秘書長古特雷斯先生、各成员国", language="zh")
    assert [(r.name, r.kind) for r in zh] == [("古特雷斯", PERSON), ("各成员国", COLLECTIVE)]
    en = parse_recipients("UN Member States", language="en")
    assert [(r.name, r.kind) for r in en] == [("UN Member States", COLLECTIVE)]
