"""UN M49 regions (graphs.regions): the bundled table, the levels, the additions, unknown codes."""

from __future__ import annotations

import csv

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from graphs.regions import (
    ADDITIONS,
    LEVELS,
    M49,
    UNKNOWN,
    M49Area,
    m49_area,
    m49_table,
    region_of,
)
from graphs.summary import region_of as summary_region_of

#: ISO 3166-1 codes with no M49 region, on purpose (graphs/data/README.md).
NO_REGION = {"AQ"}  # Antarctica: M49 lists it with no region


def area(code: str) -> M49Area:
    found = m49_area(code)
    assert found is not None, code
    return found


@pytest.mark.parametrize(
    ("code", "region", "sub_region", "intermediate"),
    [
        ("CN", "Asia", "Eastern Asia", "Eastern Asia"),
        ("BR", "Americas", "Latin America and the Caribbean", "South America"),
        ("KE", "Africa", "Sub-Saharan Africa", "Eastern Africa"),
        ("DE", "Europe", "Western Europe", "Western Europe"),
        ("AU", "Oceania", "Australia and New Zealand", "Australia and New Zealand"),
        ("US", "Americas", "Northern America", "Northern America"),
        ("MX", "Americas", "Latin America and the Caribbean", "Central America"),
        ("NG", "Africa", "Sub-Saharan Africa", "Western Africa"),
        ("EG", "Africa", "Northern Africa", "Northern Africa"),
        ("JE", "Europe", "Northern Europe", "Channel Islands"),
        ("HK", "Asia", "Eastern Asia", "Eastern Asia"),
    ],
)
def test_known_rows_at_every_level(code, region, sub_region, intermediate) -> None:
    assert region_of(code) == region
    assert region_of(code, "region") == region
    assert region_of(code, "sub-region") == sub_region
    assert region_of(code, "intermediate-region") == intermediate


def test_m49_numeric_codes_of_known_rows() -> None:
    assert (area("CN").numeric, area("CN").sub_region_code) == ("156", "030")
    assert (area("BR").region_code, area("BR").intermediate_region_code) == ("019", "005")
    assert (area("KE").sub_region_code, area("KE").intermediate_region_code) == (
        "202",
        "014",
    )
    assert area("DE").sub_region_code == "155"
    assert area("AU").sub_region_code == "053"


def test_americas_split_only_below_the_region() -> None:
    assert region_of("CA") == region_of("AR") == "Americas"
    assert region_of("CA", "sub-region") != region_of("AR", "sub-region")
    regions = {area.region for area in m49_table().values()} - {""}
    assert regions == {"Africa", "Americas", "Asia", "Europe", "Oceania"}


def test_every_pycountry_code_has_a_region_or_is_a_documented_exception() -> None:
    missing = {c.alpha_2 for c in pycountry.countries if region_of(c.alpha_2) == UNKNOWN}
    assert missing == NO_REGION


def test_table_matches_pycountry_codes_and_numeric_codes() -> None:
    table = m49_table(M49, None)
    iso = {c.alpha_2: c.numeric for c in pycountry.countries}
    assert set(table) == set(iso) - {"TW"}  # TW is an addition, not an M49 row
    assert {code: area.numeric for code, area in table.items()} == {
        code: iso[code] for code in table
    }


def test_names_and_codes_agree_across_the_table() -> None:
    names: dict[str, set[str]] = {}
    for area in m49_table().values():
        for code, name in (
            (area.region_code, area.region),
            (area.sub_region_code, area.sub_region),
            (area.intermediate_region_code, area.intermediate_region),
        ):
            names.setdefault(code, set()).add(name)
    assert all(len(found) == 1 for found in names.values()), names


def test_antarctica_has_no_region_at_any_level() -> None:
    assert area("AQ").name == "Antarctica"
    assert {region_of("AQ", level) for level in LEVELS} == {UNKNOWN}


def test_taiwan_and_kosovo_are_documented_additions() -> None:
    assert (region_of("TW"), region_of("TW", "sub-region")) == ("Asia", "Eastern Asia")
    assert (region_of("XK"), region_of("XK", "sub-region")) == ("Europe", "Southern Europe")
    assert region_of("TW", "intermediate-region") == "Eastern Asia"
    with ADDITIONS.open(encoding="utf-8") as handle:
        rows = {row["alpha-2"]: row for row in csv.DictReader(handle)}
    assert set(rows) == {"TW", "XK"}
    assert all("M49" in row["note"] for row in rows.values())
    assert area("TW").note and area("XK").note
    assert not area("CN").note


@pytest.mark.parametrize("code", ["XX", "", "ZZ", "EU", "123", "Japan"])
def test_unknown_codes_are_unknown_at_every_level(code) -> None:
    assert {region_of(code, level) for level in LEVELS} == {UNKNOWN}
    assert m49_area(code) is None


def test_codes_in_any_case_and_with_spaces() -> None:
    assert region_of(" ke ", "intermediate-region") == "Eastern Africa"


def test_unknown_level_is_a_value_error_naming_it() -> None:
    with pytest.raises(ValueError, match="continent"):
        region_of("JP", "continent")  # type: ignore[arg-type]


def test_region_of_still_importable_from_summary() -> None:
    assert summary_region_of is region_of
    assert summary_region_of("BR", "intermediate-region") == "South America"


@given(st.text(max_size=4))
def test_region_of_any_text_is_a_region_name_or_unknown(code) -> None:
    names = ({area.region for area in m49_table().values()} - {""}) | {UNKNOWN}
    assert region_of(code) in names
