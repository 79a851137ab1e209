"""Human review: uncertain decisions out to a CSV a person edits, judgements back in.

``export_review`` writes one row per decision to review (REVIEW by default; NIL rows too when
asked, if a candidate of a fitting type was considered). The person fills ``judgement``
(``match``, ``no-match`` or ``unsure``), optionally ``target`` (a QID, or
``name:<other name>`` to say "same as"; empty with ``match`` means the proposed QID),
``apply_to`` (``name``: every letter, the default; ``entry``: only this entry of this letter)
and ``author``. ``import_review`` appends those judgements to the overrides file
(:mod:`linkers.overrides`), which every later run applies
first. Invalid rows are refused with the CSV line number.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from kg.errors import InputError
from kg.model import Decision, LinkResult
from linkers.overrides import HEADER, Judgement, Overrides, OverridesError, mention_keys, parse_line

__all__ = ["COLUMNS", "REQUIRED_COLUMNS", "export_review", "import_review"]

COLUMNS = (
    "letter",
    "position",
    "role",
    "name",
    "decision",
    "score",
    "proposed_qid",
    "proposed_label",
    "candidates",
    "explanation",
    "judgement",
    "target",
    "apply_to",
    "author",
    "note",
)
#: Columns a review file must have to be imported (``letter``/``position`` for entry scope).
REQUIRED_COLUMNS = ("name", "judgement")


def export_review(
    decisions: Iterable[tuple[str, LinkResult]],
    out: Path,
    *,
    include_nil: bool = False,
) -> int:
    """Write the decisions a person should look at; returns how many rows were written."""
    wanted = {Decision.REVIEW} | ({Decision.NIL} if include_nil else set())
    count = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        for letter, r in decisions:
            if r.decision not in wanted or (r.decision == Decision.NIL and not _worth_a_look(r)):
                continue
            top = r.candidates[0] if r.candidates else None
            writer.writerow(
                {
                    "letter": letter,
                    "position": "" if r.position is None else r.position,
                    "role": r.role.value,
                    "name": r.name,
                    "decision": r.decision.value,
                    "score": f"{r.score:.3f}",
                    "proposed_qid": top.qid if top else "",
                    "proposed_label": top.label if top else "",
                    "candidates": " | ".join(
                        f"{c.qid} {c.label} ({c.score:.2f})" for c in r.candidates
                    ),
                    "explanation": r.explanation,
                    "judgement": "",
                    "target": "",
                    "apply_to": "name",
                    "author": "",
                    "note": "",
                }
            )
            count += 1
    return count


def _worth_a_look(r: LinkResult) -> bool:
    """A NIL is worth reviewing when a candidate of a fitting type was considered."""
    return any(c.feature_map.get("type", 0.5) != 0.0 for c in r.candidates)


def _judgement(row: dict[str, str], where: str, author: str, today: str) -> Judgement | None:
    verdict = (row.get("judgement") or "").strip().lower()
    if not verdict:
        return None
    target = (row.get("target") or "").strip()
    if verdict == "match" and not target:
        target = (row.get("proposed_qid") or "").strip()
    scope = (row.get("apply_to") or "name").strip().lower()
    name = row.get("name") or ""
    if scope == "entry":
        position = (row.get("position") or "").strip()
        if not position.isdigit():
            raise OverridesError(f"{where}: apply_to=entry needs a position (recipients have none)")
        if not row.get("letter"):
            raise OverridesError(f"{where}: apply_to=entry needs the letter")
        key = mention_keys(name, letter=row["letter"], position=int(position))[0]
    elif scope == "name":
        key = next(iter(mention_keys(name)), "name:")  # "name:" alone is refused below
    else:
        raise OverridesError(f"{where}: apply_to must be 'name' or 'entry', got {scope!r}")
    line = "\t".join((key, verdict, target, (row.get("author") or author).strip(), today))
    return parse_line(line, where)


def _check_columns(csv_path: Path, columns: Sequence[str] | None) -> None:
    """Refuse a file that is not a review CSV, naming what is missing."""
    if not columns:
        raise InputError(f"{csv_path} is empty: not a review file (run `kg review export`)")
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise InputError(
            f"{csv_path}: not a review CSV, missing column(s) {', '.join(missing)}"
            f" (found: {', '.join(columns)[:80]})"
        )


def import_review(
    csv_path: Path,
    overrides: Path,
    *,
    author: str = "",
    clock: Callable[[], dt.date] = dt.date.today,
) -> int:
    """Append the judged rows of a review CSV to the overrides file; returns how many.

    Raises
    ------
    kg.errors.InputError
        ``csv_path`` cannot be read, is empty or lacks a :data:`REQUIRED_COLUMNS` column.
    linkers.overrides.OverridesError
        A judged row is invalid (its CSV line is named), or ``overrides`` exists but is not a
        valid overrides file (nothing is appended to it then).
    """
    try:
        text = Path(csv_path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read review file {csv_path}: {exc}") from exc
    reader = csv.DictReader(text.splitlines())
    _check_columns(csv_path, reader.fieldnames)
    today = clock().isoformat()
    found = [_judgement(row, f"{csv_path}:{n}", author, today) for n, row in enumerate(reader, 2)]
    judged = [j for j in found if j is not None]
    if not judged:
        return 0
    Overrides.read(overrides)  # never append to a file that is not a valid overrides file
    new_file = not overrides.exists() or overrides.stat().st_size == 0
    overrides.parent.mkdir(parents=True, exist_ok=True)
    with overrides.open("a", encoding="utf-8") as fh:
        if new_file:
            fh.write(HEADER + "\n")
        for j in judged:
            fh.write(j.to_line() + "\n")
    return len(judged)
