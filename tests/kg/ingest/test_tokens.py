"""Tokens and their matching form."""

from __future__ import annotations

from kg.ingest.tokens import norm_token, tokenize


def test_tokenize_splits_hyphens_and_punctuation() -> None:
    assert [t for *_, t in tokenize("ACAT-France (NZ) Lawyers' T'ruah")] == [
        "ACAT", "France", "NZ", "Lawyers", "T'ruah",
    ]  # fmt: skip
    assert tokenize("Tibet") == [(0, 5, "Tibet")]
    assert tokenize("  ...  ") == []


def test_norm_token_folds_latin_accents_only() -> None:
    assert norm_token("Montréal") == "montreal"
    assert norm_token("Đức") == "đuc"  # Đ has no decomposition
    assert norm_token("Йошкар") == "йошкар"  # й is a letter of its own
    assert norm_token("Tibet's") == "tibet" and norm_token("HKers’") == "hkers"
