"""`kg push` round-trips named graphs through a real local Oxigraph Graph Store endpoint."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import InputError, StoreError
from kg.push import parse_auth, push
from kg.server import start_server
from kg.store import open_store

pytestmark = pytest.mark.server


@pytest.fixture()
def target(tmp_path: Path):
    with start_server(tmp_path / "target", read_only=False) as server:
        yield server


def _remote_graph(server, name: str) -> Graph:
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"
    request = urllib.request.Request(
        server.query_url + "?" + urllib.parse.urlencode({"query": query}),
        headers={"Accept": "application/n-triples"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return Graph().parse(data=response.read().decode("utf-8"), format="nt")


def _remote_graph_names(server) -> set[str]:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    request = urllib.request.Request(
        server.query_url + "?" + urllib.parse.urlencode({"query": query}),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return {b["g"]["value"] for b in json.load(response)["results"]["bindings"]}


def test_push_round_trips_every_named_graph(target, mini_dataset):
    with open_store(backend="oxigraph") as store:
        store.load_dataset(mini_dataset)
        result = push(store, target.store_url, mode="replace")
        names = store.named_graphs()
        assert _remote_graph_names(target) == set(names) == set(result.graphs)
        for name in names:
            local = store.construct(
                f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"
            )
            assert isomorphic(_remote_graph(target, name), local), name
    assert result.triples == sum(len(g) for g in mini_dataset.graphs())


def test_replace_drops_old_triples_and_merge_keeps_them(target, mini_dataset):
    name = "https://example.org/kg/letter/l3"
    extra = (URIRef("https://example.org/x"), URIRef("https://example.org/p"), Literal("new"))
    with open_store(backend="rdflib") as store:
        store.load_dataset(mini_dataset)
        push(store, target.store_url, graphs=[name])
        before = len(_remote_graph(target, name))
        replacement = Graph()
        replacement.add(extra)
        store.replace_graph(name, replacement)
        push(store, target.store_url, mode="merge", graphs=[name])
        merged = _remote_graph(target, name)
        assert len(merged) == before + 1 and extra in merged
        push(store, target.store_url, mode="replace", graphs=[name])
        assert set(_remote_graph(target, name)) == {extra}


def test_refused_push_is_a_one_line_store_error(target, mini_dataset):
    with open_store(backend="rdflib") as store:
        store.load_dataset(mini_dataset)
        with pytest.raises(StoreError, match="HTTP 4"):
            push(store, target.url + "no-such-endpoint")


def test_push_checks_mode_and_endpoint(mini_dataset):
    with open_store() as store:
        with pytest.raises(InputError, match="replace or merge"):
            push(store, "http://127.0.0.1:1/store", mode="append")
        with pytest.raises(InputError, match="http"):
            push(store, "file:///etc/passwd")


def test_auth_forms():
    assert parse_auth("user:pa:ss") == ("user", "pa:ss")
    with pytest.raises(InputError):
        parse_auth("no-colon")
    request = SimpleNamespace(headers={})
    assert parse_auth("Bearer abc")(request).headers["Authorization"] == "Bearer abc"


def test_kg_push_cli_round_trip(target, tmp_path: Path, mini_dataset):
    from kg.cli.main import main

    with open_store(tmp_path / "store") as store:
        store.load_dataset(mini_dataset)
    code = main(["push", "--endpoint", target.store_url, "--store", str(tmp_path / "store")])
    assert code == 0
    assert len(_remote_graph_names(target)) == 5
