"""Decision rules: hard blocks, review caps, thresholds, margins."""

from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.model import Candidate, Decision
from linkers.decide import Thresholds, decide, load_thresholds

T = Thresholds(link=0.8, review=0.4, margin=0.1, min_distinctive=0.7)
GOOD = {"distinctive": 1.0, "type": 1.0, "existence": 0.5, "country": 0.5}


def cand(qid: str, score: float, **features: float) -> Candidate:
    feats = {**GOOD, **features}
    return Candidate(qid, qid.lower(), score=score, features=tuple(feats.items()))


def test_no_candidate_is_nil() -> None:
    assert decide([], T).decision == Decision.NIL


def test_clear_winner_is_linked_with_margin() -> None:
    v = decide([cand("Q1", 0.95), cand("Q2", 0.3)], T)
    assert (v.decision, v.qid, v.margin) == (Decision.LINKED, "Q1", 0.65)


def test_close_runner_up_sends_to_review() -> None:
    v = decide([cand("Q1", 0.95), cand("Q2", 0.9)], T)
    assert v.decision == Decision.REVIEW and v.qid is None and "runner-up" in v.explanation


def test_place_conflict_rules_the_candidate_out_and_says_so() -> None:
    v = decide([cand("Q1", 0.99, place_conflict=1.0)], T)
    assert v.decision == Decision.NIL and "place qualifier" in v.explanation


def test_generic_only_match_and_wrong_type_never_link() -> None:
    assert decide([cand("Q1", 0.99, distinctive=0.4)], T).decision == Decision.NIL
    assert decide([cand("Q1", 0.99, type=0.0)], T).decision == Decision.NIL


@pytest.mark.parametrize(
    "feature",
    [
        {"acronym_only": 1.0, "acronym": 1.0},
        {"existence": 0.0},
        {"country": 0.0},
        {"unverified": 1.0},
    ],
)
def test_caps_keep_a_high_score_at_review(feature: dict[str, float]) -> None:
    v = decide([cand("Q1", 0.99, **feature)], T)
    assert v.decision == Decision.REVIEW


def test_acronym_alone_never_links_whatever_the_thresholds() -> None:
    lax = Thresholds(link=0.0, review=0.0, margin=0.0, min_distinctive=0.0)
    v = decide([cand("Q1", 1.0, acronym=1.0, acronym_only=1.0, distinctive=0.0)], lax)
    assert v.decision != Decision.LINKED


def test_unverified_may_link_when_configured() -> None:
    t = Thresholds(link=0.8, review=0.4, margin=0.1, link_unverified=True)
    assert decide([cand("Q1", 0.99, unverified=1.0)], t).decision == Decision.LINKED


def test_dissolved_predecessor_does_not_count_as_runner_up() -> None:
    v = decide([cand("Q1", 0.95), cand("Q2", 0.94, existence=0.0)], T)
    assert v.decision == Decision.LINKED


def test_low_score_is_nil_and_middle_is_review() -> None:
    assert decide([cand("Q1", 0.2)], T).decision == Decision.NIL
    assert decide([cand("Q1", 0.6)], T).decision == Decision.REVIEW


def test_packaged_thresholds_were_chosen_by_the_script() -> None:
    t = load_thresholds()
    assert 0 < t.review < t.link <= 1 and t.scoring.weights


def test_unreadable_thresholds_file_is_a_clear_error(tmp_path) -> None:
    bad = tmp_path / "t.json"
    bad.write_text("{not json")
    with pytest.raises(InputError, match="thresholds"):
        load_thresholds(bad)
    good = tmp_path / "g.json"
    good.write_text(json.dumps({"link": 0.9, "review": 0.5}))
    assert load_thresholds(good).link == 0.9


@pytest.mark.parametrize(
    "content",
    ['{"scoring": []}', "[1]", '{"link": "x"}', '{"scoring": {"weights": {"type": "heavy"}}}'],
)
def test_malformed_thresholds_file_is_an_input_error_not_a_crash(tmp_path, content) -> None:
    # Bug: a thresholds file of the wrong shape raised AssertionError / AttributeError /
    # ValueError, so `kg link --thresholds` ended with "internal error" (exit 70).
    path = tmp_path / "t.json"
    path.write_text(content)
    with pytest.raises(InputError, match="malformed thresholds file"):
        load_thresholds(path)
