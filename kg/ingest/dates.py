"""Dates stated in a letter's header (``26 June 2020``, ``June 26, 2020``, ``2020-06-26``,
``10. August 2021``, ``9 de setembro de 2020``, ``9 сентября 2020``); Chinese dates are read by
:mod:`kg.ingest.dates_zh`."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["DATE_LOCALES", "parse_date"]

#: Languages whose month names (wide and abbreviated, in dates and standing alone, from CLDR
#: through babel) are read; English first, so it wins where abbreviations coincide.
DATE_LOCALES = ("en", "fr", "es", "de", "pt", "it", "nl", "ru", "pl")


def _month_table() -> dict[str, int]:
    from babel.dates import get_month_names

    table: dict[str, int] = {}
    for locale in DATE_LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=locale).items():
                    table.setdefault(name.casefold().rstrip("."), number)
    table.setdefault("sept", 9)
    return table


_MONTHS = _month_table()
_MONTH = r"([^\W\d_]{3,12})\.?"
_DMY = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|º|o)?\.?\s+(?:de\s+)?{_MONTH}\s+(?:de\s+)?(\d{{4}})\b"
)
_MDY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _make(year: str, month: int | None, day: str) -> dt.date | None:
    if month is None:
        return None
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """The first full date in ``text``, else None.

    Examples
    --------
    >>> parse_date("Geneva, 9 September 2020")
    datetime.date(2020, 9, 9)
    >>> parse_date("September 9th, 2020"), parse_date("2020-09-09")
    (datetime.date(2020, 9, 9), datetime.date(2020, 9, 9))
    >>> parse_date("We wrote in 2020.") is None
    True
    """
    iso = _ISO.search(text)
    if iso:
        return _make(iso.group(1), int(iso.group(2)), iso.group(3))
    dmy = _DMY.search(text)
    if dmy:
        found = _make(dmy.group(3), _MONTHS.get(dmy.group(2).casefold()), dmy.group(1))
        if found:
            return found
    mdy = _MDY.search(text)
    if mdy:
        return _make(mdy.group(3), _MONTHS.get(mdy.group(1).casefold()), mdy.group(2))
    return None
