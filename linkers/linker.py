"""The linker: mentions of a letter → :class:`~kg.model.LinkResult` decisions.

For each signatory and recipient (and each recipient's office), in order: the overrides file
(human judgements, recorded as ``method="manual"``), then candidate generation
(:mod:`linkers.candidates`, the only place that calls the KB besides class and country
look-ups), pure feature scoring (:mod:`linkers.scoring`) and the decision rules
(:mod:`linkers.decide`). Runs are resumable: decisions from a checkpoint (or passed in) are
reused, new ones are appended as they are made. A KB failure on one mention
(:class:`~kg.errors.LinkingError`) is recorded on that mention (NIL with the error, retried on
the next run) without stopping the run; :class:`~kg.errors.LinkingAbort` (retries exhausted,
access refused) stops it, with every decision made so far already in the checkpoint.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from kg.errors import KGError, LinkingAbort
from kg.model import Decision, KBSource, Letter, LinkResult, MentionRole
from linkers.candidates import gather
from linkers.checkpoint import Checkpoint
from linkers.classes import ancestors
from linkers.countries import resolve_countries
from linkers.decide import Thresholds, Verdict, decide, load_thresholds
from linkers.features import ScoringContext
from linkers.kb import Entity, KnowledgeBase
from linkers.mention import Mention, from_recipient, from_role, from_signatory
from linkers.normalize import MAX_NAME_LENGTH, clean_name, name_key
from linkers.overrides import Overrides, mention_keys
from linkers.properties import PROP
from linkers.rarity import TokenRarity, default_rarity
from linkers.scoring import score_candidates

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
    rarity: TokenRarity = field(default_factory=default_rarity)


class Linker:
    """Link letters' mentions against one knowledge base.

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

    # -- letters ------------------------------------------------------------------------

    def link_letter(self, letter: Letter, *, done: Iterable[LinkResult] = ()) -> list[LinkResult]:
        """Decisions for every recipient and signatory of ``letter``, in letter order.

        ``done`` holds decisions already made (e.g. by a crashed run); they are reused as they
        are, as are those in the checkpoint file.
        """
        lid = letter_id(letter)
        previous = {(lid, _result_key(r)): r for r in done}
        if self.checkpoint:
            previous.update(self.checkpoint.load())
        themes = tuple(t.id for t in letter.themes)
        jobs: list[tuple[Mention, Mention | None]] = []
        for rec in letter.recipients:
            jobs.append(
                (
                    from_recipient(rec, date=letter.date, themes=themes),
                    from_role(rec, date=letter.date),
                )
            )
        for sig in letter.signatories:
            jobs.append((from_signatory(sig, date=letter.date, themes=themes), None))
        results = []
        for mention, office in jobs:
            key = _mention_key(mention)
            if (lid, key) in previous:
                results.append(previous[(lid, key)])
                continue
            result = self.link_mention(mention, letter=lid)
            if office is not None:
                result = _with_office(result, self.link_mention(office, letter=lid))
            if self.checkpoint:
                self.checkpoint.append(lid, key, result)
            results.append(result)
        return results

    # -- one mention ----------------------------------------------------------------------

    def link_mention(self, mention: Mention, *, letter: str | None = None) -> LinkResult:
        """The decision for one mention (never raises for bad names or a failed lookup; a
        :class:`~kg.errors.LinkingAbort` from the KB propagates)."""
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
        excluded = judged[2] if judged else frozenset()
        try:
            verdict = self.verdict(mention, exclude=excluded)
        except LinkingAbort:
            raise  # the KB is gone: stop; decisions so far are in the checkpoint
        except KGError as exc:
            log.warning("lookup failed for %r: %s", name, exc)
            verdict = Verdict(Decision.NIL, None, 0.0, 0.0, f"lookup failed: {exc}")
            return replace(self._result(mention, verdict), extra=(("error", str(exc)),))
        return self._result(mention, verdict)

    def verdict(self, mention: Mention, *, exclude: frozenset[str] = frozenset()) -> Verdict:
        """Candidates, scores and decision for a mention (may raise :class:`KGError`)."""
        found = gather(self.kb, mention, rarity=self.config.rarity)
        found = {q: e for q, e in found.items() if q not in exclude}
        ctx = self.context(mention, found.values())
        scored = score_candidates(
            mention,
            found.values(),
            ctx,
            self.config.thresholds.scoring,
            language=self.config.language,
        )
        verdict = decide(scored, self.config.thresholds)
        return replace(verdict, candidates=verdict.candidates[: self.config.max_candidates])

    def context(self, mention: Mention, entities: Iterable[Entity]) -> ScoringContext:
        """The scoring context for a mention: class ancestry and country items from the KB."""
        entities = list(entities)
        classes = [c for e in entities for c in e.values(PROP.INSTANCE_OF)]
        ancestors(self.kb, classes, self._ancestors)
        resolve_countries(self.kb, mention.country_hints, self._countries)
        countries = {k: v for k, v in self._countries.items() if v}
        return ScoringContext(
            ancestors=self._ancestors,
            country_items=countries,
            rarity=self.config.rarity,
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
