"""Network outputs at scale: metrics, layout, HTML and GEXF for 500, 5 000 and 20 000 nodes.

Synthetic coalitions (seeded): nodes in movement-sized communities with ten ties each (eight
inside, two outside), so 5 000 nodes carry 50 000 edges. For each size: seconds to annotate
(metrics + communities), lay out, write the HTML page and the GEXF, the files' sizes, and in
headless Chromium (software WebGL, SwiftShader) the time from navigation to the first rendered
frame, the page's own parse-to-render time and the mean time of a camera-move frame.
"""

from __future__ import annotations

import itertools
import random
import time
from pathlib import Path
from typing import Any

import networkx as nx

__all__ = ["run", "synthetic_network"]

SIZES = (500, 5_000, 20_000)
_THEMES = ("hong-kong", "tibet", "uyghur", "china", "southern-mongolia", "general")
_COUNTRIES = ("JP", "CA", "TW", "DE", "FR", "US", "AU", "GB", "IN", "BR", "KE", "PH")


def synthetic_network(nodes: int, *, ties: int = 10, seed: int = 42) -> nx.Graph:
    """A seeded coalition-like graph: ``nodes`` signers, about ``ties`` edges per signer.

    Every hundred signers include a name family of four (six affiliation ties).

    Examples
    --------
    >>> G = synthetic_network(100, seed=1)
    >>> G.number_of_nodes(), 900 <= G.number_of_edges() <= 1000
    (100, True)
    """
    rng = random.Random(seed)
    size = max(20, nodes // 40)
    letters = [f"urn:bench:letter/{i}" for i in range(20)]
    graph = nx.Graph(kind="coalition")
    for i in range(nodes):
        block = i // size
        graph.add_node(
            f"urn:bench:agent/{i:06d}",
            label=f"Organisation {i} 組織 {rng.randint(1, 999)}",
            node_type="signer",
            kind="organization",
            acronym=f"ORG{i}",
            alt_names=[f"Org {i}"],
            countries=[_COUNTRIES[block % len(_COUNTRIES)]],
            themes=[_THEMES[block % len(_THEMES)]],
            group=_THEMES[block % len(_THEMES)],
            qid=f"Q{1000 + i}" if rng.random() < 0.3 else "",
            letters=sorted(rng.sample(letters, 2)),
        )
    ids = sorted(graph)
    # Name families: the first four signers of every hundred, tied as the coalition view does.
    for start in range(0, nodes - 3, 100):
        family = ids[start : start + 4]
        for member in family:
            graph.nodes[member]["family"] = f"Family {start // 100}"
        for u, v in itertools.combinations(family, 2):
            graph.add_edge(
                u, v, weight=4.0, letters=[], reasons=[f"parent:family:F{start}"], tie="affiliation"
            )
    edges = graph.number_of_edges()
    while edges < nodes * ties:
        i = rng.randrange(nodes)
        inside = rng.random() < 0.8
        block = i // size
        j = (
            rng.randrange(block * size, min(nodes, (block + 1) * size))
            if inside
            else rng.randrange(nodes)
        )
        if i != j and not graph.has_edge(ids[i], ids[j]):
            edges += 1
            graph.add_edge(
                ids[i], ids[j], weight=round(rng.uniform(0.2, 3.0), 3), letters=[letters[i % 20]]
            )
    return graph


def _first_render(html: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort()
        )
        started = time.perf_counter()
        page.goto(html.as_uri())
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=600_000)
        wall = time.perf_counter() - started
        in_page = page.evaluate("window.coalitionViz.firstRenderMs")
        frame = page.evaluate("window.coalitionViz.frameMs(20)")
        browser.close()
    return {
        "chromium_first_render_s": round(wall, 3),
        "page_parse_to_render_s": round(in_page / 1000, 3),
        "pan_frame_ms": round(frame, 1),
    }


def _measure(nodes: int, out: Path) -> dict[str, Any]:
    from graphs.exports import write_gexf
    from graphs.html import write_html
    from graphs.layout import layout
    from graphs.metrics import annotate

    graph = synthetic_network(nodes)
    figures: dict[str, Any] = {"nodes": nodes, "edges": graph.number_of_edges()}
    clock = time.perf_counter()
    annotate(graph)
    figures["metrics_s"] = round(time.perf_counter() - clock, 3)
    clock = time.perf_counter()
    community = {n: d["community"] for n, d in graph.nodes(data=True)}
    positions = layout(graph, community=community)
    figures["layout_s"] = round(time.perf_counter() - clock, 3)
    clock = time.perf_counter()
    html = write_html(graph, out / f"network-{nodes}.html", positions=positions, title="bench")
    figures["html_s"] = round(time.perf_counter() - clock, 3)
    clock = time.perf_counter()
    gexf = write_gexf(graph, out / f"network-{nodes}.gexf", positions=positions)
    figures["gexf_s"] = round(time.perf_counter() - clock, 3)
    figures["html_mb"] = round(html.stat().st_size / 1e6, 2)
    figures["gexf_mb"] = round(gexf.stat().st_size / 1e6, 2)
    figures.update(_first_render(html))
    return figures


def run(results_dir: Path) -> dict[str, Any]:
    """Figures for every size in :data:`SIZES` (files go to a temporary directory)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return {str(n): _measure(n, Path(tmp)) for n in SIZES}
