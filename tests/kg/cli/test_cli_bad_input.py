"""Every ``kg`` command on the bad input a user plausibly gives: one ``error:`` line, exit != 0.

DEVELOPERS.md: "Bad input gets a clear one-line error and a non-zero exit, never a traceback,
and never loses work already done." Each case runs the real entry point (``kg.cli.main.main``,
which maps errors to messages and exit codes; Typer's ``CliRunner`` would bypass it) and a few
run the installed ``kg`` in a subprocess, to prove no traceback reaches stderr.

Unreadable input: tests run as root in CI, where ``chmod 000`` does not stop a read, so a
symbolic-link loop (ELOOP, refused to root too) stands in for it; unwritable output is a path
below an existing file, also refused to root.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset, Literal, URIRef

from kg.cli.main import main
from kg.errors import InputError
from linkers.factory import KB_SPECS
from linkers.overrides import mention_keys
from linkers.review import COLUMNS, import_review

LETTER = """Open letter on something

To: UN Secretary-General Antonio Guterres

We, the undersigned organizations, urge you to act.

Signed,

1. Amnesty International
2. ACAT Belgium
"""
# Bytes with a NUL and no "{" (so no line can pass for a JSON checkpoint line).
BINARY = bytes(range(256)).replace(b"{", b"") * 8
GRAPH = "https://example.org/graph/one"


@pytest.fixture(scope="module")
def d(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory of bad (and a few good) inputs, shared by every case (none writes to it)."""
    from kg.store import open_store

    root = tmp_path_factory.mktemp("bad-input")
    (root / "letter.txt").write_text(LETTER, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    for name in ("binary.txt", "binary.pdf", "binary.csv", "binary.rq", "binary.tsv"):
        (root / name).write_bytes(BINARY)
    (root / "letter.xyz").write_text(LETTER, encoding="utf-8")
    (root / "a-dir").mkdir()
    (root / "a-dir.html").mkdir()
    (root / "notes.ttl").write_text("just some notes\n", encoding="utf-8")
    (root / "ok.ttl").write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    (root / "wrong.csv").write_text("not,a,review\n1,2,3\n", encoding="utf-8")
    (root / "bad-qid.csv").write_text("name,judgement,target\nAcme,match,Q12x\n")
    (root / "good.csv").write_text("name,judgement,target\nAcme,match,Q42\n", encoding="utf-8")
    (root / "bad.rq").write_text("SELECT * WHERE {", encoding="utf-8")
    (root / "loop-a").symlink_to(root / "loop-b")
    (root / "loop-b").symlink_to(root / "loop-a")
    for name in ("loop.txt", "loop.csv", "loop.rq", "loop.jsonl"):
        (root / name).symlink_to(root / "loop-a")
    dataset = Dataset()
    dataset.graph(URIRef(GRAPH)).add((URIRef("urn:a"), URIRef("urn:b"), Literal("c")))
    with open_store(root / "store") as store:
        store.load_dataset(dataset)
    return root


def _ids(case: tuple[str, ...]) -> str:
    return " ".join(case[:-1])[:70]


# (argv..., text the one error line must contain). "{d}" is the directory of bad inputs.
SEED = "{d}/letter.txt"
STORE = ("--store", "{d}/store")
CASES: list[tuple[str, ...]] = [
    # kg parse
    ("parse", "{d}/missing.txt", "missing.txt"),
    ("parse", "{d}/a-dir", "a-dir"),
    ("parse", "{d}/empty.txt", "empty.txt"),
    ("parse", "{d}/binary.txt", "binary.txt"),
    ("parse", "{d}/binary.pdf", "binary.pdf"),
    ("parse", "{d}/letter.xyz", ".xyz"),
    ("parse", "{d}/loop.txt", "loop.txt"),
    # kg link
    ("link", "{d}/missing.txt", "--offline", "missing.txt"),
    ("link", "{d}/a-dir", "--offline", "a-dir"),
    ("link", "{d}/loop.txt", "--offline", "loop.txt"),
    ("link", SEED, "--kb", "bogus", "bogus"),
    ("link", SEED, "--kb", "snapshot:{d}/missing.jsonl", "missing.jsonl"),
    ("link", SEED, "--kb", "snapshot:{d}/binary.txt", "binary.txt"),
    ("link", SEED, "--kb", "snapshot:{d}/empty.txt", "empty.txt"),
    ("link", SEED, "--kb", "snapshot:{d}/loop.jsonl", "loop.jsonl"),
    ("link", SEED, "--kb", "sparql:", "sparql:URL"),
    ("link", SEED, "--kb", "sparql:query.wikidata.org", "query.wikidata.org"),
    ("link", SEED, "--kb", "api:ftp://example.org/w/api.php", "ftp://example.org"),
    ("link", SEED, "--kb", "api", "--offline", "offline"),
    ("link", SEED, "--offline", "--overrides", "{d}/binary.txt", "binary.txt"),
    ("link", SEED, "--offline", "--overrides", "{d}/a-dir", "a-dir"),
    ("link", SEED, "--offline", "--thresholds", "{d}/missing.json", "missing.json"),
    ("link", SEED, "--offline", "--thresholds", "{d}/binary.txt", "binary.txt"),
    ("link", SEED, "--offline", "--thresholds", "{d}/empty.txt", "empty.txt"),
    ("link", SEED, "--offline", "--checkpoint", "{d}/binary.txt", "binary.txt"),
    ("link", SEED, "--offline", "--checkpoint", "{d}/a-dir", "a-dir"),
    # kg build
    ("build", SEED, "--offline", "--out", "{d}/empty.txt", "empty.txt"),
    ("build", SEED, "--offline", "--out", "{d}/empty.txt/out", "empty.txt"),
    ("build", SEED, "--offline", "--out", "{d}/o", "--base", "not-an-iri", "not-an-iri"),
    ("build", SEED, "--offline", "--out", "{d}/o", "--overrides", "{d}/a-dir", "a-dir"),
    ("build", SEED, "--out", "{d}/o", "--kb", "sparql:nowhere", "nowhere"),
    # kg query / queries
    ("query", *STORE, "give exactly one"),
    ("query", *STORE, "   ", "empty"),
    ("query", *STORE, "--file", "{d}/empty.txt", "empty.txt"),
    ("query", *STORE, "--file", "{d}/binary.rq", "binary.rq"),
    ("query", *STORE, "--file", "{d}/a-dir", "a-dir"),
    ("query", *STORE, "--file", "{d}/missing.rq", "missing.rq"),
    ("query", *STORE, "--file", "{d}/loop.rq", "loop.rq"),
    ("query", *STORE, "--file", "{d}/bad.rq", "malformed SPARQL"),
    ("query", *STORE, "SELECT * WHERE {", "malformed SPARQL"),
    ("query", *STORE, "DROP ALL", "updates are refused"),
    ("query", *STORE, "--name", "no-such-query", "no-such-query"),
    ("query", *STORE, "--timeout", "-1", "ASK {}", "--timeout"),
    ("query", *STORE, "--timeout", "0", "ASK {}", "--timeout"),
    ("query", *STORE, "--timeout", "nan", "ASK {}", "--timeout"),
    ("query", *STORE, "--timeout", "inf", "ASK {}", "--timeout"),
    ("query", *STORE, "--timeout", "soon", "ASK {}", "--timeout"),
    ("query", *STORE, "--limit", "-3", "ASK {}", "--limit"),
    ("query", *STORE, "--limit", "many", "ASK {}", "--limit"),
    ("query", *STORE, "--format", "xml", "ASK {}", "xml"),
    ("query", *STORE, "--param", "letter", "ASK {}", "letter"),
    ("query", *STORE, "--param", "=x", "ASK {}", "=x"),
    ("query", *STORE, "--name", "signatories", "--param", "nope=1", "nope"),
    ("query", *STORE, "--allow-service", "not-a-url", "ASK {}", "not-a-url"),
    ("query", "--store", "{d}/missing-store", "ASK {}", "missing-store"),
    ("query", "--store", "{d}/empty.txt", "ASK {}", "empty.txt"),
    ("queries", "--show", "no-such-query", "no-such-query"),
    # kg serve
    ("serve", *STORE, "--port", "70000", "--port"),
    ("serve", *STORE, "--port", "-1", "--port"),
    ("serve", *STORE, "--port", "http", "--port"),
    ("serve", *STORE, "--port", "0", "--timeout", "-1", "--timeout"),
    ("serve", "--store", "{d}/missing-store", "--port", "0", "missing-store"),
    ("serve", *STORE, "--port", "0", "--host", "192.0.2.1", "192.0.2.1"),
    ("serve", *STORE, "--port", "0", "--host", "", "--host"),
    ("serve", *STORE, "--port", "0", "--public", "--host", "192.0.2.1", "192.0.2.1"),
    # kg push
    ("push", *STORE, "--endpoint", "not-a-url", "not-a-url"),
    ("push", *STORE, "--endpoint", "ftp://example.org/store", "ftp://example.org"),
    ("push", *STORE, "--endpoint", "", "endpoint"),
    ("push", *STORE, "--endpoint", "http://127.0.0.1:9/store", "--auth", "alice", "--auth"),
    ("push", *STORE, "--endpoint", "http://127.0.0.1:9/store", "--graph", "nope", "nope"),
    ("push", "--store", "{d}/missing-store", "--endpoint", "http://127.0.0.1:9/s", "missing"),
    # kg validate / export
    ("validate", "{d}/missing.ttl", "missing.ttl"),
    ("validate", "{d}/a-dir", "a-dir"),
    ("validate", "{d}/notes.ttl", "notes.ttl"),
    ("validate", "{d}/binary.txt", ".txt"),
    ("validate", "{d}/ok.ttl", "--show", "-1", "--show"),
    ("validate", "{d}/ok.ttl", "--show", "all", "--show"),
    ("export", "rdf", "{d}/missing.ttl", "--out", "{d}/o", "missing.ttl"),
    ("export", "rdf", "{d}/notes.ttl", "--out", "{d}/o", "notes.ttl"),
    ("export", "rdf", "{d}/ok.ttl", "--out", "{d}/empty.txt", "empty.txt"),
    ("export", "rdf", "{d}/ok.ttl", "--out", "{d}/empty.txt/sub", "empty.txt"),
    ("export", "quickstatements", "{d}/ok.ttl", "--letter-qid", "X1", "X1"),
    (
        "export",
        "quickstatements",
        "{d}/ok.ttl",
        "--letter-qid",
        "Q1",
        "--out",
        "{d}/a-dir",
        "a-dir",
    ),
    ("export", "quickstatements", "{d}/ok.ttl", "--letter-qid", "Q1", "--letter", "x", "letter"),
    # kg network
    ("network", *STORE, "--out", "{d}/net.txt", "net.txt"),
    ("network", *STORE, "--out", "{d}/a-dir", "a-dir"),
    ("network", *STORE, "--out", "{d}/a-dir.html", "a-dir.html"),
    ("network", *STORE, "--out", "{d}/empty.txt/net.html", "empty.txt"),
    ("network", *STORE, "--out", "{d}/net.html", "--kind", "nope", "nope"),
    ("network", *STORE, "--out", "{d}/net.html", "--weighting", "nope", "nope"),
    ("network", *STORE, "--out", "{d}/net.html", "--communities", "nope", "nope"),
    ("network", *STORE, "--out", "{d}/net.html", "--seed", "-1", "--seed"),
    ("network", *STORE, "--out", "{d}/net.html", "--letters", "nope", "nope"),
    ("network", "--store", "{d}/missing-store", "--out", "{d}/net.html", "missing-store"),
    # kg review
    ("review", "export", SEED, "--offline", "--out", "{d}/a-dir", "a-dir"),
    ("review", "export", SEED, "--offline", "--out", "{d}/empty.txt/r.csv", "empty.txt"),
    ("review", "export", "{d}/missing.txt", "--offline", "--out", "{d}/r.csv", "missing.txt"),
    ("review", "export", SEED, "--kb", "bogus", "--out", "{d}/r.csv", "bogus"),
    ("review", "import", "{d}/missing.csv", "--overrides", "{d}/o.tsv", "missing.csv"),
    ("review", "import", "{d}/a-dir", "--overrides", "{d}/o.tsv", "a-dir"),
    ("review", "import", "{d}/empty.txt", "--overrides", "{d}/o.tsv", "empty.txt"),
    ("review", "import", "{d}/binary.csv", "--overrides", "{d}/o.tsv", "binary.csv"),
    ("review", "import", "{d}/loop.csv", "--overrides", "{d}/o.tsv", "loop.csv"),
    ("review", "import", "{d}/wrong.csv", "--overrides", "{d}/o.tsv", "missing column"),
    ("review", "import", "{d}/notes.ttl", "--overrides", "{d}/o.tsv", "notes.ttl"),
    ("review", "import", "{d}/bad-qid.csv", "--overrides", "{d}/o.tsv", "bad-qid.csv:2"),
    ("review", "import", "{d}/good.csv", "--overrides", "{d}/a-dir", "a-dir"),
    ("review", "import", "{d}/good.csv", "--overrides", "{d}/binary.tsv", "binary.tsv"),
    # kg reconcile serve
    ("reconcile", "serve", "--port", "70000", "--port"),
    ("reconcile", "serve", "--offline", "--port", "0", "--batch-size", "0", "--batch-size"),
    ("reconcile", "serve", "--kb", "bogus", "--port", "0", "bogus"),
    ("reconcile", "serve", "--kb", "sparql:x", "--port", "0", "sparql:URL"),
    ("reconcile", "serve", "--offline", "--port", "0", "--host", " ", "--host"),
    # kg wikidata
    ("wikidata", "search", "", "--offline", "empty"),
    ("wikidata", "search", "   ", "--offline", "empty"),
    ("wikidata", "search", "x", "--kb", "bogus", "bogus"),
    ("wikidata", "search", "x", "--kb", "snapshot:{d}/binary.txt", "binary.txt"),
    ("wikidata", "search", "x", "--offline", "--limit", "0", "--limit"),
    ("wikidata", "search", "x", "--offline", "--language", "", "--language"),
    ("wikidata", "info", "--kb", "nonsense:x", "nonsense:x"),
    ("wikidata", "info", "--offline", "--cache-dir", "{d}/empty.txt/c", "empty.txt"),
    ("wikidata", "snapshot", "x", "--out", "{d}/s.jsonl", "--cache-dir", "{d}/empty.txt", "empty"),
    ("wikidata", "snapshot", "--out", "{d}/s.jsonl", "give names"),
    ("wikidata", "snapshot", "x", "--out", "{d}/a-dir", "a-dir"),
    ("wikidata", "snapshot", "x", "--out", "{d}/empty.txt/s.jsonl", "empty.txt"),
    ("wikidata", "snapshot", "x", "--out", "{d}/s.jsonl", "--api-url", "nowhere", "nowhere"),
    ("wikidata", "snapshot", "--from-links", "{d}/missing.tsv", "--out", "{d}/s.jsonl", "missing"),
    ("wikidata", "snapshot", "--from-links", "{d}/binary.tsv", "--out", "{d}/s.jsonl", "binary"),
    ("wikidata", "snapshot", "x", "--out", "{d}/s.jsonl", "--attempts", "0", "--attempts"),
    # the root
    ("no-such-command", "no-such-command"),
    ("parse", "--no-such-option", "--no-such-option"),
]


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_bad_input_is_one_error_line(case: tuple[str, ...], d: Path, capsys) -> None:
    *argv, named = case
    code = main([a.replace("{d}", str(d)) for a in argv])
    captured = capsys.readouterr()
    lines = (captured.out + captured.err).splitlines()
    assert code != 0
    assert "Traceback" not in captured.out + captured.err
    assert len(lines) == 1 and lines[0].startswith("error: "), lines
    assert named in lines[0]


def test_bad_input_never_writes_into_the_files_given(tmp_path: Path) -> None:
    # Never loses work: a wrong --checkpoint or --overrides path got lines appended to it.
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER)
    good = tmp_path / "good.csv"
    good.write_text("name,judgement,target\nAcme,match,Q42\n")
    given = tmp_path / "precious.bin"
    given.write_bytes(BINARY)
    link = ["link", str(letter), "--offline", "--checkpoint", str(given)]
    assert main(link) == 1
    assert main(["review", "import", str(good), "--overrides", str(given)]) == 1
    assert main(["review", "import", str(given), "--overrides", str(tmp_path / "o.tsv")]) == 1
    assert given.read_bytes() == BINARY
    assert not (tmp_path / "o.tsv").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["review", "import", "{d}/wrong.csv", "--overrides", "{d}/o.tsv"],
        ["query", "--store", "{d}/store", "--timeout", "-1", "ASK {}"],
        ["serve", "--port", "70000"],
        ["wikidata", "search", "", "--offline"],
    ],
    ids=lambda argv: " ".join(argv[:2]),
)
def test_installed_kg_prints_no_traceback(argv: list[str], d: Path) -> None:
    kg = Path(sys.executable).with_name("kg")
    env = {k: v for k, v in os.environ.items() if k != "KG_DEBUG"}
    run = subprocess.run(
        [str(kg), *(a.replace("{d}", str(d)) for a in argv)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert run.returncode != 0
    assert "Traceback" not in run.stderr and run.stdout == ""
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("error: ")


# -- the five defects of the last review ------------------------------------------------------


def test_review_import_of_wrong_columns_fails_naming_file_and_columns(d: Path, capsys) -> None:
    # Bug 1: `kg review import notes.csv` said "0 judgements added" and exited 0.
    target = d / "bug1.tsv"
    assert main(["review", "import", str(d / "wrong.csv"), "--overrides", str(target)]) == 1
    err = capsys.readouterr().err
    assert "wrong.csv" in err and "missing column(s) name, judgement" in err
    assert not target.exists()


def test_review_import_of_an_empty_file_fails(tmp_path: Path) -> None:
    empty = tmp_path / "review.csv"
    empty.write_text("")
    with pytest.raises(InputError, match=r"review\.csv is empty"):
        import_review(empty, tmp_path / "o.tsv")


def test_review_import_never_appends_to_a_file_that_is_not_overrides(tmp_path: Path) -> None:
    # Bug: a wrong --overrides path (a letter, a CSV) got judgement lines appended to it.
    review = tmp_path / "r.csv"
    review.write_text("name,judgement,target\nAcme,match,Q42\n")
    other = tmp_path / "letter.txt"
    other.write_text(LETTER)
    with pytest.raises(InputError, match=r"letter\.txt:1"):
        import_review(review, other)
    assert other.read_text() == LETTER


def test_review_import_with_no_judgement_says_so(d: Path, tmp_path: Path, capsys) -> None:
    review = tmp_path / "r.csv"
    review.write_text(",".join(COLUMNS) + "\n" + ",".join("" for _ in COLUMNS) + "\n")
    assert main(["review", "import", str(review), "--overrides", str(tmp_path / "o.tsv")]) == 0
    captured = capsys.readouterr()
    assert "0 judgements added" in captured.out
    assert captured.err.startswith("note: no row of") and "r.csv" in captured.err


@pytest.mark.parametrize("value", ["-1", "0", "nan", "-inf"])
def test_query_timeout_must_be_positive(value: str, d: Path, capsys) -> None:
    # Bug 2: `kg query --timeout -1` said "query timed out after -1 s"; 0 ran without a limit;
    # nan ended in "internal error: ValueError".
    argv = ["query", "--store", str(d / "store"), "--timeout", value, "ASK {}"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: Invalid value for '--timeout': must be a positive number")
    assert "kg query --help" in err


def test_query_timeout_positive_still_runs(d: Path, capsys) -> None:
    assert main(["query", "--store", str(d / "store"), "--timeout", "5", "ASK {}"]) == 0
    assert "true" in capsys.readouterr().out.lower()


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_wikidata_search_of_nothing_is_an_error(text: str, capsys) -> None:
    # Bug 3: `kg wikidata search ''` printed nothing and exited 0.
    assert main(["wikidata", "search", text, "--offline"]) == 1
    assert capsys.readouterr().err == "error: the name to search for is empty\n"


def test_every_kb_option_has_the_one_complete_help() -> None:
    # Bug 4: --kb help was copied into link.py and review.py and missed api[:URL].
    import typer

    from kg.cli.app import app

    def walk(command: Any, path: str) -> Iterator[tuple[str, Any]]:
        yield path, command
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, f"{path} {name}")

    with_kb = {}
    for path, command in walk(typer.main.get_command(app), "kg"):
        for param in command.params:
            if "--kb" in getattr(param, "opts", ()):
                with_kb[path] = param.help
    assert set(with_kb) == {
        "kg link",
        "kg build",
        "kg review export",
        "kg reconcile serve",
        "kg wikidata info",
        "kg wikidata search",
    }
    assert len(set(with_kb.values())) == 1
    (help_text,) = set(with_kb.values())
    assert KB_SPECS in help_text and "api[:URL]" in help_text


def test_kb_help_is_defined_once_in_the_cli_sources() -> None:
    sources = Path(__file__).resolve().parents[3] / "kg" / "cli"
    copies = [p.name for p in sources.glob("*.py") if "snapshot:PATH" in p.read_text()]
    assert copies == []  # the text comes from linkers.factory.KB_SPECS via kg/cli/options.py


def test_review_judgement_keys_are_the_linkers_mention_keys(tmp_path: Path) -> None:
    # Item 5: _judgement built the keys by hand; the linker looks judgements up with
    # mention_keys, so the two must agree for a judgement to ever apply.
    review = tmp_path / "r.csv"
    review.write_text(
        "letter,position,name,judgement,apply_to\n"
        "seed,7,ACAT-Belgique  ,unsure,name\n"
        "seed, 8 ,Acme,no-match,entry\n"
    )
    overrides = tmp_path / "o.tsv"
    assert import_review(review, overrides, clock=lambda: dt.date(2026, 1, 1)) == 2
    keys = [line.split("\t")[0] for line in overrides.read_text().splitlines()[1:]]
    assert keys == [
        mention_keys("ACAT-Belgique  ")[0],
        mention_keys("Acme", letter="seed", position=8)[0],
    ]
    assert keys == ["name:acat belgique", "letter:seed#8"]


def test_review_entry_scope_without_letter_is_refused(tmp_path: Path) -> None:
    review = tmp_path / "r.csv"
    review.write_text("position,name,judgement,apply_to\n3,Acme,unsure,entry\n")
    with pytest.raises(InputError, match=r"r\.csv:2: apply_to=entry needs the letter"):
        import_review(review, tmp_path / "o.tsv")
