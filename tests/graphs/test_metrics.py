"""Metrics on small graphs with known answers."""

from __future__ import annotations

import networkx as nx
import pytest

from graphs.metrics import (
    METRICS,
    annotate,
    centralities,
    communities,
    core_periphery,
    participation_coefficient,
)


def _two_cliques() -> nx.Graph:
    G = nx.Graph()
    G.add_edges_from(nx.complete_graph(["a1", "a2", "a3", "a4"]).edges(), weight=1.0)
    G.add_edges_from(nx.complete_graph(["b1", "b2", "b3", "b4"]).edges(), weight=1.0)
    G.add_edge("a1", "b1", weight=0.1)
    return G


def test_star_centre_has_all_betweenness_and_highest_pagerank():
    G = nx.star_graph(["hub", "x", "y", "z"])
    c = centralities(G)
    assert c["degree"]["hub"] == 3.0
    assert c["betweenness"]["hub"] == pytest.approx(1.0)
    assert c["betweenness"]["x"] == 0.0
    assert max(c["pagerank"], key=c["pagerank"].get) == "hub"


def test_weighted_degree_sums_tie_strengths():
    G = nx.Graph([("a", "b", {"weight": 2.5}), ("a", "c", {"weight": 0.5})])
    assert centralities(G)["weighted_degree"]["a"] == 3.0


def test_betweenness_uses_strong_ties_as_short_paths():
    # a-b-c strong, a-d-c weak: b lies on the shortest path, d does not.
    G = nx.Graph()
    G.add_edge("a", "b", weight=10.0)
    G.add_edge("b", "c", weight=10.0)
    G.add_edge("a", "d", weight=0.1)
    G.add_edge("d", "c", weight=0.1)
    c = centralities(G)["betweenness"]
    assert c["b"] > c["d"]


def test_louvain_finds_the_two_cliques_deterministically():
    found = communities(_two_cliques(), seed=3)
    assert len({found[n] for n in ("a1", "a2", "a3", "a4")}) == 1
    assert found["a1"] != found["b1"]
    assert found == communities(_two_cliques(), seed=3)


def test_unknown_community_method_is_refused():
    with pytest.raises(ValueError, match="louvain"):
        communities(_two_cliques(), method="walktrap")


def test_participation_coefficient_known_values():
    G = nx.Graph([("hub", "a"), ("hub", "b"), ("hub", "c"), ("hub", "d")])
    groups = {"hub": 0, "a": 0, "b": 0, "c": 1, "d": 1}
    p = participation_coefficient(G, groups)
    assert p["hub"] == pytest.approx(1 - (0.5**2 + 0.5**2))
    assert p["a"] == 0.0
    G.add_node("alone")
    assert participation_coefficient(G, groups)["alone"] == 0.0


def test_core_periphery_k_core_numbers():
    G = _two_cliques()
    G.add_edge("b4", "tail")
    core = core_periphery(G)
    assert core["a2"] == 3 and core["tail"] == 1


def test_annotate_writes_every_metric_and_community():
    G = annotate(_two_cliques(), seed=1)
    for _, data in G.nodes(data=True):
        assert set(METRICS) | {"community"} <= set(data)
    assert G.nodes["a1"]["betweenness"] > G.nodes["a2"]["betweenness"]


def test_seed_coalition_bridges_are_movement_organisations(seed_data):
    from graphs.coalition import coalition_network

    G = annotate(coalition_network(seed_data))
    general = [d["participation"] for _, d in G.nodes(data=True) if d["group"] == "general"]
    tibet = [d["participation"] for _, d in G.nodes(data=True) if d["group"] == "tibet"]
    # Movement groups tie into the broad NGOs through countries: they are the bridges.
    assert max(tibet) > 0.3
    assert sum(general) / len(general) < sum(tibet) / len(tibet)


def test_leiden_finds_the_two_cliques_too():
    found = communities(_two_cliques(), seed=3, method="leiden")
    assert found["a1"] == found["a4"] != found["b1"] == found["b4"]
