"""Which Wikidata classes fit which kind of mention (type compatibility).

A class counts when an item is an instance (P31) of it or of any subclass (P279) the KB knows.
Unknown classes are neutral; only a class known to exclude the kind (a human for an
organisation, a country for a person) counts against a candidate.
"""

from __future__ import annotations

from linkers.mention import MentionKind
from linkers.properties import ITEM

__all__ = ["EXPECTED_CLASSES", "INCOMPATIBLE_CLASSES"]

HUMAN = ITEM.HUMAN
ORGANIZATION = frozenset(
    {
        ITEM.ORGANIZATION,  # organization
        ITEM.NGO,  # nonprofit organization
        "Q79913",  # non-governmental organization
        "Q484652",  # international organization
        "Q245065",  # intergovernmental organization
        "Q15911314",  # association
        "Q157031",  # foundation
        "Q7210356",  # political organization
        "Q7278",  # political party
        "Q2659904",  # government organization
        "Q327333",  # government agency
        "Q4830453",  # business
        "Q708676",  # charitable organization
        "Q48204",  # voluntary association
        "Q1664720",  # institute
        "Q31855",  # research institute
        "Q2385804",  # educational institution
    }
)
PLACE = frozenset(
    {
        "Q6256",  # country
        "Q3624078",  # sovereign state
        "Q7275",  # state
        "Q56061",  # administrative territorial entity
        "Q10864048",  # first-level administrative country subdivision
        "Q515",  # city
        "Q82794",  # geographic region
        "Q1620908",  # historical region
    }
)
OFFICE = frozenset(
    {
        "Q4164871",  # position
        "Q294414",  # public office
    }
)
CREATIVE_WORK = frozenset(
    {
        "Q17537576",  # creative work
        "Q47461344",  # written work
        "Q11424",  # film
        "Q7366",  # song
        "Q482994",  # album
        "Q571",  # book
        "Q5398426",  # television series
    }
)
GROUP_OF_PEOPLE = frozenset(
    {
        "Q41710",  # ethnic group
        "Q16334295",  # group of humans
    }
)

#: Classes that confirm a candidate for each mention kind.
EXPECTED_CLASSES: dict[str, frozenset[str]] = {
    MentionKind.ORGANIZATION: ORGANIZATION,
    MentionKind.PERSON: frozenset({HUMAN}),
    MentionKind.OFFICE: OFFICE | ORGANIZATION,
    MentionKind.COLLECTIVE: GROUP_OF_PEOPLE | ORGANIZATION,
    MentionKind.PLACE: PLACE,
}

#: Classes that rule a candidate out for each mention kind.
INCOMPATIBLE_CLASSES: dict[str, frozenset[str]] = {
    MentionKind.ORGANIZATION: frozenset({HUMAN}) | PLACE | OFFICE | GROUP_OF_PEOPLE | CREATIVE_WORK,
    MentionKind.PERSON: ORGANIZATION | PLACE | OFFICE | GROUP_OF_PEOPLE | CREATIVE_WORK,
    MentionKind.OFFICE: frozenset({HUMAN}) | PLACE | CREATIVE_WORK,
    MentionKind.COLLECTIVE: frozenset({HUMAN}) | CREATIVE_WORK,
    MentionKind.PLACE: frozenset({HUMAN}) | ORGANIZATION | OFFICE | CREATIVE_WORK,
}
