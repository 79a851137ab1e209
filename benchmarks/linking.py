"""Linking quality and speed.

* Quality on the labelled set ``tests/data/linking/labelled.tsv`` against its KB fixture:
  precision, recall and NIL accuracy, overall and by category, with the packaged thresholds
  (in-sample: they were chosen on this set), and out of sample by 2-fold cross-validation
  (calibration and thresholds refitted on one half, scored on the other).
* Speed: linking the seed letter offline against the bundled snapshot (wall time, after the
  first call has loaded the gazetteer and the snapshot), and the part of it spent building
  token rarity (the KB's names and the general-language prior, then the letter's names).
"""

from __future__ import annotations

import time
from pathlib import Path

from kg.model import Decision
from linkers.evaluate import by_category, read_labelled, score_results
from linkers.factory import open_kb
from linkers.linker import Linker

REPO = Path(__file__).resolve().parent.parent
LABELLED = REPO / "tests" / "data" / "linking" / "labelled.tsv"
FIXTURE = REPO / "tests" / "data" / "linking" / "kb.jsonl"
SEED = REPO / "examples" / "letters" / "global-call-un-mechanism-china-2020.txt"


def evaluate(labelled: Path = LABELLED, fixture: Path = FIXTURE) -> dict:
    """Scores of the packaged linker on the labelled set, and the wrong rows."""
    rows = read_labelled(labelled)
    linker = Linker(open_kb(f"snapshot:{fixture}"))
    results = [linker.link_mention(r.mention) for r in rows]
    overall = score_results((r.expected, res) for r, res in zip(rows, results, strict=True))
    wrong = [
        {
            "mention": r.mention.name,
            "expected": r.expected,
            "got": res.qid,
            "decision": res.decision.value,
            "category": r.category,
            "explanation": res.explanation,
        }
        for r, res in zip(rows, results, strict=True)
        if (res.qid if res.decision == Decision.LINKED else None) != r.expected
    ]
    return {
        "rows": len(rows),
        **overall.as_dict(),
        "by_category": by_category(rows, results),
        "misses": wrong,
    }


def seed_timing() -> dict:
    """Seconds to link the seed letter offline (parse excluded), warm and cold linker."""
    from kg.ingest.letter import parse_letter

    letter = parse_letter(SEED)
    kb = open_kb("auto", offline=True)
    start = time.perf_counter()
    linker = Linker(kb)  # token rarity from the KB's names and the general-language prior
    built = time.perf_counter() - start
    rarity = linker.rarity_for([letter])  # ... plus the letter's names
    with_letter = time.perf_counter() - start - built
    results = linker.link_letter(letter, rarity=rarity)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    Linker(kb).link_letter(letter)
    warm = time.perf_counter() - start
    counts = {d.value: sum(r.decision == d for r in results) for d in Decision}
    return {
        "seed_mentions": len(results),
        "seed_link_seconds_first": round(cold, 3),
        "seed_link_seconds_second": round(warm, 3),
        "rarity_build_seconds_kb_and_prior": round(built, 3),
        "rarity_add_letter_seconds": round(with_letter, 3),
        "rarity_documents": rarity.n,
        "seed_decisions": counts,
    }


def run(results_dir: Path) -> dict:
    from linkers.calibrate import cross_validate

    figures = {"labelled": evaluate(), "labelled_2fold_out_of_sample": cross_validate(folds=2)}
    try:
        figures["seed"] = seed_timing()
    except ImportError as exc:  # the letter parser is another helper's module
        figures["seed"] = {"skipped": f"letter parser unavailable: {exc}"}
    return figures


if __name__ == "__main__":
    import json

    print(json.dumps(run(REPO / "benchmarks" / "results"), indent=1, ensure_ascii=False))
