"""Unmarked signatory lists: one entry per line, or an inline list, after a cue line.

After a cue (``Sincerely,``, ``Signatories:``, ``Signed by ...:``) every following non-blank
line is an entry, until a note (``*...``, ``Note:``) or prose (a long line of sentences).
Section headings set the section. A cue that carries the list itself, or is followed by one
line holding three or more comma-separated items, gives an inline list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.ingest.block import Entry, SignatoryBlock
from kg.ingest.cues import is_cue, is_footnote, is_page_noise, section_of
from kg.ingest.inline import looks_inline, split_inline
from kg.ingest.readers.document import Line

__all__ = ["find_cued_blocks", "is_prose"]


def is_prose(text: str) -> bool:
    """True for a line of running text rather than a name.

    Examples
    --------
    >>> is_prose("We remain at your disposal for any question. Thank you for your attention.")
    True
    >>> is_prose("Reporters Without Borders (Reporters sans frontières, RSF)")
    False
    """
    text = text.strip()
    sentences = len(re.findall(r"[a-z]{2}[.!?](\s|$)", text))
    return len(text) > 200 or (sentences >= 1 and len(text.split()) > 12)


def _inline_block(text: str, start: int, end: int, section: str | None) -> SignatoryBlock:
    entries = tuple(Entry(None, item, section) for item in split_inline(text))
    return SignatoryBlock("inline", entries, start, end, True)


def _after_cue(lines: Sequence[Line], cue: int) -> SignatoryBlock | None:
    cue_text = lines[cue].text
    if ":" in cue_text and looks_inline(cue_text.split(":", 1)[1]):
        return _inline_block(cue_text, cue, cue + 1, section_of(cue_text.split(":")[0]))
    section = section_of(cue_text)
    entries: list[Entry] = []
    end = cue + 1
    for i in range(cue + 1, len(lines)):
        line = lines[i]
        text = line.text.strip()
        if line.is_blank or is_page_noise(text):
            continue
        if is_footnote(text) or is_prose(text):
            break
        heading = section_of(text)
        if heading is not None:
            section = heading
            continue
        if not entries and looks_inline(text):
            return _inline_block(text, cue, i + 1, section)
        entries.append(Entry(None, text, section))
        end = i + 1
    if not entries:
        return None
    return SignatoryBlock("one-per-line", tuple(entries), cue, end, True)


def find_cued_blocks(lines: Sequence[Line]) -> list[SignatoryBlock]:
    """A candidate block after every cue line that is followed by entries."""
    blocks = []
    for i, line in enumerate(lines):
        if not line.is_blank and is_cue(line.text):
            block = _after_cue(lines, i)
            if block is not None:
                blocks.append(block)
    return blocks
