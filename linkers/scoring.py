"""Combining features into one calibrated score per candidate.

The raw score is a weighted sum of the features (neutral-centred features contribute
``w * (2f - 1)``, so "unknown" adds nothing); a logistic curve fitted on the labelled set
(Platt scaling, see :mod:`linkers.calibrate`) turns it into a probability-like score in [0, 1].
Weights and the calibration live in ``linkers/data/thresholds.json``, not in code.

Examples
--------
>>> cfg = ScoringConfig(weights={"name_fuzzy": 2.0}, slope=1.0, intercept=-1.0)
>>> round(calibrated({"name_fuzzy": 1.0}, cfg), 3)
0.731
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kg.model import Candidate
from linkers.features import FEATURES, ScoringContext, compute_features, is_wikimedia_internal
from linkers.kb import Entity
from linkers.mention import Mention

__all__ = ["CENTRED", "ScoringConfig", "calibrated", "raw_score", "score_candidates"]

#: Features whose neutral value is 0.5 ("the KB does not say").
CENTRED = frozenset({"type", "country", "existence", "topic", "website"})


@dataclass(frozen=True)
class ScoringConfig:
    """Feature weights and the logistic calibration (``slope``, ``intercept``)."""

    weights: Mapping[str, float] = field(default_factory=dict)
    slope: float = 1.0
    intercept: float = 0.0


def raw_score(features: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """Weighted sum of features; centred features count from their neutral value."""
    total = 0.0
    for name, weight in weights.items():
        value = features.get(name, 0.0)
        total += weight * ((2.0 * value - 1.0) if name in CENTRED else value)
    return total


def calibrated(features: Mapping[str, float], config: ScoringConfig) -> float:
    """The calibrated score in [0, 1]."""
    z = config.slope * raw_score(features, config.weights) + config.intercept
    z = max(-50.0, min(50.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def score_candidates(
    mention: Mention,
    entities: Iterable[Entity],
    ctx: ScoringContext,
    config: ScoringConfig,
    *,
    language: str = "en",
) -> list[Candidate]:
    """Score every entity for the mention, best first; Wikimedia-internal items are dropped."""
    out: list[Candidate] = []
    for entity in entities:
        if is_wikimedia_internal(entity, ctx):
            continue
        feats = compute_features(mention, entity, ctx)
        out.append(
            Candidate(
                qid=entity.qid,
                label=entity.label((language, "en", "mul")),
                description=entity.descriptions.get(language) or entity.descriptions.get("en"),
                score=round(calibrated(feats, config), 4),
                features=tuple((name, feats[name]) for name in FEATURES),
            )
        )
    out.sort(key=lambda c: (-c.score, c.qid))
    return out
