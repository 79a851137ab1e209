"""Request economy of the Wikidata API client, measured against the local fake Wikidata.

Workload: every name of the seed gold file and every label of the bundled snapshot (each a
second time, as a run with repeated names does), against the 66 real responses and the bundled
entities, searched in English and French, then the entities of every hit plus 120 fixture
ids. Two access patterns: ``batched`` (all searches, then one ``entities`` call) and
``per_mention`` (search then ``entities`` for each name, as a naive linker does). Each runs on
a cold HTTP cache, then again with a fresh client on the warm cache.

Targets: cold, at most one ``wbsearchentities`` per distinct (query, language), one full-text
search per distinct query, and ``ceil(ids / 50)`` ``wbgetentities`` calls when batched; warm,
zero requests.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import math
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

__all__ = ["run"]

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "fr")


def _fake_module() -> ModuleType:
    path = REPO / "tests" / "linkers" / "fake_wikidata.py"
    spec = importlib.util.spec_from_file_location("fake_wikidata", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _bundled() -> list[dict[str, Any]]:
    from linkers.snapshot import bundled_snapshot_path

    lines = bundled_snapshot_path().read_text(encoding="utf-8").splitlines()
    return [r for r in map(json.loads, lines) if "id" in r]


def _names(bundled: list[dict[str, Any]]) -> list[str]:
    gold = REPO / "tests" / "data" / "gold" / "seed-signatories.tsv"
    with gold.open(encoding="utf-8", newline="") as handle:
        names = [row["name"] for row in csv.DictReader(handle, delimiter="\t") if row["name"]]
    names += [r["labels"]["en"]["value"] for r in bundled if "en" in r["labels"]]
    return names + names  # every name twice


def _workload(api: Any, names: list[str], fixture_ids: list[str], pattern: str) -> set[str]:
    ids: set[str] = set(fixture_ids)
    if pattern == "batched":
        for name in names:
            ids.update(h.qid for h in api.search(name, languages=LANGUAGES, limit=10))
        api.entities(sorted(ids))
    else:
        for name in names:
            hits = [h.qid for h in api.search(name, languages=LANGUAGES, limit=10)]
            ids.update(hits)
            api.entities(hits)
        api.entities(fixture_ids)
    return ids


def _measure(fake: Any, url: str, cache: Path, pattern: str, names: list[str]) -> dict[str, Any]:
    from linkers.textkey import clean_query
    from linkers.wikidata.api import WikidataAPI

    fixture_ids = sorted(fake.state.entities)[:120]
    figures: dict[str, Any] = {}
    for phase in ("cold", "warm"):
        fake.reset()
        api = WikidataAPI(url, cache_dir=cache, sleep=lambda s: None)
        started = time.perf_counter()
        ids = _workload(api, names, fixture_ids, pattern)
        seconds = time.perf_counter() - started
        api.close()
        searches = [r for r in fake.requests if r.params.get("action") == "wbsearchentities"]
        pairs = [(r.params["search"], r.params["language"]) for r in searches]
        fulltext = [r.params["srsearch"] for r in fake.requests if r.params.get("list")]
        gets = [r.params["ids"].split("|") for r in fake.requests if "ids" in r.params]
        queries = {q for q in (clean_query(n) for n in names) if q}
        figures[phase] = {
            "seconds": round(seconds, 3),
            "requests": len(fake.requests),
            "wbsearchentities": len(searches),
            "distinct_query_language_pairs": len(queries) * len(LANGUAGES),
            "max_searches_per_pair": max((pairs.count(p) for p in set(pairs)), default=0),
            "fulltext_searches": len(fulltext),
            "distinct_queries": len(queries),
            "wbgetentities": len(gets),
            "distinct_ids": len(ids),
            "ids_per_50": math.ceil(len(ids) / 50),
            "max_ids_per_call": max((len(g) for g in gets), default=0),
        }
    cold, warm = figures["cold"], figures["warm"]
    figures["batch_target_applies"] = pattern == "batched"
    figures["meets_target"] = (
        cold["max_searches_per_pair"] <= 1
        and cold["fulltext_searches"] <= cold["distinct_queries"]
        and cold["max_ids_per_call"] <= 50
        and (pattern != "batched" or cold["wbgetentities"] <= cold["ids_per_50"])
        and warm["requests"] == 0
    )
    return figures


def run(results_dir: Path) -> dict[str, Any]:
    """Measure both access patterns; returns the figures (written by the runner)."""
    fake_wikidata = _fake_module()
    bundled = _bundled()
    names = _names(bundled)
    figures: dict[str, Any] = {"names": len(names), "languages": list(LANGUAGES)}
    entities = fake_wikidata.load_fixture_entities(bundled)
    with fake_wikidata.FakeWikidata(entities) as fake, tempfile.TemporaryDirectory() as tmp:
        for pattern in ("batched", "per_mention"):
            figures[pattern] = _measure(fake, fake.url, Path(tmp) / pattern, pattern, names)
    return figures
