"""Wikidata property and item ids used by the linker, in one commented table."""

from __future__ import annotations

__all__ = ["CLAIM_PROPERTIES", "ITEM", "PROP"]


class PROP:
    INSTANCE_OF = "P31"  # instance of
    SUBCLASS_OF = "P279"  # subclass of
    COUNTRY = "P17"  # country
    HEADQUARTERS = "P159"  # headquarters location
    INCEPTION = "P571"  # inception
    DISSOLVED = "P576"  # dissolved, abolished or demolished date
    SHORT_NAME = "P1813"  # short name
    WEBSITE = "P856"  # official website
    MEMBER_OF = "P463"  # member of
    PARENT_ORG = "P749"  # parent organization
    SUBSIDIARY = "P355"  # has subsidiary
    POSITION_HELD = "P39"  # position held
    OFFICEHOLDER = "P1308"  # officeholder
    SIGNATORY = "P1891"  # signatory
    SERIES_ORDINAL = "P1545"  # series ordinal (qualifier)
    OBJECT_NAMED_AS = "P1932"  # object named as (qualifier)
    REFERENCE_URL = "P854"  # reference URL


class ITEM:
    HUMAN = "Q5"  # human
    ORGANIZATION = "Q43229"  # organization
    NGO = "Q163740"  # nonprofit organization
    WIKIMEDIA_DISAMBIGUATION = "Q4167410"  # Wikimedia disambiguation page
    WIKIMEDIA_CATEGORY = "Q4167836"  # Wikimedia category
    WIKIMEDIA_TEMPLATE = "Q11266439"  # Wikimedia template
    WIKIMEDIA_LIST = "Q13406463"  # Wikimedia list article


#: Claims kept in an :class:`~linkers.kb.Entity` (everything else in the JSON is dropped).
CLAIM_PROPERTIES: tuple[str, ...] = (
    PROP.INSTANCE_OF,
    PROP.SUBCLASS_OF,
    PROP.COUNTRY,
    PROP.HEADQUARTERS,
    PROP.INCEPTION,
    PROP.DISSOLVED,
    PROP.SHORT_NAME,
    PROP.WEBSITE,
    PROP.MEMBER_OF,
    PROP.PARENT_ORG,
    PROP.SUBSIDIARY,
    PROP.POSITION_HELD,
    PROP.OFFICEHOLDER,
)
