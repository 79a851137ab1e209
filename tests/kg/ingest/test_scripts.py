"""Scripts of letters, words and runs."""

from __future__ import annotations

from kg.ingest.scripts import (
    char_script,
    dominant_script,
    has_script,
    is_cjk_text,
    script_runs,
    word_script,
)


def test_char_script() -> None:
    assert [char_script(c) for c in "aжمא한ー1 "] == [
        "LATIN", "CYRILLIC", "ARABIC", "HEBREW", "CJK", "CJK", None, None,
    ]  # fmt: skip


def test_word_and_text_script() -> None:
    assert word_script("Đức") == "LATIN"
    assert word_script("...") is None
    assert dominant_script("香港黎明, Dawn") == "CJK"
    assert has_script("Name 中文", "CJK") and not has_script("Name", "CJK")
    assert is_cjk_text("日本ウイグル協会") and not is_cjk_text("Japan")


def test_script_runs_attach_neutral_words() -> None:
    assert script_runs("香港黎明, Dawn of Hong Kong, 香港の夜明け") == [
        ("CJK", "香港黎明,"),
        ("LATIN", "Dawn of Hong Kong,"),
        ("CJK", "香港の夜明け"),
    ]
    assert script_runs("2020 Альянс") == [("CYRILLIC", "2020 Альянс")]
    assert script_runs("") == []
