"""Entity JSON parsing over the 66 real wbgetentities responses and hand-made edge cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linkers.properties import CLAIM_PROPERTIES, PROP
from linkers.wikidata.parse import NOVALUE, SOMEVALUE, format_time, parse_entity, snak_value

REAL = Path(__file__).resolve().parents[2] / "data" / "wikidata" / "real-responses"


def _real(qid: str) -> dict:
    return json.loads((REAL / f"{qid.lower()}.json").read_text())["entities"][qid]


@pytest.mark.parametrize("path", sorted(REAL.glob("*.json")), ids=lambda p: p.stem)
def test_every_real_response_parses(path: Path) -> None:
    for qid, data in json.loads(path.read_text())["entities"].items():
        entity = parse_entity(data)
        assert entity.qid == qid
        assert entity.labels == {k: v["value"] for k, v in data["labels"].items()}
        assert entity.sitelinks == len(data["sitelinks"])
        assert set(entity.claims) <= set(CLAIM_PROPERTIES)
        for prop in entity.claims:
            assert len(entity.claims[prop]) == len(data["claims"][prop])


def test_every_snak_datatype_gives_text() -> None:
    seen: set[str] = set()
    for path in REAL.glob("*.json"):
        for data in json.loads(path.read_text())["entities"].values():
            entity = parse_entity(data, properties=list(data["claims"]))
            for values in entity.claims.values():
                for claim in values:
                    seen.add(claim.datatype)
                    assert isinstance(claim.value, str)
                    if claim.datatype == "monolingualtext":
                        assert claim.language
    assert {"wikibase-item", "time", "quantity", "monolingualtext", "url", "external-id"} <= seen


def test_somevalue_and_novalue_snaks_keep_markers() -> None:
    assert snak_value({"snaktype": "somevalue", "property": "P576"}) == (SOMEVALUE, None)
    assert snak_value({"snaktype": "novalue", "property": "P576"}) == (NOVALUE, None)
    found = set()
    for path in REAL.glob("*.json"):
        for data in json.loads(path.read_text())["entities"].values():
            entity = parse_entity(data, properties=list(data["claims"]))
            found |= {c.value for v in entity.claims.values() for c in v} & {SOMEVALUE, NOVALUE}
    assert found == {SOMEVALUE, NOVALUE}


def test_qualifiers_and_ranks_are_kept() -> None:
    entity = parse_entity(_real("Q7747"), properties=[PROP.POSITION_HELD])
    held = entity.claims[PROP.POSITION_HELD]
    assert any(dict(c.qualifiers).get("P580") for c in held)  # start time
    assert {c.rank for c in held} <= {"normal", "preferred", "deprecated"}


def test_deprecated_values_are_left_out_of_values() -> None:
    data = {
        "id": "Q1",
        "claims": {
            "P17": [
                {"rank": "deprecated", "mainsnak": _item_snak("P17", "Q2")},
                {"rank": "normal", "mainsnak": _item_snak("P17", "Q3")},
            ]
        },
    }
    assert parse_entity(data).values("P17") == ("Q3",)


def _item_snak(prop: str, qid: str) -> dict:
    return {
        "snaktype": "value",
        "property": prop,
        "datatype": "wikibase-item",
        "datavalue": {"type": "wikibase-entityid", "value": {"numeric-id": int(qid[1:])}},
    }


@pytest.mark.parametrize(
    ("time", "precision", "expected"),
    [
        ("+1961-05-28T00:00:00Z", 11, "1961-05-28"),
        ("+1961-05-28T00:00:00Z", 10, "1961-05"),
        ("+1961-05-28T00:00:00Z", 9, "1961"),
        ("+1961-00-00T00:00:00Z", 11, "1961"),
        ("+1900-00-00T00:00:00Z", 7, "1900"),
        ("-0044-03-15T00:00:00Z", 11, "-0044-03-15"),
    ],
)
def test_time_precision(time: str, precision: int, expected: str) -> None:
    assert format_time(time, precision) == expected


def test_unknown_keys_ignored_and_provenance_read() -> None:
    data = {"id": "Q9", "whatever": [1], "provenance": {"evidence": "x", "status": "derived"}}
    entity = parse_entity(data)
    assert entity.provenance == "status=derived; evidence=x"


@pytest.mark.parametrize("bad", [None, "", "P31", "Q0", "Q12a", 42])
def test_bad_ids_are_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="Q123"):
        parse_entity({"id": bad})
