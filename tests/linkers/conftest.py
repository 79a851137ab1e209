"""Fixtures of the linkers tests: the fake Wikidata server and the fixture entities."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_wikidata import FakeWikidata, load_fixture_entities

from linkers.snapshot import bundled_snapshot_path


def bundled_records() -> list[dict[str, Any]]:
    """Entity JSON of the bundled snapshot (header left out)."""
    lines = bundled_snapshot_path().read_text(encoding="utf-8").splitlines()
    return [r for r in map(json.loads, lines) if "id" in r]


def _snak(prop: str, datatype: str, kind: str | None = None, value: Any = None) -> dict:
    if kind is None:
        return {"snaktype": value, "property": prop, "datatype": datatype}
    datavalue = {"type": kind, "value": value}
    return {"snaktype": "value", "property": prop, "datatype": datatype, "datavalue": datavalue}


def _statement(snak: dict[str, Any], rank: str = "normal", **qualifiers: Any) -> dict[str, Any]:
    return {"type": "statement", "rank": rank, "mainsnak": snak, "qualifiers": qualifiers}


def synthetic_records() -> list[dict[str, Any]]:
    """Small hand-made entities (ids Q99000000x, not real items) covering every kept
    datatype, several scripts, somevalue/novalue snaks, ranks and qualifiers."""

    def term(lang: str, text: str) -> dict[str, str]:
        return {"language": lang, "value": text}

    time = {
        "time": "+1999-04-00T00:00:00Z",
        "precision": 10,
        "timezone": 0,
        "before": 0,
        "after": 0,
        "calendarmodel": "http://www.wikidata.org/entity/Q1985727",
    }
    start = {**time, "time": "+2001-02-03T00:00:00Z", "precision": 11}
    item = {"entity-type": "item", "numeric-id": 43229, "id": "Q43229"}
    return [
        {
            "type": "item",
            "id": "Q990000001",
            "labels": {
                "en": term("en", "Example Human Rights Centre"),
                "fr": term("fr", "Centre d'exemple pour les droits humains"),
                "zh": term("zh", "示例人权中心"),
            },
            "descriptions": {"en": term("en", "synthetic test organisation")},
            "aliases": {
                "en": [term("en", "EHRC"), term("en", "Example Centre")],
                "fr": [term("fr", "CEDH-Ex")],
            },
            "claims": {
                "P31": [_statement(_snak("P31", "wikibase-item", "wikibase-entityid", item))],
                "P571": [_statement(_snak("P571", "time", "time", time))],
                "P576": [_statement(_snak("P576", "time", value="somevalue"))],
                "P17": [_statement(_snak("P17", "wikibase-item", value="novalue"))],
                "P1813": [
                    _statement(
                        _snak(
                            "P1813",
                            "monolingualtext",
                            "monolingualtext",
                            {"text": "EHRC", "language": "en"},
                        )
                    )
                ],
                "P856": [
                    _statement(
                        _snak("P856", "url", "string", "https://ehrc.example.org/"),
                        rank="preferred",
                    )
                ],
                "P463": [
                    _statement(
                        _snak(
                            "P463",
                            "wikibase-item",
                            "wikibase-entityid",
                            {"entity-type": "item", "numeric-id": 990000002, "id": "Q990000002"},
                        ),
                        P580=[_snak("P580", "time", "time", start)],
                        P1545=[_snak("P1545", "string", "string", "2")],
                    )
                ],
            },
            "sitelinks": {
                "enwiki": {"site": "enwiki", "title": "EHRC", "badges": []},
                "frwiki": {"site": "frwiki", "title": "CEDH", "badges": []},
            },
        },
        {
            "type": "item",
            "id": "Q990000002",
            "labels": {"en": term("en", "Example Network"), "ru": term("ru", "Пример сети")},
            "descriptions": {},
            "aliases": {},
            "claims": {},
            "sitelinks": {},
        },
    ]


@pytest.fixture(scope="session")
def fixture_entities() -> dict[str, dict[str, Any]]:
    """Every fixture entity: 66 real wbgetentities responses, the bundled snapshot and the
    synthetic multilingual records."""
    return load_fixture_entities(bundled_records(), synthetic_records())


@pytest.fixture()
def fake(fixture_entities: dict[str, dict[str, Any]]) -> Iterator[FakeWikidata]:
    """A fresh fake Wikidata API on loopback, stopped after the test."""
    with FakeWikidata(fixture_entities) as server:
        yield server


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def oxigraph_endpoint(
    tmp_path_factory: pytest.TempPathFactory, fixture_entities: dict[str, dict[str, Any]]
) -> Iterator[str]:
    """A real Oxigraph SPARQL server (PyPI ``oxigraph``) loaded with Wikidata-shaped RDF of
    every fixture entity; yields the query URL and stops the server afterwards."""
    import shutil
    import subprocess
    import time

    import requests

    from linkers.wikidata.rdf import write_ntriples

    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    work = tmp_path_factory.mktemp("oxigraph")
    data = work / "wikidata.nt"
    write_ntriples(fixture_entities.values(), data)
    store = work / "store"
    subprocess.run(
        [binary, "load", "--location", str(store), "--file", str(data)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    port = _free_port()
    process = subprocess.Popen(
        [binary, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/query"
    try:
        for _ in range(200):
            try:
                requests.get(url, params={"query": "ASK {}"}, timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.05)
        else:
            raise RuntimeError("oxigraph server did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
