"""Place qualifiers in organisation names: country names, splitting a qualifier, every place."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.places import Place, country_names, fold, places_in, split_place


def codes(text: str) -> set[str]:
    return {p.code or p.key for p in places_in(text)}


def test_country_names_and_codes_in_names() -> None:
    assert codes("ACAT Belgium") == {"BE"}
    assert codes("Friends of Tibet (NZ)") == {"NZ"}
    assert codes("Human Rights Defenders Network-SL") == {"SL"}
    assert codes("Students For a Free Tibet - India") == {"IN"}
    assert codes("PEN America") == {"US"}


def test_cities_and_states_count_as_places() -> None:
    assert "munich" in codes("International Society for Human Rights, Munich")
    assert "alaska" in codes("Tibet Committee of Fairbanks, Alaska")


def test_plain_names_have_no_places() -> None:
    assert codes("Amnesty International") == set()
    assert codes("Free Tibet") == set()  # a theme, not a country in the gazetteer
    assert codes("Office of the High Commissioner for Human Rights") == set()


def test_three_letter_prefix_is_not_read_as_a_country_code() -> None:
    # "CAN" is Canada's alpha-3 code, but codes only count in brackets or after a final dash
    assert codes("CAN-Myanmar") == {"MM"}


def test_country_code_or_initials_as_the_last_word() -> None:
    # regression: "Amnesty International USA" was linked to the international movement
    assert codes("Amnesty International USA") == {"US"}
    assert codes("Students for a Free Tibet UK") == {"GB"}
    assert codes("Stand with HK@JPN") == {"JP"}
    assert codes("NO FENCE") == set()  # all capitals: the last word is not read as a code


# --- split_place: the section's stem and the qualifier's country ----------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ACAT-France", ("ACAT", "FR")),
        ("ACAT Belgium", ("ACAT", "BE")),
        ("ACAT-Suisse", ("ACAT", "CH")),  # CLDR names in other languages
        ("Amnesty International Belgique", ("Amnesty International", "BE")),
        ("COC Nederland", ("COC", "NL")),
        ("Friends of Tibet (NZ)", ("Friends of Tibet", "NZ")),
        ("Human Rights Defenders Network-SL", ("Human Rights Defenders Network", "SL")),
        ("Students For a Free Tibet - India", ("Students For a Free Tibet", "IN")),
        ("Human Rights Foundation (Japan).", ("Human Rights Foundation", "JP")),
        ("Action contre la Torture au Burundi", ("Action contre la Torture", "BI")),
        ("Amnesty International USA", ("Amnesty International", "US")),  # alpha-3 code
        ("Students for a Free Tibet UK", ("Students for a Free Tibet", "GB")),  # CLDR alias
        ("Stand with HK@JPN", ("Stand with HK", "JP")),
        ("Liên Đoàn Công Giáo Việt Nam tại Đức", ("Liên Đoàn Công Giáo Việt Nam", "DE")),
    ],
)
def test_trailing_country_is_split_off(name: str, expected: tuple[str, str]) -> None:
    assert split_place(name) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Human Rights Watch",
        "Taiwan Association for Human Rights",  # a leading country is part of the name
        "Netherlands for Iran",  # after "for" a country is the subject
        "The Society to Help Returnees to North Korea",
        "Coalition Togolaise",  # a demonym describes, it does not qualify
        "International Society for Human Rights, Munich",  # a city is not a country
        "Republic of Kenya",  # the whole name is the country
        "in Japan",  # nothing left but the preposition
    ],
)
def test_names_without_a_trailing_country_stay_whole(name: str) -> None:
    assert split_place(name) == (name, None)


def test_movement_is_never_a_place_qualifier() -> None:
    # regression: graphs.places split "Human Rights in China" into ("Human Rights", "CN") and
    # kg.rdf.sections read "Lady Liberty Hong Kong" as a Hong Kong section of "Lady Liberty"
    for name in ("Human Rights in China", "Lady Liberty Hong Kong", "Lawyers for Hong Kong"):
        assert split_place(name) == (name, None)


def test_country_closing_a_list_is_not_a_qualifier() -> None:
    # regression: "Wales" made "Bar Human Rights Committee of England and" a stem
    name = "Bar Human Rights Committee of England and Wales"
    assert split_place(name) == (name, None)


def test_bare_two_letter_final_word_is_initials_not_a_code() -> None:
    # regression: kg.rdf.sections read "Logos ID" as an Indonesian section of "Logos"
    assert split_place("Logos ID") == ("Logos ID", None)


def test_preposition_before_the_country_leaves_the_stem() -> None:
    # regression: sections kept "de" in "... Universidad Central de" before "Venezuela"
    name = "Centro para la Paz y los Derechos Humanos Universidad Central de Venezuela"
    assert split_place(name) == (
        "Centro para la Paz y los Derechos Humanos Universidad Central",
        "VE",
    )


def test_codes_restrict_the_countries_accepted() -> None:
    assert split_place("ACAT Belgium", codes=["BE", "FR"]) == ("ACAT", "BE")
    assert split_place("ACAT Belgium", codes=["fr"]) == ("ACAT Belgium", None)
    assert split_place("ACAT Belgium", codes=[]) == ("ACAT", "BE")  # empty: every country


def test_trailing_note_is_set_aside_only_when_asked() -> None:
    name = "ACAT Germany (Action by Christians for the Abolition of Torture)"
    assert split_place(name) == (name, None)
    assert split_place(name, notes=True) == ("ACAT", "DE")


NEUTRAL_WORDS = ["Action", "Rights", "Network", "Friends", "ACAT", "Watch", "Solidarité", "Centre"]
COUNTRIES = [  # names in several languages; codes are pinned by the tests above
    ("France", "FR"),
    ("Japan", "JP"),
    ("Deutschland", "DE"),
    ("New Zealand", "NZ"),
    ("Burundi", "BI"),
    ("Côte d'Ivoire", "CI"),
]
SEPARATORS = [" ", "-", " - ", ", ", "/", " – "]


@given(
    words=st.lists(st.sampled_from(NEUTRAL_WORDS), min_size=1, max_size=5),
    country=st.sampled_from(COUNTRIES),
    separator=st.sampled_from(SEPARATORS),
    bracketed=st.booleans(),
)
def test_splitting_gives_back_the_stem_exactly(
    words: list[str], country: tuple[str, str], separator: str, bracketed: bool
) -> None:
    stem = " ".join(words)
    place, code = country
    name = f"{stem} ({place})" if bracketed else f"{stem}{separator}{place}"
    assert split_place(name) == (stem, code)


SOUP = [*NEUTRAL_WORDS, *(place for place, _ in COUNTRIES), "for", "in", "au", "and", "Hong Kong"]
NAMES = st.text(max_size=40) | st.lists(
    st.tuples(st.sampled_from(SOUP), st.sampled_from([*SEPARATORS, "(", ") ", ".", "@"])),
    max_size=6,
).map(lambda parts: "".join(word + sep for word, sep in parts))


@given(NAMES)
def test_the_stem_is_always_a_prefix_of_the_name(name: str) -> None:
    stem, code = split_place(name)
    whole = name.strip().rstrip(".").strip()
    assert whole.startswith(stem)
    assert code is not None or stem == whole


# --- country_names ---------------------------------------------------------------------------


def test_country_names_start_with_the_iso_name() -> None:
    # linkers.prefetch searches the first name, linkers.countries the first two
    assert country_names("DE") == ("Germany", "Federal Republic of Germany")
    assert country_names("us")[:2] == ("United States", "United States of America")
    assert "Hong Kong SAR" in country_names("HK")  # rigour's names follow pycountry's


def test_country_names_in_other_languages_and_unknown_codes() -> None:
    assert country_names("CH", languages=("fr", "de"))[-2:] == ("Suisse", "Schweiz")
    assert country_names("XX") == ()
    assert country_names("") == ()


def test_fold_drops_accents_case_and_punctuation() -> None:
    assert fold("Genève-Suisse") == "geneve suisse"


# --- places_in on the ingest gazetteer -------------------------------------------------------


def test_movements_the_gazetteer_knows_are_places_for_the_linker() -> None:
    # without them "PEN Hong Kong" has no place and nothing stops it linking to PEN International
    assert codes("PEN Hong Kong") == {"HK"}
    assert codes("Human Rights in China") == {"CN"}
    assert codes("台灣南社") == {"TW"}  # a country's CJK name


def test_movement_unknown_to_the_gazetteer_is_not_read_inside() -> None:
    # regression: the old table read "Southern Mongolia" (Inner Mongolia, China) as Mongolia
    assert codes("Southern Mongolia Congress") == set()


def test_subdivisions_and_cities_are_places_without_a_code() -> None:
    assert places_in("Persatuan Sahabat Wanita Selangor") == (Place("selangor"),)
    assert codes("Frankfurt Stands With Hong Kong") == {"frankfurt", "HK"}


def test_demonyms_and_world_regions_are_not_places() -> None:
    assert codes("Coalition Togolaise") == set()
    assert codes("World Uyghur Congress") == set()  # the old table read "World" as a place
    assert codes("Asia Democracy Network") == set()


def test_official_name_tail_names_its_country_only_as_the_last_word() -> None:
    # "America" is the Y of "United States of America", which the gazetteer does not list
    assert places_in("PEN America") == (Place("america", "US"),)
    assert codes("Human Rights Foundation for Latin America") == set()  # a world region
    assert codes("America Votes") == set()


def test_place_keys_are_the_names_own_words() -> None:
    # the linker weighs a name's place words less and strips them from query variants
    assert places_in("Students for a Free Tibet UK") == (Place("uk", "GB"),)
    assert places_in("Stand with HK@JPN") == (Place("jpn", "JP"),)


def test_a_name_that_is_only_a_code_is_an_acronym() -> None:
    assert codes("AI") == set()  # Amnesty International, not Anguilla
    assert codes("Logos ID") == set()  # final bare alpha-2 code: the name's initials


def test_eponymous_city_is_a_place_without_a_code() -> None:
    # regression: without it the seed's "Helsinki Foundation for Human Rights" went to review
    # against Human Rights Watch (alias "Helsinki Watch"), sharing only "Helsinki"
    assert places_in("Helsinki Foundation for Human Rights") == (Place("helsinki"),)
    assert codes("Helsinki Watch") == {"helsinki"}
