"""One linking run over letters, in three phases, so the knowledge base is asked little.

(1) **Search**: every search of every mention not yet decided, through the run's
:class:`~linkers.prefetch.MemoKB` (each distinct query sent once), plus the first name of every
hinted country. (2) **Fetch**: the records of all hits in ONE ``entities`` call (API clients
split it into batches of 50), then the class hierarchy of the hits' types (one call per level)
and the hinted countries. (3) **Decide**: each mention, in letter order, from what was fetched,
each decision appended to the checkpoint as it is made.

Decisions from the checkpoint (or passed in) are reused and their mentions not looked up. A
:class:`~kg.errors.LinkingError` in phase 1 is recorded on its mention; one in phase 2 is met
again, and recorded, by each mention it concerns. A :class:`~kg.errors.LinkingAbort` in phase 1
first decides and checkpoints the mentions already searched, then propagates.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.errors import KGError, LinkingAbort
from kg.model import Letter, LinkResult, MentionRole
from linkers.candidates import search_hits
from linkers.classes import ancestors
from linkers.countries import resolve_countries
from linkers.mention import Mention, from_recipient, from_role, from_signatory
from linkers.normalize import name_key
from linkers.prefetch import COUNTRY_SEARCH_LIMIT, MemoKB, country_queries
from linkers.properties import PROP
from linkers.rarity import TokenRarity

if TYPE_CHECKING:
    from linkers.linker import Linker

__all__ = ["LinkRun", "letter_jobs", "mention_key", "result_key", "with_office"]

log = logging.getLogger(__name__)

#: One pending look-up: letter id, mention and (for a recipient) its office.
Job = tuple[str, Mention, Mention | None]
#: What phase 1 found for a mention: its hit ids, or the failure to record on it.
Looked = list[str] | KGError


class LinkRun:
    """One run of a :class:`~linkers.linker.Linker` over letters (see the module docstring).

    Parameters
    ----------
    linker
        Gives the KB, the checkpoint, the class and country caches and the per-mention rules.
    rarity
        Token rarity for the whole run.
    """

    def __init__(self, linker: Linker, rarity: TokenRarity) -> None:
        self.linker = linker
        self.rarity = rarity
        self.memo = MemoKB(linker.kb)
        self.looked: dict[int, Looked] = {}

    def link(
        self, items: Sequence[tuple[str, Letter, Sequence[LinkResult]]]
    ) -> list[list[LinkResult]]:
        """Decisions for each (letter id, letter, decisions already made), in letter order."""
        checkpoint = self.linker.checkpoint
        saved = checkpoint.load() if checkpoint else {}
        plans = []
        for lid, letter, done in items:
            previous = {(lid, result_key(r)): r for r in done}
            previous.update(saved)
            plans.append((lid, letter_jobs(letter), previous))
        pending = [
            (lid, mention, office)
            for lid, jobs, previous in plans
            for mention, office in jobs
            if (lid, mention_key(mention)) not in previous
        ]
        ids, country_ids = self.search(pending)
        self.fetch(ids, country_ids, [m for _, m, _ in pending if self._found(m)])
        out = []
        for lid, jobs, previous in plans:
            results = []
            for mention, office in jobs:
                key = mention_key(mention)
                if (lid, key) in previous:
                    results.append(previous[(lid, key)])
                    continue
                result = self.decide(lid, mention, office)
                if checkpoint:
                    checkpoint.append(lid, key, result)
                results.append(result)
            out.append(results)
        return out

    def _found(self, mention: Mention) -> bool:
        return isinstance(self.looked.get(id(mention)), list)

    def search(self, pending: Sequence[Job]) -> tuple[list[str], list[str]]:
        """Phase 1: the searches of the pending mentions and hinted countries; the ids of the
        mentions' hits and of the countries' hits. Each mention's outcome is in
        :attr:`looked`, by ``id(mention)``."""
        ids: list[str] = []
        searched: list[Job] = []
        for job in pending:
            lid = job[0]
            for mention in job[1:]:
                if mention is None or isinstance(self.linker._precheck(mention, lid), LinkResult):
                    continue
                try:
                    hits = search_hits(self.memo, mention, rarity=self.rarity)
                except LinkingAbort:
                    self.salvage(searched)
                    raise
                except KGError as exc:
                    self.looked[id(mention)] = exc
                    continue
                self.looked[id(mention)] = hits
                ids += hits
            searched.append(job)
        hints = [c for _, m, _ in searched if self._found(m) for c in m.country_hints]
        country_ids: list[str] = []
        for name in country_queries(hints):
            try:
                found = self.memo.search(name, languages=("en",), limit=COUNTRY_SEARCH_LIMIT)
            except LinkingAbort:
                self.salvage(searched)
                raise
            except KGError as exc:  # met again (and recorded) by the mentions concerned
                log.warning("country look-up failed for %r: %s", name, exc)
                continue
            country_ids += [h.qid for h in found]
        return list(dict.fromkeys(ids)), country_ids

    def fetch(
        self, ids: Sequence[str], country_ids: Sequence[str], mentions: Sequence[Mention]
    ) -> None:
        """Phase 2: every hit's record in ONE ``entities`` call, then the class hierarchy of
        the mentions' hits (one call per level) and the hinted countries."""
        try:
            found = self.memo.entities([*ids, *country_ids])
            hits = (found[q] for q in ids if q in found)
            classes = [c for e in hits for c in e.values(PROP.INSTANCE_OF)]
            ancestors(self.memo, classes, self.linker._ancestors)
            hints = [c for m in mentions for c in m.country_hints]
            resolve_countries(self.memo, hints, self.linker._countries)
        except LinkingAbort:
            raise
        except KGError as exc:
            log.warning("batched look-up failed (%s); looking mentions up one by one", exc)

    def salvage(self, searched: Sequence[Job]) -> None:
        """Before an abort propagates: decide and checkpoint the mentions already searched,
        as far as the KB still answers."""
        checkpoint = self.linker.checkpoint
        if not checkpoint:
            return
        for lid, mention, office in searched:
            try:
                result = self.decide(lid, mention, office)
            except LinkingAbort:
                return
            checkpoint.append(lid, mention_key(mention), result)

    def decide(self, lid: str, mention: Mention, office: Mention | None) -> LinkResult:
        """Phase 3: a mention's decision (with its office's) from what was fetched."""
        result = self._decide_one(lid, mention)
        if office is not None:
            result = with_office(result, self._decide_one(lid, office))
        return result

    def _decide_one(self, lid: str, mention: Mention) -> LinkResult:
        outcome = self.looked.get(id(mention))
        if isinstance(outcome, KGError):
            return self.linker._failure(mention, outcome)
        return self.linker._link_one(self.memo, mention, lid, self.rarity, qids=outcome)


def letter_jobs(letter: Letter) -> list[tuple[Mention, Mention | None]]:
    """The letter's mentions in order: each recipient with its office, then the signatories."""
    themes = tuple(t.id for t in letter.themes)
    jobs: list[tuple[Mention, Mention | None]] = [
        (from_recipient(r, date=letter.date, themes=themes), from_role(r, date=letter.date))
        for r in letter.recipients
    ]
    jobs += [(from_signatory(s, date=letter.date, themes=themes), None) for s in letter.signatories]
    return jobs


def mention_key(m: Mention) -> str:
    """The checkpoint key of a mention: a signatory's position, else role and name key."""
    if m.role == MentionRole.SIGNATORY and m.position is not None:
        return f"signatory#{m.position}"
    return f"{m.role.value}:{name_key(m.name)}"


def result_key(r: LinkResult) -> str:
    """The checkpoint key of a decision (as :func:`mention_key` of its mention)."""
    if r.role == MentionRole.SIGNATORY and r.position is not None:
        return f"signatory#{r.position}"
    return f"{r.role.value}:{name_key(r.name)}"


def with_office(person: LinkResult, office: LinkResult) -> LinkResult:
    """A recipient's decision carrying its office's decision in ``extra``."""
    extra = (
        ("office_name", office.name),
        ("office_decision", office.decision.value),
        ("office_qid", office.qid or ""),
        ("office_score", f"{office.score:.4f}"),
        ("office_explanation", office.explanation),
    )
    return replace(person, extra=person.extra + extra)
