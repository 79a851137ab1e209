"""``report.md``: what a build read, linked and wrote, and what needs a person's attention.

Sections: inputs (and failures), letters with their counts and parse warnings, the link
summary by role and decision, unresolved names (REVIEW and NIL, with the best candidate), the
coalition summary the network step provides, and the outputs.

Examples
--------
>>> from kg.model import Letter
>>> text = render_report(ReportData(letters=(Letter("A letter", "a.txt", "txt"),),
...                                 kb_source="snapshot:bundled"))
>>> "Knowledge base: `snapshot:bundled`" in text
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kg.model import Decision, Letter, LinkResult

__all__ = ["ReportData", "render_report"]


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows; ``links`` are keyed by letter source path."""

    letters: tuple[Letter, ...] = ()
    links: Mapping[str, Sequence[LinkResult]] = field(default_factory=dict)
    failures: tuple[tuple[str, str], ...] = ()  # (path, one-line message)
    kb_source: str = ""
    offline: bool = False
    quads: int = 0
    outputs: tuple[str, ...] = ()
    reused_letters: int = 0
    reused_links: int = 0
    coalition_md: str | None = None
    notes: tuple[str, ...] = ()


def _md(text: object) -> str:
    """One-line Markdown-safe text (pipes and angle brackets escaped)."""
    value = " ".join(str(text).split())
    for char, escaped in (("\\", "\\\\"), ("|", "\\|"), ("<", "&lt;"), (">", "&gt;")):
        value = value.replace(char, escaped)
    return value


def _inputs(data: ReportData) -> list[str]:
    lines = [
        "## Inputs",
        "",
        f"- Letters built: {len(data.letters)} (parsed from cache: {data.reused_letters})",
        f"- Link results reused from cache: {data.reused_links} letter(s)",
        f"- Knowledge base: `{data.kb_source}`" + (" (offline)" if data.offline else ""),
        f"- Quads in the store: {data.quads}",
    ]
    if data.failures:
        lines += ["", f"**{len(data.failures)} input file(s) failed:**", ""]
        lines += [f"- `{_md(path)}`: {_md(message)}" for path, message in data.failures]
    return [*lines, ""]


def _letters(data: ReportData) -> list[str]:
    lines = [
        "## Letters",
        "",
        "| letter | title | listed | declared | anonymous |",
        "|---|---|---|---|---|",
    ]
    for letter in data.letters:
        lines.append(
            f"| `{_md(letter.source_path)}` | {_md(letter.title or '')} | {letter.listed_count}"
            f" | {_fmt(letter.declared_total)} | {_fmt(letter.anonymous_count)} |"
        )
    warned = [(letter, w) for letter in data.letters for w in letter.warnings]
    lines += ["", "### Warnings", ""]
    if not warned:
        lines.append("None.")
    for letter, warning in warned:
        where = (
            f" (positions {', '.join(map(str, warning.positions))})" if warning.positions else ""
        )
        lines.append(f"- `{_md(letter.source_path)}` {warning.code}: {_md(warning.message)}{where}")
    return [*lines, ""]


def _fmt(value: int | None) -> str:
    return "—" if value is None else str(value)


def _link_summary(data: ReportData) -> list[str]:
    counts: Counter[tuple[str, str]] = Counter()
    for links in data.links.values():
        counts.update((str(link.role), str(link.decision)) for link in links)
    lines = ["## Link summary", "", "| role | LINKED | REVIEW | NIL |", "|---|---|---|---|"]
    for role in sorted({role for role, _ in counts}):
        cells = " | ".join(str(counts[(role, str(d))]) for d in Decision)
        lines.append(f"| {role} | {cells} |")
    return [*lines, ""]


def _unresolved(data: ReportData) -> list[str]:
    lines = ["## Unresolved names", ""]
    rows = [
        (path, link)
        for path, links in sorted(data.links.items())
        for link in links
        if link.decision != Decision.LINKED
    ]
    if not rows:
        return [*lines, "None.", ""]
    lines += [
        "| letter | position | name | decision | best candidate | score |",
        "|---|---|---|---|---|---|",
    ]
    for path, link in rows:
        best = link.candidates[0] if link.candidates else None
        candidate = f"{best.qid} {_md(best.label)}" if best else "—"
        lines.append(
            f"| `{_md(path)}` | {_fmt(link.position)} | {_md(link.name)} | {link.decision} |"
            f" {candidate} | {link.score:.2f} |"
        )
    return [*lines, ""]


def render_report(data: ReportData) -> str:
    """The Markdown text of ``report.md``."""
    lines = ["# coalition-kg build report", ""]
    lines += _inputs(data) + _letters(data) + _link_summary(data) + _unresolved(data)
    summary = (data.coalition_md or "").strip()
    if not summary.startswith("## "):
        lines += ["## Coalition summary", ""]
    lines += [summary or "Not available.", "", "## Outputs", ""]
    lines += [f"- `{_md(name)}`" for name in data.outputs] or ["None."]
    if data.notes:
        lines += ["", "## Notes", ""] + [f"- {_md(note)}" for note in data.notes]
    return "\n".join(lines) + "\n"
