"""The gazetteer's sources read real library data."""

from __future__ import annotations

from kg.ingest.place_sources import (
    STEM_LOCALES,
    code_aliases,
    country_names,
    countryinfo_records,
    distinctive_first_word,
    region_words,
)


def test_country_names_come_from_every_source() -> None:
    names = {(code, name) for code, name, _ in country_names()}
    assert ("KR", "Korea") in names  # pycountry, before the comma
    assert ("DE", "Deutschland") in names and ("JP", "日本") in names  # CLDR
    assert ("LA", "Lao") in names  # countryinfo spelling
    stemmable = {name for code, name, stem in country_names() if stem and code == "VE"}
    assert "Venezuela" in stemmable


def test_demonyms_aliases_and_region_words() -> None:
    assert countryinfo_records()["AU"]["demonym"] == "Australian"
    aliases = code_aliases({"GB", "MM"})
    assert aliases["UK"] == "GB" and aliases["BU"] == "MM"
    assert set(aliases.values()) == {"GB", "MM"}  # only aliases of the codes asked for
    assert {"africa", "ouest", "central"} <= region_words()
    assert "en" in STEM_LOCALES and "ru" in STEM_LOCALES


def test_distinctive_first_words() -> None:
    assert distinctive_first_word("burkina") and distinctive_first_word("corea")
    assert not distinctive_first_word("south") and not distinctive_first_word("ciudad")
    assert not distinctive_first_word("africa")
