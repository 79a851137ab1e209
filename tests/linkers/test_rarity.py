"""Token rarity from the run's names, the KB's labels and a general-language prior."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from linkers.normalize import name_key
from linkers.rarity import (
    GENERIC_RARITY,
    GeneralPrior,
    TokenRarity,
    build_rarity,
    default_rarity,
    generic_words,
)

ROOT = Path(__file__).resolve().parents[2]
NO_WORDFREQ = GeneralPrior(use_wordfreq=False)

#: A run of joint-letter signatories made up for the test (not any real letter's list).
RUN = [
    ["Zarnovia Human Rights Association"],
    ["Human Rights Network of Quellbrook"],
    ["Centre for Human Rights Tavimor"],
    ["Osterwick Rights Foundation"],
    ["Human Rights Defenders Velmora"],
    ["Kestrune Network"],
]


def test_a_token_frequent_across_the_runs_names_is_less_rare() -> None:
    rarity = build_rarity(RUN, prior=NO_WORDFREQ)
    assert rarity.rarity("human") < rarity.rarity("zarnovia")
    assert rarity.rarity("rights") < rarity.rarity("quellbrook")
    # counted from the names alone, without the word list
    bare = TokenRarity(rarity.df, rarity.n)
    assert bare.rarity("human") < bare.rarity("kestrune") == 1.0


def test_a_coined_word_is_rare() -> None:
    for prior in (NO_WORDFREQ, GeneralPrior()):
        rarity = build_rarity(RUN, prior=prior)
        assert rarity.rarity("zarnovia") == 1.0
        assert rarity.rarity(name_key("Pinqualtrix")) == 1.0  # never seen anywhere


def test_generic_organisation_words_in_other_languages_are_generic() -> None:
    rarity = default_rarity()
    for word in ("Asociación", "Associação", "Verein", "Stiftung", "Fondation", "Réseau",
                 "協会", "基金会", "Ассоциация", "Menschenrechte", "Derechos"):  # fmt: skip
        tokens = name_key(word).split()
        assert tokens, word
        assert all(rarity.rarity(t) <= GENERIC_RARITY for t in tokens), word
    assert rarity.rarity(name_key("Zarnovia")) == 1.0


def test_the_kb_labels_count_like_the_run_names() -> None:
    kb_docs = [["Human Rights Watch"], ["Human Rights First"], ["Human Rights in China"]]
    alone = build_rarity([["Quellbrook Watch"]], prior=NO_WORDFREQ)
    with_kb = alone.with_documents(kb_docs)
    assert with_kb.n == alone.n + 3
    assert with_kb.rarity("watch") < alone.rarity("watch")


def test_frequent_dictionary_words_are_a_little_less_distinctive_than_coined_ones() -> None:
    rarity = build_rarity([["Global Watch Pinqualtrix"]], prior=GeneralPrior())
    assert rarity.rarity("pinqualtrix") == 1.0
    # wordfreq is a dependency: "watch" is a very frequent English word, but only a little
    # less distinctive (a word the whole name needs can still carry it)
    assert 0.75 <= rarity.rarity("watch") < 1.0


def test_function_words_and_numbers_count_for_nothing() -> None:
    rarity = build_rarity(RUN)
    assert rarity.rarity("of") == rarity.rarity("for") == rarity.rarity("2020") == 0.0
    assert rarity.rarity("") == 0.0


def test_generic_word_list_holds_no_organisation_from_the_seed_gold() -> None:
    """The product's word list is a vocabulary of kinds of body, never the seed's names."""
    gold = (ROOT / "tests" / "data" / "gold" / "seed-signatories.tsv").read_text("utf-8")
    names = {name_key(line.split("\t")[2]) for line in gold.splitlines()[1:] if line.strip()}
    assert len(names) > 200
    listed = {name_key(w) for w in generic_words()}
    assert not (names & listed)


def test_nothing_in_the_product_reads_the_test_gold() -> None:
    """Regression: linkers/data/token_df.json was computed from the seed letter's gold file."""
    assert not (ROOT / "linkers" / "data" / "token_df.json").exists()
    for path in (ROOT / "linkers").rglob("*.py"):
        text = path.read_text("utf-8")
        assert not re.search(r"tests.{0,5}data.{0,5}gold|seed-signatories", text), path


_TOKEN = st.text(alphabet=st.characters(categories=("Ll", "Lu", "Nd", "Lo")), max_size=12)
_DOCS = st.lists(st.lists(st.text(max_size=40), min_size=1, max_size=3), max_size=30)


@settings(max_examples=200, deadline=None)
@given(docs=_DOCS, token=_TOKEN, use_wordfreq=st.booleans())
def test_rarity_is_in_unit_interval_and_deterministic(docs, token, use_wordfreq) -> None:
    prior = GeneralPrior(use_wordfreq=use_wordfreq)
    first = build_rarity(docs, prior=prior)
    again = build_rarity(docs, prior=prior)
    for t in {token, name_key(token), *first.df}:
        value = first.rarity(t)
        assert 0.0 <= value <= 1.0
        assert value == again.rarity(t)
