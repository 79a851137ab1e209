"""The network page in a real browser: Debian's Chromium, headless, driven by Playwright.

The page is opened from disk (file://) with every non-file request aborted and recorded; it must
make none, log no console error, show as many nodes and edges as the networkx graph, find names
in any script, render names as text, and draw a picture that is not blank. Filters (theme,
letter, time), colour-by, the details panel and the affiliation-tie style are checked on the
seed page and on a small two-letter page, through the ``window.coalitionViz`` hook and the DOM.
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
from graphs.records import Agent, CoalitionData, LetterInfo, SignatureRecord
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


def test_theme_filter_keeps_the_theme_and_the_ties_among_it(seed_page):
    page, view = seed_page
    page.page.click("#reset")
    page.page.select_option("#theme-filter", "tibet")
    graph = view.graph
    expected = {
        n
        for n, d in graph.nodes(data=True)
        if "tibet" in d.get("themes", []) or d["group"] == "tibet"
    }
    assert 2 < len(expected) < graph.number_of_nodes()
    assert set(page.js("coalitionViz.visibleNodes()")) == expected
    assert page.js("coalitionViz.visibleEdgeCount()") == graph.subgraph(expected).number_of_edges()
    page.page.click("#reset")
    assert page.js("coalitionViz.visibleNodeCount()") == graph.number_of_nodes()
    assert page.js("coalitionViz.visibleEdgeCount()") == graph.number_of_edges()


def test_colour_by_switch_changes_the_legend(seed_page):
    page, view = seed_page
    by_theme = page.js("coalitionViz.legend()")
    assert any(entry.startswith("Hong Kong (") for entry in by_theme)
    page.page.select_option("#colour-by", "family")
    by_family = page.js("coalitionViz.legend()")
    acat = sum(1 for _, d in view.graph.nodes(data=True) if d.get("family") == "ACAT")
    assert acat >= 4
    assert f"ACAT ({acat})" in by_family
    assert by_family != by_theme
    page.page.select_option("#colour-by", "linked")
    by_link = page.js("coalitionViz.legend()")
    linked = sum(1 for _, d in view.graph.nodes(data=True) if d.get("qid"))
    assert f"linked to Wikidata ({linked})" in by_link
    page.page.select_option("#colour-by", "group")


def test_colour_by_un_m49_region_and_sub_region(seed_page):
    page, view = seed_page
    signers = [d for _, d in view.graph.nodes(data=True) if d.get("node_type") == "signer"]
    asia = sum(1 for d in signers if d["regions"][:1] == ["Asia"])
    east_asia = sum(1 for d in signers if d["intermediate_regions"][:1] == ["Eastern Asia"])
    americas = sum(1 for d in signers if d["regions"][:1] == ["Americas"])
    assert asia and east_asia and americas
    page.page.select_option("#colour-by", "region")
    by_region = page.js("coalitionViz.legend()")
    assert f"Asia ({asia})" in by_region and f"Americas ({americas})" in by_region
    assert not any(entry.startswith(("North America", "South America")) for entry in by_region)
    page.page.select_option("#colour-by", "sub-region")
    assert f"Eastern Asia ({east_asia})" in page.js("coalitionViz.legend()")
    page.page.select_option("#colour-by", "group")


def test_affiliation_ties_are_in_the_legend(seed_page):
    page, view = seed_page
    ties = sum(1 for *_, d in view.graph.edges(data=True) if d.get("tie") == "affiliation")
    assert ties >= 10  # the ACAT family alone is a clique of five
    assert f"affiliation / name family tie ({ties})" in page.js("coalitionViz.legend()")


def two_letter_data() -> CoalitionData:
    """Two dated letters: ``late`` signed only the later one; ACAT Belgium and ACAT-France are
    one name family; ``cte`` is linked to Wikidata and carries every detail."""
    agents = [
        Agent(
            "urn:cte",
            "Campaign for Tibet Europe",
            acronym="CTE",
            alt_names=("Kampagne für Tibet",),
            countries=("DE",),
            themes=("tibet",),
            qid="Q42",
        ),
        Agent("urn:acat-be", "ACAT Belgium", countries=("BE",), themes=("tibet",)),
        Agent("urn:acat-fr", "ACAT-France", countries=("FR",)),
        Agent("urn:late", "Tibet Later Group", countries=("DE",), themes=("tibet",)),
    ]
    letters = [
        LetterInfo("urn:early", "Early letter", "2020-09-09"),
        LetterInfo("urn:later", "Later letter", "2021-06-01"),
    ]
    signatures = [
        SignatureRecord("urn:early", "urn:cte", 1, "Campaign for Tibet (Europe) – CTE"),
        SignatureRecord("urn:early", "urn:acat-be", 2, "ACAT Belgium"),
        SignatureRecord("urn:early", "urn:acat-fr", 3, "ACAT-France"),
        SignatureRecord("urn:later", "urn:cte", 1, "Campaign for Tibet Europe"),
        SignatureRecord("urn:later", "urn:late", 2, "Tibet Later Group"),
    ]
    return CoalitionData(
        agents={a.id: a for a in agents},
        letters={letter.id: letter for letter in letters},
        signatures=tuple(signatures),
    )


@pytest.fixture(scope="module")
def dated_page(browser, tmp_path_factory):
    view = build_view(two_letter_data(), "coalition")
    page = Page(browser, write_view(view, tmp_path_factory.mktemp("dated") / "dated.html"))
    yield page, view
    assert page.errors == [] and page.outside == []
    page.page.close()


def test_time_slider_hides_what_only_later_letters_carry(dated_page):
    page, view = dated_page
    graph = view.graph
    assert graph.has_edge("urn:cte", "urn:late")  # a tie that only the later letter brings in
    assert page.page.input_value("#time-slider") == "1"
    page.page.focus("#time-slider")
    page.page.keyboard.press("Home")  # the earlier date, as a user moves the slider
    assert page.page.inner_text("#time-value") == "2020-09-09"
    early = {"urn:cte", "urn:acat-be", "urn:acat-fr"}
    assert set(page.js("coalitionViz.visibleNodes()")) == early
    assert page.js("coalitionViz.visibleEdgeCount()") == graph.subgraph(early).number_of_edges()
    assert page.js("coalitionViz.edgeDisplay('urn:cte', 'urn:late')")["hidden"] is True
    page.page.keyboard.press("End")
    assert page.page.inner_text("#time-value") == "2021-06-01"
    assert page.js("coalitionViz.visibleNodeCount()") == 4
    assert page.js("coalitionViz.visibleEdgeCount()") == graph.number_of_edges()


def test_click_shows_every_detail_and_the_wikidata_link(dated_page):
    page, _ = dated_page
    page.page.click("#reset")
    page.page.wait_for_timeout(300)  # the camera reset is animated
    point = page.js("coalitionViz.nodePosition('urn:cte')")
    page.page.mouse.click(point["x"], point["y"])
    assert page.js("coalitionViz.selected()") == "urn:cte"
    details = page.page.inner_text("#details")
    for text in (
        "Campaign for Tibet Europe",  # the name
        "Campaign for Tibet (Europe) – CTE",  # as written
        "CTE",
        "Kampagne für Tibet",
        "Germany (DE)",
        "Tibet",
        "Early letter (2020-09-09)",
        "Later letter (2021-06-01)",
    ):
        assert text in details, text
    link = page.page.locator("#details a")
    assert link.inner_text() == "Q42"
    assert link.get_attribute("href") == "https://www.wikidata.org/wiki/Q42"
    box = page.page.locator("#stage").bounding_box()
    page.page.mouse.move(box["x"] + 3, box["y"] + 3)  # off the node: no hover focus left
    page.js("coalitionViz.select(null)")


def test_details_show_the_un_m49_region(dated_page):
    page, _ = dated_page
    page.js("coalitionViz.select('urn:cte')")
    details = page.page.inner_text("#details")
    assert "Region (UN M49)\nEurope" in details
    assert "Sub-region (UN M49)\nWestern Europe" in details
    page.js("coalitionViz.select(null)")


def test_affiliation_ties_are_drawn_dark_and_thick(dated_page):
    page, view = dated_page
    assert view.graph["urn:acat-be"]["urn:acat-fr"]["tie"] == "affiliation"
    assert "tie" not in view.graph["urn:cte"]["urn:acat-be"]
    box = page.page.locator("#stage").bounding_box()
    page.page.mouse.move(box["x"] + 3, box["y"] + 3)  # no hovered node dims the ties
    page.js("coalitionViz.select(null)")
    family = page.js("coalitionViz.edgeDisplay('urn:acat-be', 'urn:acat-fr')")
    theme = page.js("coalitionViz.edgeDisplay('urn:cte', 'urn:acat-be')")
    assert family["tie"] == "affiliation" and not theme["tie"]
    assert (
        family["color"].lower() == "#222222" and theme["color"].lower() != family["color"].lower()
    )
    assert family["size"] > theme["size"]
    page.page.select_option("#colour-by", "family")
    assert "ACAT (2)" in page.js("coalitionViz.legend()")
