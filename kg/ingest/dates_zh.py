"""Chinese dates in a letter's header: ``2020年9月9日``, ``二〇二〇年九月九日``.

:mod:`kg.ingest.dates` reads Latin-script dates; this module reads the Chinese
``YEAR年MONTH月DAY日`` form (``号``/``號`` for ``日`` too), in Arabic, full-width or Chinese
numerals, for letters whose language is Chinese.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence

from kg.nlp.address_zh import is_prose_zh
from kg.nlp.cues_zh import chinese_cues_for

__all__ = ["find_date_zh", "parse_date_zh"]

_DIGITS = {c: k for k, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0}
_NUMBER = r"[\d〇零○Ｏ一二三四五六七八九十]"
_DATE = re.compile(
    rf"({_NUMBER}{{4}})\s*年\s*({_NUMBER}{{1,3}})\s*月\s*({_NUMBER}{{1,3}})\s*[日号號]"
)
_MAX_DATE_LINE_CHARS = 40


def _number(text: str) -> int:
    """An Arabic, full-width or Chinese numeral (``九``, ``十二``, ``二十九``, ``二〇二〇``)."""
    if "十" in text:
        tens, _, units = text.partition("十")
        return (_number(tens) if tens else 1) * 10 + (_number(units) if units else 0)
    return int("".join(str(_DIGITS[c]) if c in _DIGITS else c for c in text))


def parse_date_zh(text: str) -> dt.date | None:
    """The first full Chinese date in ``text``, else None.

    Examples
    --------
    >>> parse_date_zh("2020年9月9日"), parse_date_zh("二〇二〇年九月二十九日")
    (datetime.date(2020, 9, 9), datetime.date(2020, 9, 29))
    >>> parse_date_zh("2020年13月1日") is None, parse_date_zh("2020年") is None
    (True, True)
    """
    match = _DATE.search(text)
    if match is None:
        return None
    try:
        year, month, day = (_number(group) for group in match.groups())
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_date_zh(
    texts: Sequence[str], language: str | None, *, used: Collection[int] = ()
) -> tuple[dt.date | None, frozenset[int]]:
    """The date of a Chinese letter's header and the index of its line (nothing for other
    languages). Reading stops at the first line of running text not in ``used``.

    Examples
    --------
    >>> find_date_zh(["公开信", "2020年9月9日", "我们关注。"], "zh")
    (datetime.date(2020, 9, 9), frozenset({1}))
    >>> find_date_zh(["2020年9月9日"], "en")
    (None, frozenset())
    """
    if chinese_cues_for(language) is None:
        return None, frozenset()
    for i, raw in enumerate(texts):
        text = raw.strip()
        if is_prose_zh(text):
            if i not in used:
                break
        elif len(text) <= _MAX_DATE_LINE_CHARS and (date := parse_date_zh(text)):
            return date, frozenset({i})
    return None, frozenset()
