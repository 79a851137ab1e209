"""Static pictures: formats, labels readable without the name's script in the font."""

from __future__ import annotations

import networkx as nx
import pytest

from graphs.static import _display_label, _font_charmap, colour_map, draw_network, label_fonts


def test_label_falls_back_to_a_latin_alternate_name_when_the_font_lacks_the_script():
    charmap = _font_charmap(("DejaVu Sans",))
    data = {"label": "台灣民間支援香港協會", "alt_names": ["Taiwanese Civil Aid to HKers"]}
    assert _display_label(data, charmap) == "Taiwanese Civil Aid to HKers"
    assert _display_label({"label": "Сахаровский Центр"}, charmap) == "Сахаровский Центр"
    assert _display_label({"label": "日本ウイグル協会"}, charmap) == ""


def test_cjk_names_are_drawn_when_a_cjk_font_is_installed():
    """Regression: labels in Chinese/Japanese were dropped though a CJK font was installed.

    ``make system-deps`` installs Droid Sans Fallback; matplotlib's font cache predates it.
    """
    fonts = label_fonts()
    assert fonts[0] == "DejaVu Sans"
    assert "Droid Sans Fallback" in fonts, "run `make system-deps` (fonts-droid-fallback)"
    charmap = _font_charmap(fonts)
    assert _display_label({"label": "日本ウイグル協会"}, charmap) == "日本ウイグル協会"
    assert _display_label({"label": "台灣民間支援香港協會"}, charmap) == "台灣民間支援香港協會"
    assert _display_label({"label": "Сахаровский Центр"}, charmap) == "Сахаровский Центр"


def test_general_group_is_grey_and_movements_get_palette_colours():
    colours = colour_map(["general"] * 5 + ["tibet"] * 2 + ["uyghur"])
    assert colours["general"] == "#B0B0B0"
    assert len({colours["tibet"], colours["uyghur"], colours["general"]}) == 3


def test_svg_keeps_labels_as_text(tmp_path):
    G = nx.Graph([("a", "b", {"reasons": ["parent:family:X"], "tie": "affiliation"})])
    G.nodes["a"]["label"] = "ACAT Belgium"
    G.nodes["b"]["label"] = "ACAT-France"
    out = draw_network(G, tmp_path / "g.svg", positions={"a": (0, 0), "b": (1, 1)})
    text = out.read_text()
    assert ">ACAT Belgium</text>" in text
    assert ">affiliation / name family</text>" in text
    again = draw_network(G, tmp_path / "h.svg", positions={"a": (0, 0), "b": (1, 1)})
    assert again.read_bytes() == out.read_bytes()


def test_unknown_suffix_is_refused(tmp_path):
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        draw_network(nx.Graph(), tmp_path / "g.pdf", positions={})
