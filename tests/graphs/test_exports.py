"""GEXF validates against the published XSD; GEXF/GraphML/Cytoscape keep every attribute."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
import xmlschema

from graphs.exports import write_cytoscape, write_gexf, write_graphml

XSD = Path(__file__).resolve().parents[1] / "data" / "conformance" / "gexf-1.2draft" / "gexf.xsd"


def test_gexf_validates_against_the_1_2draft_schema(seed_view, tmp_path):
    path = write_gexf(seed_view.graph, tmp_path / "n.gexf", positions=seed_view.positions)
    xmlschema.XMLSchema(str(XSD)).validate(str(path))


def test_plain_networkx_gexf_does_not_validate(tmp_path):
    # The reason write_gexf post-processes: networkx writes <graph name="...">.
    G = nx.Graph([("a", "b")], name="x")
    nx.write_gexf(G, tmp_path / "raw.gexf", version="1.2draft")
    assert not xmlschema.XMLSchema(str(XSD)).is_valid(str(tmp_path / "raw.gexf"))
    write_gexf(G, tmp_path / "ours.gexf")
    assert xmlschema.XMLSchema(str(XSD)).is_valid(str(tmp_path / "ours.gexf"))


def test_gexf_round_trips_every_node_attribute(seed_view, tmp_path):
    path = write_gexf(seed_view.graph, tmp_path / "n.gexf", positions=seed_view.positions)
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == seed_view.graph.number_of_nodes()
    assert back.number_of_edges() == seed_view.graph.number_of_edges()
    node = next(n for n, d in seed_view.graph.nodes(data=True) if d["qid"])
    original, read = seed_view.graph.nodes[node], back.nodes[node]
    for key in ("qid", "group", "community", "betweenness", "pagerank", "core"):
        assert read[key] == original[key]
    assert read["countries"] == "|".join(original["countries"])
    assert read["label"] == original["label"]


def test_gexf_is_byte_stable(seed_view, tmp_path):
    one = write_gexf(seed_view.graph, tmp_path / "1.gexf", positions=seed_view.positions)
    two = write_gexf(seed_view.graph, tmp_path / "2.gexf", positions=seed_view.positions)
    assert one.read_bytes() == two.read_bytes()


def test_graphml_round_trips_attributes(seed_view, tmp_path):
    back = nx.read_graphml(write_graphml(seed_view.graph, tmp_path / "n.graphml"))
    node = sorted(seed_view.graph)[0]
    for key in ("label", "group", "weighted_degree", "community"):
        assert back.nodes[node][key] == seed_view.graph.nodes[node][key]
    u, v, data = next(iter(seed_view.graph.edges(data=True)))
    assert back[u][v]["weight"] == pytest.approx(data["weight"])
    assert back[u][v]["letters"] == "|".join(data["letters"])


def test_cytoscape_json_keeps_lists_and_positions(seed_view, tmp_path):
    path = write_cytoscape(seed_view.graph, tmp_path / "n.json", positions=seed_view.positions)
    document = json.loads(path.read_text())
    nodes = document["elements"]["nodes"]
    assert len(nodes) == 281
    themed = [n for n in nodes if n["data"]["themes"]]
    assert isinstance(themed[0]["data"]["themes"], list)
    assert all("position" in n for n in nodes)
    assert len(document["elements"]["edges"]) == seed_view.graph.number_of_edges()


def test_gexf_carries_un_m49_regions_for_gephi(seed_view, tmp_path):
    path = write_gexf(seed_view.graph, tmp_path / "n.gexf", positions=seed_view.positions)
    back = nx.read_gexf(path)
    placed = [n for n, d in seed_view.graph.nodes(data=True) if d["regions"]]
    assert len(placed) > 100
    for node in placed:
        original = seed_view.graph.nodes[node]
        assert back.nodes[node]["regions"] == "|".join(original["regions"])
        assert back.nodes[node]["intermediate_regions"] == "|".join(
            original["intermediate_regions"]
        )
