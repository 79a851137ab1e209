"""Both store back ends behind one interface: loading, graphs, plain values, agreement."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import QueryError, StoreError
from kg.queries import bind_parameters, catalogue
from kg.store import open_store

BACKENDS = ["oxigraph", "rdflib"]


@pytest.fixture(params=BACKENDS)
def loaded(request, mini_dataset):
    store = open_store(backend=request.param)
    store.load_dataset(mini_dataset)
    yield store
    store.close()


def test_named_graphs_survive_loading(loaded, mini_dataset):
    names = loaded.named_graphs()
    assert "https://example.org/kg/letter/l1" in names
    assert "https://example.org/kg/graph/ontology" in names
    assert len(names) == 5


def test_select_returns_plain_python_values(loaded):
    rows = loaded.select(
        "PREFIX ckg: <https://w3id.org/coalition-kg/ontology#> "
        "SELECT ?d ?missing WHERE { <https://example.org/kg/letter/l1> ckg:declaredTotal ?d "
        "OPTIONAL { ?x ckg:nothing ?missing } }",
        timeout=None,
    )
    assert rows == [{"d": 7, "missing": None}]
    assert type(rows[0]["d"]) is int


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_every_catalogue_query_agrees_on_both_backends(mini_dataset, name):
    query = catalogue()[name]
    results = {}
    for backend in BACKENDS:
        with open_store(backend=backend) as store:
            store.load_dataset(mini_dataset)
            results[backend] = store.select(query.sparql, timeout=None)
    assert results["oxigraph"], f"{name} returned no rows on the miniature"
    if name == "cosignature-counts":  # ordered by shared letters only; ties in any order
        results = {
            k: sorted(v, key=lambda r: tuple(map(str, r.values()))) for k, v in results.items()
        }
    assert results["oxigraph"] == results["rdflib"]
    assert tuple(results["oxigraph"][0]) == query.columns


def test_persistent_store_reopens_with_its_data(tmp_path: Path, mini_dataset):
    store = open_store(tmp_path / "store")
    store.load_dataset(mini_dataset)
    count = len(store)
    store.close()
    store.close()  # closing twice is harmless
    reopened = open_store(tmp_path / "store", read_only=True)
    assert len(reopened) == count > 0
    reopened.close()


def test_read_only_open_of_missing_store_is_a_store_error(tmp_path: Path):
    with pytest.raises(StoreError, match="kg build"):
        open_store(tmp_path / "nope", read_only=True)


def test_rdflib_backend_refuses_a_path(tmp_path: Path):
    with pytest.raises(StoreError, match="in-memory"):
        open_store(tmp_path, backend="rdflib")


def test_replace_graph_swaps_the_triples(loaded):
    name = "https://example.org/kg/letter/l3"
    replacement = Graph()
    replacement.add((URIRef("https://example.org/x"), URIRef("https://example.org/p"), Literal(1)))
    loaded.replace_graph(name, replacement)
    rows = loaded.select(f"SELECT ?s WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}", timeout=None)
    assert rows == [{"s": "https://example.org/x"}]


def test_construct_returns_an_rdflib_graph(loaded):
    graph = loaded.construct(
        "PREFIX ckg: <https://w3id.org/coalition-kg/ontology#> "
        "CONSTRUCT { ?l ckg:declaredTotal ?d } WHERE { ?l ckg:declaredTotal ?d }"
    )
    assert len(graph) == 2


def test_parameters_restrict_a_catalogue_query(loaded):
    sparql = bind_parameters(
        catalogue()["signatories"].sparql, {"letter": "https://example.org/kg/letter/l3"}
    )
    rows = loaded.select(sparql)
    assert [(r["position"], r["name"]) for r in rows] == [
        (1, "International Campaign for Tibet"),
        (2, "Friends of Tibet (NZ)"),
    ]


def test_hostile_parameter_value_cannot_inject(loaded):
    with pytest.raises(QueryError, match="not a valid IRI"):
        bind_parameters("SELECT * WHERE {?s ?p ?o}", {"letter": "http://x> } ; DROP ALL #"})
    sparql = bind_parameters(
        catalogue()["signatories-by-country"].sparql, {"country": '" } SELECT * { ?s ?p "'}
    )
    assert loaded.select(sparql) == []


def test_a_parameter_the_query_does_not_use_is_refused():
    """A restriction on a variable the query lacks would silently return every row."""
    with pytest.raises(QueryError, match=r"no variable \?nope"):
        bind_parameters(catalogue()["signatories"].sparql, {"nope": "1"})
