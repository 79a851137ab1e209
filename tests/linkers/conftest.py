"""Fixtures of the linkers tests: the fake Wikidata server and the fixture entities."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fake_wikidata import FakeWikidata, load_fixture_entities

from linkers.snapshot import bundled_snapshot_path


def bundled_records() -> list[dict[str, Any]]:
    """Entity JSON of the bundled snapshot (header left out)."""
    lines = bundled_snapshot_path().read_text(encoding="utf-8").splitlines()
    return [r for r in map(json.loads, lines) if "id" in r]


@pytest.fixture(scope="session")
def fixture_entities() -> dict[str, dict[str, Any]]:
    """Every fixture entity: 66 real wbgetentities responses plus the bundled snapshot."""
    return load_fixture_entities(bundled_records())


@pytest.fixture()
def fake(fixture_entities: dict[str, dict[str, Any]]) -> Iterator[FakeWikidata]:
    """A fresh fake Wikidata API on loopback, stopped after the test."""
    with FakeWikidata(fixture_entities) as server:
        yield server
