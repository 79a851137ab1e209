"""Request economy of a real linking run, measured against the local fake Wikidata.

Workload: the seed letter, parsed (:func:`kg.ingest.letter.parse_letter`), its signatories and
recipients linked by the actual :class:`~linkers.linker.Linker` over the Wikidata API client
(:class:`~linkers.wikidata.api.WikidataAPI`, no snapshot in front), against the fake server
holding the 66 real responses and the bundled snapshot's entities. Two access patterns:

* ``linker``: :meth:`Linker.link_letter` as it is (phased: all searches, one batched entity
  fetch, the class hierarchy per level, then the decisions);
* ``per_mention``: :meth:`Linker.link_mention` for each mention in turn, which is what
  ``link_letter`` did before it was phased (the "before" figures).

Each runs on a cold HTTP cache, then again with a fresh client and linker on the warm cache.

Targets (issue 3): cold, at most one ``wbsearchentities`` per distinct (query, language) and one
full-text search per distinct query; the hits' records in ``ceil(ids / 50)`` ``wbgetentities``
calls (plus the class-hierarchy and country look-ups, each batched by 50, no id asked twice);
warm, zero requests.
"""

from __future__ import annotations

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
SEED = REPO / "examples" / "letters" / "global-call-un-mechanism-china-2020.txt"


def _fake_module() -> ModuleType:
    path = REPO / "tests" / "support" / "fake_wikidata.py"
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


def _link(api: Any, letter: Any, pattern: str) -> int:
    """Link the letter's mentions; the number of mentions decided."""
    from linkers.linker import Linker, letter_id
    from linkers.mention import from_recipient, from_role, from_signatory

    linker = Linker(api)
    if pattern == "linker":
        return len(linker.link_letter(letter))
    rarity = linker.rarity_for([letter])
    mentions = [from_recipient(r, date=letter.date) for r in letter.recipients]
    mentions += [o for r in letter.recipients if (o := from_role(r, date=letter.date))]
    mentions += [from_signatory(s, date=letter.date) for s in letter.signatories]
    for mention in mentions:
        linker.link_mention(mention, letter=letter_id(letter), rarity=rarity)
    return len(letter.recipients) + len(letter.signatories)  # offices go with their recipient


def _phase(fake_wikidata: ModuleType, fake: Any, cache: Path, letter: Any, pattern: str) -> dict:
    from linkers.wikidata.api import WikidataAPI

    fake.reset()
    api = WikidataAPI(fake.url, cache_dir=cache, sleep=lambda s: None)
    asked = fake_wikidata.log_search_calls(api)
    calls = fake_wikidata.log_entity_calls(api, fake)
    started = time.perf_counter()
    try:
        mentions = _link(api, letter, pattern)
    finally:
        api.close()
    seconds = time.perf_counter() - started
    counts = fake_wikidata.request_economy(fake.requests)
    queries = {q for q, _ in asked}
    pairs = [
        (r.params["search"], r.params["language"]) for r in fake.requests if "search" in r.params
    ]
    first = calls[0] if calls else {"ids": 0, "fetched": 0, "requests": 0}
    later = calls[1:]
    return {
        "seconds": round(seconds, 3),
        "mentions": mentions,
        "search_pairs_asked": len(asked),
        "distinct_query_language_pairs": len(set(asked)),
        "distinct_queries": len(queries),
        **counts,
        "max_searches_per_pair": max((pairs.count(p) for p in set(pairs)), default=0),
        "ids_requested_twice": counts["ids_requested"] - counts["distinct_ids"],
        "entities_calls": len(calls),
        "hit_ids": first["fetched"],
        "hit_fetch_requests": first["requests"],
        "hit_ids_per_50": math.ceil(first["fetched"] / 50),
        "class_and_country_calls": len(later),
        "class_and_country_requests": sum(c["requests"] for c in later),
        "class_and_country_ids": sum(c["fetched"] for c in later),
        "class_and_country_batches_per_50": sum(math.ceil(c["fetched"] / 50) for c in later),
    }


def _measure(fake_wikidata: ModuleType, fake: Any, cache: Path, letter: Any, pattern: str) -> dict:
    cold = _phase(fake_wikidata, fake, cache, letter, pattern)
    warm = _phase(fake_wikidata, fake, cache, letter, pattern)
    batched = (
        cold["wbgetentities"] == cold["hit_ids_per_50"] + cold["class_and_country_batches_per_50"]
    )
    return {
        "cold": cold,
        "warm": warm,
        "meets_target": (
            cold["max_searches_per_pair"] <= 1
            and cold["wbsearchentities"] <= cold["distinct_query_language_pairs"]
            and cold["fulltext_searches"] <= cold["distinct_queries"]
            and cold["max_ids_per_call"] <= 50
            and cold["ids_requested_twice"] == 0
            and cold["hit_fetch_requests"] == cold["hit_ids_per_50"]
            and batched
            and warm["requests"] == 0
        ),
    }


def run(results_dir: Path) -> dict[str, Any]:
    """Measure both access patterns; returns the figures (written by the runner)."""
    from kg.ingest.letter import parse_letter
    from linkers.linker import Linker
    from linkers.memory import MemoryKB

    fake_wikidata = _fake_module()
    letter = parse_letter(SEED)
    Linker(MemoryKB([])).link_letter(letter)  # load the gazetteer and the prior before timing
    figures: dict[str, Any] = {
        "letter": SEED.name,
        "signatories": len(letter.signatories),
        "recipients": len(letter.recipients),
    }
    entities = fake_wikidata.load_fixture_entities(_bundled())
    with fake_wikidata.FakeWikidata(entities) as fake, tempfile.TemporaryDirectory() as tmp:
        for pattern in ("linker", "per_mention"):
            figures[pattern] = _measure(fake_wikidata, fake, Path(tmp) / pattern, letter, pattern)
    return figures
