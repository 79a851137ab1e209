"""`kg parse` on good and bad input: a readable summary, JSON, or one clear error line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli.main import main


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["parse", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ")
    assert "Traceback" not in err
    return lines[0]


def test_json_output_has_the_stable_fields(capsys, seed_letter_path: Path):
    code, out, _ = _run(capsys, str(seed_letter_path), "--json")
    assert code == 0
    data = json.loads(out)
    for key in (
        "title",
        "reference",
        "date",
        "language",
        "recipients",
        "signatories",
        "declared_total",
        "anonymous_count",
        "themes",
        "demands",
        "warnings",
        "nlp_model",
    ):
        assert key in data
    assert set(data["signatories"][0]) >= {
        "position",
        "raw",
        "name",
        "acronym",
        "alt_names",
        "kind",
        "capacity",
        "country_hints",
        "themes",
    }
    assert set(data["recipients"][0]) >= {"name", "role", "kind"}
    assert len(data["signatories"]) == 281


def test_summary_is_readable(capsys, seed_letter_path: Path):
    code, out, _ = _run(capsys, str(seed_letter_path))
    assert code == 0
    assert "Global call for international human rights monitoring mechanisms on China" in out
    assert "281 listed" in out and "count-mismatch" in out


def test_empty_file(capsys, tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_text("")
    code, _, err = _run(capsys, str(path))
    assert code == 1 and "empty" in _one_line_error(err)


def test_binary_file(capsys, tmp_path: Path):
    path = tmp_path / "letter.txt"
    path.write_bytes(bytes(range(256)) * 100)
    code, _, err = _run(capsys, str(path))
    assert code == 1 and "binary" in _one_line_error(err)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("letter.xyz", "unsupported file type"),
        ("letter.pdf", "not a PDF"),  # plain text named .pdf
        ("letter.docx", "docx"),  # plain text named .docx
    ],
)
def test_unusable_extension(capsys, tmp_path: Path, name: str, message: str):
    path = tmp_path / name
    path.write_text("Signed:\n1. Access Now\n")
    code, _, err = _run(capsys, str(path))
    assert code == 1 and message in _one_line_error(err)


def test_missing_file(capsys, tmp_path: Path):
    code, _, err = _run(capsys, str(tmp_path / "nope.txt"))
    assert code == 1 and "no such file" in _one_line_error(err)


def test_no_signatory_block(capsys, tmp_path: Path):
    path = tmp_path / "letter.txt"
    path.write_text(
        "A title\n\nWe are writing to you about a matter of concern to us all. Thanks.\n"
    )
    code, _, err = _run(capsys, str(path))
    assert code == 1 and "no signatory list" in _one_line_error(err)


def test_fifty_megabyte_file_is_refused_before_reading(capsys, tmp_path: Path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: cheap to create
    code, _, err = _run(capsys, str(path))
    assert code == 1 and "limit" in _one_line_error(err)


def test_duplicated_and_skipped_numbers_warn_and_keep_every_entry(capsys, tmp_path: Path):
    path = tmp_path / "letter.txt"
    path.write_text("Call\n\nWe urge you to act now.\n\nSigned:\n1. A\n2. B\n2. C\n5. D\n")
    code, out, err = _run(capsys, str(path), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert [s["raw"] for s in data["signatories"]] == ["A", "B", "C", "D"]
    assert [s["position"] for s in data["signatories"]] == [1, 2, 3, 4]
    codes = {w["code"] for w in data["warnings"]}
    assert {"numbering-duplicate", "numbering-gap"} <= codes
