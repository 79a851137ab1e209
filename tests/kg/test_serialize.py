"""Letter ↔ JSON dict: exact field names, stable output, lossless round trip."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest.letter import parse_letter
from kg.model import (
    Demand,
    Letter,
    ParseWarning,
    Recipient,
    RecipientKind,
    Reference,
    Signatory,
    SignatoryKind,
    ThemeMention,
)
from kg.serialize import letter_from_dict, letter_from_json, letter_to_dict, letter_to_json

_TEXT = st.text(max_size=20)
_OPT = st.none() | _TEXT
_TUPLE = st.lists(_TEXT, max_size=3).map(tuple)

signatories = st.builds(
    Signatory,
    position=st.integers(1, 999),
    raw=_TEXT,
    name=_TEXT,
    kind=st.sampled_from(SignatoryKind),
    acronym=_OPT,
    alt_names=_TUPLE,
    capacity=_OPT,
    country_hints=_TUPLE,
    themes=_TUPLE,
    section=_OPT,
    repairs=_TUPLE,
    repaired_from=_OPT,
)
letters = st.builds(
    Letter,
    title=_OPT,
    source_path=_TEXT,
    source_format=_TEXT,
    reference=st.none()
    | st.builds(
        Reference,
        raw=_TEXT,
        scheme=_OPT,
        prefix=_OPT,
        series=_OPT,
        number=_OPT,
        year=st.none() | st.integers(1900, 2100),
    ),
    date=st.none() | st.dates(min_value=dt.date(1900, 1, 1)),
    language=_OPT,
    paragraphs=_TUPLE,
    recipients=st.lists(
        st.builds(
            Recipient, as_written=_TEXT, name=_TEXT, role=_OPT, kind=st.sampled_from(RecipientKind)
        ),
        max_size=3,
    ).map(tuple),
    signatories=st.lists(signatories, max_size=4).map(tuple),
    themes=st.lists(
        st.builds(ThemeMention, id=_TEXT, label=_TEXT, mentions=st.integers(0, 99)), max_size=3
    ).map(tuple),
    demands=st.lists(st.builds(Demand, text=_TEXT, addressee=_OPT), max_size=3).map(tuple),
    declared_total=st.none() | st.integers(0, 10_000),
    anonymous_count=st.none() | st.integers(0, 10_000),
    warnings=st.lists(
        st.builds(
            ParseWarning,
            code=_TEXT,
            message=_TEXT,
            positions=st.lists(st.integers(1, 999), max_size=3).map(tuple),
        ),
        max_size=3,
    ).map(tuple),
    nlp_model=_OPT,
)


@settings(max_examples=200, deadline=None)
@given(letters)
def test_round_trip_through_dict_and_json(letter: Letter):
    assert letter_from_dict(letter_to_dict(letter)) == letter
    assert letter_from_json(letter_to_json(letter)) == letter


def test_required_field_names(seed_letter_path):
    data = letter_to_dict(parse_letter(seed_letter_path))
    assert {
        "title",
        "reference",
        "date",
        "language",
        "recipients",
        "signatories",
        "declared_total",
        "anonymous_count",
        "themes",
        "demands",
        "warnings",
        "nlp_model",
    } <= set(data)
    assert {"id", "label", "mentions"} == set(data["themes"][0])
    assert {"text", "addressee"} == set(data["demands"][0])


def test_output_is_stable_between_runs(seed_letter_path):
    first = letter_to_json(parse_letter(seed_letter_path))
    second = letter_to_json(parse_letter(seed_letter_path))
    assert first == second
    data = json.loads(first)
    assert [t["id"] for t in data["themes"]] == sorted(t["id"] for t in data["themes"])
