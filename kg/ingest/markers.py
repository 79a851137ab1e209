"""List markers: the number or bullet that opens a signatory entry."""

from __future__ import annotations

import re

from kg.ingest.readers.document import Line, LineKind

__all__ = ["bullet_item", "numbered_item"]

_NUMBERED = re.compile(r"^\s*(?:\((\d{1,4})\)|(\d{1,4})[.)](?!\d))\s*(\S.*)$")
_BULLET = re.compile(r"^\s*[-*•·–—▪◦●■►+]\s+(\S.*)$")


def numbered_item(line: Line) -> tuple[int, str] | None:
    """``(number, text)`` for an entry of a numbered list, else None.

    A list item from HTML or Word carries its number in ``ordinal``; a typed number that
    repeats it is removed from the text.

    Examples
    --------
    >>> numbered_item(Line("12. Access Now"))
    (12, 'Access Now')
    >>> numbered_item(Line("(3) Free Tibet")), numbered_item(Line("4) CADAL"))
    ((3, 'Free Tibet'), (4, 'CADAL'))
    >>> numbered_item(Line("1.5 million people")) is None
    True
    """
    if line.kind is LineKind.ITEM and line.ordinal is not None:
        typed = _NUMBERED.match(line.text)
        if typed and int(typed.group(1) or typed.group(2)) == line.ordinal:
            return line.ordinal, typed.group(3).strip()
        return line.ordinal, line.text.strip()
    if line.kind is not LineKind.TEXT:
        return None
    match = _NUMBERED.match(line.text)
    if not match:
        return None
    return int(match.group(1) or match.group(2)), match.group(3).strip()


def bullet_item(line: Line) -> str | None:
    """The text of a bulleted entry, else None.

    Examples
    --------
    >>> bullet_item(Line("• Amnesty International"))
    'Amnesty International'
    >>> bullet_item(Line("Amnesty International")) is None
    True
    """
    if line.kind is LineKind.BULLET:
        return line.text.strip()
    if line.kind is not LineKind.TEXT:
        return None
    match = _BULLET.match(line.text)
    return match.group(1).strip() if match else None
