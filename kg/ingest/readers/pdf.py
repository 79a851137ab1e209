"""Reader for PDF letters: page breaks, running headers and footers, two-column lists.

Words come from pdfplumber with their positions. Words are grouped into visual lines; a line
whose words leave a wide horizontal gap at the same x position as its neighbours belongs to
a two-column region, which is read left column first, then right column. Lines repeated at
the top or bottom of most pages (running headers and footers, once digits are masked) and
bare page numbers are dropped. A vertical gap wider than the usual line spacing becomes a
blank line (a paragraph boundary); each page ends with a page break.
"""

from __future__ import annotations

import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from kg.errors import InputError
from kg.ingest.readers.document import Document, Line, LineKind

__all__ = ["read_pdf"]

log = logging.getLogger(__name__)

_PAGE_NUMBER = re.compile(r"^\s*(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?\s*$", re.IGNORECASE)
_LIST_START = re.compile(r"^\s*(?:\(\d{1,4}\)|\d{1,4}[.)])\s")
_GUTTER_MIN = 18.0  # points: a gap this wide between words is not a word space
_GUTTER_TOLERANCE = 20.0  # points: split positions within this distance share a gutter


@dataclass(frozen=True)
class _VLine:
    top: float
    bottom: float
    words: tuple[dict, ...]

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)

    def split_at(self) -> float | None:
        """The x of the widest inter-word gap when it is wide enough to be a gutter."""
        best, at = _GUTTER_MIN, None
        for left, right in zip(self.words, self.words[1:], strict=False):
            gap = right["x0"] - left["x1"]
            if gap > best:
                best, at = gap, right["x0"] - 1.0
        return at


def _visual_lines(words: list[dict]) -> list[_VLine]:
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [
        _VLine(ws[0]["top"], max(w["bottom"] for w in ws), tuple(sorted(ws, key=lambda w: w["x0"])))
        for ws in lines
    ]


def _column_run(lines: list[_VLine], splits: list[float | None], i: int) -> int:
    """Index of the last line of the two-column run starting at ``i`` (``i`` if none)."""
    gutter = splits[i]
    if gutter is None:
        return i
    last_split, j = i, i
    while j + 1 < len(lines):
        nxt = splits[j + 1]
        if nxt is None and not _one_side(lines[j + 1], gutter):
            break
        if nxt is not None and abs(nxt - gutter) > _GUTTER_TOLERANCE:
            break
        j += 1
        if nxt is not None:
            last_split = j
    pitches = [b.top - a.top for a, b in pairwise(lines[i : last_split + 1])]
    pitch = statistics.median(pitches) if pitches else 0.0
    while (
        last_split + 1 < len(lines)
        and splits[last_split + 1] is None
        and _one_side(lines[last_split + 1], gutter)
        and lines[last_split + 1].top - lines[last_split].top <= 1.3 * pitch
    ):
        last_split += 1
    return last_split


def _segments(lines: list[_VLine]) -> list[tuple[_VLine, str]]:
    """Lines in reading order, two-column runs read column by column; with a column tag."""
    splits = [line.split_at() for line in lines]
    out: list[tuple[_VLine, str]] = []
    i = 0
    while i < len(lines):
        j = _column_run(lines, splits, i)
        gutter = splits[i]
        if j == i or gutter is None:
            out.append((lines[i], "full"))
            i += 1
            continue
        left, right = [], []
        for line in lines[i : j + 1]:
            lw = tuple(w for w in line.words if w["x1"] <= gutter)
            rw = tuple(w for w in line.words if w["x0"] >= gutter)
            if lw:
                left.append(_VLine(line.top, line.bottom, lw))
            if rw:
                right.append(_VLine(line.top, line.bottom, rw))
        out += [(ln, "left") for ln in left] + [(ln, "right") for ln in right]
        i = j + 1
    return out


def _one_side(line: _VLine, gutter: float) -> bool:
    return all(w["x1"] <= gutter for w in line.words) or all(w["x0"] >= gutter for w in line.words)


def _mask(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()).casefold())


def _running_lines(pages: list[list[_VLine]]) -> set[str]:
    """Masked texts found in the top or bottom two lines of at least half the pages.

    A line that opens with a list number (``12. ...``) is never a running line: numbered
    entries at the top of consecutive pages look alike once digits are masked.
    """
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        edge = {_mask(ln.text) for ln in lines[:2] + lines[-2:] if not _LIST_START.match(ln.text)}
        counts.update(edge)
    return {text for text, n in counts.items() if n >= max(2, len(pages) / 2)}


def _page_lines(lines: list[_VLine], running: set[str], page: int) -> list[Line]:
    def at_edge(k: int) -> bool:
        return k < 2 or k >= len(lines) - 2

    kept = [
        ln
        for k, ln in enumerate(lines)
        if not (at_edge(k) and (_mask(ln.text) in running or _PAGE_NUMBER.match(ln.text)))
    ]
    if not kept:
        return []
    heights = [ln.bottom - ln.top for ln in kept]
    gaps = [b.top - a.bottom for a, b in pairwise(kept) if b.top > a.top]
    usual_gap = statistics.median(gaps) if gaps else 0.0
    threshold = usual_gap + 0.6 * statistics.median(heights)
    out: list[Line] = []
    previous: _VLine | None = None
    previous_column = "full"
    for line, column in _segments(kept):
        new_column = column != previous_column
        if previous is not None and not new_column and line.top - previous.bottom > threshold:
            out.append(Line("", LineKind.BLANK, page=page))
        if new_column and column == "full" and out:
            out.append(Line("", LineKind.BLANK, page=page))
        out.append(Line(line.text, page=page))
        previous, previous_column = line, column
    return out


def read_pdf(data: bytes, *, source: str) -> Document:
    """Read a PDF letter into lines (see the module docstring for the layout rules).

    Raises
    ------
    InputError
        When the bytes are not a readable PDF or it has no text layer.
    """
    import io

    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError(f"{source} is not a PDF file (no %PDF header)")
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [
                _visual_lines(page.extract_words(keep_blank_chars=False, use_text_flow=False))
                for page in pdf.pages
            ]
            title = (pdf.metadata or {}).get("Title")
    except (PDFSyntaxError, PdfminerException, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{source} is not a readable PDF: {exc}") from exc
    running = _running_lines(pages)
    lines: list[Line] = []
    for number, page in enumerate(pages, start=1):
        lines += _page_lines(page, running, number)
        lines.append(Line("", LineKind.PAGE_BREAK, page=number))
    if not any(line.text.strip() for line in lines):
        raise InputError(f"{source} has no text layer (a scanned PDF needs OCR first)")
    return Document(tuple(lines), source, "pdf", title=title if isinstance(title, str) else None)
