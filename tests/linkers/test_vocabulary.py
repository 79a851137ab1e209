"""Where the linker's token rarity comes from: the letters, the KB's names, the candidates."""

from __future__ import annotations

import datetime as dt

from kg.model import Decision, Letter, Recipient, Signatory
from linkers.chain import ChainKB
from linkers.kb import Entity
from linkers.linker import Linker
from linkers.memory import MemoryKB
from linkers.mention import Mention
from linkers.vocabulary import kb_documents, letter_documents

ENTITIES = [
    Entity("Q1", labels={"en": "Zarnovia Rights Watch"}, aliases={"fr": ("Veille Zarnovia",)}),
    Entity("Q2", labels={"en": "Quellbrook Rights Forum"}),
]


class LiveKB(MemoryKB):
    """A KB that answers searches but cannot list its items (like the Wikidata API)."""

    qids = None  # type: ignore[assignment]


def letter(*names: str) -> Letter:
    return Letter(
        title="t",
        source_path="made-up.txt",
        source_format="txt",
        date=dt.date(2024, 1, 1),
        recipients=(Recipient("the Minister", "Minister", None),),
        signatories=tuple(Signatory(i, n, n) for i, n in enumerate(names, 1)),
    )


def test_letter_documents_group_each_signatorys_names() -> None:
    sig = Signatory(1, "x", "Kestrune Network", acronym="KN", alt_names=("Réseau Kestrune",))
    docs = list(letter_documents(Letter("t", "a.txt", "txt", signatories=(sig,))))
    assert docs == [["Kestrune Network", "Réseau Kestrune", "KN"]]


def test_kb_documents_list_snapshot_and_memory_items_and_flag_live_ones() -> None:
    docs, live = kb_documents(MemoryKB(ENTITIES))
    assert docs == [["Zarnovia Rights Watch", "Veille Zarnovia"], ["Quellbrook Rights Forum"]]
    assert live is False
    docs, live = kb_documents(ChainKB([MemoryKB(ENTITIES), LiveKB(ENTITIES)]))
    assert len(docs) == 2 and live is True


def test_linker_counts_the_kb_names_and_the_letters_names() -> None:
    lk = Linker(MemoryKB(ENTITIES))
    assert lk.rarity.df["rights"] == 2 and lk.rarity.n == 2
    run = lk.rarity_for([letter("Rights Now Osterwick", "Rights Alliance Tavimor")])
    assert run.df["rights"] == 4
    assert run.rarity("rights") < lk.rarity.rarity("rights")
    assert run.rarity("osterwick") == 1.0


def test_link_letters_counts_rarity_over_every_letter() -> None:
    lk = Linker(MemoryKB(ENTITIES))
    letters = [letter("Zarnovia Rights Watch"), letter("Velmora Rights Group")]
    out = lk.link_letters(letters)
    assert [len(r) for r in out] == [2, 2]
    assert (out[0][1].decision, out[0][1].qid) == (Decision.LINKED, "Q1")
    assert out[1][1].decision == Decision.NIL


def test_a_live_kb_teaches_rarity_through_the_candidates_it_returns() -> None:
    lk = Linker(LiveKB(ENTITIES))
    assert lk.rarity.n == 1 and not lk.rarity.df
    lk.link_mention(Mention("Zarnovia Rights Watch"))
    lk.link_mention(Mention("Quellbrook Rights Forum"))
    assert lk.rarity.df["rights"] == 2  # one document per looked-up mention
    assert lk.rarity.df["zarnovia"] == 1
