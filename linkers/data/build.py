"""Build the bundled snapshot (``snapshot.jsonl``) from the verified-facts tables beside it.

Inputs (all in this directory): ``verified-entities.tsv`` (copied from
``tests/data/wikidata/``), ``verified-extra.tsv`` (same columns, when present) and
``supplement.tsv`` (``qid property value status evidence``: type claims and the few class
items needed so P31/P279 walks reach organisation, person, country and region classes).
Each entity keeps where its facts came from in a top-level ``provenance`` key
(``status``, ``evidence``, ``derived``); rows marked ``unverified-memory`` give records whose
provenance starts with ``status=unverified`` (see :func:`linkers.snapshot.is_unverified`).

Run ``python -m linkers.data.build`` (or ``make snapshot``); output is byte-stable.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from linkers.properties import PROP
from linkers.snapshot_write import write_snapshot

__all__ = ["RETRIEVED", "build_records", "main", "read_rows"]

HERE = Path(__file__).resolve().parent
#: Date the verified facts were gathered (bump when the tables are re-verified).
RETRIEVED = "2026-11-27"
_QID = re.compile(r"Q[1-9][0-9]*")
_URL = re.compile(r"https?://\S+")
_DOMAIN = re.compile(r"\b([a-z0-9-]+(?:\.[a-z0-9-]+)+)\b", re.IGNORECASE)
_NOTE = re.compile(r"\s*\(([a-z][^)]*)\)\s*$")  # a trailing "(lower-case note)"
_PAREN = re.compile(r"\s*\([^)]*\)")
_STATUS_ORDER = ("verified-2-sources", "verified-1-source", "derived", "unverified-memory")


def read_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated table with a header line (empty list if the file is absent)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {k: (v or "").strip() for k, v in row.items() if k}
            for row in csv.DictReader(handle, delimiter="\t")
        ]


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _alias(text: str) -> str:
    return _NOTE.sub("", text).strip()


def _names_in_letter(text: str) -> Iterator[str]:
    for part in _PAREN.sub("", text).split(" / "):
        if part.strip():
            yield part.strip()


def _snak(prop: str, datatype: str, value: Any) -> dict[str, Any]:
    kinds = {"wikibase-item": "wikibase-entityid", "time": "time", "url": "string"}
    return {
        "snaktype": "value",
        "property": prop,
        "datatype": datatype,
        "datavalue": {"type": kinds.get(datatype, "string"), "value": value},
    }


def _statement(qid: str, prop: str, datatype: str, value: Any) -> dict[str, Any]:
    number = sum(map(ord, f"{prop}{value}")) % 10**8
    return {
        "type": "statement",
        "id": f"{qid}$ckg-{prop}-{number:08d}",
        "rank": "normal",
        "mainsnak": _snak(prop, datatype, value),
    }


def _item(qid: str) -> dict[str, Any]:
    return {"entity-type": "item", "numeric-id": int(qid[1:]), "id": qid}


def _time(text: str) -> dict[str, Any] | None:
    match = re.match(r"^(\d{4})(?:-(\d\d))?(?:-(\d\d))?", text)
    if match is None:
        return None
    year, month, day = match.group(1), match.group(2) or "00", match.group(3) or "00"
    precision = 11 if match.group(3) else 10 if match.group(2) else 9
    return {
        "time": f"+{year}-{month}-{day}T00:00:00Z",
        "precision": precision,
        "timezone": 0,
        "before": 0,
        "after": 0,
        "calendarmodel": "http://www.wikidata.org/entity/Q1985727",
    }


def _website(text: str) -> str | None:
    url = _URL.search(text)
    if url:
        return url.group(0)
    domain = _DOMAIN.search(text)
    return f"https://{domain.group(1)}/" if domain else None


class _Builder:
    """Accumulates entity JSON for one QID from table rows."""

    def __init__(self, qid: str) -> None:
        self.qid = qid
        self.labels: dict[str, str] = {}
        self.aliases: list[str] = []
        self.claims: dict[str, list[tuple[str, Any]]] = {}
        self.statuses: list[str] = []
        self.evidence: list[str] = []
        self.derived: list[str] = []

    def claim(self, prop: str, datatype: str, value: Any) -> None:
        values = self.claims.setdefault(prop, [])
        if (datatype, value) not in values:
            values.append((datatype, value))

    def alias(self, text: str) -> None:
        text = _alias(text)
        if text and text not in self.aliases and text not in self.labels.values():
            self.aliases.append(text)

    def add_row(self, row: dict[str, str]) -> None:
        self.statuses.append(row.get("status", ""))
        if row.get("evidence") and row["evidence"] not in self.evidence:
            self.evidence.append(row["evidence"])
        if row.get("wikidata_label"):
            self.labels.setdefault("en", row["wikidata_label"])
        for text in [*_split(row.get("aliases", "")), *_names_in_letter(row["name_in_letter"])]:
            self.alias(text)
        for prop, cell in ((PROP.INSTANCE_OF, "p31"), (PROP.COUNTRY, "p17")):
            for qid in _QID.findall(row.get(cell, "")):
                self.claim(prop, "wikibase-item", _item(qid))
        for qid in _QID.findall(row.get("member_of", "")):
            self.claim(PROP.MEMBER_OF, "wikibase-item", _item(qid))
        inception = _time(row.get("inception", ""))
        if inception:
            self.claim(PROP.INCEPTION, "time", inception)
        website = _website(row.get("website", ""))
        if website:
            self.claim(PROP.WEBSITE, "url", website)
        self._default_class(row)

    def _default_class(self, row: dict[str, str]) -> None:
        group = row.get("group", "")
        if PROP.INSTANCE_OF in self.claims:
            return
        if group.startswith("C") and not row.get("p17"):
            self.claim(PROP.INSTANCE_OF, "wikibase-item", _item("Q6256"))
            self.derived.append("P31=Q6256 (listed as a country)")
        elif group.startswith("D"):
            self.claim(PROP.INSTANCE_OF, "wikibase-item", _item("Q43229"))
            self.derived.append("P31=Q43229 (listed as an organisation)")

    def add_supplement(self, row: dict[str, str]) -> None:
        prop, value = row["property"], row["value"]
        if prop == "label":
            self.labels.setdefault("en", value)
        elif _QID.fullmatch(value):
            self.claim(prop, "wikibase-item", _item(value))
        else:
            self.claim(prop, "string", value)
        self.derived.append(f"{prop}={value} ({row.get('status', '')}: {row.get('evidence', '')})")
        if not self.statuses:
            self.statuses.append(row.get("status", ""))

    def record(self) -> dict[str, Any]:
        known = [s for s in self.statuses if s in _STATUS_ORDER] or ["derived"]
        status = max(known, key=_STATUS_ORDER.index)
        provenance = {"status": status, "evidence": " | ".join(self.evidence)}
        if self.derived:
            provenance["derived"] = " | ".join(self.derived)
        return {
            "type": "item",
            "id": self.qid,
            "labels": {lang: {"language": lang, "value": v} for lang, v in self.labels.items()},
            "descriptions": {},
            "aliases": {"en": [{"language": "en", "value": a} for a in self.aliases]}
            if self.aliases
            else {},
            "claims": {
                prop: [_statement(self.qid, prop, dt, v) for dt, v in values]
                for prop, values in sorted(self.claims.items())
            },
            "sitelinks": {},
            "provenance": provenance,
        }


def build_records(
    verified: Iterable[dict[str, str]], supplement: Iterable[dict[str, str]]
) -> list[dict[str, Any]]:
    """Entity JSON objects for every QID in the tables (rows for one QID are merged)."""
    builders: dict[str, _Builder] = {}
    for row in verified:
        if _QID.fullmatch(row.get("qid", "")):
            builders.setdefault(row["qid"], _Builder(row["qid"])).add_row(row)
    for row in supplement:
        if _QID.fullmatch(row.get("qid", "")):
            builders.setdefault(row["qid"], _Builder(row["qid"])).add_supplement(row)
    return [b.record() for b in builders.values()]


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m linkers.data.build [--out PATH]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "snapshot.jsonl")
    args = parser.parse_args(argv)
    verified = read_rows(HERE / "verified-entities.tsv") + read_rows(HERE / "verified-extra.tsv")
    records = build_records(verified, read_rows(HERE / "supplement.tsv"))
    count = write_snapshot(
        args.out,
        records,
        source="coalition-kg bundled verified facts (linkers/data/*.tsv)",
        retrieved=RETRIEVED,
        extra_header={"generator": "linkers.data.build"},
    )
    print(f"wrote {count} entities to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
