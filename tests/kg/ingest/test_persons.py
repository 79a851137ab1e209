"""Individuals: honorifics, capacity, the individuals section, and an optional NLP model."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kg.ingest.persons import is_individuals_section, read_person


@pytest.mark.parametrize(
    ("text", "name", "honorific", "capacity"),
    [
        ("Dr. Jane Goodall (personal capacity)", "Jane Goodall", "Dr.", "personal capacity"),
        ("Prof. Dr. Hans Müller, Universität Hamburg", "Hans Müller", "Prof. Dr.",
         "Universität Hamburg"),
        ("Mme Marie Dupont, ancienne rapporteuse", "Marie Dupont", "Mme",
         "ancienne rapporteuse"),
        ("Sra. Ana Pérez", "Ana Pérez", "Sra.", None),
        ("Joan Roe in her personal capacity", "Joan Roe", None, "in her personal capacity"),
        ("Ali Khan, former Special Rapporteur", "Ali Khan", None, "former Special Rapporteur"),
    ],
)  # fmt: skip
def test_people(text: str, name: str, honorific: str | None, capacity: str | None) -> None:
    reading = read_person(text)
    assert reading is not None
    assert (reading.name, reading.honorific, reading.capacity) == (name, honorific, capacity)


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International",
        "Lady Liberty Hong Kong",  # titles that are ordinary words are not honorifics
        "Justice Access Point Uganda",
        "René Cassin",  # an organisation named after a person
        "Raoul Wallenberg Centre for Human Rights",
        "Drama Therapy Association",  # Dr... without a word break is not Dr
    ],
)
def test_organisations(text: str) -> None:
    assert read_person(text) is None


def test_individuals_section_makes_a_plain_name_a_person() -> None:
    reading = read_person("Jane Doe", section="Individual signatories")
    assert reading is not None and reading.name == "Jane Doe" and reading.capacity is None
    assert read_person("Jane Doe", section="Organisations") is None


def test_individuals_section_keeps_affiliation_as_capacity() -> None:
    reading = read_person("Jane Doe (Columbia University)", section="individuals")
    assert reading is not None
    assert (reading.name, reading.capacity) == ("Jane Doe", "Columbia University")


@pytest.mark.parametrize(
    ("section", "expected"),
    [("individuals", True), ("Individual signatories", True), ("People", True),
     ("organizations", False), (None, False), ("", False)],
)  # fmt: skip
def test_is_individuals_section(section: str | None, expected: bool) -> None:
    assert is_individuals_section(section) is expected


@dataclass
class _Ent:
    text: str
    label_: str


@dataclass
class _Doc:
    ents: list[_Ent]


class _FakeNLP:
    """Stands in for a spaCy pipeline: tags the names it was told are people."""

    def __init__(self, people: set[str]) -> None:
        self.people = people

    def __call__(self, text: str) -> _Doc:
        return _Doc([_Ent(text, "PERSON")] if text in self.people else [])


def test_nlp_person_counts_as_evidence() -> None:
    nlp = _FakeNLP({"Jane Doe"})
    reading = read_person("Jane Doe", nlp=nlp)
    assert reading is not None and reading.name == "Jane Doe"
    assert read_person("Free Tibet", nlp=nlp) is None
