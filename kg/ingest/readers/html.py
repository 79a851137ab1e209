"""Reader for HTML pages: find the letter among navigation, sidebars and footers.

The main content is the ``<article>``/``<main>`` element when the page has one with
substantial text, else the container with the best content score (text length, discounted by
link density, as readability-style extractors do). Lists keep their structure: ``<ol>`` items
become :attr:`LineKind.ITEM` lines with their number, ``<ul>`` items bullets; ``<br>`` and block
elements end lines; block boundaries become blank lines. Inside a list item a ``<br>`` is only a
space: an item is one entry, whose place or acronym may sit on its own line
(``<li>Centro ...<br>México</li>``).
"""

from __future__ import annotations

import logging
import re

from kg.ingest.readers.document import Document, Line, LineKind, table_row_line
from kg.ingest.readers.text import decode_text

__all__ = ["main_content", "read_html"]

log = logging.getLogger(__name__)

_DROP_TAGS = "script, style, noscript, template, iframe, svg, form, button, nav, aside"
_BOILERPLATE = re.compile(
    r"(^|[\s_-])(share|social|related|comments?|advert|ads?|promo|newsletter|subscribe|cookie)"
    r"($|[\s_-])",
    re.IGNORECASE,
)
# page chrome: dropped outside the letter's <article>/<main> only (an article has its own header)
_CHROME = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|sidebar|side-bar|footer|header|masthead|breadcrumbs?|banner|skip)"
    r"($|[\s_-])",
    re.IGNORECASE,
)
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "tr",
        "table",
        "dd",
        "dt",
        "dl",
        "pre",
        "address",
        "figure",
        "figcaption",
        "hr",
    ]
)
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_CANDIDATES = "article, main, [role=main], section, div, td, body"


def _inside_content(node) -> bool:  # type: ignore[no-untyped-def]
    parent = node.parent
    while parent is not None:
        if parent.tag in ("article", "main"):
            return True
        parent = parent.parent
    return False


def _strip_boilerplate(root) -> None:  # type: ignore[no-untyped-def]
    for node in root.css(_DROP_TAGS):
        node.decompose()
    for node in root.css("header, footer"):
        if not _inside_content(node):
            node.decompose()
    for node in root.css("[class], [id], [role]"):
        if node.tag in ("body", "html", "main", "article"):
            continue
        marks = " ".join(filter(None, (node.attributes.get(a) for a in ("class", "id", "role"))))
        chrome = _CHROME.search(marks) or marks in ("navigation", "contentinfo", "banner")
        if _BOILERPLATE.search(marks) or (chrome and not _inside_content(node)):
            node.decompose()


def _text_len(node) -> int:  # type: ignore[no-untyped-def]
    return len("".join(node.text(separator=" ").split()))


def _score(node) -> float:  # type: ignore[no-untyped-def]
    total = _text_len(node)
    if not total:
        return 0.0
    linked = sum(_text_len(a) for a in node.css("a"))
    return total * (1.0 - linked / total)


def main_content(root):  # type: ignore[no-untyped-def]
    """The element holding the letter: ``<article>``/``<main>``, else the best-scored one."""
    body = root.body or root.root
    body_len = max(_text_len(body), 1)
    for selector in ("article", "main", "[role=main]"):
        found = [n for n in root.css(selector) if _text_len(n) > 0.3 * body_len]
        if found:
            return max(found, key=_text_len)
    best, best_score = body, _score(body)
    for node in root.css(_CANDIDATES):
        score = _score(node)
        # prefer the deepest container that keeps nearly all of the best content
        if score >= 0.85 * best_score and _text_len(node) < _text_len(best):
            best, best_score = node, max(score, best_score * 0.85)
    return best


def _int_attr(node, name: str, default: int) -> int:  # type: ignore[no-untyped-def]
    """An integer attribute (``<ol start>``, ``<li value>``), ``default`` when absent or bad."""
    value = (node.attributes.get(name) or "").strip()
    return int(value) if value.isdigit() else default


class _Walker:
    """Turns an element tree into lines, keeping list structure."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.buffer: list[str] = []
        self.pending: tuple[LineKind, int | None] = (LineKind.TEXT, None)
        self.in_item = False

    def flush(self, blank: bool = False) -> None:
        text = " ".join("".join(self.buffer).split())
        if text:
            kind, ordinal = self.pending
            self.lines.append(Line(text, kind, ordinal))
        self.buffer = []
        self.pending = (LineKind.TEXT, None)
        if blank and self.lines and self.lines[-1].kind is not LineKind.BLANK:
            self.lines.append(Line("", LineKind.BLANK))

    def walk(self, node) -> None:  # type: ignore[no-untyped-def]
        tag = node.tag
        if tag == "-text":
            self.buffer.append(node.text(deep=False) or "")
            return
        if tag == "br" and self.in_item:
            self.buffer.append(" ")  # one list item is one entry, however many lines it takes
            return
        if tag == "br":
            kind = self.pending[0]
            self.flush()
            self.pending = (LineKind.TEXT, None) if kind is LineKind.HEADING else (kind, None)
            return
        if tag in ("ol", "ul"):
            self._list(node)
            return
        if tag == "tr":
            self._row(node)
            return
        block = tag in _BLOCKS
        if block:
            self.flush(blank=tag != "div")
            if tag in _HEADINGS:
                self.pending = (LineKind.HEADING, None)
        elif tag in ("td", "th") and self.buffer:
            self.buffer.append(" ")
        for child in node.iter(include_text=True):
            self.walk(child)
        if block:
            self.flush(blank=tag != "div")

    def _row(self, node) -> None:  # type: ignore[no-untyped-def]
        self.flush()
        cells = [cell.text(separator=" ") for cell in node.css("td, th")]
        line = table_row_line(cells)
        if line is not None:
            self.lines.append(line)

    def _list(self, node) -> None:  # type: ignore[no-untyped-def]
        self.flush(blank=True)
        number = _int_attr(node, "start", 1) if node.tag == "ol" else None
        for child in node.iter(include_text=False):
            if child.tag != "li":
                self.walk(child)
                continue
            if number is not None:
                number = _int_attr(child, "value", number)
                self.pending = (LineKind.ITEM, number)
                number += 1
            else:
                self.pending = (LineKind.BULLET, None)
            outer, self.in_item = self.in_item, True
            for grandchild in child.iter(include_text=True):
                self.walk(grandchild)
            self.in_item = outer
            self.flush()
        self.flush(blank=True)


def read_html(data: bytes, *, source: str) -> Document:
    """Read an HTML page into lines of its main content.

    Examples
    --------
    >>> page = b"<nav><a href='/'>Home</a></nav><article><h1>Call</h1><ol><li>A</li></ol></article>"
    >>> [line.text for line in read_html(page, source="x.html").lines if line.text]
    ['Call', 'A']
    """
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(decode_text(data, source=source))
    title_node = tree.css_first("title")
    page_title = " ".join(title_node.text().split()) if title_node else None
    _strip_boilerplate(tree)
    content = main_content(tree)
    walker = _Walker()
    walker.walk(content)
    walker.flush()
    heading = next((ln.text for ln in walker.lines if ln.kind is LineKind.HEADING), None)
    return Document(tuple(walker.lines), source, "html", title=heading or page_title)
