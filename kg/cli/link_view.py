"""Rich table of link decisions for ``kg link``."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from kg.model import Decision
from linkers.batch import LetterLinks

__all__ = ["print_links"]

_STYLE = {Decision.LINKED: "green", Decision.REVIEW: "yellow", Decision.NIL: "dim"}


def print_links(links: Sequence[LetterLinks], console: Console | None = None) -> None:
    """One table per letter, then a count of decisions."""
    console = console or Console()
    for item in links:
        table = Table(title=f"{item.letter_id}: {len(item.results)} mentions", show_lines=False)
        for col in ("#", "role", "name", "decision", "QID", "score", "margin", "why"):
            table.add_column(col, overflow="fold")
        for r in item.results:
            table.add_row(
                "" if r.position is None else str(r.position),
                r.role.value,
                r.name,
                f"[{_STYLE[r.decision]}]{r.decision.value}[/]",
                r.qid or "",
                f"{r.score:.2f}",
                f"{r.margin:.2f}",
                r.explanation[:120],
            )
        console.print(table)
        counts = {d.value: sum(r.decision == d for r in item.results) for d in Decision}
        source = item.results[0].source if item.results else None
        console.print(
            f"{counts} — knowledge base: {source.name if source else '?'}"
            f" ({source.retrieved if source and source.retrieved else 'date unknown'})"
        )
