"""open_kb(spec): every spec form, offline refusals, bad specs."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_wikidata import FakeWikidata

from kg.errors import InputError
from linkers.chain import ChainKB
from linkers.factory import open_kb
from linkers.snapshot import SnapshotKB
from linkers.wikidata.api import WikidataAPI
from linkers.wikidata.sparql import SparqlKB


def test_bundled_and_auto_offline() -> None:
    for spec in ("bundled", "snapshot", "auto"):
        kb = open_kb(spec, offline=True)
        assert isinstance(kb, SnapshotKB) and kb.source.name == "snapshot:bundled"


def test_snapshot_path_is_closed_world(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text('{"snapshot": {"retrieved": "2024-01-01"}}\n{"id": "Q990"}\n')
    kb = open_kb(f"snapshot:{path}")
    assert isinstance(kb, SnapshotKB) and kb.qids() == ["Q990"]  # nothing bundled mixed in
    assert kb.source.name == f"snapshot:{path}" and kb.source.retrieved == "2024-01-01"


def test_auto_online_is_a_chain(fake: FakeWikidata, tmp_path: Path) -> None:
    kb = open_kb("auto", cache_dir=tmp_path, api_url=fake.url)
    assert isinstance(kb, ChainKB)
    assert kb.source.name.startswith("chain(snapshot:bundled+wikidata-api")
    assert "Q7747" in kb.entities(["Q7747"])
    kb.close()


def test_api_and_sparql_specs(fake: FakeWikidata, tmp_path: Path) -> None:
    api = open_kb(f"api:{fake.url}", cache_dir=tmp_path)
    assert isinstance(api, WikidataAPI) and api.source.name == f"wikidata-api:{fake.url}"
    api.close()
    sparql = open_kb("sparql:http://127.0.0.1:9/sparql")
    assert isinstance(sparql, SparqlKB)
    sparql.close()


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("api", "offline"),
        ("sparql:http://x/sparql", "offline"),
        ("nonsense", "unknown knowledge base"),
        ("auto:x", "unknown knowledge base"),
    ],
)
def test_bad_or_offline_specs(spec: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        open_kb(spec, offline=True)


def test_sparql_needs_url() -> None:
    with pytest.raises(InputError, match="endpoint URL"):
        open_kb("sparql:")


def test_missing_snapshot_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read snapshot"):
        open_kb(f"snapshot:{tmp_path / 'nope.jsonl'}")


def test_environment_points_at_api_and_cache(
    fake: FakeWikidata, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_WIKIDATA_API_URL", fake.url)
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "envcache"))
    kb = open_kb("api")
    assert kb.source.name == f"wikidata-api:{fake.url}"
    assert "Q5" in kb.entities(["Q5"])
    kb.close()
    assert (tmp_path / "envcache" / "wikidata-http.sqlite").exists()
