"""The default network outputs of ``kg build``, read from a real Oxigraph store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import xmlschema

from graphs.outputs import coalition_summary, write_default_network
from kg.store import open_store

XSD = Path(__file__).resolve().parents[1] / "data" / "conformance" / "gexf-1.2draft" / "gexf.xsd"


@pytest.fixture(scope="module")
def store(seed_store_dir):
    opened = open_store(seed_store_dir, read_only=True)
    yield opened
    opened.close()


def test_write_default_network_writes_page_gexf_png_and_summary(store, tmp_path, viz_bundle):
    written = write_default_network(store, tmp_path)
    assert {p.name for k, p in written.items() if k != "summary_markdown"} == {
        "network.html",
        "network.gexf",
        "network.png",
        "coalition-summary.json",
    }
    xmlschema.XMLSchema(str(XSD)).validate(str(written["gexf"]))
    summary = json.loads(written["summary"].read_text())
    assert summary["signers"] == 281
    assert written["summary_markdown"].startswith("## Coalition")
    assert "Family ACAT" in written["summary_markdown"]
    assert "香港黎明" in written["html"].read_text()


def test_same_seed_same_files(store, tmp_path):
    one = write_default_network(store, tmp_path / "1", html=False)
    two = write_default_network(store, tmp_path / "2", html=False)
    assert one["gexf"].read_bytes() == two["gexf"].read_bytes()
    assert one["summary"].read_text() == two["summary"].read_text()


def test_coalition_summary_through_a_select_callable(store):
    summary = coalition_summary(lambda q: store.select(q))
    assert summary["linked_to_wikidata"] == 4
    assert summary["groups"]["uyghur"] == 12
