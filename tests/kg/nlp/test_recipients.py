"""Recipients from address lines and salutations, with and without a spaCy model."""

from __future__ import annotations

import pytest

from kg.model import RecipientKind
from kg.nlp.loading import NLP, RULES, default_nlp
from kg.nlp.recipients import parse_recipients

MODES = [pytest.param(NLP(RULES), id="rules"), pytest.param(None, id="model")]


def _read(text, nlp):
    nlp = nlp if nlp is not None else default_nlp()
    return [(r.name, r.role, r.kind) for r in parse_recipients(text, nlp=nlp)]


@pytest.mark.parametrize("nlp", MODES)
def test_office_then_person_keeps_the_name_as_written(nlp):
    assert _read("UN Secretary-General Antonio Guterres", nlp) == [
        ("Antonio Guterres", "UN Secretary-General", RecipientKind.PERSON)
    ]


@pytest.mark.parametrize("nlp", MODES)
def test_honorific_is_not_part_of_the_role(nlp):
    assert _read("H.E. Mr. Volker Türk", nlp)[0][0] == "Volker Türk"


@pytest.mark.parametrize("nlp", MODES)
def test_collectives_and_organisations(nlp):
    got = _read(
        "UN Member States; Members of the European Parliament; the European Commission", nlp
    )
    assert got == [
        ("UN Member States", None, RecipientKind.COLLECTIVE),
        ("Members of the European Parliament", None, RecipientKind.COLLECTIVE),
        ("European Commission", None, RecipientKind.ORGANIZATION),
    ]


def test_office_alone_is_an_office_holder():
    assert _read("High Commissioner", NLP(RULES)) == [
        ("High Commissioner", "High Commissioner", RecipientKind.PERSON)
    ]


def test_nothing_to_read():
    assert parse_recipients(None) == () and parse_recipients("") == ()
