"""``kg network`` over a real store: every kind and format, one-line errors."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from kg.cli.main import main


@pytest.mark.parametrize(
    ("kind", "nodes"),
    [("cosign", 281), ("bipartite", 282), ("themes", 281 + 5), ("affiliation", 281 + 3)],
)
def test_kinds_write_graphml(seed_store_dir, tmp_path, kind, nodes):
    out = tmp_path / f"{kind}.graphml"
    assert main(["network", "--store", str(seed_store_dir), "--kind", kind, "--out", str(out)]) == 0
    assert nx.read_graphml(out).number_of_nodes() == nodes


def test_countries_json_and_letters_filter(seed_store_dir, tmp_path, capsys):
    out = tmp_path / "countries.json"
    args = ["network", "--store", str(seed_store_dir), "--kind", "countries", "--out", str(out)]
    assert main([*args, "--letters", "global-call-un-mechanism-china-2020"]) == 0
    nodes = json.loads(out.read_text())["elements"]["nodes"]
    assert {"JP", "CA", "TW"} <= {n["data"]["id"] for n in nodes}
    assert "wrote" in capsys.readouterr().out


def test_svg_output_with_leiden_communities(seed_store_dir, tmp_path):
    out = tmp_path / "n.svg"
    args = ["network", "--store", str(seed_store_dir), "--communities", "leiden", "--out", str(out)]
    assert main(args) == 0
    assert out.read_text().lstrip().startswith("<?xml")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--kind", "nope", "--out", "x.gexf"], "--kind must be one of"),
        (["--out", "x.pdf"], "--out must end in"),
        (["--out", "x.gexf", "--communities", "walktrap"], "--communities must be"),
        (["--out", "x.gexf", "--letters", "no-such-letter"], "no signatures found"),
    ],
)
def test_errors_are_one_line(seed_store_dir, tmp_path, capsys, extra, message):
    assert main(["network", "--store", str(seed_store_dir), *extra]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_missing_store_is_a_clear_error(tmp_path, capsys):
    code = main(["network", "--store", str(tmp_path / "none"), "--out", str(tmp_path / "x.gexf")])
    assert code == 1
    assert "kg build" in capsys.readouterr().err


def test_negative_seed_is_a_usage_error_not_a_crash(seed_store_dir, tmp_path, capsys):
    # Bug: `kg network --seed -1` ended with "internal error: ValueError" (exit 70).
    out = tmp_path / "x.gexf"
    code = main(["network", "--store", str(seed_store_dir), "--seed", "-1", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "--seed" in err and "Traceback" not in err
    assert not out.exists()
