"""`kg query` and `kg queries` on a built store: formats, named queries, parameters, errors."""

from __future__ import annotations

import csv
import io
import json

import pytest

from kg.cli.main import main
from kg.queries import catalogue


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_named_query_as_json(mini_store, capsys):
    code, out, _ = _run(
        capsys, "query", "--store", str(mini_store), "--name", "letter-counts", "--format", "json"
    )
    assert code == 0
    payload = json.loads(out)
    assert payload["columns"] == ["letter", "listed", "declared_total", "anonymous"]
    assert payload["rows"][0] == {
        "letter": "https://example.org/kg/letter/l1",
        "listed": 5,
        "declared_total": 7,
        "anonymous": 2,
    }


def test_csv_and_tsv_have_the_fixed_columns(mini_store, capsys):
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        code, out, _ = _run(
            capsys, "query", "--store", str(mini_store), "--name", "signatories", "--format", fmt
        )
        rows = list(csv.reader(io.StringIO(out), delimiter=delimiter))
        assert code == 0 and rows[0] == ["letter", "position", "name", "kind", "qid"]
        assert len(rows) == 1 + 10


def test_param_restricts_and_table_shows_rows(mini_store, capsys):
    code, out, _ = _run(
        capsys,
        "query",
        "--store",
        str(mini_store),
        "--name",
        "signatories",
        "--param",
        "letter=https://example.org/kg/letter/l3",
    )
    assert code == 0
    assert "Friends of Tibet (NZ)" in out and "Amnesty" not in out and "2 row(s)" in out


def test_query_from_text_and_file_with_limit(mini_store, tmp_path, capsys):
    text = "SELECT DISTINCT ?s WHERE { ?s a <http://www.w3.org/ns/org#Organization> } ORDER BY ?s"
    code, out, err = _run(
        capsys, "query", text, "--store", str(mini_store), "--format", "csv", "--limit", "2"
    )
    assert code == 0 and len(out.splitlines()) == 3 and "truncated" in err
    query_file = tmp_path / "q.rq"
    query_file.write_text(text)
    code, out, _ = _run(
        capsys, "query", "--file", str(query_file), "--store", str(mini_store), "--format", "csv"
    )
    assert code == 0 and len(out.splitlines()) == 1 + 6


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["SELEC nothing"], "error: malformed SPARQL"),
        (["SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"], "is refused"),
        (["INSERT DATA { <urn:a> <urn:b> <urn:c> }"], "updates are refused"),
        (["--name", "no-such-query"], "no named query 'no-such-query'"),
        (["SELECT * {?s ?p ?o}", "--name", "themes"], "exactly one of"),
    ],
)
def test_errors_are_one_line(mini_store, capsys, argv, message):
    code, _, err = _run(capsys, "query", "--store", str(mini_store), *argv)
    assert code == 1
    assert message in err and len(err.strip().splitlines()) == 1


def test_missing_store_says_to_build_first(tmp_path, capsys):
    code, _, err = _run(capsys, "query", "--store", str(tmp_path / "none"), "--name", "themes")
    assert code == 1 and "kg build" in err


def test_queries_lists_the_catalogue_and_shows_one(capsys):
    code, out, _ = _run(capsys, "queries")
    assert code == 0
    for name in catalogue():
        assert f"\n{name}\n" in f"\n{out}"
    code, out, _ = _run(capsys, "queries", "--show", "themes")
    assert code == 0 and out == catalogue()["themes"].sparql


def test_negative_limit_is_a_usage_error_not_a_crash(mini_store, capsys):
    # Bug: `kg query --limit -1` ended with "internal error: ValueError" (exit 70).
    code, _, err = _run(
        capsys, "query", "--store", str(mini_store), "--name", "themes", "--limit", "-1"
    )
    assert code == 2 and "--limit" in err and "Traceback" not in err
