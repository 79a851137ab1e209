"""Declared totals and anonymous counts, and the count-mismatch warning."""

from __future__ import annotations

import pytest

from kg.ingest.counts import DeclaredCounts, count_warnings, find_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "*Signatories totaled 321 organizations. However, 39 organizations chose to remain "
            "anonymous.",
            DeclaredCounts(321, 39),
        ),
        (
            "A total of 1,204 signatories; 12 others asked not to be named.",
            DeclaredCounts(1204, 12),
        ),
        ("This letter was signed by 45 organisations.", DeclaredCounts(45, None)),
        ("* 20 signatories in total, 4 of whom asked to remain anonymous.", DeclaredCounts(20, 4)),
        ("58 groups have signed, including 3 anonymous organisations.", DeclaredCounts(58, 3)),
        ("We met 12 times with 30 officials.", DeclaredCounts(None, None)),
    ],
)
def test_find_counts(text: str, expected: DeclaredCounts):
    assert find_counts([text]) == expected


def test_mismatch_names_the_numbers_and_changes_nothing():
    (warning,) = count_warnings(281, DeclaredCounts(321, 39))
    assert warning.code == "count-mismatch"
    assert "321" in warning.message and "281" in warning.message and "282" in warning.message


def test_consistent_counts_give_no_warning():
    assert count_warnings(282, DeclaredCounts(321, 39)) == []
    assert count_warnings(5, DeclaredCounts(None, 2)) == []
