"""The numbered-list parser never loses or merges a numbered line (property test)."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest.block import Entry
from kg.ingest.detect import detect_signatories
from kg.ingest.numbered import numbering_warnings, positions
from kg.ingest.readers.text import read_text

_WORD = st.text(alphabet=string.ascii_letters + string.digits + ".()'&-", min_size=1, max_size=12)
_NAME = (
    st.lists(_WORD, min_size=1, max_size=6)
    .map(" ".join)
    .filter(lambda s: not s[:1].isdigit() and not s.startswith(("(", "-", ".", "'")) and s.strip())
)
_NOISE = st.sampled_from(["", "", "Page 2 of 7", "- 3 -", "\f", "12"])
_STYLE = st.sampled_from(["{n}. {name}", "{n}) {name}", "({n}) {name}"])


@settings(max_examples=150, deadline=None)
@given(
    names=st.lists(_NAME, min_size=2, max_size=40),
    style=_STYLE,
    noise=st.lists(st.tuples(st.integers(0, 39), _NOISE), max_size=6),
    steps=st.lists(st.sampled_from([1, 1, 1, 1, 0, 2]), min_size=40, max_size=40),
)
def test_every_numbered_line_becomes_exactly_one_entry(names, style, noise, steps):
    numbers, n = [], 0
    for k in range(len(names)):
        n += steps[k] if k else 1
        numbers.append(max(n, 1))
    lines = [style.format(n=num, name=name) for num, name in zip(numbers, names, strict=True)]
    inserted = dict(noise)
    text_lines = ["Title", "", "We urge you to act now.", "", "Sincerely,", ""]
    for k, line in enumerate(lines):
        text_lines.append(line)
        if k in inserted and k < len(lines) - 1:
            text_lines += ["", inserted[k], ""]
    block = detect_signatories(read_text("\n".join(text_lines).encode(), source="t").lines)
    assert [e.raw for e in block.entries] == [" ".join(name.split()) for name in names]
    assert [e.number for e in block.entries] == numbers
    assert len(set(positions(block.entries))) == len(names)


def test_gap_and_duplicate_are_named():
    entries = [Entry(1, "A"), Entry(2, "B"), Entry(2, "C"), Entry(6, "D")]
    warnings = numbering_warnings(entries)
    assert [(w.code, w.positions) for w in warnings] == [
        ("numbering-duplicate", (2,)),
        ("numbering-gap", (3, 4, 5)),
    ]


def test_restart_in_new_section_is_reported_not_merged():
    entries = [
        Entry(1, "A", "organizations"),
        Entry(2, "B", "organizations"),
        Entry(1, "C", "individuals"),
    ]
    assert [w.code for w in numbering_warnings(entries)] == ["numbering-restart"]
    assert positions(entries) == [1, 2, 3]
