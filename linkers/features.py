"""Feature functions: pure comparisons of a :class:`~linkers.mention.Mention` and an entity.

Each function takes the mention, the :class:`~linkers.kb.Entity` and a
:class:`ScoringContext` (class hierarchy, country items, token rarity: all gathered beforehand
by the linker) and returns a float. No I/O happens here. Neutral values are 0.5 where "unknown"
must not count for or against (an item without a country claim, say).

Feature names are stable: they appear in ``kg link --json`` and in reconciliation answers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from kg.places import places_in
from linkers.kb import Entity
from linkers.mention import Mention, MentionKind
from linkers.names import NamePair, close_pairs, entity_names
from linkers.normalize import initials, name_key, without_brackets
from linkers.properties import ITEM, PROP
from linkers.rarity import TokenRarity, default_rarity
from linkers.snapshot import is_unverified
from linkers.types import EXPECTED_CLASSES, INCOMPATIBLE_CLASSES

__all__ = ["FEATURES", "ScoringContext", "compute_features"]

_UNKNOWN = 0.5
_POPULAR_SITELINKS = 300
_TOPICAL = re.compile(
    r"human rights|rights|advoca|non.?governmental|nonprofit|non.?profit|ngo|charit|freedom|"
    r"democra|justice|press|journalis|writers|torture|refugee|civil society|humanitarian|"
    r"united nations|secretary.general|commissioner|droits|derechos|direitos|menschenrecht"
)

#: Feature names in the order they are reported.
FEATURES: tuple[str, ...] = (
    "name_fuzzy",
    "name_exact",
    "distinctive",
    "unmatched_rare",
    "place_conflict",
    "acronym",
    "acronym_only",
    "type",
    "country",
    "existence",
    "topic",
    "popularity",
    "website",
    "unverified",
)


@dataclass(frozen=True)
class ScoringContext:
    """What scoring needs beyond the mention and entity, gathered by the linker in advance.

    ``ancestors`` maps a class QID to itself and all its P279 superclasses known to the KB;
    ``country_items`` maps ISO alpha-2 codes to country QIDs; ``theme_words`` are extra topical
    words (labels and synonyms of the letter's themes), already keyed.
    """

    ancestors: Mapping[str, frozenset[str]] = field(default_factory=dict)
    country_items: Mapping[str, str] = field(default_factory=dict)
    rarity: TokenRarity = field(default_factory=default_rarity)
    theme_words: tuple[str, ...] = ()
    min_rare: float = 0.7


def compute_features(m: Mention, e: Entity, ctx: ScoringContext) -> dict[str, float]:
    """All features of one mention–entity pair, keyed by the names in :data:`FEATURES`."""
    close = close_pairs(matching_names(m), entity_names(e))
    pair = close[0] if close else None
    own = _own_acronyms(e)
    acr = acronym(m, e)
    fuzzy = pair.similarity if pair else 0.0
    return {
        "name_fuzzy": round(fuzzy, 4),
        "name_exact": round(pair.exact if pair else 0.0, 4),
        "distinctive": round(max((_distinctive_for(m, p, ctx, own) for p in close), default=0), 4),
        "unmatched_rare": round(min((unmatched_rare(p, ctx, e) for p in close), default=0.0), 4),
        "place_conflict": place_conflict(pair, m, e),
        "acronym": acr,
        "acronym_only": 1.0 if acr > 0 and fuzzy < 0.85 else 0.0,
        "type": type_compatibility(m, e, ctx),
        "country": country_agreement(m, e, ctx),
        "existence": existence(m, e),
        "topic": topical_fit(m, e, ctx),
        "popularity": round(popularity(e), 4),
        "website": website(m, e),
        "unverified": 1.0 if is_unverified(e) else 0.0,
    }


def _token_rarity(token: str, place_tokens: set[str], ctx: ScoringContext) -> float:
    return min(0.3, ctx.rarity.rarity(token)) if token in place_tokens else ctx.rarity.rarity(token)


def _own_acronyms(e: Entity) -> frozenset[str]:
    return frozenset(k for _t, k, how, _l in entity_names(e) if how == "acronym")


def _place_tokens(*texts: str) -> set[str]:
    return {t for text in texts for p in places_in(text) for t in p.key.split()}


def _distinctive_for(
    m: Mention, pair: NamePair | None, ctx: ScoringContext, own_acronyms: frozenset[str]
) -> float:
    if m.kind == MentionKind.PLACE:  # a place name matched whole is what a place mention is
        return max(distinctive(pair, ctx, places_count=False), pair.exact if pair else 0.0)
    return distinctive(pair, ctx, own_acronyms=own_acronyms)


def matching_names(m: Mention) -> tuple[str, ...]:
    """The mention's full names plus the forms its kind implies: "Office of the <title>" for an
    office, the singular for a collective ("UN Member States" → "UN Member State")."""
    names = list(m.full_names)
    names += [b for b in (without_brackets(n) for n in m.full_names) if b]
    if m.kind == MentionKind.OFFICE:
        names += [f"Office of the {n}" for n in m.full_names]
    if m.kind == MentionKind.COLLECTIVE:
        names += [re.sub(r"(?<=[^s])s$", "", n) for n in m.full_names]
    return tuple(dict.fromkeys(names))


def distinctive(
    pair: NamePair | None,
    ctx: ScoringContext,
    *,
    places_count: bool = True,
    own_acronyms: frozenset[str] = frozenset(),
) -> float:
    """How distinctive the agreement between the two names is, in [0, 1].

    The rarity of the rarest shared token; for an exact match of the whole name, the combined
    rarity of all its tokens (``1 - prod(1 - r)``), so that a name made only of common words
    counts when it is matched whole and long enough. A mention that is the item's name plus one
    of the item's own acronyms ("FIDH - International Federation for Human Rights") matches
    whole. Place words count little unless ``places_count`` is false (the mention is itself a
    place).
    """
    if pair is None:
        return 0.0
    m_tokens, e_tokens = set(pair.mention_key.split()), set(pair.entity_key.split())
    shared = m_tokens & e_tokens
    places = _place_tokens(pair.mention_text, pair.entity_text) if places_count else set()
    rarities = [_token_rarity(t, places, ctx) for t in shared]
    best = max(rarities, default=0.0)
    whole = pair.exact > 0 or (bool(own_acronyms) and m_tokens - own_acronyms == e_tokens)
    if whole:
        rest = 1.0
        for r in rarities:
            rest *= 1.0 - r
        best = max(best, 1.0 - rest)
    return best


def unmatched_rare(pair: NamePair | None, ctx: ScoringContext, e: Entity | None = None) -> float:
    """How much of the two names is unmatched: the combined rarity (``1 - prod(1 - r)``) of the
    tokens present in one name but missing from the other (a different organisation). One rare
    word counts as much as it is rare; several generic ones add up ("Rights and Security
    International" is not "Security Council").

    A word of the mention that is one of the item's own acronyms ("FIDH - International
    Federation for Human Rights") is not a difference.
    """
    if pair is None:
        return 0.0
    m_tokens, e_tokens = set(pair.mention_key.split()), set(pair.entity_key.split())
    places = _place_tokens(pair.mention_text, pair.entity_text)
    own_acronyms = _own_acronyms(e) if e else frozenset()
    residual = (m_tokens ^ e_tokens) - places - own_acronyms
    fuzzy_twins = {
        a for a in residual for b in residual if a != b and fuzz.ratio(a, b) >= 85
    }  # spelling variants ("organisation"/"organization") are not a difference
    residual -= fuzzy_twins
    rest = 1.0
    for token in residual:
        rest *= 1.0 - ctx.rarity.rarity(token)
    return 1.0 - rest


def place_conflict(
    pair: NamePair | None, m: Mention | None = None, e: Entity | None = None
) -> float:
    """1.0 when a place qualifier in one name is absent from the other (a section or chapter).

    Two checks: every place of the mention (over all its names and its acronym field,
    bracketed parts included, so a shortened or mis-split form cannot hide a qualifier) must be
    among the places of the item's names; and every place in the item name that matched must be
    among the mention's. (Comparing against all of the item's names on one side lets a name in
    another script, where no place is detected, match an item whose English label carries it.)
    """
    if pair is None:
        return 0.0
    texts = [pair.mention_text, *(m.names if m else ()), *([m.acronym] if m and m.acronym else [])]
    mine = {p.code or p.key for text in texts for p in places_in(text)}
    theirs_texts = [pair.entity_text]
    if e is not None:
        theirs_texts += [t for t, _k, how, _l in entity_names(e) if how != "acronym"]
    theirs = {p.code or p.key for text in theirs_texts for p in places_in(text)}
    matched = {p.code or p.key for p in places_in(pair.entity_text)}
    return 1.0 if not mine <= theirs or not matched <= mine else 0.0


def acronym(m: Mention, e: Entity) -> float:
    """1.0 if an acronym of the mention is the item's short name (P1813) or an acronym alias;
    0.7 if it equals the initials of the item's label; else 0."""
    keys = {name_key(a).replace(" ", "") for a in m.acronyms}
    keys.discard("")
    if not keys:
        return 0.0
    short = {name_key(v).replace(" ", "") for v in e.values(PROP.SHORT_NAME)}
    short |= {
        name_key(t).replace(" ", "") for t, _k, how, _l in entity_names(e) if how == "acronym"
    }
    if keys & short:
        return 1.0
    label_initials = {initials(text) for text in e.labels.values()}
    return 0.7 if keys & label_initials else 0.0


def _classes(e: Entity, ctx: ScoringContext) -> set[str]:
    out: set[str] = set()
    for cls in e.values(PROP.INSTANCE_OF):
        out |= ctx.ancestors.get(cls, frozenset({cls}))
    return out


def type_compatibility(m: Mention, e: Entity, ctx: ScoringContext) -> float:
    """1 if the item is an instance of a class the mention's kind expects, 0 if of a class it
    excludes (a human for an organisation), 0.5 when the KB does not say."""
    classes = _classes(e, ctx)
    if not classes or m.kind == MentionKind.ANY:
        return _UNKNOWN
    if classes & EXPECTED_CLASSES.get(m.kind, frozenset()):
        return 1.0
    if classes & INCOMPATIBLE_CLASSES.get(m.kind, frozenset()):
        return 0.0
    return _UNKNOWN


def is_wikimedia_internal(e: Entity, ctx: ScoringContext) -> bool:
    """Disambiguation pages, categories, templates and lists are never candidates."""
    internal = {
        ITEM.WIKIMEDIA_DISAMBIGUATION,
        ITEM.WIKIMEDIA_CATEGORY,
        ITEM.WIKIMEDIA_TEMPLATE,
        ITEM.WIKIMEDIA_LIST,
    }
    return bool(_classes(e, ctx) & internal)


def country_agreement(m: Mention, e: Entity, ctx: ScoringContext) -> float:
    """1 if a country hint is the item's country (P17), 0 if both are known and differ."""
    wanted = {ctx.country_items[c] for c in m.country_hints if c in ctx.country_items}
    have = set(e.values(PROP.COUNTRY))
    if not wanted or not have:
        return _UNKNOWN
    return 1.0 if wanted & have else 0.0


def _year(value: str) -> int | None:
    match = re.match(r"^[+]?(-?\d{1,4})", value or "")
    return int(match.group(1)) if match else None


def existence(m: Mention, e: Entity) -> float:
    """1 if the item existed at the letter's date (founded before, not dissolved), 0 if not."""
    if m.date is None:
        return _UNKNOWN
    year = m.date.year
    founded = [y for y in map(_year, e.values(PROP.INCEPTION)) if y is not None]
    ended = [y for y in map(_year, e.values(PROP.DISSOLVED)) if y is not None]
    if (founded and min(founded) > year) or (ended and max(ended) < year):
        return 0.0
    return 1.0 if founded else _UNKNOWN


def topical_fit(m: Mention, e: Entity, ctx: ScoringContext) -> float:
    """1 if a description speaks of human rights, advocacy or the letter's themes, else 0.5."""
    text = " ".join(e.descriptions.values()).lower()
    if not text:
        return _UNKNOWN
    if _TOPICAL.search(text):
        return 1.0
    key = name_key(text)
    return 1.0 if any(w and f" {w} " in f" {key} " for w in ctx.theme_words) else _UNKNOWN


def popularity(e: Entity) -> float:
    """A prior from the number of Wikipedia sitelinks, log-scaled into [0, 1]."""
    return min(1.0, math.log1p(max(e.sitelinks, 0)) / math.log1p(_POPULAR_SITELINKS))


def _domain(url: str) -> str:
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return host.removeprefix("www.")


def website(m: Mention, e: Entity) -> float:
    """1 if the mention's website domain is the item's official website (P856), 0 if both known
    and different, 0.5 otherwise."""
    sites = {_domain(v) for v in e.values(PROP.WEBSITE)} - {""}
    if not m.website or not sites:
        return _UNKNOWN
    mine = _domain(m.website)
    return (
        1.0
        if any(mine == s or mine.endswith("." + s) or s.endswith("." + mine) for s in sites)
        else 0.0
    )
