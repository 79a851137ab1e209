"""Reference tables cached on disk: built once, keyed by what they depend on, written atomically."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from kg.ingest import disk_cache
from kg.ingest.disk_cache import cache_key, default_cache_dir, load_or_build
from kg.ingest.gazetteer import gazetteer


class Builder:
    def __init__(self, value: object) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_built_once_then_loaded(tmp_path: Path) -> None:
    build = Builder({"names": [1, 2]})
    first = load_or_build(build, name="table", key="k1", cache_dir=tmp_path)
    second = load_or_build(build, name="table", key="k1", cache_dir=tmp_path / ".")
    assert first == second == {"names": [1, 2]}
    assert build.calls == 1
    assert [p.name for p in tmp_path.iterdir()] == ["table-k1.pickle"]  # no temporary left


def test_new_key_rebuilds_and_removes_the_old_file(tmp_path: Path) -> None:
    load_or_build(Builder("old"), name="table", key="k1", cache_dir=tmp_path)
    load_or_build(Builder("other"), name="other", key="k1", cache_dir=tmp_path)
    assert load_or_build(Builder("new"), name="table", key="k2", cache_dir=tmp_path) == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other-k1.pickle", "table-k2.pickle"]


def test_unreadable_file_is_rebuilt_and_replaced(tmp_path: Path) -> None:
    (tmp_path / "table-k1.pickle").write_bytes(b"not a pickle")
    build = Builder(["fresh"])
    assert load_or_build(build, name="table", key="k1", cache_dir=tmp_path) == ["fresh"]
    assert pickle.loads((tmp_path / "table-k1.pickle").read_bytes()) == ["fresh"]


def test_unwritable_cache_dir_still_builds(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the directory should be")
    build = Builder(42)
    assert load_or_build(build, name="table", key="k1", cache_dir=blocker / "sub") == 42
    assert load_or_build(build, name="table", key="k1", cache_dir=blocker / "sub") == 42
    assert build.calls == 2
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_key_follows_library_versions_and_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "rules.py"
    source.write_text("RULE = 1\n")
    key = cache_key(["pycountry"], [source])
    assert key == cache_key(["pycountry"], [source])
    source.write_text("RULE = 2\n")
    assert cache_key(["pycountry"], [source]) != key
    changed = cache_key(["pycountry"], [source])
    monkeypatch.setattr(disk_cache, "_version", lambda name: "999")
    assert cache_key(["pycountry"], [source]) != changed
    monkeypatch.setattr(disk_cache, "FORMAT", disk_cache.FORMAT + 1)
    assert cache_key(["pycountry"], [source]) != changed


def test_cache_dir_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    assert default_cache_dir() == tmp_path
    monkeypatch.delenv("KG_CACHE_DIR")
    assert default_cache_dir().name == "coalition-kg"


def test_gazetteer_survives_the_round_trip() -> None:
    """What is cached is what is built: the pickled gazetteer answers the same lookups."""
    gaz = gazetteer()
    copy = pickle.loads(pickle.dumps(gaz, protocol=pickle.HIGHEST_PROTOCOL))
    assert copy.names == gaz.names and copy.cjk == gaz.cjk and copy.stems == gaz.stems
    assert copy.prefixes == gaz.prefixes and copy.codes == gaz.codes
    assert copy.lookup(("japan",))[0].code == "JP"
