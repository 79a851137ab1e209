"""The memory of a linking run: each search and entity look-up asked of the KB once.

:class:`MemoKB` wraps the run's knowledge base for the phases of :mod:`linkers.phases`: it
answers repeated searches and entity look-ups (misses too) without asking again, and never
remembers a failure. :func:`country_queries` lists the country searches phase 1 makes.

Examples
--------
>>> from linkers.kb import Entity
>>> from linkers.memory import MemoryKB
>>> memo = MemoKB(MemoryKB([Entity("Q1", labels={"en": "Amnesty International"})]))
>>> [h.qid for h in memo.search("Amnesty International")]
['Q1']
>>> sorted(memo.entities(["Q1", "Q2"]))
['Q1']
>>> memo.searches_sent, memo.ids_fetched
(1, 2)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kg.model import KBSource
from kg.places import country_names
from linkers.candidates import SEARCH_LIMIT
from linkers.kb import Entity, KnowledgeBase, SearchHit

__all__ = ["COUNTRY_SEARCH_LIMIT", "MemoKB", "country_queries"]

#: Hits asked for when looking a country up by name (as :mod:`linkers.countries` does).
COUNTRY_SEARCH_LIMIT = 5


class MemoKB:
    """A :class:`~linkers.kb.KnowledgeBase` that asks ``kb`` at most once per search and id.

    Every search is sent with at least ``search_limit`` results and cut to the limit asked,
    so that a query asked with two limits (a country name at 5, the same name as a mention at
    10) is still one request per (query, language): search results are ranked, and a shorter
    list is the head of a longer one.

    Parameters
    ----------
    kb
        The run's knowledge base; closing the memo does not close it.
    search_limit
        The least number of results asked for.
    """

    def __init__(self, kb: KnowledgeBase, *, search_limit: int = SEARCH_LIMIT) -> None:
        self.kb = kb
        self.search_limit = search_limit
        self._searches: dict[tuple[str, tuple[str, ...]], tuple[int, list[SearchHit]]] = {}
        self._entities: dict[str, Entity | None] = {}
        self.searches_sent = 0
        self.ids_fetched = 0

    @property
    def source(self) -> KBSource:
        return self.kb.source

    def search(
        self, text: str, *, languages: Sequence[str] = ("en",), limit: int = 10
    ) -> list[SearchHit]:
        key = (text, tuple(languages))
        asked, hits = self._searches.get(key, (0, []))
        if asked < limit:
            asked = max(limit, self.search_limit)
            hits = list(self.kb.search(text, languages=languages, limit=asked))
            self.searches_sent += 1
            self._searches[key] = (asked, hits)
        return hits[:limit] if limit > 0 else []

    def entities(self, qids: Iterable[str]) -> dict[str, Entity]:
        wanted = list(dict.fromkeys(qids))
        todo = [q for q in wanted if q not in self._entities]
        if todo:
            found = self.kb.entities(todo)
            self.ids_fetched += len(todo)
            for qid in todo:
                self._entities[qid] = found.get(qid)
        return {q: e for q in wanted if (e := self._entities.get(q)) is not None}

    def close(self) -> None:
        """Forget what was remembered (the wrapped KB stays open)."""
        self._searches.clear()
        self._entities.clear()


def country_queries(codes: Iterable[str]) -> list[str]:
    """The first search :func:`~linkers.countries.resolve_countries` makes for each code."""
    names = (country_names(c.upper())[:1] for c in dict.fromkeys(codes) if c)
    return list(dict.fromkeys(n for found in names for n in found))
