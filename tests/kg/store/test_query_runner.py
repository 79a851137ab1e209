"""The query runner: timeout by killing a worker, result limit, SERVICE policy, one-line errors."""

from __future__ import annotations

import time

import pytest

from kg.errors import QueryError
from kg.query import check_query, run_query
from kg.store import open_store

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(params=["oxigraph", "rdflib"])
def loaded(request, mini_dataset):
    store = open_store(backend=request.param)
    store.load_dataset(mini_dataset)
    yield store
    store.close()


def test_runaway_query_is_stopped_at_the_timeout(loaded):
    started = time.monotonic()
    with pytest.raises(QueryError, match=r"timed out after 0.5 s"):
        run_query(loaded, SLOW, timeout=0.5)
    assert time.monotonic() - started < 5


def test_store_still_answers_after_a_timeout(loaded):
    with pytest.raises(QueryError):
        run_query(loaded, SLOW, timeout=0.3)
    assert run_query(loaded, "ASK { ?s ?p ?o }", timeout=5).rows == ({"ask": "true"},)


def test_limit_keeps_the_first_rows_and_says_truncated(loaded):
    sparql = "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s"
    full = run_query(loaded, sparql, timeout=10)
    cut = run_query(loaded, sparql, timeout=10, limit=3)
    assert cut.rows == full.rows[:3]
    assert cut.truncated and not full.truncated
    assert run_query(loaded, sparql, timeout=None, limit=3).rows == full.rows[:3]


def test_columns_are_known_even_without_rows(loaded):
    result = run_query(loaded, "SELECT ?x ?y WHERE { ?x <urn:none> ?y }", timeout=10)
    assert result.columns == ("x", "y")
    assert result.rows == ()


def test_service_is_refused_unless_that_endpoint_is_allowed():
    query = "PREFIX e: <http://localhost:1/> SELECT * WHERE { SERVICE e:sparql { ?s ?p ?o } }"
    with pytest.raises(QueryError, match=r"SERVICE <http://localhost:1/sparql> is refused"):
        check_query(query)
    with pytest.raises(QueryError, match="refused"):
        check_query(query, allow_service=["http://localhost:2/sparql"])
    assert check_query(query, allow_service=["http://localhost:1/sparql"]) == "SELECT"


def test_service_with_a_variable_endpoint_is_always_refused():
    with pytest.raises(QueryError, match="variable"):
        check_query("SELECT * WHERE { SERVICE ?e { ?s ?p ?o } }", allow_service=["x"])


def test_nested_service_in_optional_is_found():
    with pytest.raises(QueryError, match="refused"):
        check_query("SELECT * WHERE { OPTIONAL { SERVICE SILENT <http://h/s> { ?s ?p ?o } } }")


def test_malformed_query_is_a_one_line_query_error():
    with pytest.raises(QueryError) as info:
        check_query("SELEC ?x WHERE {")
    assert str(info.value).startswith("malformed SPARQL")
    assert "\n" not in str(info.value)


def test_updates_are_refused():
    with pytest.raises(QueryError, match="updates are refused"):
        check_query("DELETE WHERE { ?s ?p ?o }")


def test_evaluation_error_in_worker_is_reported(loaded):
    with pytest.raises(QueryError):
        run_query(loaded, "CONSTRUCT WHERE { ?s ?p ?o }", timeout=5)
