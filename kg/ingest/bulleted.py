"""Bulleted signatory lists (``-``, ``*``, ``•`` ..., HTML ``<ul>``, Word bullets)."""

from __future__ import annotations

from collections.abc import Sequence

from kg.ingest.block import Entry, SignatoryBlock
from kg.ingest.lists import find_marked_runs
from kg.ingest.markers import bullet_item
from kg.ingest.readers.document import Line

__all__ = ["find_bulleted_blocks"]


def _marker(line: Line) -> tuple[int | None, str] | None:
    text = bullet_item(line)
    return None if text is None else (None, text)


def find_bulleted_blocks(lines: Sequence[Line]) -> list[SignatoryBlock]:
    """Every bulleted list in ``lines`` as a candidate signatory block.

    Examples
    --------
    >>> from kg.ingest.readers.document import Line
    >>> block = find_bulleted_blocks([Line("- Access Now"), Line("- Free Tibet")])[0]
    >>> [e.raw for e in block.entries]
    ['Access Now', 'Free Tibet']
    """
    blocks = []
    for run in find_marked_runs(lines, _marker):
        entries = tuple(Entry(None, " ".join(parts), section) for _, parts, section in run.items)
        blocks.append(
            SignatoryBlock("bulleted", entries, run.start, run.end, False, tuple(run.warnings))
        )
    return blocks
