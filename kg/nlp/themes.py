"""Theme mentions in a letter's body, counted with the theme vocabulary's labels and synonyms.

Every label and synonym of :func:`kg.themes.themes` is found by the matcher shared with
signatory names (:mod:`kg.theme_match`): whole words (a Cyrillic form also with a case ending),
Chinese and Japanese forms inside CJK text, short all-capital forms (``HK``, ``PRC``) only in
their written case; overlapping forms give one span, the longest. Adjacent spans of the same
theme (``Covid-19 pandemic``) count as one mention. A one-character Chinese form (``藏`` for
Tibet) is an abbreviation for names (``藏青会``); in running text it is mostly part of another
word (``隐藏`` hide, ``收藏`` collect), so bodies do not count it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from kg.ingest.scripts import CJK, word_script
from kg.model import ThemeMention
from kg.theme_match import ThemeSpan, form_index
from kg.themes import Theme, themes

__all__ = ["count_themes", "mention_spans"]


def _adjacent(text: str, before: ThemeSpan, after: ThemeSpan) -> bool:
    gap = text[before.end : after.start]
    return before.theme == after.theme and len(gap) <= 2 and not gap.strip(" -")


def mention_spans(
    text: str, *, vocabulary: tuple[Theme, ...] | None = None
) -> tuple[ThemeSpan, ...]:
    """One span per theme mention in ``text``: adjacent spans of one theme joined.

    >>> text = "During the Covid-19 pandemic, Hong Kong"
    >>> [text[s.start : s.end] for s in mention_spans(text)]
    ['Covid-19 pandemic', 'Hong Kong']
    """
    merged: list[ThemeSpan] = []
    for span in form_index(vocabulary).spans(text):
        if span.end - span.start == 1 and word_script(text[span.start]) == CJK:
            continue  # a one-character abbreviation: part of another word in running text
        if merged and _adjacent(text, merged[-1], span):
            span = ThemeSpan(merged.pop().start, span.end, span.theme)
        merged.append(span)
    return tuple(merged)


def count_themes(
    paragraphs: Iterable[str], *, vocabulary: tuple[Theme, ...] | None = None
) -> tuple[ThemeMention, ...]:
    """Theme mentions with counts, sorted by theme id.

    Examples
    --------
    >>> [(m.id, m.mentions) for m in count_themes(["Abuses in Xinjiang, Tibet and Hong Kong."])]
    [('hong-kong', 1), ('tibet', 1), ('uyghur', 1)]
    >>> [(m.id, m.mentions) for m in count_themes(["新疆、西藏和香港的人权状况"])]
    [('hong-kong', 1), ('tibet', 1), ('uyghur', 1)]
    """
    counts: Counter[str] = Counter(
        span.theme for text in paragraphs for span in mention_spans(text, vocabulary=vocabulary)
    )
    labels = {t.id: t.label for t in (vocabulary if vocabulary is not None else themes())}
    return tuple(ThemeMention(i, labels[i], n) for i, n in sorted(counts.items()))
