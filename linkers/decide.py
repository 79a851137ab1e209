"""From scored candidates to a verdict: LINKED, REVIEW or NIL, with the reason in words.

"A false link is worse than a missing one." Hard rules come first and cannot be outweighed:

* **ruled out** (never linked, never proposed): a place qualifier that differs between the
  mention and the candidate (a national section or chapter), a type that excludes the kind
  (a person for an organisation), or a name match carried only by generic words (no rare token
  agrees);
* **at most REVIEW**: an acronym alone, an item dissolved before (or founded after) the
  letter's date, a country that contradicts the hints, a knowledge-base record marked
  unverified (unless ``link_unverified``), or a runner-up within ``margin`` (a runner-up that
  did not exist at the date or whose country contradicts the hints does not count).

Then the calibrated score decides against ``link`` and ``review`` thresholds, which are chosen
on the labelled set by :mod:`linkers.calibrate` and stored in ``linkers/data/thresholds.json``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from kg.errors import InputError
from kg.model import Candidate, Decision
from linkers.scoring import ScoringConfig

__all__ = ["Thresholds", "Verdict", "blocking_reason", "decide", "load_thresholds", "review_caps"]


@dataclass(frozen=True)
class Thresholds:
    """Decision thresholds and the scoring configuration they were tuned with."""

    link: float = 0.8
    review: float = 0.4
    margin: float = 0.15
    min_distinctive: float = 0.7
    link_unverified: bool = False
    scoring: ScoringConfig = field(default_factory=ScoringConfig)


@dataclass(frozen=True)
class Verdict:
    decision: Decision
    qid: str | None
    score: float
    margin: float
    explanation: str
    candidates: tuple[Candidate, ...] = ()


def load_thresholds(path: Path | None = None) -> Thresholds:
    """Read thresholds and scoring weights from JSON (the packaged file by default)."""
    try:
        if path is None:
            text = resources.files("linkers.data").joinpath("thresholds.json").read_text("utf-8")
        else:
            text = Path(path).read_text("utf-8")
        data = json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read thresholds file {path or 'thresholds.json'}: {exc}") from exc
    return thresholds_from_dict(data)


def thresholds_from_dict(data: Mapping[str, object]) -> Thresholds:
    """Build :class:`Thresholds` from the JSON mapping (unknown keys are ignored).

    Raises
    ------
    InputError
        When the mapping does not have the expected shape (a user-supplied file).
    """
    try:
        return _thresholds(data)
    except (AttributeError, TypeError, ValueError) as exc:
        raise InputError(f"malformed thresholds file: {exc}") from exc


def _thresholds(data: Mapping[str, object]) -> Thresholds:
    scoring = data.get("scoring", {})
    if not isinstance(scoring, Mapping):
        raise TypeError("'scoring' must be an object")
    cfg = ScoringConfig(
        weights={str(k): float(v) for k, v in dict(scoring.get("weights", {})).items()},
        slope=float(scoring.get("slope", 1.0)),
        intercept=float(scoring.get("intercept", 0.0)),
    )
    keys = ("link", "review", "margin", "min_distinctive")
    values = {k: float(data[k]) for k in keys if k in data}  # type: ignore[arg-type]
    return Thresholds(
        **values, link_unverified=bool(data.get("link_unverified", False)), scoring=cfg
    )


def blocking_reason(c: Candidate, t: Thresholds) -> str | None:
    """Why a candidate is ruled out altogether, or ``None``."""
    f = c.feature_map
    if f.get("place_conflict", 0.0) >= 1.0:
        return "its place qualifier differs from the mention's (a section or chapter)"
    if f.get("type", 0.5) == 0.0:
        return "its type does not fit the kind of mention"
    if f.get("distinctive", 0.0) < t.min_distinctive and f.get("acronym", 0.0) == 0.0:
        return "only generic words of the name agree"
    return None


def review_caps(c: Candidate, t: Thresholds) -> list[str]:
    f = c.feature_map
    caps = []
    if f.get("acronym_only", 0.0) >= 1.0:
        caps.append("only the acronym matches")
    if f.get("existence", 0.5) == 0.0:
        caps.append("the item did not exist at the letter's date")
    if f.get("country", 0.5) == 0.0:
        caps.append("its country contradicts the hints")
    if f.get("unverified", 0.0) >= 1.0 and not t.link_unverified:
        caps.append("the knowledge-base record is marked unverified")
    return caps


def decide(candidates: Sequence[Candidate], t: Thresholds) -> Verdict:
    """The verdict for one mention from its scored candidates (best first)."""
    if not candidates:
        return Verdict(Decision.NIL, None, 0.0, 0.0, "no candidate found")
    ruled = [(c, blocking_reason(c, t)) for c in candidates]
    eligible = [c for c, why in ruled if why is None]
    notes = [f"{c.label} ({c.qid}) ruled out: {why}" for c, why in ruled[:3] if why]
    if not eligible:
        return Verdict(Decision.NIL, None, 0.0, 0.0, "; ".join(notes), tuple(candidates))
    top = eligible[0]
    # an item that did not exist at the letter's date (a predecessor) or whose country
    # contradicts the hints does not compete
    rivals = [
        c
        for c in eligible[1:]
        if c.feature_map.get("existence", 0.5) != 0.0 and c.feature_map.get("country", 0.5) != 0.0
    ]
    runner = rivals[0].score if rivals else 0.0
    margin = round(top.score - runner, 4)
    caps = review_caps(top, t)
    if rivals and margin < t.margin:
        caps.append(f"runner-up {rivals[0].label} ({rivals[0].qid}) is within {t.margin}")
    ordered = tuple(eligible) + tuple(c for c, why in ruled if why)
    said = f"best {top.label} ({top.qid}) score {top.score:.2f}, margin {margin:.2f}"
    if top.score >= t.link and not caps:
        return Verdict(Decision.LINKED, top.qid, top.score, margin, _join(said, notes), ordered)
    if top.score >= t.review or (caps and top.score >= t.link):
        reason = "; ".join(caps) if caps else f"score below {t.link}"
        return Verdict(
            Decision.REVIEW, None, top.score, margin, _join(f"{said}: {reason}", notes), ordered
        )
    return Verdict(
        Decision.NIL, None, top.score, margin, _join(f"{said}: below {t.review}", notes), ordered
    )


def _join(head: str, notes: list[str]) -> str:
    return "; ".join([head, *notes])
