"""The chain: local first, live second, one clear message and offline when live fails."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fake_wikidata import FakeWikidata, closed_port_url

from linkers.chain import ChainKB
from linkers.factory import open_kb
from linkers.snapshot import SnapshotKB
from linkers.wikidata.api import WikidataAPI
from linkers.wikidata.http import RetryPolicy

NAMES = ["Amnesty International", "Human Rights Watch", "Vladimir Putin", "Hong Kong", "Tibet"]


def chain(url: str, tmp_path: Path) -> tuple[ChainKB, WikidataAPI]:
    policy = RetryPolicy(attempts=2, backoff=0.01, read_timeout=0.3)
    api = WikidataAPI(url, cache_dir=tmp_path / "c", policy=policy, sleep=lambda s: None)
    return ChainKB([SnapshotKB.bundled(), api]), api


def test_local_first_then_live(fake: FakeWikidata, tmp_path: Path) -> None:
    kb, _ = chain(fake.url, tmp_path)
    got = kb.entities(["Q42970", "Q7747"])
    assert set(got) == {"Q42970", "Q7747"}
    assert kb.source_of("Q42970").name == "snapshot:bundled"
    assert kb.source_of("Q7747").name.startswith("wikidata-api")
    (sent,) = [r for r in fake.requests if r.params["action"] == "wbgetentities"]
    assert sent.params["ids"] == "Q7747"  # the snapshot answered for Q42970
    assert kb.source.name.startswith("chain(snapshot:bundled+wikidata-api")
    kb.close()


@pytest.mark.parametrize(
    ("kind", "options"),
    [
        ("429", {"retry_after": "1"}),
        ("maxlag", {}),
        ("slow", {"delay": 1.0}),
        ("truncated", {}),
        ("html", {}),
        ("drop", {}),
    ],
)
def test_fault_midway_keeps_results_and_says_so_once(
    fake: FakeWikidata, tmp_path: Path, caplog: pytest.LogCaptureFixture, kind: str, options: dict
) -> None:
    caplog.set_level(logging.WARNING)
    kb, _ = chain(fake.url, tmp_path)
    results = {NAMES[0]: [h.qid for h in kb.search(NAMES[0], languages=["en"])]}
    before = dict(results)
    fake.inject(kind, times=1000, **options)
    for name in NAMES[1:]:
        results[name] = [h.qid for h in kb.search(name, languages=["en"])]
        kb.entities([q for q in results[name]])
    assert {k: results[k] for k in before} == before  # decisions made before are kept
    assert results["Hong Kong"][:1] == ["Q8646"]  # answered offline by the snapshot
    assert results["Human Rights Watch"][:1] == ["Q187052"]
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1
    assert "carrying on offline with snapshot:bundled" in warnings[0].getMessage()
    assert kb.source.name == "snapshot:bundled" and kb.offline_reason
    sent = len(fake.requests)
    kb.search("Tibet", languages=["en"])
    assert len(fake.requests) == sent  # the dead member is not asked again
    kb.close()


def test_connection_refused_falls_back(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    kb, _ = chain(closed_port_url(), tmp_path)
    assert [h.qid for h in kb.search("Amnesty International")][:1] == ["Q42970"]
    assert set(kb.entities(["Q42970", "Q7747"])) == {"Q42970"}
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1
    kb.close()


def test_offline_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    import requests

    def refuse(*a: object, **k: object) -> None:
        raise AssertionError("network used while offline")

    monkeypatch.setattr(requests.Session, "request", refuse)
    kb = open_kb("auto", offline=True)
    assert kb.search("Hong Kong") and kb.entities(["Q8646"])
    assert kb.source.name == "snapshot:bundled"


def test_empty_chain_refused() -> None:
    with pytest.raises(ValueError, match="members"):
        ChainKB([])


def test_one_refused_lookup_does_not_take_the_chain_offline(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from kg.errors import LinkingError

    class Grumpy:
        source = SnapshotKB.bundled().source.__class__(name="grumpy")
        calls = 0

        def search(self, text, *, languages=("en",), limit=10):
            Grumpy.calls += 1
            raise LinkingError("Wikidata API error badvalue")

        def entities(self, qids):
            return {}

        def close(self) -> None:
            pass

    caplog.set_level(logging.WARNING)
    kb = ChainKB([SnapshotKB.bundled(), Grumpy()])
    assert kb.search("Hong Kong")[0].qid == "Q8646"
    assert kb.search("Tibet")[0].qid == "Q17252"
    assert Grumpy.calls == 2  # still asked: one bad answer is not an outage
    (warning,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "refused one look-up" in warning.getMessage() and kb.offline_reason is None
