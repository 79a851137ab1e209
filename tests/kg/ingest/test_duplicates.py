"""Possible duplicates inside one letter: warnings name both entries, both are kept."""

from __future__ import annotations

from kg.ingest.duplicates import concept_key, find_possible_duplicates, name_key
from kg.ingest.entry import parse_entry
from kg.model import Signatory


def _letter(*raws: str) -> list[Signatory]:
    return [parse_entry(n, raw) for n, raw in enumerate(raws, start=1)]


def _pairs(signatories: list[Signatory]) -> set[frozenset[int]]:
    return {frozenset(w.positions) for w in find_possible_duplicates(signatories)}


def test_bare_acronym_of_another_entry() -> None:
    letter = _letter("Human Rights Watch", "Amnesty International", "HRW")
    [warning] = find_possible_duplicates(letter)
    assert warning.code == "possible-duplicate"
    assert warning.positions == (3, 1)
    assert warning.message == "#3 'HRW' may be the acronym of #1 'Human Rights Watch'"
    assert len(letter) == 3  # nothing is dropped


def test_given_acronym_of_another_entry_and_place_qualifier() -> None:
    letter = _letter("Ligue des droits de l'Homme (LDH)", "Lique des Droits Humains, Paris")
    assert _pairs(letter) == {frozenset({1, 2})}


def test_same_organisation_in_two_scripts() -> None:
    letter = _letter(
        "Taiwan Association for Human Rights",
        "台灣人權協會",
        "Taiwan Human Rights Foundation",
        "Ассоциация Тибета России",
        "Russia Tibet Association",
    )
    assert _pairs(letter) == {frozenset({1, 2}), frozenset({4, 5})}


def test_similar_names_are_not_duplicates() -> None:
    letter = _letter(
        "Japan Uyghur Association",
        "Japan Uyghur Union",
        "日本ウイグル連盟",  # federation, not association
        "Uyghur Association of Japan Youth",
        "ISHR Kenya",
    )
    assert frozenset({1, 2}) not in _pairs(letter)
    assert frozenset({1, 3}) not in _pairs(letter)
    assert frozenset({2, 3}) not in _pairs(letter)
    assert frozenset({1, 4}) not in _pairs(letter)


def test_same_name_twice() -> None:
    letter = _letter("Free Tibet", "FREE TIBET.")
    [warning] = find_possible_duplicates(letter)
    assert warning.positions == (1, 2) and "same name" in warning.message


def test_each_pair_once_and_empty_letter() -> None:
    letter = _letter("HRW", "Human Rights Watch (HRW)")
    assert len(find_possible_duplicates(letter)) == 1
    assert find_possible_duplicates([]) == []


def test_keys() -> None:
    assert name_key("Fundación  La Tortuga") == name_key("FUNDACION la tortuga")
    assert concept_key("日本ウイグル協会") == concept_key("Japan Uyghur Association")
    assert concept_key("謎の会社") is None  # words we do not understand: no claim
    assert concept_key("Tibet") is None  # one concept is too little to compare
