"""The coalition summary's regions: UN M49 levels in the JSON and in report.md."""

from __future__ import annotations

from graphs.coalition import coalition_network
from graphs.metrics import annotate
from graphs.records import Agent, CoalitionData, LetterInfo, SignatureRecord
from graphs.summary import summarise, summary_markdown


def _data() -> CoalitionData:
    letter = LetterInfo("urn:l", "Letter", "2020-09-09")
    agents = [
        Agent("urn:ke", "Kenyan NGO", countries=("KE",)),
        Agent("urn:ng", "Nigerian NGO", countries=("NG",)),
        Agent("urn:us", "US NGO", countries=("US",)),
        Agent("urn:br", "Brazilian NGO", countries=("BR",)),
        Agent("urn:two", "Twin NGO", countries=("DE", "TW")),
        Agent("urn:aq", "Polar NGO", countries=("AQ",)),
        Agent("urn:none", "Placeless NGO"),
    ]
    return CoalitionData(
        agents={a.id: a for a in agents},
        letters={letter.id: letter},
        signatures=tuple(SignatureRecord(letter.id, a.id, i) for i, a in enumerate(agents, 1)),
    )


def test_summary_counts_signers_per_un_m49_level() -> None:
    data = _data()
    summary = summarise(annotate(coalition_network(data)), data)
    assert summary["regions"] == {"Africa": 2, "Americas": 2, "Asia": 1, "Europe": 1, "Unknown": 1}
    assert summary["sub_regions"] == {
        "Sub-Saharan Africa": 2,
        "Eastern Asia": 1,
        "Latin America and the Caribbean": 1,
        "Northern America": 1,
        "Unknown": 1,
        "Western Europe": 1,
    }
    assert summary["intermediate_regions"]["Eastern Africa"] == 1
    assert summary["intermediate_regions"]["South America"] == 1
    assert "North America" not in summary["regions"]  # GeoNames continents are gone


def test_report_lists_regions_and_sub_regions() -> None:
    data = _data()
    lines = summary_markdown(summarise(annotate(coalition_network(data)), data)).splitlines()
    assert (
        "- Regions (UN M49): Africa (2), Americas (2), Asia (1), Europe (1), Unknown (1)" in lines
    )
    detail = next(line for line in lines if line.startswith("- Sub-regions (UN M49"))
    assert "Eastern Africa (1)" in detail and "Northern America (1)" in detail
    assert "Sub-Saharan Africa" not in detail  # the intermediate region where there is one
