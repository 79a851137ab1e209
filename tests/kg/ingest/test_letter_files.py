"""Every test letter in tests/data/letters/ parses to its expected reading, field by field."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from kg.ingest.letter import parse_letter
from kg.serialize import letter_to_dict

LETTERS = Path(__file__).resolve().parents[2] / "data" / "letters"
GENERATED = {"two-column.pdf": "make_pdf", "word-numbered.docx": "make_docx"}
NAMES = sorted(p.name.removesuffix(".expected.json") for p in LETTERS.glob("*.expected.json"))


def _generator():
    spec = importlib.util.spec_from_file_location(
        "generate_letters", LETTERS / "generate_letters.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _letter_path(name: str, tmp_path: Path) -> Path:
    if name in GENERATED:
        return getattr(_generator(), GENERATED[name])(tmp_path / name)
    return LETTERS / name


def test_at_least_six_letters_in_every_format():
    suffixes = {Path(name).suffix for name in NAMES}
    assert len(NAMES) >= 6
    assert {".txt", ".md", ".html", ".pdf", ".docx"} <= suffixes


@pytest.mark.parametrize("name", NAMES)
def test_letter_matches_expected_reading(name: str, tmp_path: Path):
    expected = json.loads((LETTERS / f"{name}.expected.json").read_text())
    got = letter_to_dict(parse_letter(_letter_path(name, tmp_path)))
    for key in ("title", "reference", "date", "language", "declared_total", "anonymous_count"):
        assert got[key] == expected[key], key
    assert [{k: r[k] for k in ("name", "role", "kind")} for r in got["recipients"]] == expected[
        "recipients"
    ]
    assert len(got["signatories"]) == len(expected["signatories"])
    for entry, want in zip(got["signatories"], expected["signatories"], strict=True):
        assert {k: entry[k] for k in want} == want  # every field the expected file gives
    assert [t["id"] for t in got["themes"]] == expected["theme_ids"]
    assert got["demands"] == expected["demands"]
    assert [w["code"] for w in got["warnings"]] == expected["warning_codes"]
    assert got["paragraphs"] == expected["paragraphs"]


def test_individual_sections_give_people(tmp_path: Path):
    letter = parse_letter(_letter_path("word-numbered.docx", tmp_path))
    people = [s for s in letter.signatories if s.section == "individuals"]
    assert [s.position for s in people] == [4, 5]
    assert all(s.kind.value == "person" for s in people)


def test_two_column_pdf_reads_left_column_first(tmp_path: Path):
    letter = parse_letter(_letter_path("two-column.pdf", tmp_path))
    assert [s.position for s in letter.signatories] == list(range(1, 13))
    raws = [s.raw for s in letter.signatories]
    assert raws[3] == "CIVICUS: World Alliance for Citizen Participation"  # wrapped entry joined
    assert not any("Page" in p or "Example Coalition" in p for p in letter.paragraphs)
    assert letter.paragraphs[-1].endswith("created to protect them. The time to act is now.")


def test_html_boilerplate_is_left_out():
    letter = parse_letter(LETTERS / "boilerplate-page.html")
    text = " ".join(letter.paragraphs) + " ".join(s.raw for s in letter.signatories)
    for noise in ("About us", "Cookie", "Another letter on Tibet", "Donate", "nobody"):
        assert noise not in text
    assert letter.signatories[1].raw == "Tibet Initiative Deutschland Germany"  # <br> continuation


def test_inline_list_keeps_names_with_and_and_commas_in_parentheses():
    letter = parse_letter(LETTERS / "inline-comma-list.txt")
    raws = [s.raw for s in letter.signatories]
    assert "Bar Human Rights Committee of England and Wales" in raws
    assert "ACAT (France, Belgium)" in raws
    assert "The Tibet Support Committee, Denmark" in raws
    assert raws[-2:] == ["Freedom House", "Human Rights Watch"]


def test_repairs_letter_reads_every_entry_form():
    letter = parse_letter(LETTERS / "repairs-numbered.txt")
    by_position = {s.position: s for s in letter.signatories}
    assert by_position[13].raw.endswith("(SAMDN) Zimbabwe")  # continuation line
    assert (by_position[5].name, by_position[5].acronym) == (
        "Ligue des Droits Humains (Togo)",
        "LDH-Togo",
    )
    assert by_position[11].name.startswith("مركز")  # right-to-left words back in reading order
    assert by_position[12].name.startswith("Центр")  # keyboard layout repaired
    assert "Wtynh защиты прав СМИ" in by_position[12].alt_names  # as written, kept
    assert (by_position[15].name, by_position[15].kind.value) == ("Maria Lopez", "person")
    assert (letter.declared_total, letter.anonymous_count, letter.listed_count) == (20, 4, 16)
    assert "count-mismatch" not in {w.code for w in letter.warnings}
