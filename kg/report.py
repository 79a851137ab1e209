"""``report.md``: what a build read, linked and wrote, and what needs a person's attention.

Sections: inputs (and failures), letters with their counts and parse warnings, the link
summary by role and decision (what each decision means, how many were made by hand), the
names to review (REVIEW, with the candidate and how to settle it in the overrides file) and
the names left without a Wikidata item (NIL, folded away), the coalition summary the network
step provides, and the outputs with a word on each.

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
    overrides: str | None = None  # the overrides file applied, if any


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
        "- Human judgements (overrides file): "
        + (f"`{_md(data.overrides)}`" if data.overrides else "none"),
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
        letter_of = f"`{_md(letter.source_path)}` " if len(data.letters) > 1 else ""
        lines.append(f"- {letter_of}**{warning.code}**: {_md(warning.message)}{where}")
    return [*lines, ""]


def _fmt(value: int | None) -> str:
    return "—" if value is None else str(value)


_MEANING = (
    "LINKED: tied to a Wikidata item (`skos:exactMatch` in the graph). "
    "REVIEW: a likely item that a person should confirm (listed below). "
    "NIL: no item judged to be this organisation or person; it stays in the graph, "
    "unlinked. *By hand*: decisions taken from the overrides file."
)


def _link_summary(data: ReportData) -> list[str]:
    counts: Counter[tuple[str, str]] = Counter()
    manual: Counter[str] = Counter()
    for links in data.links.values():
        counts.update((str(link.role), str(link.decision)) for link in links)
        manual.update(str(link.role) for link in links if link.method == "manual")
    lines = [
        "## Link summary",
        "",
        _MEANING,
        "",
        "| role | LINKED | REVIEW | NIL | by hand |",
        "|---|---|---|---|---|",
    ]
    for role in sorted({role for role, _ in counts}):
        cells = " | ".join(str(counts[(role, str(d))]) for d in Decision)
        lines.append(f"| {role} | {cells} | {manual[role]} |")
    offices = [
        (link.name, dict(link.extra))
        for links in data.links.values()
        for link in links
        if dict(link.extra).get("office_name")
    ]
    if offices:
        lines += ["", "Recipients' offices:", ""]
        for name, extra in offices:
            qid = extra.get("office_qid") or "no item"
            lines.append(
                f"- {_md(name)}: {_md(extra['office_name'])} → {extra.get('office_decision')} {qid}"
            )
    return [*lines, ""]


def _where(path: str, link: LinkResult, many: bool) -> str:
    position = f"#{link.position}" if link.position is not None else str(link.role)
    return f"`{_md(path)}` {position}" if many else position


def _unresolved(data: ReportData) -> list[str]:
    lines = ["## Unresolved names", ""]
    rows = [
        (path, link)
        for path, links in sorted(data.links.items())
        for link in links
        if link.decision != Decision.LINKED
    ]
    if not rows:
        return [*lines, "None: every name is linked.", ""]
    many = len(data.links) > 1
    review = [(p, x) for p, x in rows if x.decision == Decision.REVIEW]
    nil = [(p, x) for p, x in rows if x.decision == Decision.NIL]
    lines += [f"### To review ({len(review)})", ""]
    if review:
        lines += [
            "A likely Wikidata item was found but not confirmed. To settle one, add a line to",
            "the overrides file (`overrides.tsv` in the output directory, or `--overrides`)",
            "and rebuild: `name:<name><TAB>match<TAB><QID><TAB><you><TAB><date>` (or",
            "`no-match` with an empty target).",
            "",
            "| where | name | candidate | score | why |",
            "|---|---|---|---|---|",
        ]
        for path, link in review:
            best = link.candidates[0] if link.candidates else None
            candidate = f"{best.qid} {_md(best.label)}" if best else "—"
            lines.append(
                f"| {_where(path, link, many)} | {_md(link.name)} | {candidate} |"
                f" {link.score:.2f} | {_md(link.explanation)} |"
            )
    else:
        lines.append("None.")
    lines += ["", f"### Without a Wikidata item ({len(nil)})", ""]
    if not nil:
        return [*lines, "None.", ""]
    lines += [
        "No item was judged to be these organisations or people (most small groups have none).",
        "Each decision and its reason is in `links.tsv`.",
        "",
        f"<details><summary>{len(nil)} names</summary>",
        "",
        "| where | name | closest item considered |",
        "|---|---|---|",
    ]
    for path, link in nil:
        best = link.candidates[0] if link.candidates and link.score > 0 else None
        candidate = f"{best.qid} {_md(best.label)} ({link.score:.2f})" if best else "—"
        lines.append(f"| {_where(path, link, many)} | {_md(link.name)} | {candidate} |")
    return [*lines, "", "</details>", ""]


_OUTPUTS = {
    "graph.ttl": "the whole graph in Turtle",
    "graph.trig": "the graph with one named graph per letter (TriG)",
    "graph.nq": "the named graphs as N-Quads",
    "graph.jsonld": "the named graphs as JSON-LD",
    "links.tsv": "every link decision with its score, method and reason",
    "store": "the SPARQL store (`kg query`, `kg serve`)",
    "network.html": "the interactive coalition network",
    "network.gexf": "the network for Gephi",
    "network.png": "a picture of the network",
    "coalition-summary.json": "the coalition summary as data",
    "report.md": "this report",
}


def render_report(data: ReportData) -> str:
    """The Markdown text of ``report.md``."""
    lines = ["# coalition-kg build report", ""]
    lines += _inputs(data) + _letters(data) + _link_summary(data) + _unresolved(data)
    summary = (data.coalition_md or "").strip()
    if not summary.startswith("## "):
        lines += ["## Coalition summary", ""]
    lines += [summary or "Not available.", "", "## Outputs", ""]
    order = {name: i for i, name in enumerate(_OUTPUTS)}
    names = sorted(data.outputs, key=lambda name: (order.get(name, len(order)), name))
    lines += [
        f"- `{_md(name)}`" + (f": {_OUTPUTS[name]}" if name in _OUTPUTS else "") for name in names
    ] or ["None."]
    if data.notes:
        lines += ["", "## Notes", ""] + [f"- {_md(note)}" for note in data.notes]
    return "\n".join(lines) + "\n"
