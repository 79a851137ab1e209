"""Reader for plain text and Markdown letters."""

from __future__ import annotations

import re

from kg.errors import InputError
from kg.ingest.readers.document import Document, Line, LineKind

__all__ = ["decode_text", "read_markdown", "read_text"]

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


def decode_text(data: bytes, *, source: str) -> str:
    """Decode text bytes: UTF-8 (with or without BOM), else Windows-1252; refuse binary data.

    Raises
    ------
    InputError
        When the bytes hold NUL or many control characters (a binary file).

    Examples
    --------
    >>> decode_text("Solidarité".encode(), source="x.txt")
    'Solidarité'
    """
    sample = data[:65536]
    if b"\x00" in sample:
        raise InputError(f"{source} looks like a binary file, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > max(8, len(text[:65536]) // 100):
        raise InputError(f"{source} looks like a binary file, not text ({controls} control bytes)")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\f\n")


def _lines(text: str) -> list[Line]:
    out = []
    for raw in text.split("\n"):
        if raw == "\f":
            out.append(Line("", LineKind.PAGE_BREAK))
        elif not raw.strip():
            out.append(Line("", LineKind.BLANK))
        else:
            out.append(Line(raw.rstrip()))
    return out


def read_text(data: bytes, *, source: str) -> Document:
    """Read a plain-text letter: one :class:`Line` per line, form feeds as page breaks."""
    return Document(tuple(_lines(decode_text(data, source=source))), source, "txt")


def _markdown_line(line: Line) -> Line:
    if line.kind is not LineKind.TEXT:
        return line
    if _MD_RULE.match(line.text):
        return Line("", LineKind.BLANK)
    text = _MD_LINK.sub(r"\1", line.text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    heading = _MD_HEADING.match(text)
    if heading:
        return Line(heading.group(1), LineKind.HEADING)
    return Line(text)


def read_markdown(data: bytes, *, source: str) -> Document:
    """Read a Markdown letter: headings marked, emphasis and link syntax removed.

    List markers stay in the text; signatory detection reads them.
    """
    lines = [_markdown_line(line) for line in _lines(decode_text(data, source=source))]
    title = next((ln.text for ln in lines if ln.kind is LineKind.HEADING), None)
    return Document(tuple(lines), source, "md", title=title)
