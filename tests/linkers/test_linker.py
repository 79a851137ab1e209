"""The linker end to end on an in-memory KB: decisions, robustness, resumability."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import LinkingAbort, LinkingError
from kg.model import Decision, Letter, LinkResult, MentionRole, Signatory
from linkers.kb import ClaimValue, Entity
from linkers.linker import Linker
from linkers.memory import MemoryKB
from linkers.mention import Mention
from linkers.overrides import Overrides, parse_line

NGO = (ClaimValue("Q163740"),)
ENTITIES = [
    Entity(
        "Q42970",
        labels={"en": "Amnesty International"},
        aliases={"en": ("AI",)},
        claims={"P31": NGO},
    ),
    Entity("Q9000000001", labels={"en": "ACAT-France"}, claims={"P31": NGO}),
    Entity("Q9000000030", labels={"en": "René Cassin"}, claims={"P31": (ClaimValue("Q5"),)}),
]
CLOCK = lambda: dt.datetime(2026, 1, 1, tzinfo=dt.UTC)  # noqa: E731


def linker(**kw) -> Linker:
    return Linker(MemoryKB(ENTITIES), clock=CLOCK, **kw)


def letter(*names: str) -> Letter:
    sigs = tuple(Signatory(i, n, n) for i, n in enumerate(names, 1))
    return Letter(
        title=None, source_path="x/test-letter.txt", source_format="txt", signatories=sigs
    )


def test_link_nil_and_person_trap() -> None:
    out = linker().link_letter(letter("Amnesty International", "ACAT Belgium", "René Cassin"))
    assert [(r.decision, r.qid) for r in out] == [
        (Decision.LINKED, "Q42970"),
        (Decision.NIL, None),
        (Decision.NIL, None),
    ]
    assert out[0].decided_at == "2026-01-01T00:00:00+00:00"
    assert "type does not fit" in out[2].explanation


def test_bad_names_give_clear_nil_not_crashes() -> None:
    lk = linker()
    assert lk.link_mention(Mention("")).explanation == "empty name"
    long = lk.link_mention(Mention("A" * 10_000))
    assert long.decision == Decision.NIL and "10000 characters" in long.explanation
    ctrl = lk.link_mention(Mention("Amnesty\x00 International\x07"))
    assert ctrl.qid == "Q42970"


class FailingKB(MemoryKB):
    def search(self, text, *, languages=("en",), limit=10):
        if "Amnesty" in text:
            raise LinkingError("truncated JSON from the server")
        return super().search(text, languages=languages, limit=limit)


class DeadKB(MemoryKB):
    def search(self, text, *, languages=("en",), limit=10):
        if "ACAT" in text:
            raise LinkingAbort("retries exhausted")
        return super().search(text, languages=languages, limit=limit)


def test_abort_stops_the_run_and_keeps_what_was_decided(tmp_path) -> None:
    ck = tmp_path / "ck.jsonl"
    with pytest.raises(LinkingAbort):
        Linker(DeadKB(ENTITIES), clock=CLOCK, checkpoint=ck).link_letter(
            letter("Amnesty International", "ACAT-France")
        )
    assert len(ck.read_text().splitlines()) == 1  # Amnesty's decision survived
    again = linker(checkpoint=ck).link_letter(letter("Amnesty International", "ACAT-France"))
    assert [r.qid for r in again] == ["Q42970", "Q9000000001"]


def test_kb_failure_is_recorded_on_the_mention_and_the_run_continues(tmp_path) -> None:
    ck = tmp_path / "ck.jsonl"
    lk = Linker(FailingKB(ENTITIES), clock=CLOCK, checkpoint=ck)
    out = lk.link_letter(letter("Amnesty International", "ACAT-France"))
    assert out[0].decision == Decision.NIL and "lookup failed" in out[0].explanation
    assert out[1].qid == "Q9000000001"
    # the failed one is retried on the next run, the good one is reused
    again = linker(checkpoint=ck).link_letter(letter("Amnesty International", "ACAT-France"))
    assert again[0].qid == "Q42970"
    assert again[1] == out[1]


def test_checkpoint_resumes_after_a_crash(tmp_path) -> None:
    ck = tmp_path / "ck.jsonl"
    first = linker(checkpoint=ck).link_letter(letter("Amnesty International", "ACAT-France"))
    lines = ck.read_text().splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["letter"] == "test-letter"
    with ck.open("a") as fh:
        fh.write('{"letter": "test-letter", "key": "signatory#3", "res')  # torn line
    calls: list[str] = []

    class CountingKB(MemoryKB):
        def search(self, text, *, languages=("en",), limit=10):
            calls.append(text)
            return super().search(text, languages=languages, limit=limit)

    again = Linker(CountingKB(ENTITIES), clock=CLOCK, checkpoint=ck).link_letter(
        letter("Amnesty International", "ACAT-France")
    )
    assert again == first and calls == []


def test_checkpoint_torn_inside_a_multibyte_character_still_resumes(tmp_path) -> None:
    # Bug: a crash that cut a UTF-8 character in half made the next run end with an internal
    # UnicodeDecodeError instead of skipping the torn line.
    ck = tmp_path / "ck.jsonl"
    first = linker(checkpoint=ck).link_letter(letter("Amnesty International", "ACAT-France"))
    with ck.open("ab") as fh:
        fh.write('{"letter": "test-letter", "key": "signatory#3", "name": "Тиб'.encode()[:-1])
    again = linker(checkpoint=ck).link_letter(letter("Amnesty International", "ACAT-France"))
    assert again == first


def test_done_results_are_reused() -> None:
    done = [
        LinkResult(
            MentionRole.SIGNATORY,
            "Amnesty International",
            Decision.NIL,
            position=1,
            method="manual",
        )
    ]
    out = linker().link_letter(letter("Amnesty International"), done=done)
    assert out[0].method == "manual"


def test_overrides_apply_first_and_are_manual() -> None:
    rows = [
        parse_line("name:ACAT Belgium\tmatch\tQ9000000002\tana\t2026-01-01", "t:1"),
        parse_line("letter:test-letter#1\tno-match\t\tben\t2026-01-02", "t:2"),
    ]
    lk = linker(overrides=Overrides(r for r in rows if r))
    out = lk.link_letter(letter("Amnesty International", "ACAT Belgium"))
    assert (out[0].decision, out[0].method) == (Decision.NIL, "manual")
    assert (out[1].decision, out[1].qid, out[1].method) == (
        Decision.LINKED,
        "Q9000000002",
        "manual",
    )


def test_excluded_qid_is_not_proposed_again() -> None:
    j = parse_line("name:Amnesty International\tno-match\tQ42970\tana\t2026-01-01", "t:1")
    lk = linker(overrides=Overrides([j] if j else []))
    r = lk.link_mention(Mention("Amnesty International"))
    assert r.decision == Decision.NIL and all(c.qid != "Q42970" for c in r.candidates)


@given(st.text(max_size=600))
@settings(max_examples=60, deadline=None)
def test_any_name_gives_a_decision_and_never_raises(name: str) -> None:
    result = LINKER.link_mention(Mention(name, acronym=name[:8] or None, alt_names=(name[::-1],)))
    assert result.decision in set(Decision)
    assert result.qid is None or result.decision == Decision.LINKED


LINKER = Linker(MemoryKB(ENTITIES), clock=CLOCK)


def test_dead_live_kb_in_a_chain_falls_back_and_the_run_finishes(caplog) -> None:
    from linkers.chain import ChainKB

    class Unreachable(MemoryKB):
        def search(self, text, *, languages=("en",), limit=10):
            raise LinkingAbort("connection refused")

        def entities(self, qids):
            raise LinkingAbort("connection refused")

    chain = ChainKB([MemoryKB(ENTITIES), Unreachable([])])
    with caplog.at_level("WARNING"):
        out = Linker(chain, clock=CLOCK).link_letter(letter("Amnesty International", "ACAT-France"))
    assert [r.qid for r in out] == ["Q42970", "Q9000000001"]
    assert sum("could not be reached" in m for m in caplog.messages) == 1
