"""One contract every knowledge base passes: snapshot, API behind the fake Wikidata, and
SPARQL behind a real Oxigraph server, all holding the same fixture entities."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_wikidata import FakeWikidata, canonical_entity

from kg.model import KBSource
from linkers.kb import KnowledgeBase, SearchHit
from linkers.snapshot import SnapshotKB
from linkers.textkey import search_key
from linkers.wikidata.api import WikidataAPI
from linkers.wikidata.parse import NOVALUE, SOMEVALUE, parse_entity
from linkers.wikidata.sparql import SparqlKB

QID = re.compile(r"^Q[1-9][0-9]*$")


@pytest.fixture(params=["snapshot", "api", "sparql"])
def kb(
    request: pytest.FixtureRequest, fixture_entities: dict[str, dict[str, Any]], tmp_path: Path
) -> Iterator[KnowledgeBase]:
    if request.param == "snapshot":  # a file as another tool would write it: no header
        path = tmp_path / "fixtures.jsonl"
        path.write_text("".join(json.dumps(e) + "\n" for e in fixture_entities.values()))
        yield SnapshotKB.from_file(path)
    elif request.param == "api":
        with FakeWikidata(fixture_entities) as fake:
            api = WikidataAPI(fake.url, cache_dir=tmp_path, sleep=lambda s: None)
            yield api
            api.close()
    else:
        endpoint = request.getfixturevalue("oxigraph_endpoint")
        sparql = SparqlKB(endpoint)
        yield sparql
        sparql.close()


def relevance(hit: SearchHit, query: str) -> int:
    exact = hit.match_type in ("label", "alias") and search_key(hit.matched_text) == search_key(
        query
    )
    return (0 if hit.match_type == "label" else 1) if exact else 2


def test_is_a_knowledge_base(kb: KnowledgeBase) -> None:
    assert isinstance(kb, KnowledgeBase)
    assert isinstance(kb.source, KBSource) and kb.source.name and kb.source.retrieved


@pytest.mark.parametrize("text", ["", "   ", "\x00\n\t"])
def test_empty_mention_gives_no_hits(kb: KnowledgeBase, text: str) -> None:
    assert kb.search(text, languages=["en"]) == []


@pytest.mark.parametrize(
    ("query", "first"),
    [("Vladimir Putin", "Q7747"), ("Amnesty International", "Q42970"), ("EHRC", "Q990000001")],
)
def test_hits_sorted_by_relevance(kb: KnowledgeBase, query: str, first: str) -> None:
    hits = kb.search(query, languages=["en"], limit=20)
    assert hits and hits[0].qid == first
    ranks = [relevance(h, query) for h in hits]
    assert ranks == sorted(ranks)
    assert all(QID.match(h.qid) for h in hits)
    assert len({h.qid for h in hits}) == len(hits)


def test_limit_is_respected(kb: KnowledgeBase) -> None:
    assert len(kb.search("Vladimir Putin", languages=["en"], limit=2)) == 2
    assert kb.search("Vladimir Putin", languages=["en"], limit=0) == []


@pytest.mark.parametrize(
    ("query", "language"),
    [
        ("示例人权中心", "zh"),
        ("Centre d'exemple pour les droits humains", "fr"),
        ("Пример сети", "ru"),
    ],
)
def test_other_languages_and_scripts(kb: KnowledgeBase, query: str, language: str) -> None:
    hits = kb.search(query, languages=[language])
    assert hits and hits[0].match_type == "label" and hits[0].language == language


def test_entities_round_trip_identically(
    kb: KnowledgeBase, fixture_entities: dict[str, dict[str, Any]]
) -> None:
    got = kb.entities(fixture_entities)
    assert set(got) == set(fixture_entities)
    for qid, data in fixture_entities.items():
        assert canonical_entity(got[qid]) == canonical_entity(parse_entity(data)), qid


def test_every_datatype_and_special_snak(kb: KnowledgeBase) -> None:
    entity = kb.entities(["Q990000001"])["Q990000001"]
    assert entity.values("P31") == ("Q43229",)
    assert entity.values("P571") == ("1999-04",)
    assert entity.values("P576") == (SOMEVALUE,) and entity.values("P17") == (NOVALUE,)
    (short,) = entity.claims["P1813"]
    assert (short.value, short.language) == ("EHRC", "en")
    (site,) = entity.claims["P856"]
    assert (site.value, site.rank) == ("https://ehrc.example.org/", "preferred")
    (member,) = entity.claims["P463"]
    assert member.qualifiers == (("P1545", "2"), ("P580", "2001-02-03"))
    assert entity.sitelinks == 2


def test_unknown_qids_are_omitted(kb: KnowledgeBase) -> None:
    assert set(kb.entities(["Q5", "Q999999999", "Q42970"])) == {"Q5", "Q42970"}
    assert kb.entities([]) == {}


def test_close_twice_is_harmless(kb: KnowledgeBase) -> None:
    kb.close()
    kb.close()
