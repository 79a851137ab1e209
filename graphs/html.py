"""The self-contained interactive network page (sigma.js + graphology, inlined).

The page holds the JavaScript bundle (``graphs/viz/dist/coalition-viz.js``, built by
``make install``) and the graph data as JSON in a ``<script type="application/json">`` block, so
it works offline from ``file://`` with no request to any server. The JSON escapes ``<``, ``>``
and ``&`` so no name can close the block, and the page renders every name as text.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Hashable
from pathlib import Path
from typing import Any

import networkx as nx

from graphs.metrics import METRICS
from graphs.records import CoalitionData
from kg.errors import KGError

__all__ = ["BUNDLE", "graph_payload", "render_page", "safe_json", "write_html"]

_VIZ = Path(__file__).resolve().parent / "viz"
#: Where ``make install`` puts the page's JavaScript bundle (``KG_VIZ_BUNDLE`` overrides it).
BUNDLE = _VIZ / "dist" / "coalition-viz.js"
_TEMPLATE = _VIZ / "page.html"
_NODE_FIELDS = (
    "kind",
    "acronym",
    "qid",
    "group",
    "family",
    "community",
    "node_type",
    "region",
    "intermediate_region",
)
_LIST_FIELDS = ("alt_names", "countries", "regions", "intermediate_regions", "themes", "written")


def safe_json(value: Any) -> str:
    """JSON that is safe inside an HTML ``<script>`` block.

    Examples
    --------
    >>> safe_json({"name": "</script><script>alert(1)</script>"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(raw, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _node_record(
    node: Hashable, data: dict[str, Any], xy: tuple[float, float], letters: dict[str, int]
):
    record: dict[str, Any] = {"id": str(node), "label": str(data.get("label", node))}
    record["x"], record["y"] = xy
    for field in _NODE_FIELDS:
        if data.get(field) not in (None, ""):
            record[field] = data[field]
    for field in _LIST_FIELDS:
        if data.get(field):
            record[field] = list(data[field])
    if data.get("letters"):
        record["letters"] = [letters[letter] for letter in data["letters"] if letter in letters]
    record["metrics"] = {m: data[m] for m in METRICS if m in data}
    return record


def graph_payload(
    graph: nx.Graph,
    positions: dict[Hashable, tuple[float, float]],
    *,
    data: CoalitionData | None = None,
    title: str = "Coalition network",
) -> dict[str, Any]:
    """The page's data: nodes with positions and attributes, edges with weight and letters.

    Edges are ``[source index, target index, weight, [letter indices], [reasons]?, tie?]`` to
    keep large graphs small; letters are listed once in ``letters``. ``tie`` is the edge's
    ``tie`` attribute when it has one (``affiliation``: the page draws those dark and thick).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph([("a", "b", {"weight": 2.0, "letters": ["urn:l1"]})])
    >>> p = graph_payload(G, {"a": (0, 0), "b": (1, 1)})
    >>> p["edges"], p["letters"]
    ([[0, 1, 2.0, [0]]], [{'id': 'urn:l1', 'title': 'urn:l1', 'date': None}])
    >>> G.add_edge("b", "c", reasons=["parent:family:X"], tie="affiliation")
    >>> graph_payload(G, {})["edges"][1]
    [1, 2, 1.0, [], ['parent:family:X'], 'affiliation']
    """
    known = dict(data.letters) if data else {}
    letter_ids = sorted(
        {letter for _, d in graph.nodes(data=True) for letter in d.get("letters", [])}
        | {letter for _, _, d in graph.edges(data=True) for letter in d.get("letters", [])}
        | set(known)
    )
    index_of = {letter: i for i, letter in enumerate(letter_ids)}
    letters = [
        {
            "id": letter,
            "title": (known[letter].title if letter in known else None) or letter,
            "date": known[letter].date if letter in known else None,
        }
        for letter in letter_ids
    ]
    nodes = sorted(graph, key=str)
    node_index = {node: i for i, node in enumerate(nodes)}
    edges = [
        [
            node_index[u],
            node_index[v],
            round(float(d.get("weight", 1.0)), 5),
            [index_of[letter] for letter in d.get("letters", []) if letter in index_of],
            *([list(d.get("reasons", []))] if d.get("reasons") or d.get("tie") else []),
            *([str(d["tie"])] if d.get("tie") else []),
        ]
        for u, v, d in sorted(graph.edges(data=True), key=lambda e: (str(e[0]), str(e[1])))
    ]
    from graphs.summary import country_name
    from kg.themes import themes

    codes = sorted({c for _, d in graph.nodes(data=True) for c in d.get("countries", [])})
    return {
        "title": title,
        "kind": graph.graph.get("kind", ""),
        "metrics": [m for m in METRICS if any(m in d for _, d in graph.nodes(data=True))],
        "themes": {t.id: t.label for t in themes()},
        "countries": {code: country_name(code) for code in codes},
        "letters": letters,
        "nodes": [
            _node_record(n, graph.nodes[n], positions.get(n, (0.0, 0.0)), index_of) for n in nodes
        ],
        "edges": edges,
    }


def _bundle(path: Path | None) -> str:
    path = path or Path(os.environ.get("KG_VIZ_BUNDLE") or BUNDLE)
    try:
        script = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KGError(
            f"the network page's JavaScript bundle is missing ({path}); run `make install` "
            "(it needs node and npm) to build it"
        ) from exc
    # Nothing in the inlined script may end the <script> element early.
    return re.sub(r"</(script)", r"<\\/\1", script, flags=re.IGNORECASE).replace("<!--", "<\\!--")


def render_page(payload: dict[str, Any], *, bundle: Path | None = None) -> str:
    """The complete HTML page for a payload from :func:`graph_payload`.

    Raises
    ------
    KGError
        If the JavaScript bundle has not been built (run ``make install``).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> js = pathlib.Path(tempfile.mkdtemp()) / "b.js"; _ = js.write_text("var x = '</script>';")
    >>> page = render_page({"title": "<b>T</b>", "nodes": []}, bundle=js)
    >>> "<title>&lt;b&gt;T&lt;/b&gt;</title>" in page, "'<\\\\/script>'" in page
    (True, True)
    """
    template = _TEMPLATE.read_text(encoding="utf-8")
    parts = {
        "__TITLE__": html.escape(str(payload.get("title", "Coalition network"))),
        "__DATA__": safe_json(payload),
        "__SCRIPT__": _bundle(bundle),
    }
    # One pass: text put in for one placeholder is never searched for another.
    pattern = "|".join(map(re.escape, parts))
    return re.sub(pattern, lambda match: parts[match.group(0)], template)


def write_html(
    graph: nx.Graph,
    path: Path,
    *,
    positions: dict[Hashable, tuple[float, float]],
    data: CoalitionData | None = None,
    title: str = "Coalition network",
    bundle: Path | None = None,
) -> Path:
    """Write the interactive page for ``graph`` to ``path``.

    Raises
    ------
    KGError
        If the JavaScript bundle has not been built (run ``make install``).

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); js = d / "b.js"; _ = js.write_text("1;")
    >>> out = write_html(nx.Graph([("a", "b")]), d / "n.html", positions={}, bundle=js)
    >>> 'id="coalition-data"' in out.read_text()
    True
    """
    payload = graph_payload(graph, positions, data=data, title=title)
    path.write_text(render_page(payload, bundle=bundle), encoding="utf-8")
    return path
