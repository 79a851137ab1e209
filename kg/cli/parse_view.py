"""Rich display for ``kg parse``: a progress spinner while parsing, then a readable summary."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kg.ingest.letter import parse_letter
from kg.model import Letter

__all__ = ["parse_with_progress", "print_summary"]


def parse_with_progress(path: Path, *, show: bool = True, console: Console | None = None) -> Letter:
    """Parse ``path``, showing each step on stderr when ``show``."""
    if not show:
        return parse_letter(path)
    console = console or Console(stderr=True)
    with console.status("parsing", spinner="dots") as status:
        return parse_letter(path, progress=lambda step: status.update(step))


def print_summary(letter: Letter, *, console: Console | None = None) -> None:
    """Print a human-readable summary of a parsed letter."""
    console = console or Console()
    console.print(f"[bold]{escape(letter.title or '(untitled)')}[/bold]")
    ref = letter.reference.raw if letter.reference else "-"
    console.print(
        f"reference {ref} · date {letter.date or '-'} · language {letter.language or '-'} · "
        f"{letter.source_format} · NLP {letter.nlp_model}"
    )
    for r in letter.recipients:
        role = f" ({r.role})" if r.role else ""
        console.print(escape(f"  to: {r.name}{role} [{r.kind.value}]"))
    console.print(
        f"signatories: {letter.listed_count} listed · declared total "
        f"{letter.declared_total if letter.declared_total is not None else '-'} · anonymous "
        f"{letter.anonymous_count if letter.anonymous_count is not None else '-'}"
    )
    table = Table("#", "name", "acronym", "kind", "countries", "themes", box=None)
    for s in letter.signatories:
        cells = (
            s.name,
            s.acronym or "",
            f"{s.kind.value} ({s.capacity})" if s.capacity else s.kind.value,
            " ".join(s.country_hints),
            " ".join(s.themes),
        )
        table.add_row(str(s.position), *(escape(c) for c in cells))
    console.print(table)
    console.print(f"body: {len(letter.paragraphs)} paragraphs")
    if letter.themes:
        console.print(
            escape("themes: " + ", ".join(f"{t.label} ×{t.mentions}" for t in letter.themes))
        )
    for d in letter.demands:
        console.print(escape(f"  demand: {d.text}" + (f" → {d.addressee}" if d.addressee else "")))
    for w in letter.warnings:
        console.print(f"[yellow]warning[/yellow] {escape(w.code)}: {escape(w.message)}")
