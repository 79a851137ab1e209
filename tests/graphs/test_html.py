"""The page writer: data escaped inside its script block, a clear error without the bundle."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from graphs.html import graph_payload, render_page, write_html
from kg.errors import KGError

EVIL = "</script><script>alert(1)</script><!--"


@pytest.fixture()
def bundle(tmp_path):
    path = tmp_path / "bundle.js"
    path.write_text("window.bundled = '</script>';")
    return path


def test_a_name_cannot_close_the_data_block(tmp_path, bundle):
    G = nx.Graph()
    G.add_node("urn:x", label=EVIL, alt_names=["a & b"])
    page = write_html(G, tmp_path / "n.html", positions={}, bundle=bundle).read_text()
    assert EVIL not in page
    assert page.count("</script>") == 2  # the data block's and the script's own
    block = re.search(r'id="coalition-data">(.*?)</script>', page, re.S).group(1)
    assert json.loads(block)["nodes"][0]["label"] == EVIL


def test_inlined_script_cannot_close_its_element(bundle):
    page = render_page({"title": "t", "nodes": []}, bundle=bundle)
    assert "'<\\/script>'" in page


def test_missing_bundle_names_make_install(tmp_path):
    with pytest.raises(KGError, match="make install"):
        render_page({"title": "t"}, bundle=tmp_path / "absent.js")


def test_payload_lists_nodes_edges_letters_and_metrics(seed_data, seed_view):
    view = seed_view
    payload = graph_payload(view.graph, view.positions, data=seed_data, title="Seed")
    assert len(payload["nodes"]) == 281
    assert len(payload["edges"]) == view.graph.number_of_edges()
    assert payload["letters"][0]["date"] == "2020-09-09"
    node = next(n for n in payload["nodes"] if n["label"] == "SFT Japan")
    assert node["group"] == "tibet" and node["countries"] == ["JP"] and node["letters"] == [0]
    assert node["written"] == ["SFT Japan"]
    assert set(payload["metrics"]) >= {"pagerank", "bridging", "betweenness"}
    source, target, weight, letters, reasons = payload["edges"][0]
    assert source != target
    assert weight > 0 and letters == [0] and reasons


def test_page_loads_nothing_from_outside(tmp_path, bundle):
    page = write_html(nx.Graph([("a", "b")]), tmp_path / "n.html", positions={}, bundle=bundle)
    text = page.read_text()
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", text)
    assert "connect-src 'none'" in text
