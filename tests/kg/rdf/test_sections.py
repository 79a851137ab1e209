"""National sections recognised from names: families need evidence inside the letter."""

from __future__ import annotations

from kg.model import Signatory
from kg.rdf.sections import families, section_stem


def _org(position, name, country=None, acronym=None):
    """A signatory written as its own name, with one country hint when ``country`` is given."""
    hints = (country,) if country else ()
    return Signatory(position, name, name, acronym=acronym, country_hints=hints)


def test_stem_after_space_dash_parenthesis_or_preposition():
    assert section_stem("ACAT Belgium", ["BE"]) == "ACAT"
    assert section_stem("ACAT-France", ["FR"]) == "ACAT"
    assert section_stem("Human Rights Foundation (Japan)", ["JP"]) == "Human Rights Foundation"
    assert section_stem("Action contre la Torture au Burundi", ["BI"]) == "Action contre la Torture"


def test_country_at_the_start_is_not_a_section():
    assert section_stem("Taiwan Association for Human Rights", ["TW"]) is None


def test_a_single_section_without_its_parent_in_the_letter_is_not_asserted():
    assert families([_org(1, "Human Rights Foundation (Japan)", "JP")]) == {}


def test_section_of_an_organisation_that_also_signed():
    sigs = (
        _org(1, "Amnesty International"),
        _org(2, "Amnesty International Japan", "JP"),
    )
    assert families(sigs) == {"amnesty international": ("Amnesty International", (2,))}


def test_acronym_joins_its_expansion_but_two_expansions_never_join():
    sigs = (
        _org(1, "Students For a Free Tibet - India", "IN"),
        _org(2, "SFT Japan", "JP"),
        _org(3, "Save Tibet Austria", "AT"),
        _org(4, "SOS TORTURE BURUNDI", "BI"),
    )
    assert families(sigs) == {"sft": ("Students For a Free Tibet", (1, 2))}


def test_own_acronym_is_no_evidence():
    sigs = (_org(1, "Trade Information Institute Uganda", "UG", acronym="TII"),)
    assert families(sigs) == {}


def test_sections_found_without_country_hints_and_with_iso_codes():
    sigs = (
        _org(1, "ACAT Belgium"),
        _org(2, "ACAT Germany (Action by Christians)"),
        _org(3, "Friends of Tibet (NZ)"),
        _org(4, "Friends of Tibet - Austria"),
    )
    assert families(sigs) == {
        "acat": ("ACAT", (1, 2)),
        "friends of tibet": ("Friends of Tibet", (3, 4)),
    }


def test_lower_case_words_are_not_read_as_country_codes():
    assert section_stem("Campaign in") is None
    assert section_stem("Voice of de") is None
