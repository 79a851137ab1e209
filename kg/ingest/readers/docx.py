"""Reader for Word (.docx) letters: paragraphs, numbered and bulleted lists, tables.

Word's automatic numbering puts no number in the paragraph text: the number comes from the
paragraph's numbering properties (``w:numPr``, directly or through its style). Items are
counted per list (``numId``) and level, starting at the level's ``w:start``; a level whose
``w:numFmt`` is ``bullet`` gives bullets. Table rows become one line each: a leading number
cell becomes the item number, further cells are added in parentheses
(``Access Now | Global`` → ``Access Now (Global)``).
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections import defaultdict

from kg.errors import InputError
from kg.ingest.readers.document import Document, Line, LineKind, table_row_line

__all__ = ["read_docx"]

log = logging.getLogger(__name__)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class _Numbering:
    """Looks up list formats and keeps running counters per list and level."""

    def __init__(self, document) -> None:  # type: ignore[no-untyped-def]
        self.formats: dict[tuple[str, int], tuple[str, int]] = {}
        self.counters: dict[tuple[str, int], int] = defaultdict(int)
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for node in root.findall(f"{_W}abstractNum"):
            levels = {}
            for lvl in node.findall(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                start = lvl.find(f"{_W}start")
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = (
                    fmt.get(f"{_W}val") if fmt is not None else "decimal",
                    int(start.get(f"{_W}val")) if start is not None else 1,
                )
            abstract[node.get(f"{_W}abstractNumId")] = levels
        for num in root.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            levels = abstract.get(ref.get(f"{_W}val") if ref is not None else None, {})
            for level, spec in levels.items():
                self.formats[(num.get(f"{_W}numId"), level)] = spec

    def next(self, num_id: str, level: int) -> tuple[LineKind, int | None]:
        fmt, start = self.formats.get((num_id, level), ("decimal", 1))
        if fmt in ("bullet", "none"):
            return LineKind.BULLET, None
        key = (num_id, level)
        self.counters[key] = self.counters[key] + 1 if key in self.counters else start
        return LineKind.ITEM, self.counters[key]


def _num_pr(paragraph):  # type: ignore[no-untyped-def]
    """(numId, ilvl) from the paragraph or its style chain, else None."""
    candidates = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        candidates.append(style.element.pPr)
        style = style.base_style
    for ppr in candidates:
        if ppr is None:
            continue
        num_pr = ppr.find(f"{_W}numPr")
        if num_pr is None:
            continue
        num_id = num_pr.find(f"{_W}numId")
        ilvl = num_pr.find(f"{_W}ilvl")
        if num_id is not None and num_id.get(f"{_W}val") != "0":
            return num_id.get(f"{_W}val"), int(ilvl.get(f"{_W}val")) if ilvl is not None else 0
    return None


def _paragraph_lines(paragraph, numbering: _Numbering) -> list[Line]:  # type: ignore[no-untyped-def]
    text = " ".join(paragraph.text.split())
    if not text:
        return [Line("", LineKind.BLANK)]
    style = (paragraph.style.name or "") if paragraph.style is not None else ""
    num = _num_pr(paragraph)
    if num is not None:
        kind, ordinal = numbering.next(*num)
        return [Line(text, kind, ordinal)]
    if style.startswith("List Bullet"):
        return [Line(text, LineKind.BULLET)]
    if style.startswith(("Heading", "Title")):
        return [Line(text, LineKind.HEADING), Line("", LineKind.BLANK)]
    return [Line(text), Line("", LineKind.BLANK)]


def read_docx(data: bytes, *, source: str) -> Document:
    """Read a .docx letter into lines in document order (paragraphs and tables)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{source} is not a readable .docx file: {exc}") from exc
    numbering = _Numbering(document)
    lines: list[Line] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines += _paragraph_lines(block, numbering)
        elif isinstance(block, Table):
            rows = [table_row_line([cell.text for cell in row.cells]) for row in block.rows]
            lines += [line for line in rows if line is not None] + [Line("", LineKind.BLANK)]
    title = document.core_properties.title or None
    return Document(tuple(lines), source, "docx", title=title)
