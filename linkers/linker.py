"""The linker: mentions of a letter → :class:`~kg.model.LinkResult` decisions.

For each signatory and recipient (and each recipient's office): the overrides file (human
judgements, recorded as ``method="manual"``), then candidate generation
(:mod:`linkers.candidates`), pure feature scoring (:mod:`linkers.scoring`) and the decision
rules (:mod:`linkers.decide`). A run (one letter, or several with :meth:`Linker.link_letters`)
asks the knowledge base in phases (:mod:`linkers.prefetch`): (1) the searches of every pending
mention, each distinct one sent once; (2) the records of all hits in one batched ``entities``
call, then the class hierarchy of their types and the hinted countries; (3) each mention
decided, in letter order, from what was fetched. :meth:`Linker.link_mention` links one
mention on its own.

Runs are resumable: decisions from a checkpoint (or passed in) are reused and their mentions
not looked up; new ones are appended as they are made. A KB failure on one mention
(:class:`~kg.errors.LinkingError`) is recorded on that mention (NIL with the error, retried on
the next run) without stopping the run; :class:`~kg.errors.LinkingAbort` (retries exhausted,
access refused) stops it, after deciding and checkpointing the mentions already searched.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from kg.errors import KGError, LinkingAbort
from kg.model import Decision, KBSource, Letter, LinkResult, MentionRole
from linkers.candidates import gather, search_hits
from linkers.checkpoint import Checkpoint
from linkers.classes import ancestors
from linkers.countries import resolve_countries
from linkers.decide import Thresholds, Verdict, decide, load_thresholds
from linkers.features import ScoringContext
from linkers.kb import Entity, KnowledgeBase
from linkers.mention import Mention, from_recipient, from_role, from_signatory
from linkers.normalize import MAX_NAME_LENGTH, clean_name, name_key
from linkers.overrides import Overrides, mention_keys
from linkers.prefetch import COUNTRY_SEARCH_LIMIT, MemoKB, country_queries
from linkers.properties import PROP
from linkers.rarity import GeneralPrior, TokenRarity, build_rarity
from linkers.scoring import score_candidates
from linkers.vocabulary import entity_names, kb_documents, letter_documents

__all__ = ["Linker", "LinkerConfig", "letter_id", "utc_now"]

log = logging.getLogger(__name__)

#: One pending look-up: letter id, mention and (for a recipient) its office.
_Job = tuple[str, Mention, Mention | None]
#: What phase 1 found for a mention: its hit ids, or the failure to record on it.
_Looked = list[str] | KGError


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def letter_id(letter: Letter) -> str:
    """A short stable id for a letter: its file name without extension."""
    return Path(letter.source_path).stem or "letter"


@dataclass(frozen=True)
class LinkerConfig:
    """Linker settings; ``thresholds`` default to the packaged, data-chosen ones."""

    thresholds: Thresholds = field(default_factory=load_thresholds)
    max_candidates: int = 5
    language: str = "en"
    rarity: TokenRarity | None = None
    prior: GeneralPrior = field(default_factory=GeneralPrior)


class Linker:
    """Link letters' mentions against one knowledge base.

    Token rarity (the generic-word guard, :mod:`linkers.rarity`) is built from the KB's labels
    and aliases when the KB can list its items (snapshots, in-memory KBs; for live KBs, the
    labels of the candidates seen so far, one document per looked-up mention), the names of
    the letters being linked, and the general-language prior of ``config.prior``.
    ``config.rarity``, when given, replaces the KB part.

    Parameters
    ----------
    kb
        Any :class:`~linkers.kb.KnowledgeBase`.
    config
        Thresholds and options (defaults: the packaged thresholds).
    clock
        Returns the current time (recorded in ``decided_at``); tests pass a fixed one.
    overrides
        Human judgements applied before any scoring.
    checkpoint
        Append-only JSONL file of decisions; existing decisions in it are reused.
    """

    def __init__(
        self,
        kb: KnowledgeBase,
        *,
        config: LinkerConfig | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
        overrides: Overrides | None = None,
        checkpoint: Path | None = None,
    ) -> None:
        self.kb = kb
        self.config = config or LinkerConfig()
        self.clock = clock
        self.overrides = overrides or Overrides()
        self.checkpoint = Checkpoint(checkpoint) if checkpoint else None
        self._ancestors: dict[str, frozenset[str]] = {}
        self._countries: dict[str, str | None] = {}
        documents, self._live = kb_documents(kb)
        self.rarity = self.config.rarity or build_rarity(documents, prior=self.config.prior)

    def rarity_for(self, letters: Sequence[Letter]) -> TokenRarity:
        """Rarity for a run over ``letters``: the KB's (see above) plus the letters' names."""
        docs = [d for letter in letters for d in letter_documents(letter)]
        return self.rarity.with_documents(docs, self.config.prior)

    # -- letters ------------------------------------------------------------------------

    def link_letters(self, letters: Sequence[Letter]) -> list[list[LinkResult]]:
        """Decisions for several letters, token rarity counted over all of them; the look-ups
        of all letters are made together (see :meth:`link_letter`)."""
        rarity = self.rarity_for(letters)
        return self._link_run([(letter, ()) for letter in letters], rarity)

    def link_letter(
        self,
        letter: Letter,
        *,
        done: Iterable[LinkResult] = (),
        rarity: TokenRarity | None = None,
    ) -> list[LinkResult]:
        """Decisions for every recipient and signatory of ``letter``, in letter order.

        ``done`` holds decisions already made (e.g. by a crashed run); they are reused as they
        are, as are those in the checkpoint file. ``rarity`` defaults to
        :meth:`rarity_for` this letter. The KB is asked in phases (:mod:`linkers.prefetch`):
        all searches, then all entity records in one batched call and the class hierarchy,
        then each mention is decided from what was fetched.
        """
        rarity = rarity or self.rarity_for([letter])
        return self._link_run([(letter, tuple(done))], rarity)[0]

    def _link_run(
        self, items: Sequence[tuple[Letter, tuple[LinkResult, ...]]], rarity: TokenRarity
    ) -> list[list[LinkResult]]:
        saved = self.checkpoint.load() if self.checkpoint else {}
        plans = []
        for letter, done in items:
            lid = letter_id(letter)
            previous = {(lid, _result_key(r)): r for r in done}
            previous.update(saved)
            plans.append((lid, _jobs(letter), previous))
        pending = [
            (lid, mention, office)
            for lid, jobs, previous in plans
            for mention, office in jobs
            if (lid, _mention_key(mention)) not in previous
        ]
        memo = MemoKB(self.kb)
        looked, ids, country_ids = self._search_phase(memo, pending, rarity)
        mentions = [m for _, m, _ in pending if not isinstance(looked.get(id(m)), KGError)]
        self._fetch_phase(memo, ids, country_ids, mentions)
        out = []
        for lid, jobs, previous in plans:
            results = []
            for mention, office in jobs:
                key = _mention_key(mention)
                if (lid, key) in previous:
                    results.append(previous[(lid, key)])
                    continue
                result = self._decide(memo, lid, mention, office, rarity, looked)
                if self.checkpoint:
                    self.checkpoint.append(lid, key, result)
                results.append(result)
            out.append(results)
        return out

    def _search_phase(
        self, memo: MemoKB, pending: Sequence[_Job], rarity: TokenRarity
    ) -> tuple[dict[int, _Looked], list[str], list[str]]:
        """Phase 1: every search of every pending mention (each distinct one sent once).

        Returns each mention's hit ids (or look-up failure) by ``id(mention)``, the ids of
        all the mentions' hits and those of the hinted countries' hits. An abort first
        decides (and checkpoints) the mentions already searched, then propagates.
        """
        looked: dict[int, _Looked] = {}
        ids: list[str] = []
        country_ids: list[str] = []
        searched: list[_Job] = []
        for job in pending:
            lid = job[0]
            for mention in job[1:]:
                if mention is None or isinstance(self._precheck(mention, lid), LinkResult):
                    continue
                try:
                    hits = search_hits(memo, mention, rarity=rarity)
                except LinkingAbort:
                    self._salvage(memo, searched, rarity, looked)
                    raise
                except KGError as exc:
                    looked[id(mention)] = exc
                    continue
                looked[id(mention)] = hits
                ids += hits
            searched.append(job)
        hints = [
            c
            for _, m, _ in searched
            if isinstance(looked.get(id(m)), list)
            for c in m.country_hints
        ]
        for name in country_queries(hints):
            try:
                found = memo.search(name, languages=("en",), limit=COUNTRY_SEARCH_LIMIT)
            except LinkingAbort:
                self._salvage(memo, searched, rarity, looked)
                raise
            except KGError as exc:  # met again (and recorded) by the mentions concerned
                log.warning("country look-up failed for %r: %s", name, exc)
                continue
            country_ids += [h.qid for h in found]
        return looked, list(dict.fromkeys(ids)), country_ids

    def _fetch_phase(
        self,
        memo: MemoKB,
        ids: Sequence[str],
        country_ids: Sequence[str],
        mentions: Sequence[Mention],
    ) -> None:
        """Phase 2: the records of every hit in ONE ``entities`` call (clients batch it by
        50), then the class hierarchy of their types (one call per level) and the hinted
        countries. A failure here is met again, and recorded, by each mention when decided."""
        try:
            found = memo.entities([*ids, *country_ids])
            hits = (found[q] for q in ids if q in found)
            classes = [c for e in hits for c in e.values(PROP.INSTANCE_OF)]
            ancestors(memo, classes, self._ancestors)
            resolve_countries(memo, [c for m in mentions for c in m.country_hints], self._countries)
        except LinkingAbort:
            raise
        except KGError as exc:
            log.warning("batched look-up failed (%s); looking mentions up one by one", exc)

    def _salvage(
        self,
        memo: MemoKB,
        searched: Sequence[_Job],
        rarity: TokenRarity,
        looked: dict[int, _Looked],
    ) -> None:
        """Before an abort propagates: decide and checkpoint the mentions already searched,
        as far as the KB still answers."""
        if not self.checkpoint:
            return
        for lid, mention, office in searched:
            try:
                result = self._decide(memo, lid, mention, office, rarity, looked)
            except LinkingAbort:
                return
            self.checkpoint.append(lid, _mention_key(mention), result)

    def _decide(
        self,
        kb: KnowledgeBase,
        lid: str,
        mention: Mention,
        office: Mention | None,
        rarity: TokenRarity,
        looked: dict[int, _Looked],
    ) -> LinkResult:
        """Phase 3: a mention's decision (with its office's) from what was fetched."""
        result = self._from_looked(kb, lid, mention, rarity, looked)
        if office is not None:
            office_result = self._from_looked(kb, lid, office, rarity, looked)
            result = _with_office(result, office_result)
        return result

    def _from_looked(
        self,
        kb: KnowledgeBase,
        lid: str,
        mention: Mention,
        rarity: TokenRarity,
        looked: dict[int, _Looked],
    ) -> LinkResult:
        outcome = looked.get(id(mention))
        if isinstance(outcome, KGError):
            return self._failure(mention, outcome)
        return self._link_one(kb, mention, lid, rarity, qids=outcome)

    # -- one mention ----------------------------------------------------------------------

    def link_mention(
        self, mention: Mention, *, letter: str | None = None, rarity: TokenRarity | None = None
    ) -> LinkResult:
        """The decision for one mention (never raises for bad names or a failed lookup; a
        :class:`~kg.errors.LinkingAbort` from the KB propagates). ``rarity`` defaults to the
        KB's and the prior's (:attr:`rarity`)."""
        return self._link_one(self.kb, mention, letter, rarity)

    def _precheck(self, mention: Mention, letter: str | None) -> LinkResult | frozenset[str]:
        """A decision made without the KB (bad name, human judgement), or the ids a human
        ruled out for this mention."""
        name = clean_name(mention.name)
        if not name:
            return self._result(mention, Verdict(Decision.NIL, None, 0.0, 0.0, "empty name"))
        if len(name) > MAX_NAME_LENGTH:
            why = f"name is {len(name)} characters long (limit {MAX_NAME_LENGTH}); not looked up"
            return self._result(mention, Verdict(Decision.NIL, None, 0.0, 0.0, why))
        judged = self.overrides.resolve(
            mention_keys(name, letter=letter, position=mention.position)
        )
        if judged is not None and judged[0] in {"match", "no-match", "unsure"}:
            return self._manual(mention, judged)
        return judged[2] if judged else frozenset()

    def _link_one(
        self,
        kb: KnowledgeBase,
        mention: Mention,
        letter: str | None,
        rarity: TokenRarity | None,
        *,
        qids: Sequence[str] | None = None,
    ) -> LinkResult:
        """``qids``: the mention's hits when already searched (else searched now)."""
        checked = self._precheck(mention, letter)
        if isinstance(checked, LinkResult):
            return checked
        try:
            verdict = self._verdict(kb, mention, exclude=checked, rarity=rarity, qids=qids)
        except LinkingAbort:
            raise  # the KB is gone: stop; decisions so far are in the checkpoint
        except KGError as exc:
            return self._failure(mention, exc)
        return self._result(mention, verdict)

    def _failure(self, mention: Mention, exc: KGError) -> LinkResult:
        log.warning("lookup failed for %r: %s", clean_name(mention.name), exc)
        verdict = Verdict(Decision.NIL, None, 0.0, 0.0, f"lookup failed: {exc}")
        return replace(self._result(mention, verdict), extra=(("error", str(exc)),))

    def verdict(
        self,
        mention: Mention,
        *,
        exclude: frozenset[str] = frozenset(),
        rarity: TokenRarity | None = None,
    ) -> Verdict:
        """Candidates, scores and decision for a mention (may raise :class:`KGError`)."""
        return self._verdict(self.kb, mention, exclude=exclude, rarity=rarity)

    def _verdict(
        self,
        kb: KnowledgeBase,
        mention: Mention,
        *,
        exclude: frozenset[str] = frozenset(),
        rarity: TokenRarity | None = None,
        qids: Sequence[str] | None = None,
    ) -> Verdict:
        rarity = rarity or self.rarity
        found = gather(kb, mention, rarity=rarity) if qids is None else kb.entities(qids)
        self._saw(found.values())
        found = {q: e for q, e in found.items() if q not in exclude}
        ctx = self._context(kb, mention, found.values(), rarity=rarity)
        scored = score_candidates(
            mention,
            found.values(),
            ctx,
            self.config.thresholds.scoring,
            language=self.config.language,
        )
        verdict = decide(scored, self.config.thresholds)
        return replace(verdict, candidates=verdict.candidates[: self.config.max_candidates])

    def _saw(self, entities: Iterable[Entity]) -> None:
        """A live KB cannot be listed: count the candidates' names, one document per look-up."""
        if not self._live:
            return
        names = [n for e in entities for n in entity_names(e)]
        if names:
            self.rarity = self.rarity.with_documents([names], self.config.prior)

    def context(
        self, mention: Mention, entities: Iterable[Entity], *, rarity: TokenRarity | None = None
    ) -> ScoringContext:
        """The scoring context for a mention: class ancestry and country items from the KB."""
        return self._context(self.kb, mention, entities, rarity=rarity)

    def _context(
        self,
        kb: KnowledgeBase,
        mention: Mention,
        entities: Iterable[Entity],
        *,
        rarity: TokenRarity | None = None,
    ) -> ScoringContext:
        entities = list(entities)
        classes = [c for e in entities for c in e.values(PROP.INSTANCE_OF)]
        ancestors(kb, classes, self._ancestors)
        resolve_countries(kb, mention.country_hints, self._countries)
        countries = {k: v for k, v in self._countries.items() if v}
        return ScoringContext(
            ancestors=self._ancestors,
            country_items=countries,
            rarity=rarity or self.rarity,
            theme_words=_theme_words(mention.themes),
            min_rare=self.config.thresholds.min_distinctive,
        )

    # -- results --------------------------------------------------------------------------

    def _source(self, qid: str | None) -> KBSource:
        source_of = getattr(self.kb, "source_of", None)
        if qid and callable(source_of):
            try:
                return source_of(qid)
            except KGError:
                pass
        return self.kb.source

    def _result(self, mention: Mention, v: Verdict, *, method: str = "automatic") -> LinkResult:
        return LinkResult(
            role=mention.role,
            name=clean_name(mention.name) or mention.name[:MAX_NAME_LENGTH],
            decision=v.decision,
            position=mention.position,
            qid=v.qid,
            score=v.score,
            margin=v.margin,
            candidates=v.candidates,
            source=self._source(v.qid),
            method=method,
            explanation=v.explanation,
            decided_at=self.clock().isoformat(timespec="seconds"),
        )

    def _manual(
        self, mention: Mention, judged: tuple[str, str | None, frozenset[str]]
    ) -> LinkResult:
        judgement, qid, _ = judged
        if judgement == "match":
            v = Verdict(Decision.LINKED, qid, 1.0, 1.0, f"manual: judged to be {qid}")
        elif judgement == "no-match":
            v = Verdict(Decision.NIL, None, 0.0, 0.0, "manual: judged to have no item")
        else:
            v = Verdict(Decision.REVIEW, None, 0.0, 0.0, "manual: judged unsure")
        return self._result(mention, v, method="manual")


@lru_cache(maxsize=256)
def _theme_words(theme_ids: tuple[str, ...]) -> tuple[str, ...]:
    """Keyed labels and synonyms of the themes (from the one theme scheme), for topical fit."""
    from kg.themes import theme_by_id

    words: list[str] = []
    for tid in theme_ids:
        try:
            theme = theme_by_id(tid)
        except (KeyError, LookupError, ValueError):
            words.append(name_key(tid.replace("-", " ")))
            continue
        words += [name_key(w) for w in (theme.label, *theme.synonyms)]
    return tuple(dict.fromkeys(w for w in words if w))


def _jobs(letter: Letter) -> list[tuple[Mention, Mention | None]]:
    """The letter's mentions in order: each recipient with its office, then the signatories."""
    themes = tuple(t.id for t in letter.themes)
    jobs: list[tuple[Mention, Mention | None]] = [
        (from_recipient(r, date=letter.date, themes=themes), from_role(r, date=letter.date))
        for r in letter.recipients
    ]
    jobs += [(from_signatory(s, date=letter.date, themes=themes), None) for s in letter.signatories]
    return jobs


def _mention_key(m: Mention) -> str:
    if m.role == MentionRole.SIGNATORY and m.position is not None:
        return f"signatory#{m.position}"
    return f"{m.role.value}:{name_key(m.name)}"


def _result_key(r: LinkResult) -> str:
    if r.role == MentionRole.SIGNATORY and r.position is not None:
        return f"signatory#{r.position}"
    return f"{r.role.value}:{name_key(r.name)}"


def _with_office(person: LinkResult, office: LinkResult) -> LinkResult:
    extra = (
        ("office_name", office.name),
        ("office_decision", office.decision.value),
        ("office_qid", office.qid or ""),
        ("office_score", f"{office.score:.4f}"),
        ("office_explanation", office.explanation),
    )
    return replace(person, extra=person.extra + extra)
