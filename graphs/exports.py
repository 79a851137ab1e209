"""Exports for Gephi (GEXF 1.2), yEd/Cytoscape desktop (GraphML) and Cytoscape.js (JSON).

GEXF and GraphML hold only scalar attributes, so list attributes (themes, countries, letters)
are joined with ``|``; the Cytoscape.js JSON keeps them as lists. Positions from
:func:`graphs.layout.layout` go to GEXF ``viz:position`` and Cytoscape ``position``.
"""

from __future__ import annotations

import json
from collections.abc import Hashable
from pathlib import Path
from typing import Any

import networkx as nx

__all__ = [
    "LIST_SEPARATOR",
    "cytoscape_elements",
    "scalar_graph",
    "write_cytoscape",
    "write_gexf",
    "write_graphml",
]

LIST_SEPARATOR = "|"
_GEXF_VERSION = "1.2draft"
_VIZ = "http://www.gexf.net/1.2draft/viz"


def _scalar(value: Any) -> str | int | float | bool:
    if isinstance(value, bool | int | float | str):
        return value
    if value is None:
        return ""
    if isinstance(value, list | tuple | set | frozenset):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return str(value)


def scalar_graph(graph: nx.Graph) -> nx.Graph:
    """A copy with every attribute a string, number or boolean, nodes and edges sorted.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("a", themes=["hong-kong", "tibet"], qid=None)
    >>> scalar_graph(G).nodes["a"]
    {'themes': 'hong-kong|tibet', 'qid': ''}
    """
    copy = nx.Graph()
    copy.graph.update({k: _scalar(v) for k, v in graph.graph.items()})
    for node in sorted(graph, key=str):
        copy.add_node(str(node), **{k: _scalar(v) for k, v in graph.nodes[node].items()})
    edges = sorted(graph.edges(data=True), key=lambda e: (str(e[0]), str(e[1])))
    for u, v, data in edges:
        copy.add_edge(str(u), str(v), **{k: _scalar(val) for k, val in data.items()})
    return copy


def _attribute_types(graph: nx.Graph) -> nx.Graph:
    """Make every node attribute present on every node, with one type per key (GEXF needs it)."""
    keys: dict[str, type] = {}
    for _, data in graph.nodes(data=True):
        for key, value in data.items():
            kind = type(value)
            previous = keys.get(key)
            keys[key] = kind if previous in (None, kind) else str
    defaults: dict[type, Any] = {str: "", int: 0, float: 0.0, bool: False}
    for _, data in graph.nodes(data=True):
        for key, kind in keys.items():
            value = data.get(key, defaults[kind])
            data[key] = kind(value) if kind is not str or not isinstance(value, str) else value
    return graph


def write_gexf(
    graph: nx.Graph,
    path: Path,
    *,
    positions: dict[Hashable, tuple[float, float]] | None = None,
    modified: str | None = None,
) -> Path:
    """Write GEXF 1.2draft that validates against the published XSD.

    networkx writes a ``name`` attribute on ``<graph>`` that the schema refuses; it is moved
    to ``<meta><description>``. The 1.2draft XSD declares ``position`` in the GEXF namespace
    (not ``viz:``), so positions are written there; Gephi reads elements by local name.
    ``lastmodifieddate`` is ``modified`` (ISO date) or left out, so output is byte-stable.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> G = nx.Graph([("a", "b")]); G.nodes["a"]["themes"] = ["tibet"]
    >>> out = write_gexf(G, pathlib.Path(tempfile.mkdtemp()) / "g.gexf")
    >>> nx.read_gexf(out).nodes["a"]["themes"]
    'tibet'
    """
    from lxml import etree

    export = _attribute_types(scalar_graph(graph))
    for node, data in export.nodes(data=True):
        data.setdefault("label", node)
    if positions:
        lookup = {str(k): v for k, v in positions.items()}
        for node, data in export.nodes(data=True):
            x, y = lookup.get(node, (0.0, 0.0))
            data["viz"] = {"position": {"x": x * 1000.0, "y": y * 1000.0, "z": 0.0}}
    text = "\n".join(nx.generate_gexf(export, version=_GEXF_VERSION, prettyprint=True))
    root = etree.fromstring(text.encode("utf-8"))
    namespace = {"g": root.nsmap[None]}
    for meta in root.iterfind("g:meta", namespace):
        meta.attrib.pop("lastmodifieddate", None)
        if modified:
            meta.set("lastmodifieddate", modified)
    for element in root.iterfind("g:graph", namespace):
        name = element.attrib.pop("name", None)
        if name:
            meta = root.find("g:meta", namespace)
            if meta is not None:
                description = etree.SubElement(meta, f"{{{namespace['g']}}}description")
                description.text = str(name)
    for element in root.iter(f"{{{_VIZ}}}position", f"{{{_VIZ}}}color", f"{{{_VIZ}}}size"):
        element.tag = f"{{{namespace['g']}}}{etree.QName(element).localname}"
    etree.cleanup_namespaces(root)
    path.write_bytes(
        etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
    )
    return path


def write_graphml(graph: nx.Graph, path: Path) -> Path:
    """Write GraphML (lists joined with ``|``).

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> G = nx.Graph([("a", "b", {"weight": 2.5})])
    >>> out = write_graphml(G, pathlib.Path(tempfile.mkdtemp()) / "g.graphml")
    >>> nx.read_graphml(out)["a"]["b"]["weight"]
    2.5
    """
    nx.write_graphml(scalar_graph(graph), path, encoding="utf-8")
    return path


def cytoscape_elements(
    graph: nx.Graph, positions: dict[Hashable, tuple[float, float]] | None = None
) -> dict[str, Any]:
    """Cytoscape.js ``elements`` JSON (``{"nodes": [...], "edges": [...]}``), lists kept.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph([("a", "b")])
    >>> cytoscape_elements(G)["edges"][0]["data"]
    {'id': 'e0', 'source': 'a', 'target': 'b'}
    """
    nodes = []
    for node in sorted(graph, key=str):
        element: dict[str, Any] = {"data": {"id": str(node), **graph.nodes[node]}}
        if positions and node in positions:
            x, y = positions[node]
            element["position"] = {"x": x * 1000.0, "y": -y * 1000.0}
        nodes.append(element)
    edges = [
        {"data": {"id": f"e{i}", "source": str(u), "target": str(v), **data}}
        for i, (u, v, data) in enumerate(
            sorted(graph.edges(data=True), key=lambda e: (str(e[0]), str(e[1])))
        )
    ]
    return {"nodes": nodes, "edges": edges}


def write_cytoscape(
    graph: nx.Graph, path: Path, *, positions: dict[Hashable, tuple[float, float]] | None = None
) -> Path:
    """Write Cytoscape.js JSON: ``{"data": {...}, "elements": {"nodes", "edges"}}``.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib, json
    >>> out = write_cytoscape(nx.Graph([("a", "b")]), pathlib.Path(tempfile.mkdtemp()) / "g.json")
    >>> len(json.loads(out.read_text())["elements"]["nodes"])
    2
    """
    document = {"data": dict(graph.graph), "elements": cytoscape_elements(graph, positions)}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1, default=str) + "\n")
    return path
