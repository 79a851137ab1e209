"""Theme mentions in a letter's body, counted with the theme vocabulary's labels and synonyms.

Every label and synonym of :func:`kg.themes.themes` is found by the matcher shared with
signatory names (:mod:`kg.theme_match`): whole words (a Cyrillic form also with a case ending),
Chinese and Japanese forms inside CJK text, short all-capital forms (``HK``, ``PRC``) only in
their written case; overlapping forms give one span, the longest. Adjacent spans of the same
theme (``Covid-19 pandemic``) count as one mention. A one-character Chinese form (``藏`` for
Tibet) is an abbreviation for names (``藏青会``); in running text it is mostly part of another
word (``隐藏`` hide, ``收藏`` collect), so bodies do not count it.

When the letter's language is known, a form written all in lower case (a common noun:
``surveillance``@en, ``défenseurs``@fr) counts only in letters of its own language: French
*surveillance* is monitoring, Spanish *chinos* are no trousers. Forms with a capital (names:
``Tibet``, ``Human Rights Council``) and forms in scripts without case count in every language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from kg.ingest.scripts import CJK, word_script
from kg.model import ThemeMention
from kg.theme_match import ThemeSpan, form_index
from kg.themes import Theme, themes

__all__ = ["count_themes", "mention_spans", "vocabulary_for"]


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


def _common_noun(form: str) -> bool:
    return form == form.lower() and form != form.upper()


@cache
def vocabulary_for(language: str | None) -> tuple[Theme, ...]:
    """The theme scheme as matched in a body written in ``language`` (ISO 639-1; ``None``:
    unknown, every form): lower-case forms of other languages are left out.

    >>> forms = {f for t in vocabulary_for("fr") for f in (t.label, *t.synonyms)}
    >>> "surveillance" in forms, "défenseurs" in forms, "Tibet" in forms
    (False, True, True)
    """
    if language is None:
        return themes()
    return tuple(_for_language(theme, language) for theme in themes())


def _for_language(theme: Theme, language: str) -> Theme:
    foreign = {
        form
        for form, tag in theme.form_languages
        if _common_noun(form) and tag.split("-")[0] != language
    }
    return replace(theme, synonyms=tuple(s for s in theme.synonyms if s not in foreign))


def count_themes(
    paragraphs: Iterable[str],
    *,
    vocabulary: tuple[Theme, ...] | None = None,
    language: str | None = None,
) -> tuple[ThemeMention, ...]:
    """Theme mentions with counts, sorted by theme id.

    Examples
    --------
    >>> [(m.id, m.mentions) for m in count_themes(["Abuses in Xinjiang, Tibet and Hong Kong."])]
    [('hong-kong', 1), ('tibet', 1), ('uyghur', 1)]
    >>> [(m.id, m.mentions) for m in count_themes(["新疆、西藏和香港的人权状况"])]
    [('hong-kong', 1), ('tibet', 1), ('uyghur', 1)]
    >>> [m.id for m in count_themes(["un mécanisme de surveillance au Tibet"], language="fr")]
    ['tibet']
    """
    if vocabulary is None:
        vocabulary = vocabulary_for(language)
    counts: Counter[str] = Counter(
        span.theme for text in paragraphs for span in mention_spans(text, vocabulary=vocabulary)
    )
    labels = {t.id: t.label for t in vocabulary}
    return tuple(ThemeMention(i, labels[i], n) for i, n in sorted(counts.items()))
