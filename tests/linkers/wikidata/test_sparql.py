"""The SPARQL KB against a real local Oxigraph server loaded with Wikidata-shaped RDF."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from fake_wikidata import canonical_entity, closed_port_url

from kg.errors import LinkingAbort
from linkers.wikidata.http import RetryPolicy
from linkers.wikidata.parse import parse_entity
from linkers.wikidata.sparql import SparqlKB

pytestmark = pytest.mark.server


class Counting(requests.Session):
    def __init__(self) -> None:
        super().__init__()
        self.posts: list[str] = []

    def post(self, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.posts.append(kwargs["data"]["query"])
        return super().post(url, *args, **kwargs)


def test_entities_match_the_json_parser(oxigraph_endpoint: str, fixture_entities: dict) -> None:
    session = Counting()
    kb = SparqlKB(oxigraph_endpoint, session=session, batch_size=50)
    got = kb.entities(fixture_entities)
    assert set(got) == set(fixture_entities)
    for qid, data in fixture_entities.items():
        assert canonical_entity(got[qid]) == canonical_entity(parse_entity(data)), qid
    batches = -(-len(fixture_entities) // 50)
    assert len(session.posts) == 3 * batches  # terms, statements, qualifiers per batch
    assert all(q.count("wd:Q") <= 50 + 2 for q in session.posts if "VALUES ?item" in q)
    kb.close()


def test_search_exact_label_alias_and_case(oxigraph_endpoint: str) -> None:
    kb = SparqlKB(oxigraph_endpoint)
    hits = kb.search("Vladimir Putin", languages=["en"])
    assert hits[0].qid == "Q7747" and hits[0].match_type == "label"
    assert {"Q19300851"} <= {h.qid for h in hits}
    assert [h.qid for h in kb.search("amnesty international")][:1] == ["Q42970"]
    (alias,) = kb.search("HRW", languages=["en"])
    assert (alias.qid, alias.match_type) == ("Q187052", "alias")
    assert kb.search("Vladimir Putin", languages=["xx"]) == []
    kb.close()


@pytest.mark.parametrize(
    "text", ["", "   ", 'quote " } ; DROP ALL', "back\\slash\nnewline", "x" * 10_000, "\x00\x01"]
)
def test_hostile_or_empty_text_is_harmless(oxigraph_endpoint: str, text: str) -> None:
    kb = SparqlKB(oxigraph_endpoint)
    assert kb.search(text, languages=["en", "bad lang!"]) == []
    kb.close()


def test_unknown_and_malformed_ids_left_out(oxigraph_endpoint: str) -> None:
    kb = SparqlKB(oxigraph_endpoint)
    assert set(kb.entities(["Q5", "Q999999999", "P31", "} bogus"])) == {"Q5"}
    kb.close()
    kb.close()


def test_unreachable_endpoint_aborts() -> None:
    policy = RetryPolicy(attempts=2, backoff=0.01)
    kb = SparqlKB(closed_port_url(), policy=policy, sleep=lambda s: None)
    with pytest.raises(LinkingAbort, match="connection"):
        kb.entities(["Q5"])


def test_batch_size_bounds() -> None:
    with pytest.raises(ValueError, match="batch_size"):
        SparqlKB("http://127.0.0.1:9/sparql", batch_size=1000)
