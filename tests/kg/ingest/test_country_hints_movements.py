"""place_matches(movements=True): movement stretches the gazetteer knows are read as places."""

from __future__ import annotations

from kg.ingest.country_hints import country_hints, place_matches


def codes(text: str, **options: bool) -> list[str]:
    return [code for *_, code in place_matches(text, **options)]


def test_movements_stay_off_by_default() -> None:
    assert codes("PEN Hong Kong") == []
    assert codes("Human Rights in China") == []
    assert country_hints(["Lawyers for Hong Kong"]) == ()


def test_movements_option_reads_known_movement_places() -> None:
    assert codes("PEN Hong Kong", movements=True) == ["HK"]
    assert codes("Human Rights in China", movements=True) == ["CN"]
    assert place_matches("Human Rights in China", movements=True)[0][0] == 0  # after "in"


def test_movements_the_gazetteer_does_not_know_stay_masked() -> None:
    # "Tibet" is no gazetteer name; "Southern Mongolia" must not be read as Mongolia
    assert codes("Free Tibet", movements=True) == []
    assert codes("Southern Mongolia Congress", movements=True) == []
    assert codes("Friends of Tibet (NZ)", movements=True) == ["NZ"]


def test_cache_keeps_the_two_readings_apart() -> None:
    name = "Hong Kong Forum, Toronto"
    default = place_matches(name)
    loose = place_matches(name, movements=True)
    assert [c for *_, c in default] == ["CA"]
    assert [c for *_, c in loose] == ["HK", "CA"]
    assert place_matches(name) == default  # cached per option
    assert place_matches(name, movements=False) == default
