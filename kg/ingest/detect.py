"""Finding the signatory list of a letter, whatever its layout.

Candidates come from every layout finder (numbered, bulleted, cued one-per-line or inline,
``Name (Country)`` runs). The choice, in order: a numbered or bulleted list that follows a cue
line; a cued unmarked list; the longest numbered or bulleted list of at least two entries;
a ``Name (Country)`` run. Ties go to the later list (signatures close a letter).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.errors import LetterParseError
from kg.ingest.block import Entry, SignatoryBlock
from kg.ingest.bulleted import find_bulleted_blocks
from kg.ingest.cues import is_cue, is_footnote, is_page_noise, section_of
from kg.ingest.markers import bullet_item, numbered_item
from kg.ingest.numbered import find_numbered_blocks, numbering_warnings
from kg.ingest.oneperline import find_cued_blocks, is_prose
from kg.ingest.readers.document import Line
from kg.ingest.trailing import find_trailing_country_blocks

__all__ = ["Entry", "SignatoryBlock", "detect_signatories"]

_CUE_DISTANCE = 1  # other lines allowed between a cue and the list (besides section headings)


def _cue_before(lines: Sequence[Line], start: int) -> int | None:
    seen = 0
    for k in range(start - 1, -1, -1):
        if lines[k].is_blank:
            continue
        if is_cue(lines[k].text):
            return k
        if section_of(lines[k].text) is None:
            seen += 1
        if seen >= _CUE_DISTANCE or (seen and k < start - 2 * _CUE_DISTANCE):
            return None
    return None


def _heading_start(lines: Sequence[Line], start: int) -> int:
    """``start`` moved up over blank lines and section headings just above it."""
    k = start
    while k > 0 and (lines[k - 1].is_blank or section_of(lines[k - 1].text) is not None):
        k -= 1
    while k < start and lines[k].is_blank:
        k += 1
    return k


def _with_cue(lines: Sequence[Line], block: SignatoryBlock) -> SignatoryBlock:
    cue = _cue_before(lines, block.start)
    if cue is None:
        start = _heading_start(lines, block.start)
        return SignatoryBlock(block.layout, block.entries, start, block.end, False, block.warnings)
    return SignatoryBlock(block.layout, block.entries, cue, block.end, True, block.warnings)


def _section_entries(lines: Sequence[Line], k: int, section: str) -> tuple[list[Entry], int]:
    entries: list[Entry] = []
    end = k
    for i in range(k, len(lines)):
        line = lines[i]
        text = line.text.strip()
        if line.is_blank or is_page_noise(text):
            continue
        if is_footnote(text) or is_prose(text) or section_of(text) is not None:
            break
        numbered = numbered_item(line)
        marked = bullet_item(line)
        raw = numbered[1] if numbered else marked if marked is not None else text
        entries.append(Entry(numbered[0] if numbered else None, raw, section))
        end = i + 1
    return entries, end


def extend_with_sections(lines: Sequence[Line], block: SignatoryBlock) -> SignatoryBlock:
    """Add the sections that follow a list under their own headings (``Individuals:``), in
    whatever layout they use (numbered, bulleted, one per line, table rows)."""
    entries, end = list(block.entries), block.end
    while True:
        k = next((i for i in range(end, len(lines)) if not lines[i].is_blank), None)
        section = section_of(lines[k].text) if k is not None else None
        if k is None or section is None:
            break
        more, new_end = _section_entries(lines, k + 1, section)
        if not more:
            break
        entries += more
        end = new_end
    if end == block.end:
        return block
    warnings = block.warnings + tuple(numbering_warnings(entries[len(block.entries) :]))
    return SignatoryBlock(block.layout, tuple(entries), block.start, end, block.cued, warnings)


def _size(block: SignatoryBlock) -> tuple[int, int]:
    return len(block.entries), block.start


def detect_signatories(lines: Sequence[Line]) -> SignatoryBlock:
    """The signatory list of a document's lines.

    Raises
    ------
    LetterParseError
        When no layout finds a signatory list.

    Examples
    --------
    >>> from kg.ingest.readers.document import Line
    >>> lines = [Line("We urge you to act."), Line(""), Line("Signed:"), Line("- A"), Line("- B")]
    >>> block = detect_signatories(lines)
    >>> block.layout, [e.raw for e in block.entries], block.start
    ('bulleted', ['A', 'B'], 2)
    """
    marked = [
        extend_with_sections(lines, _with_cue(lines, b))
        for b in find_numbered_blocks(lines) + find_bulleted_blocks(lines)
    ]
    cued_marked = [b for b in marked if b.cued]
    if cued_marked:
        return max(cued_marked, key=_size)
    cued = find_cued_blocks(lines)
    if cued:
        return max(cued, key=_size)
    listed = [b for b in marked if len(b.entries) >= 2]
    if listed:
        return max(listed, key=_size)
    trailing = find_trailing_country_blocks(lines)
    if trailing:
        return max(trailing, key=_size)
    raise LetterParseError("no signatory list found (no numbered, bulleted or cued list of names)")
