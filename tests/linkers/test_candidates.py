"""Candidate generation: queries from every name, and the relatives they surface."""

from __future__ import annotations

from linkers.candidates import gather, languages_for, query_variants
from linkers.kb import Entity
from linkers.memory import MemoryKB
from linkers.mention import Mention, MentionKind


def test_variants_include_names_acronym_and_the_parent_of_a_section() -> None:
    m = Mention("Students For a Free Tibet - India", acronym="SFT", alt_names=("SFT India",))
    q = query_variants(m)
    assert q[0] == "Students For a Free Tibet - India"
    assert "Students For a Free Tibet" in q
    assert "SFT" in q


def test_bracketed_qualifier_is_dropped_in_one_variant() -> None:
    assert "Human Rights Foundation" in query_variants(Mention("Human Rights Foundation (Japan)"))


def test_office_and_collective_variants() -> None:
    office = query_variants(
        Mention("UN Secretary-General", kind=MentionKind.OFFICE), {"UN": ("United Nations",)}
    )
    assert "Office of the United Nations Secretary-General" in office
    assert "UN Member State" in query_variants(
        Mention("UN Member States", kind=MentionKind.COLLECTIVE)
    )


def test_languages_follow_script_and_function_words() -> None:
    assert languages_for("日本ウイグル協会")[0] in {"zh", "ja"}
    assert "fr" in languages_for("Action des chrétiens pour l'abolition de la torture")
    assert languages_for("Human Rights Watch") == ("en",)


def test_gather_returns_entities_for_every_hit() -> None:
    kb = MemoryKB(
        [Entity("Q1", labels={"en": "Free Tibet"}), Entity("Q2", labels={"en": "Tibet House"})]
    )
    found = gather(kb, Mention("Free Tibet"))
    assert set(found) >= {"Q1"}
    assert gather(kb, Mention("")) == {}


class CountingKB(MemoryKB):
    def __init__(self, *a, **kw) -> None:
        super().__init__(*a, **kw)
        self.calls: list[str] = []

    def search(self, text, *, languages=("en",), limit=10):
        self.calls.append(text)
        return super().search(text, languages=languages, limit=limit)


def test_a_name_found_as_written_needs_no_wider_queries() -> None:
    kb = CountingKB(
        [Entity("Q1", labels={"en": "Free Tibet"}), Entity("Q2", labels={"en": "Tibet House"})]
    )
    gather(kb, Mention("Free Tibet", acronym="FT"))
    assert kb.calls == ["Free Tibet"]
    kb.calls.clear()
    gather(kb, Mention("Free Tibet - Austria", acronym="FTA"))
    assert kb.calls[0] == "Free Tibet - Austria" and "Free Tibet" in kb.calls and "FTA" in kb.calls
