"""A whole linking run with Wikidata failing midway: it finishes, keeps the decisions made
before the failure, says so once, and links the rest from the bundled snapshot.

The linker asks the KB in phases (all searches, then one batched entity fetch and the class
hierarchy, then the decisions), so a fault is injected midway through each phase in turn; the
decisions "made before the failure" are those of an earlier, interrupted run, in the
checkpoint."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from fake_wikidata import FakeWikidata

from kg.model import Letter, Signatory, SignatoryKind
from linkers.chain import ChainKB
from linkers.linker import Linker
from linkers.snapshot import SnapshotKB
from linkers.wikidata.api import WikidataAPI
from linkers.wikidata.http import RetryPolicy

NAMES = [
    "Example Human Rights Centre",  # only the live API knows it (a synthetic fixture)
    "Amnesty International",
    "Human Rights Watch",
    "Reporters Without Borders",
    "PEN International",
    "Unrepresented Nations and Peoples Organization",
    "Some Unknown Local Group",
]
LETTER = Letter(
    title="Test letter",
    source_path="test.txt",
    source_format="txt",
    date=dt.date(2020, 9, 9),
    signatories=tuple(
        Signatory(position=i, raw=n, name=n, kind=SignatoryKind.ORGANIZATION)
        for i, n in enumerate(NAMES, start=1)
    ),
)
FIXED = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def run(url: str, tmp_path: Path, checkpoint: Path) -> list:
    api = WikidataAPI(
        url,
        cache_dir=tmp_path / "cache",
        sleep=lambda s: None,
        policy=RetryPolicy(attempts=2, read_timeout=0.3),
    )
    kb = ChainKB([SnapshotKB.bundled(), api])
    try:
        return Linker(kb, clock=lambda: FIXED, checkpoint=checkpoint).link_letter(LETTER)
    finally:
        kb.close()


@pytest.mark.parametrize("phase", ["wbsearchentities", "wbgetentities"])
@pytest.mark.parametrize(
    ("kind", "options"),
    [
        ("429", {"retry_after": "3"}),
        ("maxlag", {"retry_after": "5"}),
        ("slow", {"delay": 1.0}),
        ("truncated", {}),
        ("html", {}),
        ("drop", {}),
    ],
)
def test_run_survives_fault_midway(
    fake: FakeWikidata,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    kind: str,
    options: dict,
    phase: str,
) -> None:
    clean = run(fake.url, tmp_path / "clean", tmp_path / "clean.jsonl")
    first = fake.count(phase)
    assert first >= 1
    earlier = (tmp_path / "clean.jsonl").read_text().splitlines()[0]
    (tmp_path / "faulty.jsonl").write_text(earlier + "\n")  # the interrupted run's decision
    fake.reset()
    after = (first - 1) // 2  # requests of this phase let through before the fault
    fake.inject(kind, times=10_000, action=phase, after=after, **options)
    caplog.set_level(logging.WARNING)
    faulty = run(fake.url, tmp_path / "faulty", tmp_path / "faulty.jsonl")
    assert fake.count(phase) > after  # the fault was met
    assert len(faulty) == len(clean) == len(NAMES)  # the run finished
    chain_warnings = [r for r in caplog.records if r.name == "linkers.chain"]
    assert len(chain_warnings) == 1  # said once
    assert "carrying on offline with snapshot:bundled" in chain_warnings[0].getMessage()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    live = faulty[0]  # decided before the failure: kept as the live API gave it
    assert (live.decision, live.qid) == (clean[0].decision, clean[0].qid)
    assert live.qid == "Q990000001" and live.source and "wikidata-api" in live.source.name
    assert faulty[-1].source and faulty[-1].source.name == "snapshot:bundled"  # offline now
    by_name = {r.name: r for r in faulty}
    assert by_name["Amnesty International"].qid == "Q42970"  # in the bundled snapshot
    lines = (tmp_path / "faulty.jsonl").read_text().splitlines()
    assert len(lines) == len(NAMES)  # every decision checkpointed (resumable)


def test_resume_after_failure_reuses_decisions(fake: FakeWikidata, tmp_path: Path) -> None:
    checkpoint = tmp_path / "cp.jsonl"
    first = run(fake.url, tmp_path / "a", checkpoint)
    fake.reset()
    again = run(fake.url, tmp_path / "b", checkpoint)
    assert [(r.decision, r.qid) for r in again] == [(r.decision, r.qid) for r in first]
    assert not [r for r in fake.requests if r.params.get("action") == "wbsearchentities"]
