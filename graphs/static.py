"""Static PNG/SVG pictures of a network for reports (matplotlib, no display needed)."""

from __future__ import annotations

import functools
import logging
from collections.abc import Hashable
from pathlib import Path

import networkx as nx

from graphs.coalition import AFFILIATION_TIE

__all__ = ["FONT_FALLBACKS", "PALETTE", "colour_map", "draw_network", "label_fonts"]

logger = logging.getLogger(__name__)

#: Categorical colours (Okabe–Ito, then Tableau) shared by the PNG and the HTML page.
PALETTE = (
    "#E69F00", "#56B4E9", "#009E73", "#D55E00", "#CC79A7", "#0072B2", "#F0E442",
    "#8C564B", "#17BECF", "#BCBD22", "#7F7F7F", "#E377C2", "#1F77B4", "#98DF8A",
)  # fmt: skip
_GREY = "#B0B0B0"


def colour_map(values: list[str]) -> dict[str, str]:
    """Colour per category, most frequent first; ``general``/empty values are grey.

    Examples
    --------
    >>> colour_map(["tibet", "tibet", "general", "uyghur"])
    {'tibet': '#E69F00', 'uyghur': '#56B4E9', 'general': '#B0B0B0'}
    """
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    ordered = sorted(counts, key=lambda v: (v in {"general", ""}, -counts[v], v))
    colours = {}
    for index, value in enumerate(ordered):
        grey = value in {"general", ""} or index >= len(PALETTE)
        colours[value] = _GREY if grey else PALETTE[index]
    return colours


def _label_nodes(graph: nx.Graph, metric: str, top: int, colour_by: str) -> list[Hashable]:
    """The ``top`` nodes by ``metric`` plus the top three of every colour group."""
    ranked = sorted(graph, key=lambda n: (-float(graph.nodes[n].get(metric, 0.0)), str(n)))
    chosen = ranked[:top]
    per_group: dict[str, int] = {}
    for node in ranked:
        group = str(graph.nodes[node].get(colour_by, ""))
        if per_group.get(group, 0) < 3:
            per_group[group] = per_group.get(group, 0) + 1
            chosen.append(node)
    return chosen


def _legend_name(value: str) -> str:
    from kg.themes import themes

    labels = {t.id: t.label for t in themes()}
    if value == "general":
        return "general (no movement theme)"
    return labels.get(value, value or "none")


def _drawable(text: str, charmap: set[int]) -> bool:
    return all(ord(c) in charmap or c.isspace() for c in text)


def _display_label(data: dict, charmap: set[int]) -> str:
    """The node's name, or a Latin alternate name or acronym when the font lacks its script."""
    candidates = [data.get("label", ""), *data.get("alt_names", []), data.get("acronym", "")]
    for candidate in candidates:
        if candidate and _drawable(str(candidate), charmap):
            return str(candidate)
    return ""


#: Label fonts in order of preference; matplotlib falls back glyph by glyph along the list, so
#: names in Chinese, Japanese or Korean are drawn when a CJK font is installed
#: (``make system-deps`` installs Droid Sans Fallback).
FONT_FALLBACKS = (
    "DejaVu Sans",
    "Noto Sans",
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
    "Droid Sans Fallback",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans Arabic",
)


@functools.cache
def label_fonts() -> tuple[str, ...]:
    """The installed fonts of :data:`FONT_FALLBACKS`, in order (DejaVu Sans at least).

    Fonts installed after matplotlib built its font cache are registered first, so a font added
    by ``apt-get`` is used without clearing the cache.

    Examples
    --------
    >>> label_fonts()[0]
    'DejaVu Sans'
    """
    from matplotlib import font_manager

    manager = font_manager.fontManager
    known = {entry.fname for entry in manager.ttflist}
    for path in font_manager.findSystemFonts():
        if path not in known:
            try:
                manager.addfont(path)
            except (OSError, RuntimeError, ValueError) as exc:  # unreadable or odd font file
                logger.debug("font %s skipped: %s", path, exc)
    installed = {entry.name for entry in manager.ttflist}
    return tuple(name for name in FONT_FALLBACKS if name in installed) or ("DejaVu Sans",)


def _font_charmap(fonts: tuple[str, ...] | None = None) -> set[int]:
    """Code points the label fonts (default :func:`label_fonts`) can draw together."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    charmap: set[int] = set()
    for name in fonts or label_fonts():
        path = font_manager.findfont(font_manager.FontProperties(family=name))
        charmap |= set(FT2Font(path).get_charmap())
    return charmap


def draw_network(
    graph: nx.Graph,
    path: Path,
    *,
    positions: dict[Hashable, tuple[float, float]],
    colour_by: str = "group",
    size_by: str = "weighted_degree",
    labels: int = 12,
    title: str | None = None,
    extra_labels: list[Hashable] | None = None,
) -> Path:
    """Draw a network to PNG or SVG (by ``path`` suffix), labelling the top nodes.

    SVG keeps labels as ``<text>`` (searchable, editable) and is byte-stable.

    Parameters
    ----------
    graph : networkx.Graph
    path : pathlib.Path
        Output file; ``.png`` or ``.svg``.
    positions : dict
        Node to ``(x, y)`` (see :func:`graphs.layout.layout`).
    colour_by : str
        Node attribute giving the colour category (e.g. ``group`` or ``community``).
    size_by : str
        Node metric giving the size.
    labels : int
        How many nodes (highest ``size_by``) get a text label.
    title : str, optional
    extra_labels : list, optional
        Further nodes to label (e.g. members of a family).

    Returns
    -------
    pathlib.Path

    Raises
    ------
    ValueError
        If the suffix is neither ``.png`` nor ``.svg``.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> G = nx.Graph([("a", "b"), ("b", "c")])
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "g.png"
    >>> draw_network(G, out, positions={"a": (0, 0), "b": (1, 0), "c": (1, 1)}).stat().st_size > 0
    True
    """
    if path.suffix.lower() not in {".png", ".svg"}:
        raise ValueError(f"path must end in .png or .svg, not {path.suffix!r}")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    nodes = sorted(graph, key=str)
    categories = [str(graph.nodes[n].get(colour_by, "")) for n in nodes]
    colours = colour_map(categories)
    sizes = [float(graph.nodes[n].get(size_by, 1.0)) for n in nodes]
    largest = max(sizes, default=1.0) or 1.0
    figure, axes = plt.subplots(figsize=(14, 11), dpi=110)
    weights = [float(d.get("weight", 1.0)) for _, _, d in graph.edges(data=True)]
    heaviest = max(weights, default=1.0) or 1.0
    nx.draw_networkx_edges(
        graph,
        positions,
        ax=axes,
        width=[0.3 + 1.5 * w / heaviest for w in weights],
        alpha=0.25,
        edge_color="#888888",
    )
    affiliated = [(u, v) for u, v, d in graph.edges(data=True) if d.get("tie") == AFFILIATION_TIE]
    if affiliated:
        nx.draw_networkx_edges(
            graph, positions, edgelist=affiliated, ax=axes, width=2.0, edge_color="#222222"
        )
    nx.draw_networkx_nodes(
        graph,
        positions,
        nodelist=nodes,
        ax=axes,
        node_color=[colours[c] for c in categories],
        node_size=[20 + 280 * s / largest for s in sizes],
        linewidths=0.4,
        edgecolors="#333333",
    )
    members = {n for edge in affiliated for n in edge}
    chosen = set(_label_nodes(graph, size_by, labels, colour_by)) | members
    chosen |= set(extra_labels or [])
    fonts = label_fonts()
    charmap = _font_charmap(fonts)
    for node in sorted(chosen, key=str):
        x, y = positions[node]
        axes.annotate(
            _display_label(graph.nodes[node], charmap)[:40],
            (x, y),
            fontsize=7,
            fontfamily=list(fonts),
            xytext=(3, 3),
            textcoords="offset points",
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7},
        )
    handles = [
        Line2D([], [], marker="o", linestyle="", color=colour, label=_legend_name(name))
        for name, colour in colours.items()
    ][:16]
    if affiliated:
        handles.append(Line2D([], [], color="#222222", lw=2, label="affiliation / name family"))
    axes.legend(handles=handles, title=colour_by, loc="lower left", fontsize=8, framealpha=0.8)
    if title:
        axes.set_title(title)
    axes.set_axis_off()
    figure.tight_layout()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "coalition-kg"}):
        figure.savefig(path, metadata={"Date": None} if path.suffix.lower() == ".svg" else None)
    plt.close(figure)
    return path
