"""Reading one signatory entry into a :class:`kg.model.Signatory`."""

from __future__ import annotations

import re

from kg.errors import LetterParseError
from kg.model import Signatory, SignatoryKind

__all__ = ["parse_entry"]


def parse_entry(position: int, raw: str, *, section: str | None = None) -> Signatory:
    """Read one signatory entry as the letter gives it.

    Parameters
    ----------
    position : int
        The entry's number in the letter.
    raw : str
        The entry's text, continuation lines joined by one space.
    section : str, optional
        The section the entry sits in (``"organizations"``, ``"individuals"``), a hint for kind.

    Returns
    -------
    Signatory

    Raises
    ------
    LetterParseError
        When ``raw`` is empty or only whitespace.

    Examples
    --------
    >>> parse_entry(1, "Asia Democracy Network (ADN)").acronym
    'ADN'
    """
    text = " ".join(raw.split())
    if not text:
        raise LetterParseError(f"signatory #{position} is empty")
    acronym = None
    match = re.fullmatch(r"(.+?)\s*\(([A-Z][A-Za-z-]{1,15})\)", text)
    if match:
        text, acronym = match.group(1), match.group(2)
    kind = SignatoryKind.PERSON if section == "individuals" else SignatoryKind.ORGANIZATION
    return Signatory(
        position=position, raw=raw, name=text.strip(" .,;"), kind=kind, acronym=acronym,
        section=section,
    )
