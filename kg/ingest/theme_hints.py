"""Theme hints: which movement a signatory's name points to (``hong-kong``, ``tibet`` ...).

The synonyms come from the theme scheme (``ontology/themes.ttl`` through :mod:`kg.themes`);
only the *movement* themes (:func:`kg.themes.movement_ids`) are hints for a name. Matching:

* words and word sequences, case-insensitively, on whole words (``East Turkistan``,
  ``Tibete``, ``Lion Rock``); a Cyrillic synonym also with a case ending (``Тибета``);
* Chinese and Japanese synonyms as substrings of CJK text (``日本ウイグル協会``), since those
  scripts put no spaces between words;
* all-capital synonyms (``HK``) case-sensitively, also where they are glued into a word at a
  digit, symbol or camel-case boundary (``NY4HK``, ``HK@JPN``, ``HKers``, ``StandWithHK``,
  ``TOHKnews``) but not inside a longer acronym (``HKDC``, ``PHK``).

When a name points to a narrower movement (Hong Kong, Tibet ...) and also to its broader one
(China), only the narrower is kept: ``Alliance Canada Hong Kong`` is a Hong Kong group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.ingest.scripts import CJK, word_script
from kg.ingest.tokens import norm_token, tokenize
from kg.themes import movement_ids, themes

__all__ = ["ThemeSpan", "theme_hints", "theme_spans"]

_MAX_NGRAM = 4


@dataclass(frozen=True)
class ThemeSpan:
    """A stretch ``text[start:end]`` that names the movement ``theme``."""

    start: int
    end: int
    theme: str


@dataclass(frozen=True)
class _Index:
    words: dict[tuple[str, ...], str]
    prefixes: frozenset[tuple[str, ...]]  # leading parts of word synonyms
    cjk: dict[str, str]
    caps: re.Pattern[str] | None
    caps_theme: dict[str, str]
    broader: dict[str, str | None]


@cache
def _index() -> _Index:
    words: dict[tuple[str, ...], str] = {}
    cjk: dict[str, str] = {}
    caps: dict[str, str] = {}
    movements = movement_ids()
    broader = {}
    for theme in themes():
        if theme.id not in movements:
            continue
        broader[theme.id] = theme.broader
        for synonym in {*theme.synonyms, *theme.label.split(" / ")}:
            if word_script(synonym) == CJK:
                cjk[synonym] = theme.id
            elif synonym.isupper() and len(synonym) <= 5 and synonym.isalpha():
                caps[synonym] = theme.id
            else:
                key = tuple(norm_token(t) for _, _, t in tokenize(synonym))
                words[key] = theme.id
    pattern = None
    if caps:
        alternatives = "|".join(sorted(map(re.escape, caps), key=len, reverse=True))
        pattern = re.compile(
            rf"(?:(?<![A-Z])(?:{alternatives})|(?:{alternatives})(?=[a-z]))(?![A-Z])"
        )
    prefixes = frozenset(key[:n] for key in words for n in range(1, len(key) + 1))
    return _Index(words, prefixes, cjk, pattern, caps, broader)


_CYRILLIC_CASE = re.compile(r"(?:а|у|е|ом|ой|ы|и|я|ого|ому|ский|ская|ское|ские|ского|цы|цев)")


def _inflected(word: str, index: _Index) -> str | None:
    """A Cyrillic synonym with a case or adjectival ending (``Тибета``, ``Тибетский``)."""
    if not word or word.isascii():
        return None
    for cut in range(1, min(5, len(word) - 3) + 1):
        theme = index.words.get((word[:-cut],))
        if theme and _CYRILLIC_CASE.fullmatch(word[-cut:]):
            return theme
    return None


def _word_spans(text: str, index: _Index) -> list[ThemeSpan]:
    tokens = tokenize(text)
    normed = [norm_token(t) for _, _, t in tokens]
    spans = []
    i = 0
    while i < len(tokens):
        reach = 1
        while (
            reach < min(_MAX_NGRAM, len(tokens) - i)
            and tuple(normed[i : i + reach]) in index.prefixes
        ):
            reach += 1
        for n in range(reach, 0, -1):
            theme = index.words.get(tuple(normed[i : i + n])) or (
                _inflected(normed[i], index) if n == 1 else None
            )
            if theme:
                spans.append(ThemeSpan(tokens[i][0], tokens[i + n - 1][1], theme))
                i += n
                break
        else:
            i += 1
    return spans


def _cjk_spans(text: str, index: _Index) -> list[ThemeSpan]:
    spans: list[ThemeSpan] = []
    if text.isascii():
        return spans
    for synonym, theme in index.cjk.items():
        start = text.find(synonym)
        while start >= 0:
            spans.append(ThemeSpan(start, start + len(synonym), theme))
            start = text.find(synonym, start + len(synonym))
    return spans


@lru_cache(maxsize=8192)
def theme_spans(text: str) -> tuple[ThemeSpan, ...]:
    """Every stretch of ``text`` that names a movement, in text order.

    >>> [(s.theme, "Stand with HK@JPN"[s.start:s.end]) for s in theme_spans("Stand with HK@JPN")]
    [('hong-kong', 'HK')]
    """
    index = _index()
    spans = _word_spans(text, index) + _cjk_spans(text, index)
    if index.caps is not None:
        spans += [
            ThemeSpan(m.start(), m.end(), index.caps_theme[m.group()])
            for m in index.caps.finditer(text)
        ]
    return tuple(sorted(spans, key=lambda s: (s.start, -s.end)))


def theme_hints(texts: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Movement ids the names in ``texts`` point to, in order of first mention.

    Examples
    --------
    >>> theme_hints(["East Turkistan Australian Association"])
    ('uyghur',)
    >>> theme_hints(["Vancouver Society of Freedom, Democracy & Human Rights for China"])
    ('china',)
    >>> theme_hints(["Toronto Hong Kong and China Forum"])
    ('hong-kong',)
    """
    found: list[str] = []
    for text in texts:
        for span in theme_spans(text):
            if span.theme not in found:
                found.append(span.theme)
    broader = _index().broader
    narrower_of = {broader[t] for t in found if broader.get(t)}
    return tuple(t for t in found if t not in narrower_of)
