"""Named network views (``cosign``, ``bipartite``, ``themes``, ...) and writing them by suffix."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from graphs import projections
from graphs.coalition import coalition_network
from graphs.layout import layout
from graphs.metrics import annotate
from graphs.records import CoalitionData
from kg.errors import InputError

__all__ = ["FORMATS", "KINDS", "NetworkView", "build_view", "write_view"]

#: Network kinds of ``kg network --kind``.
KINDS = ("coalition", "cosign", "bipartite", "themes", "countries", "affiliation")
#: Output suffixes ``write_view`` understands.
FORMATS = (".html", ".png", ".svg", ".gexf", ".graphml", ".json")

_TITLES = {
    "coalition": "Coalition network: signers tied by shared themes, countries and affiliations",
    "cosign": "Co-signature network",
    "bipartite": "Signers and letters",
    "themes": "Organisations and themes",
    "countries": "Countries joined by shared letters",
    "affiliation": "Affiliations: memberships, parents and name families",
}


@dataclass(frozen=True)
class NetworkView:
    """An annotated graph with its seeded positions, title and source records."""

    graph: nx.Graph
    positions: dict[Hashable, tuple[float, float]]
    title: str
    data: CoalitionData


def _project(data: CoalitionData, kind: str, *, weighting: str, seed: int) -> nx.Graph:
    if kind == "coalition":
        return coalition_network(data, seed=seed)
    if kind == "cosign":
        return projections.cosignature_network(
            projections.bipartite_network(data), weight=weighting
        )
    if kind == "bipartite":
        return projections.bipartite_network(data)
    if kind == "themes":
        return projections.theme_network(data)
    if kind == "countries":
        return projections.country_country_network(data)
    if kind == "affiliation":
        return projections.affiliation_network(data)
    raise InputError(f"unknown network kind {kind!r}; choose one of {', '.join(KINDS)}")


def build_view(
    data: CoalitionData,
    kind: str = "coalition",
    *,
    weighting: str = "jaccard",
    seed: int = 42,
    method: str = "louvain",
) -> NetworkView:
    """Project, annotate with metrics and lay out one network kind.

    Parameters
    ----------
    data : CoalitionData
    kind : str
        One of :data:`KINDS`.
    weighting : str
        Normalisation of the ``cosign`` kind (``count``, ``jaccard``, ``newman``).
    seed : int
        Seed of communities and layout.
    method : {"louvain", "leiden"}
        Community detection (see :func:`graphs.metrics.communities`).

    Returns
    -------
    NetworkView

    Raises
    ------
    InputError
        If ``kind`` is unknown.

    Examples
    --------
    >>> from graphs.toy import toy_data
    >>> view = build_view(toy_data(), "cosign")
    >>> view.graph.number_of_nodes(), sorted(view.positions) == sorted(view.graph)
    (3, True)
    """
    graph = annotate(_project(data, kind, weighting=weighting, seed=seed), seed=seed, method=method)
    community = {n: d["community"] for n, d in graph.nodes(data=True)}
    positions = layout(graph, seed=seed, community=community)
    return NetworkView(graph=graph, positions=positions, title=_TITLES[kind], data=data)


def write_view(view: NetworkView, path: Path, *, bundle: Path | None = None) -> Path:
    """Write a view in the format its suffix names (see :data:`FORMATS`).

    Raises
    ------
    InputError
        If the suffix is not one of :data:`FORMATS`.
    KGError
        If an HTML page is asked for and the JavaScript bundle was not built.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from graphs.toy import toy_data
    >>> out = write_view(build_view(toy_data()), pathlib.Path(tempfile.mkdtemp()) / "n.graphml")
    >>> out.suffix
    '.graphml'
    """
    from graphs import exports

    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            f"cannot write {path.name}: the suffix must be one of {', '.join(FORMATS)}"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".html":
        from graphs.html import write_html

        return write_html(
            view.graph,
            path,
            positions=view.positions,
            data=view.data,
            title=view.title,
            bundle=bundle,
        )
    if suffix in {".png", ".svg"}:
        from graphs.static import draw_network

        colour = "group" if view.graph.graph.get("kind") == "coalition" else "community"
        return draw_network(
            view.graph, path, positions=view.positions, colour_by=colour, title=view.title
        )
    if suffix == ".gexf":
        return exports.write_gexf(view.graph, path, positions=view.positions)
    if suffix == ".graphml":
        return exports.write_graphml(view.graph, path)
    return exports.write_cytoscape(view.graph, path, positions=view.positions)
