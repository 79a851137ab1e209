"""Parse throughput: letters per second on the seed letter, NLP model loaded once.

Figures: the whole parse; the same with every per-text cache emptied before each parse (as for
a letter whose names were never seen, a lower bound); the parse with a trivial entry parser in
place of :func:`kg.ingest.entry.parse_entry`; the in-letter duplicate search alone; and from
these the letter-level steps alone (reading, detection, header, paragraphs, counts, body
analysis), so a slowdown can be placed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

SEED = (
    Path(__file__).resolve().parent.parent
    / "examples/letters/global-call-un-mechanism-china-2020.txt"
)


def _rate(parse: Callable[[], object], seconds: float) -> tuple[int, float]:
    parse()  # warm caches (theme matcher, gazetteers)
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        parse()
        count += 1
    return count, time.perf_counter() - started


def _clear_text_caches() -> None:
    """Empty the bounded per-text caches of the entry rules (names, words, initials)."""
    from kg.ingest import acronyms, country_hints, duplicates, scripts, theme_hints

    for cached in (
        theme_hints.theme_spans,
        country_hints.place_matches,
        duplicates.concept_key,
        duplicates._without_place,
        acronyms.initials,
        acronyms._letters,
        scripts.word_script,
    ):
        cached.cache_clear()


def run(results_dir: Path, *, seconds: float = 5.0) -> dict:
    """Parse the seed letter repeatedly for about ``seconds`` and report letters per second."""
    from kg.ingest.letter import parse_letter
    from kg.model import Signatory
    from kg.nlp.loading import load_nlp

    started = time.perf_counter()
    nlp = load_nlp()
    load_seconds = time.perf_counter() - started

    def bare_entry(position: int, raw: str, *, section: str | None = None) -> Signatory:
        return Signatory(position, raw, raw, section=section)

    count, elapsed = _rate(lambda: parse_letter(SEED, nlp=nlp), seconds)

    def cold_parse() -> object:
        _clear_text_caches()
        return parse_letter(SEED, nlp=nlp)

    cold_count, cold_elapsed = _rate(cold_parse, seconds / 2)
    bare_count, bare_elapsed = _rate(
        lambda: parse_letter(SEED, nlp=nlp, entry_parser=bare_entry), seconds
    )
    from kg.ingest.duplicates import find_possible_duplicates

    listed = parse_letter(SEED, nlp=nlp, entry_parser=bare_entry).signatories
    dup_count, dup_elapsed = _rate(lambda: find_possible_duplicates(listed), seconds / 2)
    letter_steps = bare_elapsed / bare_count - dup_elapsed / dup_count
    return {
        "letter": SEED.name,
        "nlp_model": nlp.name,
        "model_load_seconds": round(load_seconds, 3),
        "letters": count,
        "seconds": round(elapsed, 3),
        "letters_per_second": round(count / elapsed, 1),
        "cold_caches_letters_per_second": round(cold_count / cold_elapsed, 1),
        "without_entry_parsing_letters_per_second": round(bare_count / bare_elapsed, 1),
        "duplicate_search_ms": round(1000 * dup_elapsed / dup_count, 2),
        "letter_steps_ms": round(1000 * letter_steps, 2),
        "letter_steps_letters_per_second": round(1 / letter_steps, 1),
        "target_letters_per_second": 50,
    }
