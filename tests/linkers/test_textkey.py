"""Query cleaning and search keys: properties that must hold for any text."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from linkers.textkey import MAX_QUERY_CHARS, clean_query, search_key


@given(st.text())
def test_search_key_is_idempotent(text: str) -> None:
    assert search_key(search_key(text)) == search_key(text)


@given(st.text(), st.integers(min_value=1, max_value=400))
def test_clean_query_is_short_and_printable(text: str, limit: int) -> None:
    cleaned = clean_query(text, limit)
    assert len(cleaned) <= limit
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert not any(unicodedata.category(c)[0] == "C" for c in cleaned)


def test_long_names_are_cut_at_a_word_boundary() -> None:
    cleaned = clean_query("Association " * 1000)
    assert len(cleaned) <= MAX_QUERY_CHARS and cleaned.endswith("Association")


def test_accents_case_and_scripts_fold() -> None:
    assert search_key("ÉCOLE  Ñandú") == search_key("ecole nandu")
    assert search_key("Пример") == search_key("primer")
