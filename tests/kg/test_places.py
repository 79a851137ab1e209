"""Place qualifiers found in organisation names."""

from __future__ import annotations

from kg.places import places_in


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
