"""Inline signatory lists: ``Signed by the following organisations: A, B (Country), C and D.``

Items are split at commas (or semicolons, when the list uses them) outside parentheses,
brackets and quotes. The last item is split at its last `` and `` only when the list has no
serial comma and the words after ``and`` can stand as a name of their own (two words or more,
or an acronym) and are not a country: ``Bar Human Rights Committee of England and Wales``
stays whole. A segment that is only a country name belongs to the item before it
(``The Tibet Support Committee, Denmark``).
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["is_country_name", "looks_inline", "split_inline"]

_OPEN, _CLOSE = '([{"“«', ')]}"”»'
_LEADING_AND = re.compile(r"^(and|&)\s+", re.IGNORECASE)


@cache
def is_country_name(text: str) -> bool:
    """True when ``text`` names a country (pycountry: name, official or common name, code).

    Examples
    --------
    >>> is_country_name("Denmark"), is_country_name("Wales"), is_country_name("Access Now")
    (True, False, False)
    """
    import pycountry

    text = text.strip(" .")
    if len(text) < 4 or not text[0].isupper():
        return False
    try:
        pycountry.countries.lookup(text)
    except LookupError:
        return False
    return True


def _split_top_level(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char in _OPEN and not (char == '"' and depth and current.count('"') % 2):
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
        if char == separator and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [" ".join(p.split()) for p in parts if p.strip()]


def _split_last(item: str) -> list[str]:
    head, sep, tail = item.rpartition(" and ")
    if not sep or not head.strip():
        return [item]
    words = tail.split()
    stands_alone = len(words) >= 2 or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1)
    if not stands_alone or is_country_name(tail):
        return [item]
    return [head.strip(), tail.strip()]


def split_inline(text: str) -> list[str]:
    """Split an inline list into its items (see the module docstring).

    Examples
    --------
    >>> split_inline("Signed by: Access Now, Free Tibet (UK), ACAT (France, Belgium) and "
    ...              "Human Rights Watch.")
    ['Access Now', 'Free Tibet (UK)', 'ACAT (France, Belgium)', 'Human Rights Watch']
    >>> split_inline("A Group, Bar Human Rights Committee of England and Wales")
    ['A Group', 'Bar Human Rights Committee of England and Wales']
    """
    body = text.split(":", 1)[1] if ":" in text[:120] else text
    body = body.strip().rstrip(".").strip()
    separator = ";" if ";" in body else ","
    parts = _split_top_level(body, separator)
    merged: list[str] = []
    for part in parts:
        if merged and is_country_name(part):
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    if not merged:
        return []
    serial = len(merged) > 1 and bool(_LEADING_AND.match(merged[-1]))
    merged[-1] = _LEADING_AND.sub("", merged[-1])
    if not serial:
        merged[-1:] = _split_last(merged[-1])
    return [m for m in (item.strip() for item in merged) if m]


def looks_inline(text: str) -> bool:
    """True for a line that holds a whole list (three or more items) rather than one name.

    Examples
    --------
    >>> looks_inline("Access Now, Free Tibet, CADAL and ARTICLE 19.")
    True
    >>> looks_inline("The Tibet Support Committee, Denmark")
    False
    """
    return len(split_inline(text)) >= 3
