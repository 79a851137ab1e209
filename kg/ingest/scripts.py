"""Writing systems in a signatory entry: which script a word is in, and where scripts change.

Entries mix scripts (``Name 中文``, ``チベット問題を考える会 Japan Committee for Tibet``); the
splitting into a name and alternate names, the country and theme hints and the repairs all need
to know the script of each word. The script of a character is read from its Unicode name, so no
table of ranges is kept here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "CJK",
    "CJK_CHARACTERS",
    "char_script",
    "dominant_script",
    "has_script",
    "is_cjk_text",
    "script_runs",
    "word_script",
]

CJK = "CJK"
#: A regex character-class body of Chinese, Japanese and Korean characters (radicals, kana,
#: CJK symbols, ideographs, hangul, compatibility and half-width forms, the supplementary
#: ideograph planes), for patterns that must see CJK text as runs rather than words.
CJK_CHARACTERS = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
_CJK_PREFIXES = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC", "BOPOMOFO")
_SCRIPT_PREFIXES = (
    "LATIN",
    "CYRILLIC",
    "ARABIC",
    "HEBREW",
    "GREEK",
    "DEVANAGARI",
    "THAI",
    "GEORGIAN",
    "ARMENIAN",
    "ETHIOPIC",
    "BENGALI",
    "TAMIL",
    "KHMER",
    "LAO",
    "MYANMAR",
    "TIBETAN",
    "MONGOLIAN",
    "SINHALA",
)


@lru_cache(maxsize=4096)
def char_script(char: str) -> str | None:
    """The script of one letter (``"LATIN"``, ``"CYRILLIC"``, ``"CJK"`` ...), ``None`` otherwise.

    Han, kana and hangul are one script, ``"CJK"``: names in these scripts are written without
    spaces between words and are handled alike.

    Examples
    --------
    >>> char_script("é"), char_script("ж"), char_script("協"), char_script("ウ"), char_script("1")
    ('LATIN', 'CYRILLIC', 'CJK', 'CJK', None)
    """
    if not (char.isalpha() or unicodedata.category(char) == "Lm"):
        if char in "ー々〆":
            return CJK
        return None
    name = unicodedata.name(char, "")
    if name.startswith(_CJK_PREFIXES):
        return CJK
    for prefix in _SCRIPT_PREFIXES:
        if name.startswith(prefix):
            return prefix
    return name.split(" ", 1)[0] or None


@lru_cache(maxsize=16384)
def word_script(word: str) -> str | None:
    """The script most letters of ``word`` are in (``None`` for a word without letters).

    >>> word_script("T*Revers"), word_script("日本ウイグル協会"), word_script("2020")
    ('LATIN', 'CJK', None)
    """
    if word.isascii():
        return "LATIN" if any(c.isalpha() for c in word) else None
    counts: dict[str, int] = {}
    for char in word:
        script = char_script(char)
        if script:
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def dominant_script(text: str) -> str | None:
    """The script most letters of ``text`` are in.

    >>> dominant_script("Ghjtrn для трансгендерных людей")
    'CYRILLIC'
    """
    return word_script(text)


def has_script(text: str, script: str) -> bool:
    """Whether any letter of ``text`` is in ``script``.

    >>> has_script("Federation for a Democratic China 民主中国陣線", "CJK")
    True
    """
    return any(char_script(c) == script for c in text)


def is_cjk_text(text: str) -> bool:
    """Whether the letters of ``text`` are mostly Chinese, Japanese or Korean."""
    return dominant_script(text) == CJK


_RUN_SPLIT = re.compile(r"\s+")


def script_runs(text: str) -> list[tuple[str | None, str]]:
    """Split ``text`` into maximal runs of words in one script, keeping neutral words attached.

    A word without letters (digits, punctuation) joins the run before it. A word mixing scripts
    counts for its dominant script. Returns ``(script, text)`` pairs in order.

    Examples
    --------
    >>> script_runs("チベット問題を考える会 Japan Committee for Tibet")
    [('CJK', 'チベット問題を考える会'), ('LATIN', 'Japan Committee for Tibet')]
    >>> script_runs("Federation for a Democratic China 民主中国陣線")
    [('LATIN', 'Federation for a Democratic China'), ('CJK', '民主中国陣線')]
    """
    if text.isascii():
        stripped = " ".join(text.split())
        return [(word_script(stripped), stripped)] if stripped else []
    runs: list[tuple[str | None, list[str]]] = []
    for word in _RUN_SPLIT.split(text.strip()):
        if not word:
            continue
        script = word_script(word)
        if runs and (script is None or runs[-1][0] in (None, script)):
            if runs[-1][0] is None:
                runs[-1] = (script, runs[-1][1])
            runs[-1][1].append(word)
        else:
            runs.append((script, [word]))
    return [(script, " ".join(words)) for script, words in runs]
