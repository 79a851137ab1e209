"""The common shape every reader produces: a document as a sequence of lines with hints.

Readers keep what the layout tells them (a list item and its number, a heading, a page
break) so that signatory detection does not have to guess it back from plain text.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Document", "Line", "LineKind", "table_row_line"]


class LineKind(StrEnum):
    """What a reader knows about one line."""

    TEXT = "text"  # plain text; numbering, if any, is still in the text
    BLANK = "blank"  # a paragraph boundary
    ITEM = "item"  # an item of a numbered list whose number is in ``ordinal``, not the text
    BULLET = "bullet"  # an item of a bulleted list (marker already removed)
    HEADING = "heading"  # a heading (HTML h1-h6, Word heading style)
    PAGE_BREAK = "page-break"  # the end of a page


@dataclass(frozen=True)
class Line:
    """One line of a document.

    Examples
    --------
    >>> Line("Access Now", LineKind.ITEM, ordinal=7).ordinal
    7
    """

    text: str
    kind: LineKind = LineKind.TEXT
    ordinal: int | None = None
    page: int | None = None

    @property
    def is_blank(self) -> bool:
        """True for paragraph boundaries, page breaks and whitespace-only lines."""
        return self.kind in (LineKind.BLANK, LineKind.PAGE_BREAK) or not self.text.strip()


@dataclass(frozen=True)
class Document:
    """A letter file read into lines; ``title`` is a title the container itself gives."""

    lines: tuple[Line, ...]
    source_path: str
    source_format: str
    title: str | None = None

    def text_lines(self) -> list[str]:
        """The lines' text, blank lines as empty strings (for quick inspection)."""
        return ["" if line.is_blank else line.text for line in self.lines]


def table_row_line(cells: list[str]) -> Line | None:
    """One line for a table row: a leading number cell becomes the item number, further cells
    go in parentheses after the first (``Access Now | Global`` → ``Access Now (Global)``).

    Examples
    --------
    >>> table_row_line(["3.", "Free Tibet", "United Kingdom"])
    Line(text='Free Tibet (United Kingdom)', kind=<LineKind.ITEM: 'item'>, ordinal=3, page=None)
    >>> table_row_line(["", " "]) is None
    True
    """
    cells = [c for c in (" ".join(cell.split()) for cell in cells) if c]
    if not cells:
        return None
    head = cells[0].rstrip(".)").lstrip("(")
    if head.isdigit() and len(cells) > 1:
        name, rest = cells[1], cells[2:]
        text = f"{name} ({', '.join(rest)})" if rest else name
        return Line(text, LineKind.ITEM, int(head))
    name, rest = cells[0], cells[1:]
    return Line(f"{name} ({', '.join(rest)})" if rest else name)
