"""Build or refresh a snapshot from the live Wikidata API (``kg wikidata snapshot``).

Names are searched (entity search in each language plus full-text), the top candidates'
entities fetched, then the classes they are instances of and those classes' P279 parents up to
``class_depth`` levels, so class membership works offline. QIDs can also come from a links
file (any TSV with a ``qid`` column, e.g. ``links.tsv`` of ``kg build``). An existing output
file is refreshed: its entities are kept unless fetched again. The file is written atomically.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError
from linkers.properties import PROP
from linkers.snapshot_write import write_snapshot
from linkers.textkey import clean_query
from linkers.wikidata.api import WikidataAPI
from linkers.wikidata.parse import QID_RE

__all__ = ["SnapshotReport", "build_snapshot", "qids_from_links"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SnapshotReport:
    """What :func:`build_snapshot` did."""

    path: Path
    written: int  # entities in the file
    fetched: int  # entities fetched from the API this time
    kept: int  # entities kept from the earlier file
    not_found: tuple[str, ...]  # names with no search hit, QIDs Wikidata does not have
    requests: int  # HTTP requests sent (cache hits not counted)


def qids_from_links(path: Path) -> list[str]:
    """QIDs of a tab-separated links file: its ``qid`` column, else every cell like ``Q123``.

    Raises
    ------
    InputError
        If the file cannot be read or holds no QID.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read links file {path}: {exc}") from exc
    rows = list(csv.reader(text.splitlines(), delimiter="\t"))
    header = [c.strip().lower() for c in rows[0]] if rows else []
    if "qid" in header:
        column = header.index("qid")
        cells = [r[column].strip() for r in rows[1:] if len(r) > column]
    else:
        cells = [c.strip() for r in rows for c in r]
    qids = list(dict.fromkeys(c for c in cells if QID_RE.match(c)))
    if not qids:
        raise InputError(f"no Wikidata ids (Q123) found in {path}")
    return qids


def _existing(path: Path) -> dict[str, dict[str, Any]]:
    if not path.exists():
        return {}
    from linkers.snapshot import read_snapshot

    read_snapshot(path)  # validates, with line numbers in errors
    records = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {str(r["id"]): r for r in records if isinstance(r, dict) and "id" in r}


def _class_closure(api: WikidataAPI, records: dict[str, dict[str, Any]], depth: int) -> None:
    frontier = {q for q in records}
    for level in range(depth + 1):
        prop = PROP.INSTANCE_OF if level == 0 else PROP.SUBCLASS_OF
        entities = api.entities(frontier)
        wanted = {v for e in entities.values() for v in e.values(prop) if QID_RE.match(v)}
        frontier = wanted - set(records)
        if not frontier:
            return
        records.update(api.raw_entities(frontier))


def build_snapshot(
    out: Path,
    api: WikidataAPI,
    *,
    names: Sequence[str] = (),
    qids: Iterable[str] = (),
    languages: Sequence[str] = ("en",),
    per_name: int = 3,
    class_depth: int = 2,
    today: dt.date | None = None,
) -> SnapshotReport:
    """Search ``names``, fetch their top ``per_name`` candidates and ``qids``, write ``out``.

    Raises
    ------
    InputError
        Nothing to look up, a bad ``per_name``, or an unreadable existing ``out``.
    LinkingAbort
        Wikidata cannot be reached (nothing is written then).
    """
    if per_name < 1:
        raise InputError(f"--per-name must be at least 1, got {per_name}")
    queries = [q for q in dict.fromkeys(clean_query(n) for n in names) if q]
    wanted = list(dict.fromkeys(qids))
    if not queries and not wanted:
        raise InputError("give names to look up or --from-links FILE")
    bad = [q for q in wanted if not QID_RE.match(q)]
    if bad:
        raise InputError(f"not Wikidata item ids (Q123): {', '.join(bad[:5])}")
    missing: list[str] = []
    for query in queries:
        hits = api.search(query, languages=languages, limit=per_name)
        if not hits:
            missing.append(query)
        wanted.extend(h.qid for h in hits)
    earlier = _existing(Path(out))
    records = api.raw_entities(dict.fromkeys(wanted))
    missing.extend(q for q in dict.fromkeys(wanted) if q not in records)
    _class_closure(api, records, class_depth)
    merged = {**earlier, **records}
    day = (today or dt.datetime.now(dt.UTC).date()).isoformat()
    written = write_snapshot(
        Path(out),
        merged.values(),
        source=f"wikidata-api {api.fetcher.url}",
        retrieved=day,
        extra_header={"generator": "kg wikidata snapshot"},
    )
    kept = len(set(earlier) - set(records))
    log.info("snapshot %s: %d entities (%d fetched, %d kept)", out, written, len(records), kept)
    return SnapshotReport(Path(out), written, len(records), kept, tuple(missing), api.requests_sent)
