"""An in-memory knowledge base over :class:`~linkers.kb.Entity` records.

Used by tests and by anything that already holds entities (the reconciliation service can
serve a list of them). Search is local and deterministic: every label and alias is keyed with
:func:`~linkers.normalize.name_key`; a query returns entities whose names share a token with it,
best fuzzy match first.

Examples
--------
>>> kb = MemoryKB([Entity("Q42970", labels={"en": "Amnesty International"})])
>>> [h.qid for h in kb.search("amnesty")]
['Q42970']
>>> kb.search("")
[]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from kg.model import KBSource
from linkers.kb import Entity, SearchHit
from linkers.normalize import STOPWORDS, name_key

__all__ = ["MemoryKB"]

_MIN_SCORE = 50.0


class MemoryKB:
    """A knowledge base held in memory (implements :class:`~linkers.kb.KnowledgeBase`)."""

    def __init__(self, entities: Iterable[Entity], *, source: KBSource | None = None) -> None:
        self._entities = {e.qid: e for e in entities}
        self._source = source or KBSource("memory")
        self._names: list[tuple[str, str, str, str]] = []  # key, qid, text, how (lang)
        self._index: dict[str, set[int]] = defaultdict(set)
        for entity in self._entities.values():
            for lang, text in entity.labels.items():
                self._add(entity.qid, text, "label", lang)
            for lang, texts in entity.aliases.items():
                for text in texts:
                    self._add(entity.qid, text, "alias", lang)

    def _add(self, qid: str, text: str, how: str, lang: str) -> None:
        key = name_key(text)
        if not key:
            return
        row = len(self._names)
        self._names.append((key, qid, text, f"{how}:{lang}"))
        for token in key.split():
            self._index[token].add(row)

    @property
    def source(self) -> KBSource:
        return self._source

    def search(
        self, text: str, *, languages: Sequence[str] = ("en",), limit: int = 10
    ) -> list[SearchHit]:
        """Entities with a label or alias sharing a significant token with ``text``."""
        key = name_key(text or "")
        if not key:
            return []
        query_tokens = [t for t in key.split() if t not in STOPWORDS] or key.split()
        rows: set[int] = set()
        for token in query_tokens:
            rows |= self._index.get(token, set())
        best: dict[str, tuple[float, SearchHit]] = {}
        for row in rows:
            name_key_, qid, name, how = self._names[row]
            score = fuzz.token_set_ratio(key, name_key_)
            if score < _MIN_SCORE:
                continue
            match_type, lang = how.split(":", 1)
            hit = SearchHit(qid, name, match_type, lang, self._entities[qid].label(languages))
            if qid not in best or score > best[qid][0]:
                best[qid] = (score, hit)
        ranked = sorted(best.values(), key=lambda pair: (-pair[0], pair[1].qid))
        return [hit for _, hit in ranked[:limit]]

    def entities(self, qids: Iterable[str]) -> dict[str, Entity]:
        return {q: self._entities[q] for q in qids if q in self._entities}

    def qids(self) -> list[str]:
        """Every item held, sorted (the KB can be listed: token rarity counts its names)."""
        return sorted(self._entities)

    def close(self) -> None:
        """Nothing to release."""
