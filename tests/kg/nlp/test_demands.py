"""Demands and their addressees, by sentence rules."""

from __future__ import annotations

from kg.model import Demand, Recipient, RecipientKind
from kg.nlp.demands import extract_demands

RECIPIENTS = (
    Recipient("UN Secretary-General Antonio Guterres", "Antonio Guterres", "UN Secretary-General"),
    Recipient("UN Member States", "UN Member States", None, RecipientKind.COLLECTIVE),
)


def test_urge_gives_action_and_addressee_matched_to_a_recipient():
    got = extract_demands(["We urge the Secretary-General to appoint a Special Envoy."], RECIPIENTS)
    assert got == (Demand("appoint a Special Envoy", "Antonio Guterres"),)


def test_and_to_splits_two_demands_of_the_same_addressee():
    text = "We call on UN Member States to adopt a resolution and to fund the mechanism."
    assert extract_demands([text], RECIPIENTS) == (
        Demand("adopt a resolution", "UN Member States"),
        Demand("fund the mechanism", "UN Member States"),
    )


def test_call_for_without_addressee():
    assert extract_demands(["We call for the immediate release of all defenders."]) == (
        Demand("the immediate release of all defenders", None),
    )


def test_support_the_call_that_names_the_subject():
    text = "We support the call that UN member states press for access to the region."
    (demand,) = extract_demands([text], RECIPIENTS)
    assert demand.addressee == "UN Member States"
    assert demand.text.startswith("UN member states press for access")


def test_third_party_calls_are_not_the_letters_demands():
    assert extract_demands(["In June, 50 experts called for decisive measures."]) == ()


def test_pronoun_addressee_means_all_recipients():
    (demand,) = extract_demands(["We urge you to act swiftly."], RECIPIENTS)
    assert demand == Demand("act swiftly", None)


def test_ask_that_clause_names_its_subject_as_addressee():
    (demand,) = extract_demands(
        ["We ask that UN Member States suspend all deportations."], RECIPIENTS
    )
    assert demand == Demand("UN Member States suspend all deportations", "UN Member States")


def test_recommend_that_with_a_body_that_is_not_a_recipient():
    (demand,) = extract_demands(["We recommend that the Council create a monitoring mechanism."])
    assert demand.addressee == "Council"
