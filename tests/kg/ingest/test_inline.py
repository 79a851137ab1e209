"""Inline comma lists: commas inside brackets, names containing "and", countries after commas."""

from __future__ import annotations

from kg.ingest.inline import looks_inline, split_inline


def test_commas_inside_parentheses_do_not_split():
    assert split_inline("Signed by: A (France, Belgium), B [x, y], C") == [
        "A (France, Belgium)",
        "B [x, y]",
        "C",
    ]


def test_final_and_splits_two_names():
    assert split_inline("A, B and Human Rights Watch.") == ["A", "B", "Human Rights Watch"]


def test_name_ending_in_and_place_stays_whole():
    assert split_inline("A, Bar Human Rights Committee of England and Wales") == [
        "A",
        "Bar Human Rights Committee of England and Wales",
    ]


def test_serial_comma_keeps_and_inside_the_last_name():
    assert split_inline("A, B, and Lawyers for Peace and Justice") == [
        "A",
        "B",
        "Lawyers for Peace and Justice",
    ]


def test_country_after_comma_belongs_to_previous_item():
    assert split_inline("X Committee, Denmark, Y Group") == ["X Committee, Denmark", "Y Group"]


def test_semicolons_win_over_commas():
    assert split_inline("Signatories: A, Inc.; B, Ltd; C") == ["A, Inc.", "B, Ltd", "C"]


def test_final_acronym_after_and_is_its_own_item():
    assert split_inline("Access Now, Free Tibet and CADAL") == ["Access Now", "Free Tibet", "CADAL"]


def test_one_name_with_a_place_is_not_an_inline_list():
    assert not looks_inline("The Tibet Support Committee, Denmark")
    assert looks_inline("A, B, C")
