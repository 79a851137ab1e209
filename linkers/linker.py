"""The linker: mentions of a letter → :class:`~kg.model.LinkResult` decisions.

For each signatory and recipient (and each recipient's office): the overrides file (human
judgements, recorded as ``method="manual"``), then candidate generation
(:mod:`linkers.candidates`), pure feature scoring (:mod:`linkers.scoring`) and the decision
rules (:mod:`linkers.decide`). A run (one letter, or several with :meth:`Linker.link_letters`)
asks the knowledge base in phases (:mod:`linkers.phases`): (1) the searches of every pending
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
from kg.model import Decision, KBSource, Letter, LinkResult
from linkers.candidates import gather
from linkers.checkpoint import Checkpoint
from linkers.classes import ancestors
from linkers.countries import resolve_countries
from linkers.decide import Thresholds, Verdict, decide, load_thresholds
from linkers.features import ScoringContext
from linkers.kb import Entity, KnowledgeBase
from linkers.mention import Mention
from linkers.normalize import MAX_NAME_LENGTH, clean_name, name_key
from linkers.overrides import Overrides, mention_keys
from linkers.phases import LinkRun
from linkers.properties import PROP
from linkers.rarity import GeneralPrior, TokenRarity, build_rarity
from linkers.scoring import score_candidates
from linkers.vocabulary import entity_names, kb_documents, letter_documents

__all__ = ["Linker", "LinkerConfig", "letter_id", "utc_now"]

log = logging.getLogger(__name__)


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
        return LinkRun(self, rarity).link([(letter_id(x), x, ()) for x in letters])

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
        then each mention is decided from what was fetched (:mod:`linkers.phases`).
        """
        rarity = rarity or self.rarity_for([letter])
        return LinkRun(self, rarity).link([(letter_id(letter), letter, tuple(done))])[0]

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
