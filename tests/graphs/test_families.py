"""Name families (national sections and chapters) found by general rules."""

from __future__ import annotations

from graphs.families import initials, name_families
from graphs.records import Agent
from kg.places import split_place


def _names(data, family):
    return sorted(data.agents[m].name for m in family.members)


def test_seed_letter_families_are_acat_sft_and_friends_of_tibet(seed_data):
    families = {f.label: _names(seed_data, f) for f in name_families(seed_data.agents.values())}
    assert families["ACAT"] == [
        "ACAT Belgium",
        "ACAT Germany",
        "ACAT-France",
        "ACAT-Switzerland",
        "Action des Chrétiens pour l'Abolition de la Torture au Burundi",
    ]
    assert families["SFT"] == ["SFT Japan", "Students For a Free Tibet - India"]
    assert ["Friends of Tibet (NZ)", "Friends of Tibet - Austria"] in families.values()
    assert len(families) == 3  # no accidental family elsewhere in 281 names


def test_shared_initials_alone_make_no_family():
    # "HRF" are the initials of both, but neither writes it as an acronym.
    agents = [
        Agent("urn:1", "Human Rights Foundation (Japan)"),
        Agent("urn:2", "Human Rights First"),
    ]
    assert name_families(agents) == []


def test_an_organisation_and_its_own_acronym_unqualified_are_not_a_family():
    agents = [Agent("urn:1", "Human Rights in China"), Agent("urn:2", "HRIC")]
    assert name_families(agents) == []


def test_amnesty_sections_join_their_parent():
    agents = [
        Agent("urn:1", "Amnesty International"),
        Agent("urn:2", "Amnesty International Belgique"),
        Agent("urn:3", "Amnesty International - Japan"),
    ]
    [family] = name_families(agents)
    assert family.members == ("urn:1", "urn:2", "urn:3")


def test_subject_country_is_not_a_place_qualifier():
    assert split_place("Netherlands for Hong Kong") == ("Netherlands for Hong Kong", None)
    assert split_place("Human Rights Defenders Network-SL") == (
        "Human Rights Defenders Network",
        "SL",
    )


def test_initials_skip_function_words_in_several_languages():
    assert initials("Action by Christians for the Abolition of Torture") == "acat"
    assert initials("Coalition des Défenseurs Des Droits Humains") == "cddh"
