"""The network page in a real browser: Debian's Chromium, headless, driven by Playwright.

The page is opened from disk (file://) with every non-file request aborted and recorded; it must
make none, log no console error, show as many nodes and edges as the networkx graph, find names
in any script, render names as text, and draw a picture that is not blank.
"""

from __future__ import annotations

import base64
import io
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from graphs.html import BUNDLE
from graphs.records import Agent, SignatureRecord
from graphs.toy import toy_data
from graphs.views import build_view, write_view

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--enable-unsafe-swiftshader",
]
EVIL = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


def _ensure_chromium() -> None:
    if not Path(CHROMIUM).exists():
        subprocess.run(["make", "-C", str(BUNDLE.parents[3]), "system-deps"], check=True)
    assert shutil.which(CHROMIUM), "Debian's chromium is needed (make system-deps)"


@pytest.fixture(scope="module")
def browser(viz_bundle):
    from playwright.sync_api import sync_playwright

    _ensure_chromium()
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class Page:
    """An opened page with the console errors and the outside requests it made."""

    def __init__(self, browser, path: Path):
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready=true]", state="attached")

    def _route(self, route):
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def js(self, expression: str):
        return self.page.evaluate(expression)


@pytest.fixture(scope="module")
def seed_page(browser, seed_data, tmp_path_factory):
    letter = next(iter(seed_data.letters))
    evil = Agent("urn:evil", EVIL, acronym="EVIL")
    data = replace(
        seed_data,
        agents={**seed_data.agents, evil.id: evil},
        signatures=(*seed_data.signatures, SignatureRecord(letter, evil.id, 999, EVIL)),
    )
    view = build_view(data, "coalition")
    path = write_view(view, tmp_path_factory.mktemp("page") / "network.html")
    page = Page(browser, path)
    yield page, view
    page.page.close()


def test_page_makes_no_request_and_logs_no_error(seed_page):
    page, _ = seed_page
    page.page.wait_for_timeout(300)
    assert page.outside == []
    assert page.errors == []


def test_counts_match_the_networkx_graph(seed_page):
    page, view = seed_page
    assert page.js("coalitionViz.nodeCount()") == view.graph.number_of_nodes() == 282
    assert page.js("coalitionViz.edgeCount()") == view.graph.number_of_edges()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Students For a Free", "Students For a Free Tibet - India"),
        ("FORUM-ASIA", "Asian Forum for Human Rights and Development"),  # acronym
        ("Dawn of Hong Kong", "香港黎明"),  # alternate name
        ("香港黎明", "香港黎明"),  # another script
        ("Московская", "Московская Хельсинкская группа"),
        ("reseau international des droits", "Réseau International des Droits Humains"),  # accents
    ],
)
def test_search_selects_the_name(seed_page, query, expected):
    page, _ = seed_page
    page.js(f"coalitionViz.search({query!r})")
    assert page.js("coalitionViz.selectedLabel()") == expected


def test_names_are_text_never_markup(seed_page):
    page, _ = seed_page
    page.js("coalitionViz.search('EVIL')")
    assert page.js("coalitionViz.selectedLabel()") == EVIL
    assert page.js("window.__pwned") is None
    assert EVIL in page.page.inner_text("#details")
    assert page.page.locator("#details img, #results img").count() == 0


def test_ego_view_shows_a_node_and_its_neighbours(seed_page):
    page, view = seed_page
    node = sorted(view.graph)[0]
    shown = page.js(f"coalitionViz.ego({node!r})")
    assert shown == view.graph.degree(node) + 1
    page.page.click("#reset")
    assert page.js("coalitionViz.visibleNodeCount()") == view.graph.number_of_nodes()


def test_screenshot_and_png_export_are_not_blank(seed_page, tmp_path):
    page, _ = seed_page
    page.js("coalitionViz.select(null)")
    page.page.wait_for_timeout(500)
    shot = page.page.locator("#stage").screenshot(path=str(tmp_path / "stage.png"))
    pixels = np.asarray(Image.open(io.BytesIO(shot)).convert("RGB"), dtype=float)
    assert pixels.std() > 10
    assert len({tuple(p) for p in pixels[::5, ::5].reshape(-1, 3).astype(int)}) > 20
    url = page.js("coalitionViz.exportDataUrl()")
    assert url.startswith("data:image/png;base64,")
    exported = Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1]))).convert("RGB")
    assert np.asarray(exported, dtype=float).std() > 10


def test_letter_filter_and_time_slider(browser, tmp_path):
    view = build_view(toy_data(), "coalition")
    page = Page(browser, write_view(view, tmp_path / "toy.html"))
    assert page.page.is_visible("#time-slider")
    page.page.select_option("#letter-filter", "1")  # the second letter: a and c signed it
    assert page.js("coalitionViz.visibleNodeCount()") == 2
    page.page.select_option("#letter-filter", "")
    assert page.js("coalitionViz.visibleNodeCount()") == 3
    legend = page.js("coalitionViz.legend()")
    assert any(entry.startswith("Tibet") for entry in legend)
    assert page.errors == [] and page.outside == []
    page.page.close()


def test_page_with_150_000_edges_loads(browser, tmp_path):
    """Regression: ``Math.max(...weights)`` overflowed the call stack past ~120 000 edges."""
    import math

    import networkx as nx

    from graphs.html import write_html

    graph = nx.complete_graph([f"n{i:03d}" for i in range(550)])
    positions = {n: (math.cos(i / 87.5), math.sin(i / 87.5)) for i, n in enumerate(sorted(graph))}
    page = Page(browser, write_html(graph, tmp_path / "big.html", positions=positions))
    assert page.errors == []
    assert page.js("coalitionViz.edgeCount()") == graph.number_of_edges() == 150_975
    page.page.close()
