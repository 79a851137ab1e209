"""Theme hints: which movement a signatory's name points to (``hong-kong``, ``tibet`` ...).

The synonyms come from the theme scheme (``ontology/themes.ttl`` through :mod:`kg.themes`);
only the *movement* themes (:func:`kg.themes.movement_ids`) are hints for a name. Matching is
the one shared with letter bodies (:mod:`kg.theme_match`):

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

from functools import cache, lru_cache

from kg.theme_match import FormIndex, ThemeSpan, form_index
from kg.themes import movement_ids, themes

__all__ = ["ThemeSpan", "theme_hints", "theme_spans"]


@cache
def _movements() -> FormIndex:
    return form_index(tuple(t for t in themes() if t.id in movement_ids()))


@cache
def _broader() -> dict[str, str | None]:
    return {t.id: t.broader for t in themes()}


@lru_cache(maxsize=8192)
def theme_spans(text: str) -> tuple[ThemeSpan, ...]:
    """Every stretch of ``text`` that names a movement, in text order, never overlapping.

    >>> [(s.theme, "Stand with HK@JPN"[s.start:s.end]) for s in theme_spans("Stand with HK@JPN")]
    [('hong-kong', 'HK')]
    """
    return _movements().spans(text)


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
    broader = _broader()
    narrower_of = {broader[t] for t in found if broader.get(t)}
    return tuple(t for t in found if t not in narrower_of)
