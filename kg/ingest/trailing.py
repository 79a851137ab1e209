"""Unmarked, uncued lists recognised by their shape: lines ending in ``(Country)``.

A run of three or more short lines (blank lines allowed between) of which at least 60 % end
with a parenthesised country name (``Access Now (United States)``) is a signatory list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.ingest.block import Entry, SignatoryBlock
from kg.ingest.cues import is_page_noise, section_of
from kg.ingest.inline import is_country_name
from kg.ingest.oneperline import is_prose
from kg.ingest.readers.document import Line

__all__ = ["find_trailing_country_blocks", "has_trailing_country"]

_TRAILING = re.compile(r"\(([^()]+)\)\s*\.?\s*$")
_MIN_ENTRIES = 3


def has_trailing_country(text: str) -> bool:
    """True when ``text`` ends with a parenthesised country name.

    Examples
    --------
    >>> has_trailing_country("Access Now (United States)"), has_trailing_country("Free Tibet (FT)")
    (True, False)
    """
    match = _TRAILING.search(text)
    if match is None:
        return False
    return any(is_country_name(p.strip()) for p in match.group(1).split(","))


def _close(run: list[tuple[int, str, str | None]], blocks: list[SignatoryBlock]) -> None:
    marked = [k for k, (_, text, _) in enumerate(run) if has_trailing_country(text)]
    if not marked:
        return
    run = run[marked[0] : marked[-1] + 1]
    hits = len(marked)
    if len(run) >= _MIN_ENTRIES and hits >= 0.6 * len(run):
        entries = tuple(Entry(None, text, section) for _, text, section in run)
        blocks.append(SignatoryBlock("trailing-country", entries, run[0][0], run[-1][0] + 1))


def find_trailing_country_blocks(lines: Sequence[Line]) -> list[SignatoryBlock]:
    """Every run of ``Name (Country)`` lines."""
    blocks: list[SignatoryBlock] = []
    run: list[tuple[int, str, str | None]] = []
    section: str | None = None
    for i, line in enumerate(lines):
        text = line.text.strip()
        if line.is_blank or is_page_noise(text):
            continue
        heading = section_of(text)
        if heading is not None:
            section = heading
            continue
        if is_prose(text) or len(text) > 150:
            _close(run, blocks)
            run, section = [], None
            continue
        run.append((i, text, section))
    _close(run, blocks)
    return blocks
