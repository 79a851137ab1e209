"""Header: title, reference number, date and address line."""

from __future__ import annotations

import datetime as dt

from kg.ingest.dates import parse_date
from kg.ingest.header import address_text, parse_header
from kg.ingest.readers.document import Line, LineKind
from kg.ingest.reference import parse_reference


def test_amnesty_index_is_parsed_into_parts():
    ref = parse_reference("AI Index: ASA 17/3026/2020")
    assert ref is not None
    assert (ref.raw, ref.prefix, ref.series, ref.number, ref.year) == (
        "ASA 17/3026/2020",
        "ASA",
        "17",
        "3026",
        2020,
    )


def test_labelled_reference_is_kept_as_written():
    ref = parse_reference("Our ref: CSW/2021/044")
    assert ref is not None and ref.raw == "CSW/2021/044" and ref.scheme is None


def test_dates_in_several_forms():
    assert parse_date("Genève, le 3 mars 2021") == dt.date(2021, 3, 3)
    assert parse_date("March 3rd, 2021") == dt.date(2021, 3, 3)
    assert parse_date("31 February 2021") is None


def test_address_line_forms():
    assert address_text("Joint open letter to: A, B") == "A, B"
    assert address_text("Letter to the Council on Tibet") is None  # a title, not an address


def test_heading_from_container_wins_and_body_starts_at_prose():
    lines = [
        Line("Call to act", LineKind.HEADING),
        Line(""),
        Line("12 May 2023"),
        Line("Dear Minister,"),
        Line("We write to you today about a grave matter. Thanks."),
    ]
    header = parse_header(lines, title="Call to act")
    assert (header.title, header.date, header.salutation, header.body_start) == (
        "Call to act",
        dt.date(2023, 5, 12),
        "Minister",
        4,
    )
