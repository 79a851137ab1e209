"""An append-only JSON Lines checkpoint of link decisions, so a crashed run continues.

Each line is ``{"letter": ID, "key": KEY, "result": {...}}`` (the result as
:func:`~linkers.results.result_to_dict` writes it). Lines are flushed one by one; a torn last
line (the crash) is skipped on reading. Results that record a lookup error are not reused.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from kg.errors import InputError
from kg.model import LinkResult
from linkers.results import result_from_dict, result_to_dict

__all__ = ["Checkpoint"]

log = logging.getLogger(__name__)


class Checkpoint:
    """Decisions already made, keyed by (letter id, mention key)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def load(self) -> dict[tuple[str, str], LinkResult]:
        """Every usable decision in the file (an absent file is empty)."""
        done: dict[tuple[str, str], LinkResult] = {}
        if not self.path.exists():
            return done
        try:  # a crash may tear a multi-byte character: that line is then skipped below
            with self.path.open(encoding="utf-8", errors="replace") as fh:
                lines = list(fh)
        except OSError as exc:
            raise InputError(f"cannot read checkpoint file {self.path}: {exc}") from exc
        if len(lines) > 1 and not any(line.lstrip().startswith("{") for line in lines):
            # Only the last line can be torn by a crash: this is some other file.
            raise InputError(
                f"{self.path} is not a checkpoint file (no JSON line); refusing to append to it"
            )
        for number, line in enumerate(lines, 1):
            try:
                row = json.loads(line)
                result = result_from_dict(row["result"])
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                log.warning(
                    "%s:%d: skipping unreadable checkpoint line (%s)", self.path, number, exc
                )
                continue
            if dict(result.extra).get("error"):
                continue
            done[(str(row["letter"]), str(row["key"]))] = result
        return done

    def append(self, letter: str, key: str, result: LinkResult) -> None:
        """Add one decision and flush it to disk."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(
            {"letter": letter, "key": key, "result": result_to_dict(result)}, ensure_ascii=False
        )
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(line + "\n")
            fh.flush()
