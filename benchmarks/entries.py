"""Entry reading speed and agreement with the gold on the seed letter's 281 entries.

Figures: gazetteer time (``gazetteer_build_s``: loaded from the disk cache of
:mod:`kg.ingest.disk_cache` when present, else built), the time to read all 281 entries with the
per-text caches warm and cold (CPU time, best of several rounds, so other load on the machine
matters less), the duplicate check, and per-column agreement with the gold file.
"""

from __future__ import annotations

import csv
import time
import unicodedata
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold" / "seed-signatories.tsv"
ROUNDS = 15


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _agreement(rows: list[dict[str, str]], parsed: list) -> dict[str, int]:
    counts = {"name": 0, "acronym": 0, "kind": 0, "alt_names": 0, "country": 0, "theme": 0}
    for row, s in zip(rows, parsed, strict=True):
        counts["name"] += _norm(s.name) == _norm(row["name"])
        counts["acronym"] += (
            _norm(s.acronym or "") == _norm(row["acronym"])
            if row["acronym"]
            else s.acronym in (None, s.name)
        )
        counts["kind"] += s.kind.value == row["kind"]
        gold_alts = {_norm(a) for a in row["alt_names"].split(" | ") if a}
        counts["alt_names"] += gold_alts == {_norm(a) for a in s.alt_names if a != s.repaired_from}
        counts["country"] += (s.country_hints[0] if s.country_hints else "") == row[
            "country_in_name"
        ]
        counts["theme"] += s.themes == ((row["theme_in_name"],) if row["theme_in_name"] else ())
    return counts


def run(results_dir: Path) -> dict:
    from kg.ingest.country_hints import place_matches
    from kg.ingest.duplicates import find_possible_duplicates
    from kg.ingest.entry import parse_entry
    from kg.ingest.gazetteer import gazetteer
    from kg.ingest.theme_hints import theme_spans

    with GOLD.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    items = [(int(r["n"]), r["raw"]) for r in rows]

    started = time.process_time()
    gazetteer()
    build = time.process_time() - started
    parsed = [parse_entry(p, raw) for p, raw in items]  # loads word lists once

    warm, cold, dups = [], [], []
    for _ in range(ROUNDS):
        started = time.process_time()
        parsed = [parse_entry(p, raw) for p, raw in items]
        warm.append(time.process_time() - started)
        place_matches.cache_clear()
        theme_spans.cache_clear()
        started = time.process_time()
        parsed = [parse_entry(p, raw) for p, raw in items]
        cold.append(time.process_time() - started)
        started = time.process_time()
        warnings = find_possible_duplicates(parsed)
        dups.append(time.process_time() - started)
    return {
        "entries": len(items),
        "gazetteer_build_s": round(build, 3),
        "parse_all_ms_cached": round(min(warm) * 1000, 2),
        "parse_all_ms_uncached": round(min(cold) * 1000, 2),
        "duplicates_ms": round(min(dups) * 1000, 2),
        "duplicate_pairs": sorted(sorted(w.positions) for w in warnings),
        "gold_agreement": _agreement(rows, parsed),
    }
