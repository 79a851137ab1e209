"""Theme mentions in a letter's body, counted with the theme vocabulary's labels and synonyms.

Every label and synonym of :func:`kg.themes.themes` is matched as a whole word, longest
first; short or all-capital forms (``HK``, ``PRC``) only in their written case. Adjacent
matches of the same theme (``Covid-19 pandemic``) count as one mention.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from kg.model import ThemeMention
from kg.themes import Theme, themes

__all__ = ["count_themes", "theme_matcher"]


def _case_sensitive(form: str) -> bool:
    return len(form) <= 3 or (form.isupper() and form.isascii())


@cache
def theme_matcher(
    vocabulary: tuple[Theme, ...] | None = None,
) -> tuple[re.Pattern[str], dict[str, str]]:
    """One compiled pattern for every theme form, and a map from form key to theme id."""
    vocabulary = vocabulary if vocabulary is not None else themes()
    forms: dict[str, str] = {}
    for theme in vocabulary:
        for form in (theme.label, *theme.synonyms):
            key = form if _case_sensitive(form) else form.casefold()
            forms.setdefault(key, theme.id)
    alternatives = []
    for form in sorted(
        {f for t in vocabulary for f in (t.label, *t.synonyms)}, key=len, reverse=True
    ):
        escaped = re.escape(form)
        alternatives.append(escaped if _case_sensitive(form) else f"(?i:{escaped})")
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")
    return pattern, forms


def count_themes(
    paragraphs: Iterable[str], *, vocabulary: tuple[Theme, ...] | None = None
) -> tuple[ThemeMention, ...]:
    """Theme mentions with counts, sorted by theme id.

    Examples
    --------
    >>> [(m.id, m.mentions) for m in count_themes(["Abuses in Xinjiang, Tibet and Hong Kong."])]
    [('hong-kong', 1), ('tibet', 1), ('uyghur', 1)]
    """
    pattern, forms = theme_matcher(vocabulary)
    labels = {t.id: t.label for t in (vocabulary if vocabulary is not None else themes())}
    counts: Counter[str] = Counter()
    for text in paragraphs:
        last_id, last_end = None, -10
        for match in pattern.finditer(text):
            form = match.group(0)
            theme_id = forms.get(form) or forms.get(form.casefold())
            if theme_id is None:
                continue
            gap = text[last_end : match.start()]
            if not (theme_id == last_id and len(gap) <= 2 and not gap.strip(" -")):
                counts[theme_id] += 1
            last_id, last_end = theme_id, match.end()
    return tuple(ThemeMention(i, labels[i], n) for i, n in sorted(counts.items()))
