"""Every export parses back isomorphic to the dataset and loads into Oxigraph."""

from __future__ import annotations

import json

import pyoxigraph
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdf_samples import BASE, hostile_letter, hostile_links, small_letter
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.rdf import build_dataset, write_exports
from kg.rdf.export import EXPORT_FILES, union_graph, write_atomic

QUAD_FORMATS = {
    "trig": ("trig", pyoxigraph.RdfFormat.TRIG),
    "nquads": ("nquads", pyoxigraph.RdfFormat.N_QUADS),
    "jsonld": ("json-ld", pyoxigraph.RdfFormat.JSON_LD),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    letters = [small_letter(), hostile_letter()]
    links = {hostile_letter().source_path: hostile_links()}
    dataset = build_dataset(letters, links, base=BASE)
    out = tmp_path_factory.mktemp("exports")
    return dataset, write_exports(dataset, out)


def _named(dataset: Dataset) -> dict[str, Graph]:
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


def test_all_four_files_written(exported):
    _, paths = exported
    assert {p.name for p in paths.values()} == {f for f, _ in EXPORT_FILES.values()}
    assert all(p.stat().st_size > 0 for p in paths.values())


@pytest.mark.parametrize("name", sorted(QUAD_FORMATS))
def test_quad_formats_round_trip_isomorphic_per_named_graph(exported, name):
    dataset, paths = exported
    back = Dataset()
    back.parse(paths[name], format=QUAD_FORMATS[name][0])
    expected, got = _named(dataset), _named(back)
    assert set(got) == set(expected)
    for graph_name, graph in expected.items():
        assert isomorphic(graph, got[graph_name]), graph_name


def test_turtle_is_the_union_of_all_graphs(exported):
    dataset, paths = exported
    back = Graph().parse(paths["turtle"], format="turtle")
    assert isomorphic(back, union_graph(dataset))


@pytest.mark.parametrize("name", sorted(QUAD_FORMATS))
def test_quad_formats_load_into_oxigraph(exported, name):
    dataset, paths = exported
    store = pyoxigraph.Store()
    store.load(path=str(paths[name]), format=QUAD_FORMATS[name][1])
    assert len(store) == len(list(dataset.quads()))


def test_turtle_loads_into_oxigraph(exported):
    dataset, paths = exported
    store = pyoxigraph.Store()
    store.load(path=str(paths["turtle"]), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(union_graph(dataset))


def test_jsonld_has_a_compact_context(exported):
    _, paths = exported
    document = json.loads(paths["jsonld"].read_text(encoding="utf-8"))
    assert document["@context"]["ckg"] == "https://w3id.org/coalition-kg/ontology#"


def test_write_atomic_replaces_and_leaves_no_temp_files(tmp_path):
    target = tmp_path / "graph.ttl"
    write_atomic(target, b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        write_exports(Dataset(), tmp_path, formats=("rdfxml",))


_TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=200)


@settings(max_examples=150, deadline=None)
@given(text=_TEXT)
def test_any_literal_survives_turtle_trig_nquads(text):
    subject = URIRef("https://example.org/s")
    predicate = URIRef("https://example.org/p")
    dataset = Dataset()
    graph = dataset.graph(URIRef("https://example.org/g"))
    graph.add((subject, predicate, Literal(text)))
    for fmt in ("trig", "nquads"):
        back = Dataset(default_union=True)
        back.parse(data=dataset.serialize(format=fmt), format=fmt)
        assert set(back.objects(subject, predicate)) == {Literal(text)}, fmt
    turtle = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert set(turtle.objects(subject, predicate)) == {Literal(text)}


def test_hostile_literals_come_back_exactly_from_oxigraph(exported):
    from rdf_samples import HOSTILE_NAMES

    _, paths = exported
    store = pyoxigraph.Store()
    store.load(path=str(paths["nquads"]), format=pyoxigraph.RdfFormat.N_QUADS)
    names = {
        row["name"].value
        for row in store.query(
            "SELECT ?name WHERE { GRAPH ?g { ?a <http://xmlns.com/foaf/0.1/name> ?name } }"
        )
    }
    assert set(HOSTILE_NAMES) <= names
