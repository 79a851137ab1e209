"""The action-API client against the local fake Wikidata: requests sent, caching, faults."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import requests
from fake_wikidata import FakeWikidata, closed_port_url

from kg.errors import LinkingAbort, LinkingError
from linkers.textkey import MAX_QUERY_CHARS
from linkers.wikidata.api import WikidataAPI
from linkers.wikidata.http import RetryPolicy, user_agent


class Sleeps(list):
    """Injected sleep: records the delays instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def client(url: str, tmp_path: Path, sleeps: Sleeps | None = None, **kw: object) -> WikidataAPI:
    policy = kw.pop("policy", RetryPolicy(attempts=3, backoff=0.5, read_timeout=5))
    return WikidataAPI(
        url,
        cache_dir=tmp_path / "cache",
        sleep=sleeps if sleeps is not None else Sleeps(),
        policy=policy,
        **kw,
    )


def test_entity_search_sends_what_wikimedia_asks(fake: FakeWikidata, tmp_path: Path) -> None:
    api = client(fake.url, tmp_path, fulltext=False)
    hits = api.search("Vladimir Putin", languages=["en", "ru"])
    assert hits[0].qid == "Q7747" and hits[0].match_type == "label"
    sent = [r for r in fake.requests if r.params["action"] == "wbsearchentities"]
    assert sorted(r.params["language"] for r in sent) == ["en", "ru"]
    for r in sent:
        assert r.params["strictlanguage"] == "1" and r.params["type"] == "item"
        assert r.params["uselang"] == r.params["language"]
        assert r.params["maxlag"] == "5" and r.params["format"] == "json"
        assert r.params["formatversion"] == "2"
        agent = r.headers["User-Agent"]
        assert agent.startswith("coalition-kg/") and "python-requests/" in agent
        assert "(https://" in agent  # project URL and contact per the User-Agent policy
    api.close()


def test_user_agent_names_contact() -> None:
    assert "ops@example.org" in user_agent("ops@example.org")


def test_fulltext_search_finds_what_entity_search_misses(
    fake: FakeWikidata, tmp_path: Path
) -> None:
    api = client(fake.url, tmp_path)
    hits = api.search("Putin Vladimir", languages=["en"])  # word order differs from labels
    assert "Q7747" in [h.qid for h in hits]
    assert {h.match_type for h in hits} == {"fulltext"}
    (full,) = [r for r in fake.requests if r.params.get("list") == "search"]
    assert full.params["srnamespace"] == "0" and full.params["maxlag"] == "5"
    api.close()


def test_entities_in_batches_of_50(fake: FakeWikidata, fixture_entities: dict, tmp_path: Path):
    qids = [*sorted(fixture_entities)[:120], "Q999999999", "P31", "bogus"]
    api = client(fake.url, tmp_path)
    got = api.entities(qids)
    assert set(got) == set(sorted(fixture_entities)[:120])  # unknown and malformed omitted
    batches = [r.params["ids"].split("|") for r in fake.requests]
    assert [len(b) for b in batches] == [50, 50, 21]
    assert all(r.params["maxlag"] == "5" for r in fake.requests)
    assert "bogus" not in {i for b in batches for i in b}
    assert api.entities(qids[:10]) == {q: got[q] for q in qids[:10]}
    assert len(fake.requests) == 3  # remembered for the run
    api.close()


def test_warm_cache_sends_nothing(fake: FakeWikidata, tmp_path: Path) -> None:
    first = client(fake.url, tmp_path)
    first.search("Amnesty International", languages=["en", "fr"])
    first.entities(["Q42970", "Q5"])
    first.close()
    cold = len(fake.requests)
    again = client(fake.url, tmp_path)
    again.search("Amnesty International", languages=["en", "fr"])
    assert set(again.entities(["Q42970", "Q5"])) == {"Q42970", "Q5"}
    assert len(fake.requests) == cold == 4 and again.requests_sent == 0
    again.close()


def test_long_and_control_character_queries(fake: FakeWikidata, tmp_path: Path) -> None:
    api = client(fake.url, tmp_path, fulltext=False)
    assert api.search("", languages=["en"]) == []
    assert api.search(" \x00\x07 ", languages=["en"]) == []
    assert not fake.requests  # nothing sent for empty queries
    api.search("Amnesty\x00 International\n" + "x" * 10_000, languages=["en"])
    (sent,) = fake.requests
    assert len(sent.params["search"]) <= MAX_QUERY_CHARS
    assert "\x00" not in sent.params["search"] and "\n" not in sent.params["search"]
    api.close()


def test_close_twice_is_harmless(fake: FakeWikidata, tmp_path: Path) -> None:
    api = client(fake.url, tmp_path)
    api.close()
    api.close()
    with pytest.raises(RuntimeError, match="closed"):
        api.entities(["Q1", "Q2"])


# -- faults ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "options"),
    [
        ("429", {"retry_after": "7"}),
        ("maxlag", {"retry_after": "5"}),
        ("truncated", {}),
        ("html", {}),
        ("drop", {}),
    ],
)
def test_transient_fault_is_retried(fake: FakeWikidata, tmp_path: Path, kind: str, options: dict):
    sleeps = Sleeps()
    api = client(fake.url, tmp_path, sleeps)
    fake.inject(kind, **options)
    assert "Q42970" in api.entities(["Q42970"])
    assert len(fake.requests) == 2 and len(sleeps) == 1
    if options.get("retry_after"):
        assert sleeps[0] >= float(options["retry_after"])  # Retry-After honoured
    api.close()
    if kind == "truncated":  # the broken answer was not cached
        again = client(fake.url, tmp_path)
        assert "Q42970" in again.entities(["Q42970"]) and again.requests_sent == 0
        again.close()


def test_backoff_grows_exponentially(fake: FakeWikidata, tmp_path: Path) -> None:
    sleeps = Sleeps()
    api = client(fake.url, tmp_path, sleeps, policy=RetryPolicy(attempts=4, backoff=1.0))
    fake.inject("html", times=3, retry_after=None)
    assert api.entities(["Q5"])
    assert sleeps == [1.0, 2.0, 4.0]
    api.close()


def test_retry_after_http_date(fake: FakeWikidata, tmp_path: Path) -> None:
    sleeps = Sleeps()
    api = client(fake.url, tmp_path, sleeps, clock=lambda: 1_700_000_000.0)
    fake.inject("429", retry_after="Tue, 14 Nov 2023 22:13:40 GMT")  # clock + 20 s
    api.entities(["Q5"])
    assert sleeps == [20.0]
    api.close()


def test_slow_answer_times_out_then_succeeds(fake: FakeWikidata, tmp_path: Path) -> None:
    policy = RetryPolicy(attempts=2, backoff=0.1, read_timeout=0.3)
    api = client(fake.url, tmp_path, policy=policy)
    fake.inject("slow", delay=1.0)
    assert "Q5" in api.entities(["Q5"])
    assert len(fake.requests) == 2
    api.close()


@pytest.mark.parametrize("kind", ["429", "maxlag", "truncated", "html", "drop"])
def test_persistent_fault_aborts_after_retries(fake: FakeWikidata, tmp_path: Path, kind: str):
    api = client(fake.url, tmp_path)
    fake.inject(kind, times=100)
    with pytest.raises(LinkingAbort, match="gave up after 3 attempts"):
        api.entities(["Q5"])
    assert len(fake.requests) == 3
    api.close()


def test_connection_refused_aborts(tmp_path: Path) -> None:
    sleeps = Sleeps()
    api = client(closed_port_url(), tmp_path, sleeps, fulltext=False)
    with pytest.raises(LinkingAbort, match="connection"):
        api.search("Amnesty", languages=["en"])
    assert len(sleeps) == 2
    api.close()


def test_api_error_is_a_per_item_error(fake: FakeWikidata, tmp_path: Path) -> None:
    api = client(fake.url.replace("/w/api.php", "/w/api.php"), tmp_path)
    with pytest.raises(LinkingError, match="badvalue"):
        api.fetcher.get({"action": "nonsense"})
    api.close()


def test_refused_access_aborts_at_once(tmp_path: Path) -> None:
    class Forbidden(requests.Session):
        def get(self, *a: object, **k: object) -> requests.Response:
            response = requests.Response()
            response.status_code = 403
            return response

    api = WikidataAPI("http://127.0.0.1:9/w/api.php", session=Forbidden(), sleep=Sleeps())
    with pytest.raises(LinkingAbort, match="HTTP 403"):
        api.entities(["Q5"])
    api.close()


def test_max_workers_is_bounded(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="max_workers"):
        WikidataAPI("http://127.0.0.1:9/", session=requests.Session(), max_workers=16)


def test_no_warning_noise_on_success(fake, tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.WARNING)
    api = client(fake.url, tmp_path)
    api.search("Amnesty International", languages=["en"])
    assert not caplog.records
    api.close()
