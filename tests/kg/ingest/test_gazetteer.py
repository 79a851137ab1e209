"""The gazetteer is built from libraries and holds what the hints need."""

from __future__ import annotations

from kg.ingest.gazetteer import CITY_MIN_POPULATION, PlaceKind, gazetteer
from kg.ingest.tokens import norm_token


def _codes(*tokens: str, kind: int | None = None) -> set[str]:
    places = gazetteer().lookup(tuple(norm_token(t) for t in tokens))
    return {p.code for p in places if kind is None or p.kind == kind}


def test_country_names_in_many_languages() -> None:
    assert "DE" in _codes("Deutschland") and "DE" in _codes("Германия")
    assert "MM" in _codes("Burma")  # CLDR "Myanmar (Burma)" gives both names
    assert "LA" in _codes("Lao")  # countryinfo alternative spelling
    assert {p.code for p in gazetteer().cjk["台灣"]} == {"TW"}


def test_demonyms_subdivisions_and_cities() -> None:
    assert "AU" in _codes("Australian", kind=PlaceKind.DEMONYM)
    assert "MY" in _codes("Selangor", kind=PlaceKind.SUBDIVISION)
    assert "CA" in _codes("Calgary", kind=PlaceKind.CITY)
    assert "US" in _codes("New", "York", kind=PlaceKind.CITY_ALT)  # short form of New York City
    assert not _codes("Liberty", kind=PlaceKind.CITY)  # too small a town
    assert CITY_MIN_POPULATION >= 100_000


def test_codes_include_alpha3_and_cldr_aliases() -> None:
    codes = gazetteer().codes
    assert codes["JPN"] == "JP" and codes["NZ"] == "NZ" and codes["UK"] == "GB"


def test_common_words_are_flagged() -> None:
    assert all(p.common for p in gazetteer().lookup(("central",)))
