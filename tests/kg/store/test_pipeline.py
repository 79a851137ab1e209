"""`kg build` pipeline: incremental, resumable, atomic, and one bad file does not stop the rest."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.pipeline import build
from linkers.snapshot import SnapshotKB

LETTER_A = """Joint letter on press freedom in Hong Kong

An open letter to: UN High Commissioner for Human Rights Volker Türk

We, the undersigned organizations, urge you to act on Hong Kong and Tibet.

Sincerely,

1. Amnesty International
2. Hong Kong Watch
3. Human Rights Watch
"""

LETTER_B = """Joint letter on Tibet

An open letter to: UN Secretary-General Antonio Guterres

We, the undersigned organizations, call for action on Tibet.

Sincerely,

1. International Campaign for Tibet
2. Amnesty International
"""


@pytest.fixture(scope="module")
def kb():
    return SnapshotKB.bundled()


@pytest.fixture()
def letters(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "letters"
    folder.mkdir()
    paths = {"a": folder / "a.txt", "b": folder / "b.txt", "empty": folder / "empty.txt"}
    paths["a"].write_text(LETTER_A, encoding="utf-8")
    paths["b"].write_text(LETTER_B, encoding="utf-8")
    paths["empty"].write_text("", encoding="utf-8")
    return paths


def _build(paths, out, kb, **kwargs):
    return build(paths, out, kb=kb, network=False, **kwargs)


def _letter_count(out: Path) -> int:
    from kg.queries import catalogue
    from kg.store import open_store

    with open_store(out / "store", read_only=True) as store:
        return len(store.select(catalogue()["letter-counts"].sparql))


def test_rebuild_with_one_more_letter_reuses_the_parse_and_relinks(tmp_path, letters, kb):
    out = tmp_path / "out"
    first = _build([letters["a"]], out, kb)
    assert (first.reused_letters, first.reused_links) == (0, 0)
    second = _build([letters["a"], letters["b"]], out, kb)
    # token rarity is counted over the whole corpus: one more letter changes it, so every
    # letter is relinked (a stale decision would be wrong), but no letter is parsed again
    assert (second.reused_letters, second.reused_links) == (1, 0)
    assert _letter_count(out) == 2
    assert "parsed from cache: 1" in (out / "report.md").read_text(encoding="utf-8")
    third = _build([letters["b"], letters["a"]], out, kb)
    assert (third.reused_letters, third.reused_links) == (2, 2)


def test_link_cache_key_follows_the_corpus_and_the_overrides(letters, kb):
    from kg.ingest.letter import parse_letter
    from kg.pipeline import link_key

    a, b = parse_letter(letters["a"]), parse_letter(letters["b"])
    assert link_key(kb, [a, b], "") == link_key(kb, [b, a], "")
    assert link_key(kb, [a], "") != link_key(kb, [a, b], "")
    assert link_key(kb, [a], "") != link_key(kb, [a], "f00d")


def test_rarity_is_counted_over_every_letter_of_the_build(tmp_path, letters, kb, monkeypatch):
    import linkers.linker

    seen: list[int] = []
    original = linkers.linker.Linker.rarity_for

    def spy(self, corpus):
        seen.append(len(corpus))
        return original(self, corpus)

    monkeypatch.setattr(linkers.linker.Linker, "rarity_for", spy)
    _build([letters["a"], letters["b"]], tmp_path / "out", kb)
    assert seen == [2]


def test_renamed_file_reuses_its_cached_parse(tmp_path, letters, kb):
    out = tmp_path / "out"
    _build([letters["a"]], out, kb)
    renamed = letters["a"].with_name("renamed.txt")
    shutil.copy(letters["a"], renamed)
    result = _build([renamed], out, kb)
    assert result.reused_letters == 1
    assert result.letters[0].source_path == str(renamed)


def test_bad_file_is_reported_and_the_others_still_build(tmp_path, letters, kb):
    out = tmp_path / "out"
    result = _build([letters["a"], letters["empty"], letters["b"]], out, kb)
    assert not result.ok
    (failure,) = result.failures
    assert failure.path == str(letters["empty"]) and "\n" not in failure.message
    assert len(result.letters) == 2 and _letter_count(out) == 2
    assert "empty.txt" in (out / "report.md").read_text(encoding="utf-8")


def test_nothing_buildable_is_an_input_error(tmp_path, letters, kb):
    with pytest.raises(InputError, match="nothing to build"):
        _build([letters["empty"]], tmp_path / "out", kb)


def test_interrupted_run_resumes_from_the_cache(tmp_path, letters, kb, monkeypatch):
    out = tmp_path / "out"
    import kg.pipeline

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.pipeline, "_write_outputs", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _build([letters["a"], letters["b"]], out, kb)
    monkeypatch.undo()
    resumed = _build([letters["a"], letters["b"]], out, kb)
    assert (resumed.reused_letters, resumed.reused_links) == (2, 2)
    assert resumed.ok and _letter_count(out) == 2


def test_failed_rebuild_leaves_previous_outputs_intact(tmp_path, letters, kb, monkeypatch):
    out = tmp_path / "out"
    _build([letters["a"]], out, kb)
    before = {name: (out / name).read_bytes() for name in ("graph.ttl", "links.tsv", "report.md")}
    import kg.rdf.export

    def broken(dataset, out_dir, **kwargs):
        (Path(out_dir) / "graph.ttl").write_text("half a file")
        raise RuntimeError("disk full")

    monkeypatch.setattr(kg.rdf.export, "write_exports", broken)
    with pytest.raises(RuntimeError):
        _build([letters["a"], letters["b"]], out, kb)
    after = {name: (out / name).read_bytes() for name in before}
    assert after == before
    assert not list(out.glob(".build-*")), "temporary build directory left behind"
    assert _letter_count(out) == 1


def test_base_iri_is_used_for_minted_iris(tmp_path, letters, kb):
    out = tmp_path / "out"
    _build([letters["b"]], out, kb, base="https://example.org/kg/")
    text = (out / "graph.nq").read_text(encoding="utf-8")
    assert "<https://example.org/kg/letter/" in text


def test_progress_reports_every_stage(tmp_path, letters, kb):
    seen: dict[str, tuple[int, int]] = {}
    _build(
        [letters["a"]], tmp_path / "out", kb, progress=lambda s, d, t: seen.__setitem__(s, (d, t))
    )
    assert set(seen) == {"parse", "link", "graph", "exports", "store"}
    assert all(done == total for done, total in seen.values())


def test_kg_build_cli_exits_non_zero_and_names_the_bad_file(tmp_path, letters, capsys):
    from kg.cli.main import main

    out = tmp_path / "out"
    argv = ["build", str(letters["a"]), str(letters["empty"]), "--out", str(out)]
    code = main([*argv, "--kb", "auto", "--offline", "--no-network"])
    captured = capsys.readouterr()
    assert code == 1
    assert "knowledge base snapshot:bundled (offline)" in captured.out
    lines = [x for x in captured.err.splitlines() if x.startswith("error:")]
    assert lines[0].startswith(f"error: {letters['empty']}: ")
    assert lines[-1].startswith("error: 1 of 2 input file(s) failed")
    assert (out / "graph.ttl").exists()


def test_output_directory_that_cannot_be_created_is_an_input_error(tmp_path, letters, kb):
    # Bug: `kg build --out PATH` under a file (or /proc) ended with "internal error".
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="cannot create the output directory"):
        _build([letters["empty"]], blocker / "out", kb)
