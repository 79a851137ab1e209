"""Finding runs of marked list entries (numbered or bulleted) with their continuation lines.

A run is a sequence of entries, each opened by a marker. A text line right after an entry
(no blank line between) continues it; a section heading sets the section of later entries;
page noise is skipped; other text after a blank line ends the run unless another entry
follows within a few lines, in which case it is page debris and reported, never joined.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from kg.ingest.cues import is_cue, is_footnote, is_page_noise, section_of
from kg.ingest.readers.document import Line, LineKind
from kg.model import ParseWarning

__all__ = ["MarkedRun", "find_marked_runs"]

Marker = Callable[[Line], "tuple[int | None, str] | None"]
_LOOKAHEAD = 3  # non-blank lines an interruption may span before the list is over


@dataclass
class MarkedRun:
    """A run of entries: ``items`` are ``[number, text parts, section]``."""

    start: int
    end: int = 0
    items: list[tuple[int | None, list[str], str | None]] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    sections: list[tuple[int, str]] = field(default_factory=list)  # (entry index, section)


def _next_marked(lines: Sequence[Line], i: int, marker: Marker) -> int | None:
    seen = 0
    for k in range(i, len(lines)):
        if lines[k].is_blank or is_page_noise(lines[k].text):
            continue
        if marker(lines[k]) is not None:
            return k
        seen += 1
        if seen > _LOOKAHEAD:
            return None
    return None


def _interruption(run: MarkedRun, line: Line, section: str | None) -> str | None:
    """Handle a non-entry line between entries; return the section in force afterwards."""
    heading = section_of(line.text)
    if heading is not None:
        return heading
    if not is_cue(line.text):
        run.warnings.append(
            ParseWarning(
                "ignored-line",
                f"text inside the signatory list was not read as an entry: {line.text.strip()!r}",
            )
        )
    return section


def find_marked_runs(lines: Sequence[Line], marker: Marker) -> list[MarkedRun]:
    """All runs of entries opened by ``marker`` (see the module docstring)."""
    runs: list[MarkedRun] = []
    run: MarkedRun | None = None
    section: str | None = None
    attached = False  # the previous line was an entry or its continuation
    i = 0
    while i < len(lines):
        line = lines[i]
        found = marker(line)
        if found is not None and is_footnote(found[1]):
            found = None  # "* 5 organisations signed in total." is a note, not an entry
        if found is None and run is not None and not line.is_blank and is_cue(line.text):
            runs.append(run)  # a cue introduces a new list
            run, section, attached = None, None, False
        if found is not None:
            if run is None:
                run, section = MarkedRun(start=i), section_of_before(lines, i)
            run.items.append((found[0], [found[1]], section))
            run.end, attached = i + 1, True
        elif run is None:
            pass
        elif line.kind is LineKind.PAGE_BREAK or is_page_noise(line.text):
            attached = attached and line.kind is not LineKind.BLANK
        elif attached and not is_footnote(line.text) and section_of(line.text) is None:
            run.items[-1][1].append(line.text.strip())
            run.end = i + 1
        elif _next_marked(lines, i, marker) is not None:
            section, attached = _interruption(run, line, section), False
        else:
            runs.append(run)
            run, section, attached = None, None, False
        i += 1
    if run is not None:
        runs.append(run)
    return runs


def section_of_before(lines: Sequence[Line], i: int) -> str | None:
    """The section named by a heading just above line ``i`` (within three lines)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if lines[k].is_blank:
            continue
        return section_of(lines[k].text)
    return None
