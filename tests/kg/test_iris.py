"""IRIs minted from any name are stable, readable and always valid."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from kg.iris import DEFAULT_BASE, IriMinter, name_key, slugify
from kg.model import Letter, Reference

SAFE_TAIL = re.compile(r"^[a-z0-9/-]+$")
HOSTILE = [
    '"><script>alert(1)</script>',
    "a\nb\r\nc",
    "\u202eevil\u200f",
    "x>y<z",
    "\x00\x1b ctrl",
    "x" * 10_000,
    "",
    "   ",
    "中文 名字",
    "مرصد حقوق",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_agent_iri_is_safe_for_hostile_names(name):
    iri = str(IriMinter().agent(name))
    tail = iri.removeprefix(DEFAULT_BASE)
    assert SAFE_TAIL.match(tail), iri
    assert len(iri) < len(DEFAULT_BASE) + 100


@settings(max_examples=200, deadline=None)
@given(name=st.text(max_size=300))
def test_any_name_gives_a_valid_iri_that_round_trips_in_ntriples(name):
    iri = IriMinter(base="https://example.org/id/").agent(name)
    assert SAFE_TAIL.match(str(iri).removeprefix("https://example.org/id/"))
    graph = Graph()
    graph.add((iri, URIRef("https://example.org/p"), Literal(name)))
    back = Graph().parse(data=graph.serialize(format="nt"), format="nt")
    assert set(back.subjects()) == {iri}


def test_iris_are_stable_and_readable():
    minter = IriMinter()
    assert minter.agent("ACAT-France") == minter.agent("ACAT-France")
    assert str(minter.agent("Société Tibétaine")).startswith(DEFAULT_BASE + "agent/societe-tibet")


def test_names_folding_to_the_same_slug_get_different_iris():
    minter = IriMinter()
    assert minter.agent("A.B.C") != minter.agent("A-B-C")
    assert slugify("A.B.C") == slugify("A-B-C")


def test_case_and_invisible_marks_do_not_split_one_name():
    minter = IriMinter()
    assert minter.agent("Human Rights Watch") == minter.agent("human  rights\u200f watch")
    assert name_key("A\nB") == "a b"


def test_letter_iri_from_reference_else_title_and_date():
    minter = IriMinter()
    with_ref = Letter("T", "a.txt", "txt", reference=Reference("ASA 17/3026/2020"))
    assert "/letter/asa-17-3026-2020-" in str(minter.letter(with_ref))
    copy = Letter("Other title", "b.pdf", "pdf", reference=Reference("asa 17/3026/2020"))
    assert minter.letter(with_ref) == minter.letter(copy)
    assert str(minter.letter(with_ref, version=2)).endswith("-v2")


@pytest.mark.parametrize("base", ["not an iri/", "https://x.org/no-slash", "https://x.org/<a>/"])
def test_bad_base_is_refused(base):
    with pytest.raises(ValueError, match="base must be"):
        IriMinter(base=base)


def test_configurable_base_is_used_everywhere():
    minter = IriMinter(base="urn:example:ckg/")
    letter = minter.letter(Letter("T", "a.txt", "txt"))
    assert str(letter).startswith("urn:example:ckg/letter/")
    assert str(minter.signature(letter, 3)).endswith("/signature/3")
