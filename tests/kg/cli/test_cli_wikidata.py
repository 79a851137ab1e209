"""``kg wikidata snapshot | info | search`` end to end (the API behind the fake Wikidata)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fake_wikidata import FakeWikidata, closed_port_url

from kg.cli.main import main
from linkers.snapshot import SnapshotKB


@pytest.fixture()
def fake() -> FakeWikidata:
    with FakeWikidata() as server:  # the 66 real responses
        yield server


def test_snapshot_from_names(fake: FakeWikidata, tmp_path: Path, capsys) -> None:
    out = tmp_path / "snap.jsonl"
    args = ["wikidata", "snapshot", "Vladimir Putin", "Nobody Known Here", "--out", str(out)]
    code = main([*args, "--api-url", fake.url, "--cache-dir", str(tmp_path / "c")])
    assert code == 0
    kb = SnapshotKB.from_file(out)
    assert "Q7747" in kb and "Q5" in kb  # the person and its class
    assert kb.is_instance_of("Q7747", "Q215627")  # P279 parents were fetched too
    header = json.loads(out.read_text().splitlines()[0])["snapshot"]
    assert header["source"].startswith("wikidata-api http://127.0.0.1")
    assert header["retrieved"]
    captured = capsys.readouterr()
    assert "wrote" in captured.out and "Nobody Known Here" in captured.err
    assert all(len(r.params.get("ids", "").split("|")) <= 50 for r in fake.requests)


def test_snapshot_from_links_refreshes(fake: FakeWikidata, tmp_path: Path) -> None:
    out = tmp_path / "snap.jsonl"
    links = tmp_path / "links.tsv"
    links.write_text("position\tname\tqid\n1\tA\tQ7747\n2\tB\t\n3\tC\tQ19300851\n")
    base = ["wikidata", "snapshot", "--out", str(out), "--api-url", fake.url]
    cache = ["--cache-dir", str(tmp_path / "c"), "--class-depth", "0"]
    assert main([*base, "--from-links", str(links), *cache]) == 0
    assert {"Q7747", "Q19300851", "Q5"} <= set(SnapshotKB.from_file(out).qids())
    links.write_text("qid\nQ1833348\n")
    assert main([*base, "--from-links", str(links), *cache]) == 0
    assert {"Q7747", "Q1833348"} <= set(SnapshotKB.from_file(out).qids())  # kept + new


def test_snapshot_errors_are_one_line(tmp_path: Path, capsys) -> None:
    out = tmp_path / "snap.jsonl"
    assert main(["wikidata", "snapshot", "--out", str(out)]) == 1
    assert "give names" in capsys.readouterr().err
    empty = tmp_path / "links.tsv"
    empty.write_text("qid\nnot-a-qid\n")
    assert main(["wikidata", "snapshot", "--from-links", str(empty), "--out", str(out)]) == 1
    assert "no Wikidata ids" in capsys.readouterr().err
    args = ["wikidata", "snapshot", "Amnesty", "--out", str(out), "--api-url", closed_port_url()]
    assert main([*args, "--cache-dir", str(tmp_path / "c"), "--attempts", "1"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error:") and "connection" in err and "Traceback" not in err
    assert not out.exists()  # nothing half-written


def test_info_offline(capsys) -> None:
    assert main(["wikidata", "info", "--offline"]) == 0
    text = capsys.readouterr().out
    assert "source: snapshot:bundled" in text and "entities:" in text
    assert "user agent: coalition-kg/" in text


def test_search_bundled(capsys) -> None:
    assert main(["wikidata", "search", "Human Rights Watch", "--offline"]) == 0
    assert capsys.readouterr().out.startswith("Q187052\t")


def test_unknown_kb_spec(capsys) -> None:
    assert main(["wikidata", "info", "--kb", "nonsense:x"]) == 1
    assert "unknown knowledge base" in capsys.readouterr().err
