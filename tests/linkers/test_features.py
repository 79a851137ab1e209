"""Feature functions: each one on a hand-made mention and entity."""

from __future__ import annotations

import datetime as dt

from linkers.features import (
    ScoringContext,
    acronym,
    compute_features,
    country_agreement,
    existence,
    popularity,
    topical_fit,
    type_compatibility,
    website,
)
from linkers.kb import ClaimValue, Entity
from linkers.mention import Mention, MentionKind
from linkers.rarity import TokenRarity

RARITY = TokenRarity({"human": 60, "rights": 60, "watch": 4, "foundation": 20}, n=400)
CTX = ScoringContext(country_items={"FR": "Q142", "US": "Q30"}, rarity=RARITY)


def item(qid: str, label: str, **claims: tuple[str, ...]) -> Entity:
    return Entity(
        qid,
        labels={"en": label},
        claims={p: tuple(ClaimValue(v) for v in vs) for p, vs in claims.items()},
    )


def test_exact_label_gives_full_name_features() -> None:
    f = compute_features(Mention("Human Rights Watch"), item("Q1", "Human Rights Watch"), CTX)
    assert f["name_exact"] == 1.0 and f["name_fuzzy"] == 1.0
    assert f["distinctive"] >= 0.7  # the whole name matched


def test_generic_words_alone_are_not_distinctive() -> None:
    f = compute_features(
        Mention("Human Rights Council"), item("Q2", "Human Rights Foundation"), CTX
    )
    assert f["distinctive"] < 0.5
    assert f["unmatched_rare"] > 0.5  # "council" vs "foundation"


def test_place_qualifier_conflict_both_ways() -> None:
    section = compute_features(Mention("ACAT Belgium"), item("Q3", "ACAT-France"), CTX)
    assert section["place_conflict"] == 1.0
    parent = compute_features(
        Mention("Amnesty International"), item("Q4", "Amnesty International Belgium"), CTX
    )
    assert parent["place_conflict"] == 1.0
    same = compute_features(Mention("ACAT-France"), item("Q5", "ACAT France"), CTX)
    assert same["place_conflict"] == 0.0


def test_acronym_against_short_name_and_initials() -> None:
    e = Entity("Q6", labels={"en": "Asian Network for Free Elections"}, aliases={"en": ("ANFREL",)})
    assert acronym(Mention("x", acronym="ANFREL"), e) == 1.0
    assert acronym(Mention("x", acronym="ANFE"), e) == 0.7
    assert acronym(Mention("x"), e) == 0.0
    f = compute_features(Mention("ANFREL"), e, CTX)
    assert f["acronym_only"] == 1.0


def test_type_compatibility_walks_known_ancestors() -> None:
    ctx = ScoringContext(ancestors={"Q999": frozenset({"Q999", "Q43229"})}, rarity=RARITY)
    org = item("Q7", "X", P31=("Q999",))
    person = item("Q8", "X", P31=("Q5",))
    unknown = item("Q9", "X", P31=("Q123456",))
    assert type_compatibility(Mention("X"), org, ctx) == 1.0
    assert type_compatibility(Mention("X"), person, ctx) == 0.0
    assert type_compatibility(Mention("X", kind=MentionKind.PERSON), person, ctx) == 1.0
    assert type_compatibility(Mention("X"), unknown, ctx) == 0.5


def test_country_agreement() -> None:
    e = item("Q10", "X", P17=("Q142",))
    assert country_agreement(Mention("X", country_hints=("FR",)), e, CTX) == 1.0
    assert country_agreement(Mention("X", country_hints=("US",)), e, CTX) == 0.0
    assert country_agreement(Mention("X"), e, CTX) == 0.5


def test_existence_at_letter_date() -> None:
    date = dt.date(2020, 9, 9)
    assert existence(Mention("X", date=date), item("Q11", "X", P571=("1961",))) == 1.0
    assert (
        existence(Mention("X", date=date), item("Q12", "X", P571=("1990",), P576=("2012",))) == 0.0
    )
    assert existence(Mention("X", date=date), item("Q13", "X", P571=("2021-01-01",))) == 0.0
    assert existence(Mention("X"), item("Q14", "X", P571=("1961",))) == 0.5


def test_topical_fit_and_popularity_and_website() -> None:
    e = Entity(
        "Q15", labels={"en": "X"}, descriptions={"en": "human-rights organization"}, sitelinks=300
    )
    assert topical_fit(Mention("X"), e, CTX) == 1.0
    assert topical_fit(Mention("X"), Entity("Q16", descriptions={"en": "1983 song"}), CTX) == 0.5
    assert popularity(e) == 1.0 and popularity(Entity("Q17")) == 0.0
    site = item("Q18", "X", P856=("https://www.amnesty.org/en",))
    assert website(Mention("X", website="amnesty.org"), site) == 1.0
    assert website(Mention("X", website="https://example.org"), site) == 0.0
