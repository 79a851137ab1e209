"""Acceptance: the seed letter, offline, against the bundled snapshot.

Signatories are built from the hand-checked gold rows (so this pins the linker, not the
parser); recipients as the letter's address line gives them.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from kg.model import (
    Decision,
    Letter,
    MentionRole,
    Recipient,
    RecipientKind,
    Signatory,
    SignatoryKind,
)
from linkers.factory import open_kb
from linkers.linker import Linker

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "seed-signatories.tsv"

#: Seed signatories whose own item is in the bundled snapshot.
EXPECTED_SIGNATORIES = {19: "Q42970", 122: "Q187052", 201: "Q154330", 186: "Q7118978"}


def gold_signatories() -> list[Signatory]:
    with GOLD.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [
        Signatory(
            position=int(r["n"]),
            raw=r["raw"],
            name=r["name"],
            kind=SignatoryKind(r["kind"]),
            acronym=r["acronym"] or None,
            alt_names=tuple(a for a in r["alt_names"].split(" | ") if a),
            country_hints=(r["country_in_name"],) if r["country_in_name"] else (),
            themes=(r["theme_in_name"],) if r["theme_in_name"] else (),
        )
        for r in rows
    ]


RECIPIENTS = (
    Recipient("UN Secretary-General Antonio Guterres", "Antonio Guterres", "UN Secretary-General"),
    Recipient(
        "UN High Commissioner for Human Rights Michelle Bachelet",
        "Michelle Bachelet",
        "UN High Commissioner for Human Rights",
    ),
    Recipient("UN Member States", "UN Member States", None, RecipientKind.COLLECTIVE),
)


@pytest.fixture(scope="module")
def seed_results():
    letter = Letter(
        title="Global call",
        source_path="global-call-un-mechanism-china-2020.txt",
        source_format="txt",
        date=dt.date(2020, 9, 9),
        recipients=RECIPIENTS,
        signatories=tuple(gold_signatories()),
    )
    kb = open_kb("auto", offline=True)
    return Linker(kb).link_letter(letter)


def test_every_mention_gets_one_decision(seed_results) -> None:
    assert len(seed_results) == 3 + 281
    assert [r.position for r in seed_results if r.role == MentionRole.SIGNATORY] == list(
        range(1, 282)
    )


def test_signatories_in_the_snapshot_are_linked_to_their_own_item(seed_results) -> None:
    linked = {
        r.position: r.qid for r in seed_results if r.decision == Decision.LINKED and r.position
    }
    assert linked == EXPECTED_SIGNATORIES


def test_all_other_signatories_are_nil(seed_results) -> None:
    others = [r for r in seed_results if r.position and r.position not in EXPECTED_SIGNATORIES]
    assert len(others) == 277
    not_nil = [(r.position, r.name, r.decision) for r in others if r.decision != Decision.NIL]
    assert not_nil == []


def test_sections_and_chapters_name_the_parent_they_refused(seed_results) -> None:
    by_pos = {r.position: r for r in seed_results}
    # Students For a Free Tibet - India, SFT Japan, ACAT Belgium...: NIL with a reason when a
    # relative was a candidate
    for pos in (2, 120, 223):
        assert by_pos[pos].decision == Decision.NIL and by_pos[pos].qid is None


def test_recipients_and_their_offices(seed_results) -> None:
    rec = {r.name: r for r in seed_results if r.role == MentionRole.RECIPIENT}
    guterres = rec["Antonio Guterres"]
    assert (guterres.decision, guterres.qid) == (Decision.LINKED, "Q311440")
    assert dict(guterres.extra)["office_qid"] == "Q81066"
    states = rec["UN Member States"]
    assert (states.decision, states.qid) == (Decision.LINKED, "Q160016")
    bachelet = rec["Michelle Bachelet"]
    # Q320 comes from an unverified record in the bundled snapshot: proposed, not auto-linked
    assert bachelet.decision == Decision.REVIEW and bachelet.qid is None
    assert bachelet.candidates[0].qid == "Q320"
    assert "unverified" in bachelet.explanation
    assert dict(bachelet.extra)["office_qid"] == "Q656812"


def test_results_carry_source_and_features(seed_results) -> None:
    amnesty = next(r for r in seed_results if r.position == 19)
    assert amnesty.source is not None and amnesty.source.name == "snapshot:bundled"
    assert amnesty.source.retrieved
    top = amnesty.candidates[0]
    assert top.qid == "Q42970" and top.feature_map["name_exact"] == 1.0
    assert 0.0 <= amnesty.score <= 1.0 and amnesty.margin > 0
