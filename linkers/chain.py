"""The default knowledge base: local sources first, then live Wikidata, offline on failure.

A :class:`ChainKB` asks its members in order. ``entities`` takes each QID from the first member
that has it; ``search`` concatenates hits (first member's first, duplicates dropped). When a
live member fails (:class:`~kg.errors.LinkingAbort`: unreachable, retries exhausted), the chain
logs ONE warning, drops that member for the rest of the run and carries on with the others;
a :class:`~kg.errors.LinkingError` (one bad answer) falls back for that call only.
:meth:`ChainKB.source_of` says which member answered for a QID.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from kg.errors import KGError, LinkingAbort
from kg.model import KBSource
from linkers.kb import Entity, KnowledgeBase, SearchHit

__all__ = ["ChainKB"]

log = logging.getLogger(__name__)


class ChainKB:
    """Members asked in order; failing live members are skipped with one message.

    Parameters
    ----------
    members
        Knowledge bases, local first (e.g. bundled snapshot, then the API client).
    logger
        Where the one "carrying on offline" warning goes.
    """

    def __init__(self, members: Sequence[KnowledgeBase], *, logger: logging.Logger = log):
        if not members:
            raise ValueError("members must name at least one knowledge base")
        self._members = list(members)
        self._dead: set[int] = set()
        self._warned = False
        self._warned_error = False
        self._log = logger
        self._source_of: dict[str, KBSource] = {}
        self.offline_reason: str | None = None

    @property
    def members(self) -> tuple[KnowledgeBase, ...]:
        """The member KBs in the order they are asked."""
        return tuple(self._members)

    def _alive(self) -> list[tuple[int, KnowledgeBase]]:
        return [(i, m) for i, m in enumerate(self._members) if i not in self._dead]

    def _failed(self, index: int, exc: KGError) -> None:
        name = self._members[index].source.name
        if not isinstance(exc, LinkingAbort):  # one bad answer: fall back for this call only
            level = logging.DEBUG if self._warned_error else logging.WARNING
            self._warned_error = True
            self._log.log(level, "%s refused one look-up (%s); used local data for it", name, exc)
            return
        self._dead.add(index)
        if self._warned:
            self._log.debug("%s failed again: %s", name, exc)
            return
        self._warned = True
        others = ", ".join(m.source.name for i, m in self._alive()) or "nothing"
        self.offline_reason = str(exc)
        self._log.warning(
            "Wikidata could not be reached (%s); carrying on offline with %s", exc, others
        )

    @property
    def source(self) -> KBSource:
        """The members still in use, e.g. ``chain(snapshot:bundled+wikidata-api)``."""
        alive = [m.source for _, m in self._alive()]
        if len(alive) == 1:
            return alive[0]
        names = "+".join(s.name for s in alive)
        return KBSource(name=f"chain({names})", retrieved=alive[0].retrieved)

    def source_of(self, qid: str) -> KBSource:
        """Which member gave the record of ``qid`` (the chain's source if none did yet)."""
        return self._source_of.get(qid, self.source)

    def search(
        self, text: str, *, languages: Sequence[str] = ("en",), limit: int = 10
    ) -> list[SearchHit]:
        hits: list[SearchHit] = []
        seen: set[str] = set()
        for index, member in self._alive():
            try:
                found = member.search(text, languages=languages, limit=limit)
            except KGError as exc:
                self._failed(index, exc)
                continue
            for hit in found:
                if hit.qid not in seen:
                    seen.add(hit.qid)
                    hits.append(hit)
        return hits[:limit] if limit > 0 else []

    def entities(self, qids: Iterable[str]) -> dict[str, Entity]:
        wanted = list(dict.fromkeys(qids))
        found: dict[str, Entity] = {}
        for index, member in self._alive():
            missing = [q for q in wanted if q not in found]
            if not missing:
                break
            try:
                got = member.entities(missing)
            except KGError as exc:
                self._failed(index, exc)
                continue
            for qid, entity in got.items():
                found[qid] = entity
                self._source_of[qid] = member.source
        return {q: found[q] for q in wanted if q in found}

    def close(self) -> None:
        for member in self._members:
            member.close()
