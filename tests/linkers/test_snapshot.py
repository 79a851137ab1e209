"""The JSON Lines snapshot KB: loading any valid file, search, class walks, bad lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from linkers.snapshot import SnapshotKB, bundled_snapshot_path, is_unverified, read_snapshot
from linkers.snapshot_write import write_snapshot

REAL = Path(__file__).resolve().parents[1] / "data" / "wikidata" / "real-responses"


@pytest.fixture(scope="module")
def real_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 66 real responses as a JSONL file written by a 'foreign' tool (no header)."""
    path = tmp_path_factory.mktemp("snap") / "real.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for file in sorted(REAL.glob("*.json")):
            for entity in json.loads(file.read_text())["entities"].values():
                out.write(json.dumps(entity) + "\n")
    return path


def test_loads_all_real_responses(real_jsonl: Path) -> None:
    kb = SnapshotKB.from_file(real_jsonl)
    assert len(kb) == 66
    assert kb.entities(["Q7747"])["Q7747"].label() == "Vladimir Putin"


def test_namesakes_all_found_most_linked_first(real_jsonl: Path) -> None:
    hits = SnapshotKB.from_file(real_jsonl).search("Vladimir Putin", languages=["en"])
    qids = [h.qid for h in hits]
    assert {"Q7747", "Q19300851"} <= set(qids)
    assert qids[0] == "Q7747"  # more sitelinks ranks first among exact label matches
    assert all(h.match_type in {"label", "alias"} for h in hits)


def test_p279_walk_reaches_ancestors(real_jsonl: Path) -> None:
    kb = SnapshotKB.from_file(real_jsonl)
    assert kb.is_instance_of("Q7747", "Q5")
    assert kb.is_instance_of("Q7747", "Q215627")  # human ⊂ person
    assert kb.is_instance_of("Q7747", "Q7239")  # ... ⊂ organism, through several levels
    assert not kb.is_instance_of("Q7747", "Q16521")


def test_p279_cycle_terminates() -> None:
    def cls(qid: str, parent: str) -> dict:
        snak = {
            "snaktype": "value",
            "property": "P279",
            "datatype": "wikibase-item",
            "datavalue": {"type": "wikibase-entityid", "value": {"id": parent}},
        }
        return {"id": qid, "claims": {"P279": [{"rank": "normal", "mainsnak": snak}]}}

    item = cls("Q1", "Q2")
    item["claims"]["P31"] = [dict(item["claims"]["P279"][0])]
    item["claims"]["P31"][0]["mainsnak"] = {
        **item["claims"]["P279"][0]["mainsnak"],
        "property": "P31",
    }
    kb = SnapshotKB.from_records([item, cls("Q2", "Q3"), cls("Q3", "Q2")])
    assert kb.classes("Q1") == {"Q2", "Q3"}


def test_header_and_whole_response_lines(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    response = json.loads((REAL / "q5.json").read_text())
    path.write_text(
        json.dumps({"snapshot": {"source": "other tool", "retrieved": "2025-01-02"}})
        + "\n\n"
        + json.dumps(response)
        + "\n"
    )
    header, entities = read_snapshot(path)
    assert header["retrieved"] == "2025-01-02"
    assert [e.qid for e in entities] == ["Q5"]
    assert SnapshotKB.from_file(path).source.retrieved == "2025-01-02"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "line 2: not valid JSON"),
        ("[1, 2]", "line 2: expected a JSON object"),
        ('{"id": "P31"}', "line 2: not a Wikidata item"),
        ('{"id": "Q1", "labels": {"en": 5}, "claims": []}', "line 2: not a Wikidata item"),
        ('{"id": "Q1", "claims": "P31"}', "line 2: not a Wikidata item"),
    ],
)
def test_malformed_line_names_its_number(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"snapshot": {}}\n' + line + "\n")
    with pytest.raises(InputError, match=message):
        SnapshotKB.from_file(path)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read snapshot"):
        SnapshotKB.from_file(tmp_path / "nope.jsonl")


def test_search_folds_case_accents_and_whitespace() -> None:
    kb = SnapshotKB.bundled()
    assert [h.qid for h in kb.search("  antonio   GUTERRES ")][:1] == ["Q311440"]
    assert kb.search("") == [] and kb.search(" \x00\t ") == []
    assert kb.search("x" * 10_000) == []
    assert kb.search("Amnesty International", limit=0) == []


def test_search_respects_languages() -> None:
    kb = SnapshotKB.from_records(
        [
            {
                "id": "Q10",
                "labels": {"fr": {"language": "fr", "value": "Chose"}},
                "aliases": {"de": [{"language": "de", "value": "Ding"}]},
            }
        ]
    )
    assert kb.search("chose", languages=["en"]) == []
    assert [h.language for h in kb.search("chose", languages=["fr"])] == ["fr"]
    assert [h.match_type for h in kb.search("ding", languages=[])] == ["alias"]


def test_unknown_qids_left_out() -> None:
    kb = SnapshotKB.bundled()
    assert set(kb.entities(["Q42970", "Q999999999", "garbage"])) == {"Q42970"}


def test_write_then_read_round_trips(tmp_path: Path) -> None:
    records = [
        json.loads((REAL / f"{q}.json").read_text())["entities"][q.upper()] for q in ("q7747", "q5")
    ]
    out = tmp_path / "w.jsonl"
    assert write_snapshot(out, records, source="test", retrieved="2026-01-01") == 2
    header, entities = read_snapshot(out)
    assert header == {"source": "test", "retrieved": "2026-01-01"}
    assert [e.qid for e in entities] == ["Q5", "Q7747"]  # numeric order
    assert not list(tmp_path.glob(".*tmp"))  # atomic: no temporary left behind


def test_bundled_snapshot_is_reproducible(tmp_path: Path) -> None:
    from linkers.data.build import main

    main(["--out", str(tmp_path / "again.jsonl")])
    fresh = (tmp_path / "again.jsonl").read_bytes()
    assert fresh == bundled_snapshot_path().read_bytes(), "run: python -m linkers.data.build"


def test_bundled_snapshot_types_and_provenance() -> None:
    kb = SnapshotKB.bundled()
    assert kb.source.name == "snapshot:bundled" and kb.source.retrieved
    assert kb.is_instance_of("Q311440", "Q5")  # a recipient person
    assert kb.is_instance_of("Q42970", "Q43229")  # organisation, through P279
    assert kb.is_instance_of("Q31", "Q6256")  # a country
    assert kb.is_instance_of("Q34800", "Q82794")  # Xinjiang: a region
    bachelet = kb.entities(["Q320"])["Q320"]
    assert is_unverified(bachelet)
    assert not is_unverified(kb.entities(["Q42970"])["Q42970"])
    assert all(e.provenance for e in kb.entities(kb.qids()).values())
