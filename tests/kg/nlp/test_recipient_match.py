"""Matching a phrase of the body to one of the letter's recipients."""

from __future__ import annotations

from kg.model import Recipient, RecipientKind
from kg.nlp.demands import match_recipient as reexported
from kg.nlp.recipient_match import match_recipient

BACHELET = Recipient(
    "Madame Michelle Bachelet, Haute-Commissaire aux droits de l'homme",
    "Michelle Bachelet",
    "Haute-Commissaire aux droits de l'homme",
)
STATES = Recipient("UN Member States", "UN Member States", None, RecipientKind.COLLECTIVE)


def test_office_matches_the_person_holding_it():
    assert match_recipient("Haute-Commissaire", [STATES, BACHELET]) == "Michelle Bachelet"


def test_name_inside_a_longer_phrase_matches():
    assert match_recipient("all UN Member States and observers", [BACHELET, STATES]) == (
        "UN Member States"
    )


def test_unknown_phrase_matches_nothing():
    assert match_recipient("Conseil de sécurité", [BACHELET, STATES]) is None


def test_demands_module_still_exports_match_recipient():
    assert reexported is match_recipient
