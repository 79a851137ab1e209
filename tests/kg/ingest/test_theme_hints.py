"""Movement hints from theme synonyms (ontology/themes.ttl) in names."""

from __future__ import annotations

import pytest

from kg.ingest.theme_hints import theme_hints, theme_spans
from kg.themes import movement_ids

CASES = [
    ("East Turkestan Education and Solidarity Association", ("uyghur",)),
    ("Association des Ouïghours de France", ("uyghur",)),
    ("Free Southern Mongolia Now", ("southern-mongolia",)),
    ("Inner Mongolia People's Party", ("southern-mongolia",)),
    ("Comité de Soutien au Peuple Tibétain", ("tibet",)),
    ("PHK Partners", ()),
    ("Tibet-Initiative Deutschland", ("tibet",)),
    ("西藏之页", ("tibet",)),
    ("维吾尔人权项目", ("uyghur",)),
    ("Hongkongers in Britain", ("hong-kong",)),
    ("StandWithHK", ("hong-kong",)),
    ("HK4Democracy", ("hong-kong",)),
    ("HKDC", ()),  # inside a longer acronym: no
    ("Chinese Human Rights Defenders", ("china",)),
    ("Tibetan and Uyghur Solidarity", ("tibet", "uyghur")),
    ("China Hong Kong Forum", ("hong-kong",)),  # the narrower movement wins
    ("Mongolian Human Rights Group", ()),  # Mongolia the country is no movement
    ("Free Tibet", ("tibet",)),
    ("Amnesty International", ()),
]


@pytest.mark.parametrize(("text", "themes"), CASES, ids=[c[0] for c in CASES])
def test_theme_hints(text: str, themes: tuple[str, ...]) -> None:
    assert theme_hints([text]) == themes


def test_only_movements_are_hints() -> None:
    assert theme_hints(["COVID-19 Response Network", "North Korea Freedom"]) == ()
    assert set(theme_hints(["Tibet", "Uyghur", "Hong Kong", "China", "Southern Mongolia"])) <= (
        movement_ids()
    )


def test_alternate_names_add_themes() -> None:
    assert theme_hints(["チベット問題を考える会", "Japan Committee for Tibet"]) == ("tibet",)


def test_spans_point_into_the_text() -> None:
    text = "Canada-Hong Kong Link"
    [span] = theme_spans(text)
    assert (text[span.start : span.end], span.theme) == ("Hong Kong", "hong-kong")
