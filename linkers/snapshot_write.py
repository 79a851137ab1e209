"""Writing JSON Lines snapshots (header line, then one ``wbgetentities`` entity per line).

Output is byte-stable: entities sorted by numeric id, keys sorted, UTF-8, and written to a
temporary file first, then moved into place so a reader never sees half a snapshot.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kg.atomic import atomic_write_text

__all__ = ["dump_line", "write_snapshot"]


def dump_line(record: Mapping[str, Any]) -> str:
    """One record as a compact, key-sorted JSON line (no trailing newline)."""
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _qid_order(record: Mapping[str, Any]) -> tuple[int, str]:
    qid = str(record.get("id", ""))
    return (int(qid[1:]) if qid[1:].isdigit() else 0, qid)


def write_snapshot(
    path: Path,
    entities: Iterable[Mapping[str, Any]],
    *,
    source: str,
    retrieved: str,
    extra_header: Mapping[str, Any] | None = None,
) -> int:
    """Write ``entities`` to ``path`` atomically; returns how many entities were written.

    Parameters
    ----------
    path
        Target file; its directory must exist.
    entities
        Entity JSON objects as ``wbgetentities`` returns them (duplicates: the last wins).
    source, retrieved
        Recorded in the header line ``{"snapshot": {"source": ..., "retrieved": ...}}``.
    extra_header
        More header fields (e.g. ``generator``).
    """
    unique = {str(e["id"]): e for e in entities}
    header = {"snapshot": {"source": source, "retrieved": retrieved, **(extra_header or {})}}
    path = Path(path)
    lines = [dump_line(header)]
    lines += [dump_line(record) for record in sorted(unique.values(), key=_qid_order)]
    atomic_write_text(path, "\n".join(lines) + "\n")
    return len(unique)
