"""The linker on real Wikidata entity shapes (tests/data/wikidata/real-responses/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.model import Decision
from linkers.features import ScoringContext, compute_features
from linkers.linker import Linker
from linkers.mention import Mention, MentionKind
from linkers.snapshot import SnapshotKB

REAL = Path(__file__).resolve().parents[1] / "data" / "wikidata" / "real-responses"


@pytest.fixture(scope="module")
def kb() -> SnapshotKB:
    records = []
    for path in sorted(REAL.glob("*.json")):
        records += list(json.loads(path.read_text(encoding="utf-8")).get("entities", {}).values())
    return SnapshotKB.from_records(records, name="real-responses")


def test_namesakes_of_the_same_type_go_to_review_not_a_guess(kb: SnapshotKB) -> None:
    r = Linker(kb).link_mention(Mention("Vladimir Putin", kind=MentionKind.PERSON))
    assert r.decision == Decision.REVIEW and r.qid is None
    assert {c.qid for c in r.candidates} >= {"Q7747", "Q19300851"}
    assert "runner-up" in r.explanation


def test_an_organisation_mention_never_links_to_a_person(kb: SnapshotKB) -> None:
    r = Linker(kb).link_mention(Mention("Vladimir Putin", kind=MentionKind.ORGANIZATION))
    assert r.decision == Decision.NIL


def test_every_real_entity_scores_without_error(kb: SnapshotKB) -> None:
    entities = kb.entities(kb.qids())
    assert len(entities) == 66
    for entity in entities.values():
        feats = compute_features(Mention(entity.label()), entity, ScoringContext())
        assert all(0.0 <= v <= 1.0 for v in feats.values())
        assert feats["name_fuzzy"] > 0.9  # its own label
