"""The run memory of the phased linker: each search and id asked of the KB once."""

from __future__ import annotations

import pytest

from kg.errors import LinkingError
from linkers.kb import Entity
from linkers.memory import MemoryKB
from linkers.prefetch import MemoKB, country_queries

ENTITIES = [Entity(f"Q{i}", labels={"en": f"Centre {i}"}) for i in range(1, 13)]


class Counting(MemoryKB):
    def __init__(self, *args, **kw) -> None:
        super().__init__(*args, **kw)
        self.searches: list[tuple[str, int]] = []
        self.fetched: list[list[str]] = []
        self.fail = False

    def search(self, text, *, languages=("en",), limit=10):
        if self.fail:
            raise LinkingError("truncated JSON")
        self.searches.append((text, limit))
        return super().search(text, languages=languages, limit=limit)

    def entities(self, qids):
        self.fetched.append(list(qids))
        return super().entities(qids)


def test_a_query_asked_with_two_limits_is_one_search() -> None:
    kb = Counting(ENTITIES)
    memo = MemoKB(kb)
    short = memo.search("Centre", limit=5)
    long = memo.search("Centre", limit=10)
    assert kb.searches == [("Centre", 10)]
    assert len(short) == 5 and short == long[:5]
    memo.search("Centre", limit=12)  # more than was asked: asked again
    assert kb.searches[-1] == ("Centre", 12)


def test_entities_and_misses_are_fetched_once() -> None:
    kb = Counting(ENTITIES)
    memo = MemoKB(kb)
    assert sorted(memo.entities(["Q1", "Q99"])) == ["Q1"]
    assert sorted(memo.entities(["Q99", "Q1", "Q2"])) == ["Q1", "Q2"]
    assert kb.fetched == [["Q1", "Q99"], ["Q2"]]


def test_a_failure_is_not_remembered() -> None:
    kb = Counting(ENTITIES)
    memo = MemoKB(kb)
    kb.fail = True
    with pytest.raises(LinkingError):
        memo.search("Centre 1")
    kb.fail = False
    assert [h.qid for h in memo.search("Centre 1")][:1] == ["Q1"]


def test_country_queries_are_the_first_name_of_each_code_once() -> None:
    assert country_queries(["FR", "fr", "", "DE"]) == ["France", "Germany"]
