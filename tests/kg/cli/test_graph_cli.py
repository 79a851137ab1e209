"""`kg validate` and `kg export ...` on files the builder wrote."""

from __future__ import annotations

import pytest
from rdf_samples import BASE, confirmed, small_letter
from rdflib import Literal
from rdflib.namespace import XSD

from kg.cli.main import main
from kg.rdf import build_dataset, write_exports
from ontology.namespace import CKG


@pytest.fixture
def built(tmp_path):
    letter = small_letter(source_path="https://example.org/small.html")
    link = confirmed("ACAT Belgium", "Q111", position=1)
    dataset = build_dataset([letter], {letter.source_path: [link]}, base=BASE)
    write_exports(dataset, tmp_path)
    return dataset, tmp_path


def test_validate_conforming_build_directory(built, capsys):
    _, out = built
    assert main(["validate", str(out)]) == 0
    assert "conforms" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["graph.ttl", "graph.nq", "graph.jsonld"])
def test_validate_each_export_format(built, name):
    _, out = built
    assert main(["validate", str(out / name)]) == 0


def test_validate_broken_graph_exits_1_with_one_line_error(built, tmp_path, capsys):
    dataset, _ = built
    letter = next(dataset.subjects(CKG.listedCount, None))
    graph = dataset.graph(letter)
    graph.set((letter, CKG.listedCount, Literal(99, datatype=XSD.nonNegativeInteger)))
    broken = tmp_path / "broken"
    write_exports(dataset, broken, formats=("trig",))
    assert main(["validate", str(broken)]) == 1
    captured = capsys.readouterr()
    assert "differs from the number of signatures" in captured.out
    assert captured.err.strip().startswith("error:") and captured.err.count("\n") == 1


def test_validate_missing_or_unknown_file(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.ttl")]) == 1
    (tmp_path / "x.csv").write_text("a,b")
    assert main(["validate", str(tmp_path / "x.csv")]) == 1
    assert "unknown graph format" in capsys.readouterr().err


def test_export_quickstatements_uses_web_source_as_reference(built, capsys):
    _, out = built
    assert main(["export", "quickstatements", str(out), "--letter-qid", "Q5000"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.split("\t")[:3] == ["Q5000", "P1891", "Q111"]
    assert line.endswith('S854\t"https://example.org/small.html"')


def test_export_quickstatements_refuses_bad_qid(built, capsys):
    _, out = built
    assert main(["export", "quickstatements", str(out), "--letter-qid", "X1"]) == 1
    assert "letter QID" in capsys.readouterr().err


def test_export_rdf_rewrites_all_formats(built, tmp_path):
    _, out = built
    target = tmp_path / "again"
    assert main(["export", "rdf", str(out / "graph.trig"), "--out", str(target)]) == 0
    assert sorted(p.name for p in target.iterdir()) == [
        "graph.jsonld",
        "graph.nq",
        "graph.trig",
        "graph.ttl",
    ]
