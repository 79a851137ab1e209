"""Score combination and calibration."""

from __future__ import annotations

from linkers.features import ScoringContext
from linkers.kb import ClaimValue, Entity
from linkers.mention import Mention
from linkers.scoring import ScoringConfig, calibrated, raw_score, score_candidates

CFG = ScoringConfig(
    weights={"name_fuzzy": 4.0, "type": 1.0, "place_conflict": -4.0}, slope=1.0, intercept=-3.0
)


def test_centred_features_add_nothing_when_unknown() -> None:
    assert raw_score({"name_fuzzy": 1.0, "type": 0.5}, CFG.weights) == 4.0
    assert raw_score({"name_fuzzy": 1.0, "type": 1.0}, CFG.weights) == 5.0
    assert raw_score({"name_fuzzy": 1.0, "type": 0.0}, CFG.weights) == 3.0


def test_calibrated_score_is_a_probability_and_monotone() -> None:
    low = calibrated({"name_fuzzy": 0.2}, CFG)
    high = calibrated({"name_fuzzy": 1.0}, CFG)
    assert 0.0 <= low < high <= 1.0
    assert calibrated({"name_fuzzy": 1e9}, CFG) <= 1.0  # no overflow


def test_candidates_sorted_best_first_and_wikimedia_items_dropped() -> None:
    org = Entity("Q1", labels={"en": "Free Tibet"}, claims={"P31": (ClaimValue("Q43229"),)})
    film = Entity("Q2", labels={"en": "Free Tibet (film)"})
    disamb = Entity("Q3", labels={"en": "Free Tibet"}, claims={"P31": (ClaimValue("Q4167410"),)})
    out = score_candidates(Mention("Free Tibet"), [film, disamb, org], ScoringContext(), CFG)
    assert [c.qid for c in out] == ["Q1", "Q2"]
    assert out[0].score >= out[1].score
    assert dict(out[0].features)["name_exact"] == 1.0
