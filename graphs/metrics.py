"""Network metrics: centrality, communities, bridging and core–periphery.

Every function takes the graph first and writes nothing unless named ``annotate``; community
detection takes ``seed`` so results are reproducible.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Hashable, Mapping

import networkx as nx

__all__ = [
    "METRICS",
    "annotate",
    "centralities",
    "communities",
    "core_periphery",
    "participation_coefficient",
]

log = logging.getLogger(__name__)

#: Node metrics :func:`annotate` writes, usable to size nodes.
METRICS = (
    "degree",
    "weighted_degree",
    "betweenness",
    "pagerank",
    "participation",
    "bridging",
    "core",
)
#: Exact betweenness while nodes x edges stays below this; above, sampled sources estimate it.
_EXACT_BETWEENNESS_WORK = 2_000_000


def centralities(
    graph: nx.Graph, *, weight: str = "weight", seed: int = 42
) -> dict[str, dict[Hashable, float]]:
    """Degree, weighted degree, betweenness and PageRank of every node.

    Betweenness treats ``1 / weight`` as distance (strong ties are short); when nodes x edges
    exceeds two million it is estimated from sampled sources drawn with ``seed`` (at least 32,
    fewer for denser graphs).

    Parameters
    ----------
    graph : networkx.Graph
    weight : str
        Edge attribute holding the tie strength.
    seed : int
        Seed of the betweenness sampling on large graphs.

    Returns
    -------
    dict
        Metric name to ``{node: value}``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.path_graph(["a", "b", "c"])
    >>> c = centralities(G)
    >>> c["degree"], c["betweenness"]["b"]
    ({'a': 1.0, 'b': 2.0, 'c': 1.0}, 1.0)
    """
    if graph.number_of_nodes() == 0:
        return {name: {} for name in ("degree", "weighted_degree", "betweenness", "pagerank")}
    distance = "_distance"
    view = nx.Graph()
    view.add_nodes_from(graph)
    view.add_edges_from(
        (u, v, {distance: 1.0 / max(d.get(weight, 1.0), 1e-9), weight: d.get(weight, 1.0)})
        for u, v, d in graph.edges(data=True)
    )
    edges = max(view.number_of_edges(), 1)
    sample = None
    if len(view) * edges > _EXACT_BETWEENNESS_WORK:
        sample = min(len(view), max(32, _EXACT_BETWEENNESS_WORK // edges))
    betweenness = nx.betweenness_centrality(view, k=sample, weight=distance, seed=seed)
    return {
        "degree": {n: float(d) for n, d in view.degree()},
        "weighted_degree": {n: float(d) for n, d in view.degree(weight=weight)},
        "betweenness": betweenness,
        "pagerank": nx.pagerank(view, weight=weight) if view.number_of_edges() else {},
    }


def communities(
    graph: nx.Graph, *, weight: str = "weight", seed: int = 42, method: str = "louvain"
) -> dict[Hashable, int]:
    """Community of every node, numbered by decreasing size (ties by smallest member).

    Parameters
    ----------
    graph : networkx.Graph
    weight : str
        Edge attribute holding the tie strength.
    seed : int
        Seed of the community detection.
    method : {"louvain", "leiden"}
        ``leiden`` needs the optional ``leidenalg`` package; Louvain is networkx's.

    Returns
    -------
    dict
        Node to community number (0 is the largest).

    Raises
    ------
    ValueError
        If ``method`` is unknown.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph([("a", "b"), ("c", "d")])
    >>> G.add_node("e")
    >>> communities(G)
    {'a': 0, 'b': 0, 'c': 1, 'd': 1, 'e': 2}
    """
    if method == "louvain":
        parts = nx.community.louvain_communities(graph, weight=weight, seed=seed)
    elif method == "leiden":
        parts = _leiden(graph, weight=weight, seed=seed)
    else:
        raise ValueError(f"method must be 'louvain' or 'leiden', not {method!r}")
    ordered = sorted((sorted(map(str, p)), p) for p in parts)
    ordered.sort(key=lambda item: -len(item[1]))
    return {
        node: index for index, (_, part) in enumerate(ordered) for node in sorted(part, key=str)
    }


def _leiden(graph: nx.Graph, *, weight: str, seed: int) -> list[set[Hashable]]:
    try:
        import igraph
        import leidenalg
    except ImportError as exc:
        raise ValueError("method='leiden' needs the optional leidenalg package") from exc
    nodes = sorted(graph, key=str)
    index = {n: i for i, n in enumerate(nodes)}
    ig = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in graph.edges()])
    ig.es["weight"] = [d.get(weight, 1.0) for _, _, d in graph.edges(data=True)]
    found = leidenalg.find_partition(
        ig, leidenalg.ModularityVertexPartition, weights="weight", seed=seed
    )
    return [{nodes[i] for i in part} for part in found]


def participation_coefficient(
    graph: nx.Graph, groups: Mapping[Hashable, Hashable], *, weight: str = "weight"
) -> dict[Hashable, float]:
    """Guimerà–Amaral participation coefficient: how evenly a node's ties spread over groups.

    ``P_i = 1 - sum_s (k_is / k_i)^2`` with ``k_is`` the weight of ties from ``i`` into group
    ``s``; 0 for a node tied only into one group (or isolated), near 1 for a bridge.

    Parameters
    ----------
    graph : networkx.Graph
    groups : mapping
        Node to group (e.g. its movement theme or community).
    weight : str
        Edge attribute holding the tie strength.

    Returns
    -------
    dict
        Node to participation coefficient in [0, 1).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph([("hub", "a"), ("hub", "b")])
    >>> participation_coefficient(G, {"hub": 1, "a": 1, "b": 2})["hub"]
    0.5
    """
    result: dict[Hashable, float] = {}
    for node in graph:
        into: dict[Hashable, float] = defaultdict(float)
        for neighbour, data in graph[node].items():
            into[groups.get(neighbour)] += data.get(weight, 1.0)
        total = sum(into.values())
        result[node] = 1.0 - sum((k / total) ** 2 for k in into.values()) if total else 0.0
    return result


def core_periphery(graph: nx.Graph) -> dict[Hashable, int]:
    """k-core number of every node (the core is the highest shell), self-loops ignored.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("c", "d")])
    >>> core_periphery(G)
    {'a': 2, 'b': 2, 'c': 2, 'd': 1}
    """
    simple = nx.Graph(graph)
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    return dict(nx.core_number(simple))


def annotate(
    graph: nx.Graph, *, weight: str = "weight", seed: int = 42, method: str = "louvain"
) -> nx.Graph:
    """Write every metric of :data:`METRICS` and ``community`` as node attributes, in place.

    Participation is measured against the nodes' ``group`` attribute (their movement theme)
    when present, else against the communities. ``bridging`` is participation times
    betweenness: a broker both spreads its ties over groups and lies on paths between them.

    Examples
    --------
    >>> from graphs.coalition import coalition_network
    >>> from graphs.toy import toy_data
    >>> G = annotate(coalition_network(toy_data()))
    >>> sorted(G.nodes["urn:c"])[:6]
    ['acronym', 'alt_names', 'betweenness', 'bridging', 'community', 'core']
    >>> G.nodes["urn:c"]["degree"]
    2.0
    """
    values = centralities(graph, weight=weight, seed=seed)
    community = communities(graph, weight=weight, seed=seed, method=method)
    groups = {n: d.get("group", community[n]) for n, d in graph.nodes(data=True)}
    values["participation"] = participation_coefficient(graph, groups, weight=weight)
    values["core"] = {n: float(c) for n, c in core_periphery(graph).items()}
    values["bridging"] = {
        n: values["participation"][n] * values["betweenness"].get(n, 0.0) for n in graph
    }
    for node, data in graph.nodes(data=True):
        for name in METRICS:
            data[name] = round(float(values[name].get(node, 0.0)), 6)
        data["core"] = int(data["core"])
        data["community"] = community[node]
    return graph
