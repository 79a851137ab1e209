"""``kg link`` and ``kg review`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli.main import main

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "linking" / "kb.jsonl"
LETTER = """Open letter on something

To: UN Secretary-General Antonio Guterres

We, the undersigned organizations, urge you to act.

Signed,

1. Amnesty International
2. ACAT Belgium
3. Human Rights Foundation (Japan)
4. CSW
"""


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "small-letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    return path


def run_json(capsys, *args: str) -> list[dict]:
    assert main(["link", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_link_json_shape_and_decisions(capsys, letter: Path) -> None:
    rows = run_json(capsys, str(letter), "--kb", f"snapshot:{FIXTURE}")
    sigs = {r["position"]: r for r in rows if r["role"] == "signatory"}
    assert {
        "position",
        "role",
        "name",
        "decision",
        "qid",
        "score",
        "margin",
        "candidates",
        "source",
    } <= set(rows[0])
    assert sigs[1]["decision"] == "LINKED" and sigs[1]["qid"] == "Q42970"
    assert sigs[2]["decision"] == "NIL" and sigs[3]["decision"] == "NIL"
    assert sigs[4]["decision"] != "LINKED"  # an acronym alone never links
    assert sigs[1]["candidates"][0]["features"]["name_exact"] == 1.0
    assert sigs[1]["source"]["name"] == f"snapshot:{FIXTURE}"
    recipients = [r for r in rows if r["role"] == "recipient"]
    assert recipients and all(r["position"] is None for r in recipients)
    assert any(r["qid"] == "Q311440" for r in recipients)


def test_closed_world_snapshot_has_no_bundled_entities(capsys, tmp_path: Path) -> None:
    kb = tmp_path / "kb.jsonl"
    kb.write_text('{"snapshot": {"source": "empty"}}\n', encoding="utf-8")
    letter = tmp_path / "l.txt"
    letter.write_text(LETTER, encoding="utf-8")
    rows = run_json(capsys, str(letter), "--kb", f"snapshot:{kb}")
    assert all(r["decision"] == "NIL" for r in rows)


def test_table_output_and_overrides(capsys, letter: Path, tmp_path: Path) -> None:
    ov = tmp_path / "o.tsv"
    ov.write_text("name:ACAT Belgium\tmatch\tQ9000000001\tana\t2026-01-01\n", encoding="utf-8")
    rows = run_json(capsys, str(letter), "--kb", f"snapshot:{FIXTURE}", "--overrides", str(ov))
    acat = next(r for r in rows if r["position"] == 2)
    assert (acat["decision"], acat["qid"], acat["method"]) == ("LINKED", "Q9000000001", "manual")
    assert main(["link", str(letter), "--kb", f"snapshot:{FIXTURE}"]) == 0
    assert "LINKED" in capsys.readouterr().out


def test_bad_overrides_file_is_a_one_line_error(capsys, letter: Path, tmp_path: Path) -> None:
    ov = tmp_path / "o.tsv"
    ov.write_text("name:ACAT Belgium\tmatch\tQ12b\n", encoding="utf-8")
    assert main(["link", str(letter), "--offline", "--overrides", str(ov)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "o.tsv:1" in err and err.count("\n") == 1


def test_missing_file_and_bad_kb_spec_are_errors(capsys, tmp_path: Path, letter: Path) -> None:
    assert main(["link", str(tmp_path / "nope.txt"), "--offline"]) == 1
    assert main(["link", str(letter), "--kb", "snapshot:" + str(tmp_path / "none.jsonl")]) == 1
    assert "error:" in capsys.readouterr().err


def test_review_export_and_import(capsys, letter: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.csv"
    assert (
        main(
            [
                "review",
                "export",
                str(letter),
                "--kb",
                f"snapshot:{FIXTURE}",
                "--out",
                str(out),
                "--include-nil",
            ]
        )
        == 0
    )
    text = out.read_text(encoding="utf-8")
    assert text.startswith("letter,position,role,name,decision")
    edited = text.replace(",name,,", ",name,ana,", 1)
    lines = edited.splitlines()
    header = lines[0].split(",")
    assert "judgement" in header
    # judge the first row as "no-match"
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(text)))
    rows[0]["judgement"] = "no-match"
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    out.write_text(buf.getvalue(), encoding="utf-8")
    ov = tmp_path / "overrides.tsv"
    assert main(["review", "import", str(out), "--overrides", str(ov), "--author", "ana"]) == 0
    assert "1 judgements added" in capsys.readouterr().out
    assert "\tno-match\t" in ov.read_text(encoding="utf-8")


def test_seed_letter_end_to_end_offline(seed_letter_path: Path) -> None:
    from kg.model import Decision
    from linkers.batch import link_files

    (item,) = link_files([seed_letter_path], kb_spec="auto", offline=True)
    linked = {
        r.position: r.qid for r in item.results if r.decision == Decision.LINKED and r.position
    }
    assert linked == {19: "Q42970", 122: "Q187052", 186: "Q7118978", 201: "Q154330"}
    recipients = {r.name: (r.decision, r.qid) for r in item.results if r.position is None}
    assert recipients["UN Member States"] == (Decision.LINKED, "Q160016")
    assert any(qid == "Q311440" for _, qid in recipients.values())


def test_missing_overrides_file_is_an_error_like_kg_build(capsys, letter: Path, tmp_path: Path):
    # Bug: `kg link --overrides typo.tsv` silently linked without the human judgements,
    # while `kg build --overrides typo.tsv` refused; both now refuse.
    missing = tmp_path / "typo.tsv"
    assert main(["link", str(letter), "--offline", "--overrides", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err == f"error: overrides file {missing} does not exist\n"
