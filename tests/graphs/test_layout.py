"""Seeded, precomputed layouts."""

from __future__ import annotations

import networkx as nx

from graphs.layout import layout


def test_same_seed_same_positions_other_seed_other_positions():
    G = nx.karate_club_graph()
    assert layout(G, seed=7) == layout(G, seed=7)
    assert layout(G, seed=7) != layout(G, seed=8)


def test_positions_are_scaled_into_the_unit_square():
    pos = layout(nx.karate_club_graph(), seed=1)
    assert max(max(abs(x), abs(y)) for x, y in pos.values()) == 1.0


def test_large_graphs_are_laid_out_by_community_with_members_together():
    G = nx.planted_partition_graph(6, 250, 0.05, 0.0005, seed=4)
    community = {n: n // 250 for n in G}
    pos = layout(G, seed=2, community=community)
    assert len(pos) == 1500

    def spread(nodes):
        xs = [pos[n][0] for n in nodes]
        return max(xs) - min(xs)

    assert spread(range(250)) < 0.8 * spread(range(1500))
    assert layout(G, seed=2, community=community) == pos


def test_empty_and_single_node_graphs():
    assert layout(nx.Graph()) == {}
    G = nx.Graph()
    G.add_node("only")
    assert layout(G) == {"only": (0.0, 0.0)}
