"""Dates stated in a letter's header (``26 June 2020``, ``June 26, 2020``, ``2020-06-26``)."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["parse_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan", "janvier", "enero"),
            ("february", "feb", "février", "fevrier", "febrero"),
            ("march", "mar", "mars", "marzo"),
            ("april", "apr", "avril", "abril"),
            ("may", "mai", "mayo"),
            ("june", "jun", "juin", "junio"),
            ("july", "jul", "juillet", "julio"),
            ("august", "aug", "août", "aout", "agosto"),
            ("september", "sep", "sept", "septembre", "septiembre"),
            ("october", "oct", "octobre", "octubre"),
            ("november", "nov", "novembre", "noviembre"),
            ("december", "dec", "décembre", "decembre", "diciembre"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"([A-Za-zéû]{3,10})\.?"
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+)?{_MONTH}\s+(?:de\s+)?(\d{{4}})\b")
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
        found = _make(dmy.group(3), _MONTHS.get(dmy.group(2).lower()), dmy.group(1))
        if found:
            return found
    mdy = _MDY.search(text)
    if mdy:
        return _make(mdy.group(3), _MONTHS.get(mdy.group(1).lower()), mdy.group(2))
    return None
