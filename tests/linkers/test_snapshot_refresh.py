"""Building snapshots from the API: links files, refresh, bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fake_wikidata import FakeWikidata

from kg.errors import InputError
from linkers.snapshot import SnapshotKB
from linkers.snapshot_refresh import build_snapshot, qids_from_links
from linkers.wikidata.api import WikidataAPI


def test_links_file_qid_column_or_any_cell(tmp_path: Path) -> None:
    links = tmp_path / "l.tsv"
    links.write_text("name\tqid\tnote\nA\tQ1\tQ99\nB\tNIL\t\nC\tQ1\t\n")
    assert qids_from_links(links) == ["Q1"]
    links.write_text("A\tQ5\nB\tQ7\tQ5\n")
    assert qids_from_links(links) == ["Q5", "Q7"]


def test_links_file_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        qids_from_links(tmp_path / "missing.tsv")
    (tmp_path / "b.tsv").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(InputError):
        qids_from_links(tmp_path / "b.tsv")


def test_build_dates_and_counts(fake: FakeWikidata, tmp_path: Path) -> None:
    api = WikidataAPI(fake.url, cache_dir=tmp_path / "c", sleep=lambda s: None)
    out = tmp_path / "s.jsonl"
    report = build_snapshot(
        out,
        api,
        names=["Vladimir Putin", ""],
        per_name=2,
        class_depth=0,
        today=dt.date(2026, 1, 2),
    )
    kb = SnapshotKB.from_file(out)
    assert kb.source.retrieved == "2026-01-02"
    assert report.written == len(kb) and report.kept == 0 and report.requests > 0
    assert {"Q7747", "Q5"} <= set(kb.qids())
    with pytest.raises(InputError, match="not Wikidata item ids"):
        build_snapshot(out, api, qids=["Q1", "X"])
    with pytest.raises(InputError, match="per-name"):
        build_snapshot(out, api, names=["x"], per_name=0)
    api.close()


def test_refresh_of_a_corrupt_file_names_the_line(fake: FakeWikidata, tmp_path: Path) -> None:
    out = tmp_path / "s.jsonl"
    out.write_text('{"snapshot": {}}\n{oops\n')
    api = WikidataAPI(fake.url, cache_dir=tmp_path / "c", sleep=lambda s: None)
    with pytest.raises(InputError, match="line 2"):
        build_snapshot(out, api, qids=["Q5"])
    api.close()
