"""The seed letter's coalition view: movements and broad NGOs as distinguishable groups, the
ACAT family as an affiliation cluster (built from the gold file's names, themes, countries)."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from PIL import Image

from graphs.summary import summarise
from graphs.views import write_view

MOVEMENTS = ("hong-kong", "tibet", "uyghur")


@pytest.fixture(scope="module")
def view(seed_view):
    return seed_view


def _main_community(graph, group):
    members = [d["community"] for _, d in graph.nodes(data=True) if d["group"] == group]
    community, count = Counter(members).most_common(1)[0]
    return community, count / len(members)


def test_each_movement_is_its_own_community(view):
    found = {g: _main_community(view.graph, g) for g in MOVEMENTS}
    for group, (_, share) in found.items():
        assert share >= 0.9, group
    assert len({community for community, _ in found.values()}) == len(MOVEMENTS)


def test_broad_ngos_form_groups_apart_from_the_movements(view):
    movement_communities = {_main_community(view.graph, g)[0] for g in MOVEMENTS}
    general = [d["community"] for _, d in view.graph.nodes(data=True) if d["group"] == "general"]
    outside = sum(1 for c in general if c not in movement_communities)
    assert outside / len(general) >= 0.9


def test_movements_are_spatially_separate_in_the_layout(view):
    def centre(group):
        xy = [view.positions[n] for n, d in view.graph.nodes(data=True) if d["group"] == group]
        return np.mean(xy, axis=0), np.mean(np.std(xy, axis=0))

    for a in MOVEMENTS:
        for b in MOVEMENTS:
            if a < b:
                (ca, sa), (cb, sb) = centre(a), centre(b)
                assert np.linalg.norm(ca - cb) > sa + sb, (a, b)


def test_acat_family_is_an_affiliation_cluster(view, seed_data):
    acat = [n for n, d in view.graph.nodes(data=True) if "ACAT" in (d["label"] + d["acronym"])]
    acat += [n for n, d in view.graph.nodes(data=True) if d["label"].startswith("Action des Chr")]
    acat = sorted(set(acat))
    assert len(acat) == 5
    for i, u in enumerate(acat):
        for v in acat[i + 1 :]:
            assert any(r.startswith("parent:") for r in view.graph[u][v]["reasons"])
    assert len({view.graph.nodes[n]["community"] for n in acat}) == 1


def test_summary_of_the_seed_letter(view, seed_data):
    summary = summarise(view.graph, seed_data)
    assert summary["signers"] == 281 and summary["persons"] == 2
    assert summary["linked_to_wikidata"] == 4
    assert summary["groups"]["hong-kong"] == 20 and summary["groups"]["tibet"] == 16
    assert {c["code"] for c in summary["countries"]} >= {"JP", "CA", "TW", "DE"}
    assert set(summary["regions"]) >= {"Asia", "Europe", "Africa", "Americas"}  # UN M49
    assert set(summary["sub_regions"]) >= {"Eastern Asia", "Western Europe", "Northern America"}
    assert summary["families"][0]["label"] == "ACAT"
    bridges = summary["top_bridging"]
    assert len(bridges) == 10
    assert bridges[0]["group"] in MOVEMENTS and bridges[0]["participation"] > 0.2


def test_seed_png_is_drawn_and_not_blank(view, tmp_path):
    path = write_view(view, tmp_path / "seed.png")
    pixels = np.asarray(Image.open(path).convert("RGB"), dtype=float)
    assert pixels.shape[0] > 800 and pixels.std() > 20
    colours = {tuple(p) for p in pixels[::7, ::7].reshape(-1, 3).astype(int)}
    assert len(colours) > 50  # movement colours, labels and edges, not one flat fill
