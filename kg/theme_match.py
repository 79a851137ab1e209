"""Theme forms in a text: the one matcher behind name hints and body theme counts.

A *form* is a label or synonym of a theme of ``ontology/themes.ttl`` (through
:mod:`kg.themes`); a label written ``A / B`` also gives ``A`` and ``B``. The rules depend on the
kind of form, not on where the text comes from:

* words and word sequences match case-insensitively, without Latin accents, on whole words;
  hyphens and punctuation end a word (``Tibet-related``, ``Canada-Hong Kong``) and the words of
  a sequence may be apart only by spaces or hyphens (``Hong Kong``, ``East-Turkistan``); a
  Cyrillic form also matches with a case or adjectival ending (``Тибета``, ``Гонконге``,
  ``Китая``, ``тибетский``);
* Chinese and Japanese forms match as substrings (``在香港``, ``日本ウイグル協会``), since those
  scripts put no spaces between words;
* short all-capital forms (``HK``, ``PRC``) match case-sensitively, also glued into a word at a
  digit, symbol or camel-case boundary (``NY4HK``, ``HK@JPN``, ``StandWithHK``) but not inside a
  longer acronym (``HKDC``, ``PHK``).

Where matches overlap, the leftmost and then the longest is kept (``targeted human rights
defenders abroad`` is one span, ``西藏`` is not also ``藏``): the spans never overlap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.ingest.scripts import CJK, CJK_CHARACTERS, word_script
from kg.ingest.tokens import norm_token
from kg.themes import Theme, themes

__all__ = ["FormIndex", "ThemeSpan", "find_theme_spans", "form_index"]

# Word tokens as in kg.ingest.tokens, except that a CJK character is never part of one, so a
# Latin or Cyrillic word glued to Chinese text (``在Tibet的``) is still a word of its own.
_TOKEN = re.compile(rf"[^\W_{CJK_CHARACTERS}]+(?:['’][^\W_{CJK_CHARACTERS}]+)*")
_WORD_GAP = re.compile(r"[\s\-\u2010-\u2013]+")
_CYRILLIC_ENDING = re.compile(
    r"а|у|е|ом|ой|ы|и|я|ю|ем|ов|ам|ами|ах|ого|ому|ский|ская|ское|ские|ского|ской|ском|скую"
    r"|ских|ским|скими|цы|цев|цам|ец|ца"
)
_AFTER_Y = frozenset({"я", "ю", "е", "ем"})  # Китай: Китая, Китаю, Китае, Китаем
_MAX_ENDING = 5


@dataclass(frozen=True)
class ThemeSpan:
    """A stretch ``text[start:end]`` that names the theme ``theme`` (a theme id)."""

    start: int
    end: int
    theme: str


@dataclass(frozen=True)
class FormIndex:
    """The forms of a vocabulary sorted by kind of form, ready for matching."""

    words: dict[tuple[str, ...], str]  # normalised word sequence -> theme id
    prefixes: frozenset[tuple[str, ...]]  # leading parts of the word sequences
    longest: int  # words in the longest sequence
    cjk: re.Pattern[str] | None
    cjk_theme: dict[str, str]
    caps: re.Pattern[str] | None
    caps_theme: dict[str, str]

    def spans(self, text: str) -> tuple[ThemeSpan, ...]:
        """Non-overlapping spans of ``text`` naming a theme, in text order."""
        spans = _word_spans(text, self) + _pattern_spans(text, self.caps, self.caps_theme)
        if not text.isascii():
            spans += _pattern_spans(text, self.cjk, self.cjk_theme)
        return _leftmost_longest(spans)


def _forms(theme: Theme) -> set[str]:
    return {theme.label, *theme.label.split(" / "), *theme.synonyms} - {""}


def _is_caps(form: str) -> bool:
    return form.isascii() and form.isalpha() and form.isupper() and len(form) <= 5


def _alternation(forms: dict[str, str]) -> str:
    return "|".join(sorted(map(re.escape, forms), key=len, reverse=True))


@cache
def form_index(vocabulary: tuple[Theme, ...] | None = None) -> FormIndex:
    """The forms of ``vocabulary`` (default: every theme), indexed by kind; cached.

    Where two themes share a form, the first theme in ``vocabulary`` keeps it.

    >>> form_index().caps_theme["HK"], form_index().words[("east", "turkistan")]
    ('hong-kong', 'uyghur')
    """
    words: dict[tuple[str, ...], str] = {}
    cjk: dict[str, str] = {}
    caps: dict[str, str] = {}
    for theme in vocabulary if vocabulary is not None else themes():
        for form in sorted(_forms(theme)):
            if word_script(form) == CJK:
                cjk.setdefault(form, theme.id)
            elif _is_caps(form):
                caps.setdefault(form, theme.id)
            elif key := tuple(norm_token(m.group()) for m in _TOKEN.finditer(form)):
                words.setdefault(key, theme.id)
    caps_pattern = None
    if caps:
        either = _alternation(caps)
        caps_pattern = re.compile(rf"(?:(?<![A-Z])(?:{either})|(?:{either})(?=[a-z]))(?![A-Z])")
    return FormIndex(
        words=words,
        prefixes=frozenset(key[:n] for key in words for n in range(1, len(key) + 1)),
        longest=max(map(len, words), default=1),
        cjk=re.compile(_alternation(cjk)) if cjk else None,
        cjk_theme=cjk,
        caps=caps_pattern,
        caps_theme=caps,
    )


def _inflected(word: str, index: FormIndex) -> str | None:
    """The theme of a Cyrillic form written with a case or adjectival ending (``Тибета``)."""
    if not ("\u0400" <= word[0] <= "\u04ff"):
        return None
    for cut in range(1, min(_MAX_ENDING, len(word) - 3) + 1):
        stem, ending = word[:-cut], word[-cut:]
        if not _CYRILLIC_ENDING.fullmatch(ending):
            continue
        theme = index.words.get((stem,))
        if theme is None and ending in _AFTER_Y:
            theme = index.words.get((stem + "й",))
        if theme:
            return theme
    return None


def _word_spans(text: str, index: FormIndex) -> list[ThemeSpan]:
    tokens = [(m.start(), m.end(), norm_token(m.group())) for m in _TOKEN.finditer(text)]
    normed = [t for *_, t in tokens]
    spans = []
    i = 0
    while i < len(tokens):
        reach = 1
        while (
            reach < min(index.longest, len(tokens) - i)
            and tuple(normed[i : i + reach]) in index.prefixes
            and _WORD_GAP.fullmatch(text, tokens[i + reach - 1][1], tokens[i + reach][0])
        ):
            reach += 1
        for n in range(reach, 0, -1):
            theme = index.words.get(tuple(normed[i : i + n]))
            if theme is None and n == 1 and not normed[i].isascii():
                theme = _inflected(normed[i], index)
            if theme:
                spans.append(ThemeSpan(tokens[i][0], tokens[i + n - 1][1], theme))
                i += n
                break
        else:
            i += 1
    return spans


def _pattern_spans(
    text: str, pattern: re.Pattern[str] | None, theme_of: dict[str, str]
) -> list[ThemeSpan]:
    if pattern is None:
        return []
    return [ThemeSpan(m.start(), m.end(), theme_of[m.group()]) for m in pattern.finditer(text)]


def _leftmost_longest(spans: list[ThemeSpan]) -> tuple[ThemeSpan, ...]:
    kept: list[ThemeSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return tuple(kept)


def find_theme_spans(
    text: str, vocabulary: tuple[Theme, ...] | None = None
) -> tuple[ThemeSpan, ...]:
    """The stretches of ``text`` naming a theme of ``vocabulary`` (default: every theme).

    Parameters
    ----------
    text : str
        Any text: a signatory's name, a paragraph of a letter.
    vocabulary : tuple of Theme, optional
        The themes to look for; :func:`kg.themes.themes` when ``None``.

    Returns
    -------
    tuple of ThemeSpan
        Non-overlapping spans in text order.

    Examples
    --------
    >>> text = "Tibet-related cases in 香港 and Тибета; StandWithHK"
    >>> [(s.theme, text[s.start : s.end]) for s in find_theme_spans(text)]
    [('tibet', 'Tibet'), ('hong-kong', '香港'), ('tibet', 'Тибета'), ('hong-kong', 'HK')]
    """
    return form_index(vocabulary).spans(text)
