"""Numbered signatory lists (``1.``, ``1)``, ``(1)``, HTML ``<ol>``, Word numbering).

Every numbered line becomes one entry, in the order written. The numbering is checked, not
trusted: a skipped number gives a ``numbering-gap`` warning, a repeated number a
``numbering-duplicate`` warning, numbering that starts again at 1 in a new section a
``numbering-restart`` warning, any other step back ``numbering-out-of-order``. Entries are
never dropped, merged or renumbered; :func:`positions` says which position each entry gets.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from kg.ingest.block import Entry, SignatoryBlock
from kg.ingest.lists import MarkedRun, find_marked_runs
from kg.ingest.markers import numbered_item
from kg.ingest.readers.document import Line
from kg.model import ParseWarning

__all__ = ["find_numbered_blocks", "numbering_warnings", "positions"]


def _entries(run: MarkedRun) -> tuple[Entry, ...]:
    return tuple(Entry(number, " ".join(parts), section) for number, parts, section in run.items)


def numbering_warnings(entries: Sequence[Entry]) -> list[ParseWarning]:
    """Warnings about gaps, repeats, restarts and steps back in the entries' numbers.

    Examples
    --------
    >>> es = [Entry(1, "A"), Entry(2, "B"), Entry(2, "C"), Entry(5, "D")]
    >>> [w.code for w in numbering_warnings(es)]
    ['numbering-duplicate', 'numbering-gap']
    """
    warnings: list[ParseWarning] = []
    seen: set[int] = set()
    previous: Entry | None = None
    for entry in entries:
        number = entry.number
        if number is None:
            continue
        if previous is not None and previous.number is not None:
            step = number - previous.number
            if number == 1 and entry.section != previous.section:
                warnings.append(
                    ParseWarning(
                        "numbering-restart",
                        f"numbering starts again at 1 in section {entry.section!r}; "
                        "positions continue in list order",
                    )
                )
                seen = set()
            elif number in seen:
                warnings.append(
                    ParseWarning(
                        "numbering-duplicate",
                        f"number {number} appears more than once; every entry is kept and "
                        "positions follow list order",
                        (number,),
                    )
                )
            elif step > 1:
                missing = tuple(range(previous.number + 1, number))
                shown = ", ".join(map(str, missing[:10])) + (" ..." if len(missing) > 10 else "")
                warnings.append(
                    ParseWarning("numbering-gap", f"numbers skipped: {shown}", missing[:50])
                )
            elif step < 1:
                warnings.append(
                    ParseWarning(
                        "numbering-out-of-order",
                        f"number {number} follows {previous.number}; positions follow list order",
                        (number,),
                    )
                )
        seen.add(number)
        previous = entry
    return warnings


def positions(entries: Sequence[Entry]) -> list[int]:
    """The position of each entry: its number when the numbers are unique and increasing,
    else its order in the list (1-based), so positions are always unique.

    Examples
    --------
    >>> positions([Entry(1, "A"), Entry(3, "B")])
    [1, 3]
    >>> positions([Entry(1, "A"), Entry(1, "B")])
    [1, 2]
    >>> positions([Entry(4, "A"), Entry(None, "B")])
    [4, 5]
    """
    numbers: list[int] = []
    for entry in entries:
        numbers.append(entry.number if entry.number is not None else (numbers or [0])[-1] + 1)
    if all(a < b for a, b in pairwise(numbers)) and (not numbers or numbers[0] >= 1):
        return numbers
    return list(range(1, len(entries) + 1))


def find_numbered_blocks(lines: Sequence[Line]) -> list[SignatoryBlock]:
    """Every numbered list in ``lines`` as a candidate signatory block."""
    blocks = []
    for run in find_marked_runs(lines, numbered_item):
        entries = _entries(run)
        warnings = run.warnings + numbering_warnings(entries)
        blocks.append(
            SignatoryBlock("numbered", entries, run.start, run.end, False, tuple(warnings))
        )
    return blocks
