"""Right-to-left names whose words came out of text extraction in reversed order."""

from __future__ import annotations

import pytest

from kg.ingest.rtl import is_reversed_rtl, repair_rtl_order

CASES = [
    # Egyptian Initiative for Personal Rights (head noun with the article)
    ("الشخصية للحقوق المصرية المبادرة", "المبادرة المصرية للحقوق الشخصية"),
    # Arab Organisation for Human Rights
    ("الإنسان لحقوق العربية المنظمة", "المنظمة العربية لحقوق الإنسان"),
    # Cairo Institute for Human Rights Studies
    ("الإنسان حقوق لدراسات القاهرة مركز", "مركز القاهرة لدراسات حقوق الإنسان"),
    # Persian: Human Rights Defenders Centre (کانون)
    ("بشر حقوق مدافعان کانون", "کانون مدافعان حقوق بشر"),
]


@pytest.mark.parametrize(("extracted", "reading"), CASES)
def test_reversed_words_are_put_back(extracted: str, reading: str) -> None:
    assert is_reversed_rtl(extracted)
    assert repair_rtl_order(extracted) == reading


@pytest.mark.parametrize(("_", "reading"), CASES)
def test_names_in_reading_order_are_left_alone(_: str, reading: str) -> None:
    assert not is_reversed_rtl(reading)
    assert repair_rtl_order(reading) == reading


@pytest.mark.parametrize("text", ["Amnesty International Network", "شبكة", "", "مركز شبكة"])
def test_other_text_is_left_alone(text: str) -> None:
    assert repair_rtl_order(text) == text
