"""Dates in a letter's header, with month names from CLDR in several languages."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.ingest.dates import parse_date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Geneva, 9 September 2020", dt.date(2020, 9, 9)),
        ("September 9th, 2020", dt.date(2020, 9, 9)),
        ("Sept. 9, 2020", dt.date(2020, 9, 9)),
        ("2020-09-09", dt.date(2020, 9, 9)),
        ("Paris, le 1er octobre 2020", dt.date(2020, 10, 1)),
        ("Madrid, 9 de septiembre de 2020", dt.date(2020, 9, 9)),
        ("Berlin, 10. August 2021", dt.date(2021, 8, 10)),  # German: a dot after the day
        ("Berlin, den 3. März 2021", dt.date(2021, 3, 3)),
        ("Lisboa, 9 de setembro de 2020", dt.date(2020, 9, 9)),
        ("Roma, 9 settembre 2020", dt.date(2020, 9, 9)),
        ("Amsterdam, 3 mrt 2020", dt.date(2020, 3, 3)),
        ("Москва, 9 сентября 2020 г.", dt.date(2020, 9, 9)),  # Russian genitive month
        ("Warszawa, 9 września 2020", dt.date(2020, 9, 9)),
    ],
)
def test_dates_in_several_languages(text: str, date: dt.date) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(
    "text", ["We wrote in 2020.", "31 February 2020", "9 Tibet 2020", "Signed by 12 groups"]
)
def test_no_date(text: str) -> None:
    assert parse_date(text) is None
