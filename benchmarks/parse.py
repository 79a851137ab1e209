"""Parse throughput: letters per second on the seed letter, NLP model loaded once."""

from __future__ import annotations

import time
from pathlib import Path

SEED = (
    Path(__file__).resolve().parent.parent
    / "examples/letters/global-call-un-mechanism-china-2020.txt"
)


def run(results_dir: Path, *, seconds: float = 5.0) -> dict:
    """Parse the seed letter repeatedly for about ``seconds`` and report letters per second."""
    from kg.ingest.letter import parse_letter
    from kg.nlp.loading import load_nlp

    started = time.perf_counter()
    nlp = load_nlp()
    load_seconds = time.perf_counter() - started
    parse_letter(SEED, nlp=nlp)  # warm caches (theme matcher, gazetteers)
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        parse_letter(SEED, nlp=nlp)
        count += 1
    elapsed = time.perf_counter() - started
    return {
        "letter": SEED.name,
        "nlp_model": nlp.name,
        "model_load_seconds": round(load_seconds, 3),
        "letters": count,
        "seconds": round(elapsed, 3),
        "letters_per_second": round(count / elapsed, 1),
        "target_letters_per_second": 50,
    }
