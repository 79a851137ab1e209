"""The result of signatory detection: a block of entries and where it sits in the document."""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import ParseWarning

__all__ = ["Entry", "SignatoryBlock"]


@dataclass(frozen=True)
class Entry:
    """One signatory entry as found: its number as written (None if unnumbered), its text
    without the number (continuation lines joined by one space), its section."""

    number: int | None
    raw: str
    section: str | None = None


@dataclass(frozen=True)
class SignatoryBlock:
    """A signatory list: ``layout`` names how it was found; lines ``start:end`` hold it
    (``start`` includes the cue line when there is one)."""

    layout: str
    entries: tuple[Entry, ...]
    start: int
    end: int
    cued: bool = False
    warnings: tuple[ParseWarning, ...] = ()
