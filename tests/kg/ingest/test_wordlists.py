"""English and foreign common-word guards."""

from __future__ import annotations

from kg.ingest.wordlists import is_common_english_word, is_common_foreign_word


def test_common_english_words() -> None:
    assert is_common_english_word("Liberty") and is_common_english_word("centre")
    assert not is_common_english_word("Toronto") and not is_common_english_word("Selangor")


def test_common_foreign_words() -> None:
    assert is_common_foreign_word("Libertad") and is_common_foreign_word("Paz")
    assert not is_common_foreign_word("Calgary")
    assert not is_common_foreign_word("Amsterdam", frozenset({"nl"}))
