"""``links.tsv``: one row per link decision, for spreadsheets and review tools.

Columns: ``letter`` (source path), ``role``, ``position``, ``name``, ``decision``, ``qid``,
``score``, ``margin``, ``method``, ``kb_source``, ``kb_retrieved``, ``explanation``. Tabs and
line breaks inside values become spaces, so every row is one line.

Examples
--------
>>> from kg.model import Decision, LinkResult, MentionRole
>>> link = LinkResult(MentionRole.SIGNATORY, "Org\\tA", Decision.LINKED, position=1, qid="Q1",
...                   score=0.93)
>>> links_tsv({"a.txt": [link]}).splitlines()[1].split(chr(9))[:7]
['a.txt', 'signatory', '1', 'Org A', 'LINKED', 'Q1', '0.930']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from kg.atomic import atomic_write_text
from kg.model import LinkResult

__all__ = ["COLUMNS", "links_tsv", "write_links_tsv"]

COLUMNS = (
    "letter",
    "role",
    "position",
    "name",
    "decision",
    "qid",
    "score",
    "margin",
    "method",
    "kb_source",
    "kb_retrieved",
    "explanation",
)


def _cell(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def _row(letter: str, link: LinkResult) -> str:
    source = link.source
    values = (
        letter,
        str(link.role),
        link.position,
        link.name,
        str(link.decision),
        link.qid,
        f"{link.score:.3f}",
        f"{link.margin:.3f}",
        link.method,
        source.name if source else None,
        source.retrieved if source else None,
        link.explanation,
    )
    return "\t".join(_cell(v) for v in values)


def links_tsv(links: Mapping[str, Sequence[LinkResult]]) -> str:
    """The TSV text for link results keyed by letter (source path), letters sorted."""
    lines = ["\t".join(COLUMNS)]
    for letter in sorted(links):
        lines.extend(_row(letter, link) for link in links[letter])
    return "\n".join(lines) + "\n"


def write_links_tsv(links: Mapping[str, Sequence[LinkResult]], path: Path) -> Path:
    """Write :func:`links_tsv` to ``path`` atomically and return the path."""
    atomic_write_text(path, links_tsv(links))
    return path
