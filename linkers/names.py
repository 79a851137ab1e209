"""Names of an entity and the best-matching pair of mention name and entity name.

Labels weigh more than aliases, and names in the usual languages of the letters (English and
the multilingual ``mul`` label) more than names in other languages, so that an alias in an
unrelated language cannot carry a link on its own. Acronym-like aliases and short names (P1813)
are kept apart: they are compared by :func:`linkers.features.acronym`, never as full names.

Examples
--------
>>> from linkers.kb import Entity
>>> e = Entity("Q1", labels={"en": "Office of the United Nations High Commissioner"})
>>> p = best_pair(("UN High Commissioner",), entity_names(e))
>>> p.mention_key
'united nations high commissioner'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from linkers.kb import Entity
from linkers.normalize import acronyms_in, is_acronym, name_key, strip_legal_form
from linkers.properties import PROP

__all__ = ["NamePair", "all_pairs", "best_pair", "close_pairs", "entity_names", "name_weight"]

_MAIN_LANGS = frozenset({"en", "mul"})


@dataclass(frozen=True)
class NamePair:
    """The closest mention name / entity name pair and how close they are (weighted)."""

    mention_text: str
    mention_key: str
    entity_text: str
    entity_key: str
    how: str  # label | alias
    language: str
    similarity: float
    exact: float


def name_weight(how: str, language: str) -> float:
    """Weight of a name by its kind and language: labels over aliases, main languages first."""
    main = language in _MAIN_LANGS
    if how == "label":
        return 1.0 if main else 0.95
    return 0.93 if main else 0.85


def entity_names(e: Entity) -> tuple[tuple[str, str, str, str], ...]:
    """(text, key, how, language) for every label, alias and short name of an entity."""
    return _entity_names(e.qid, tuple(sorted(e.labels.items())), _alias_items(e), _shorts(e))


def _alias_items(e: Entity) -> tuple[tuple[str, str], ...]:
    return tuple((lang, text) for lang, texts in sorted(e.aliases.items()) for text in texts)


def _shorts(e: Entity) -> tuple[str, ...]:
    return tuple(e.values(PROP.SHORT_NAME))


@lru_cache(maxsize=8192)
def _entity_names(
    qid: str,
    labels: tuple[tuple[str, str], ...],
    aliases: tuple[tuple[str, str], ...],
    shorts: tuple[str, ...],
) -> tuple[tuple[str, str, str, str], ...]:
    out: list[tuple[str, str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    rows = [(t, "label", lang) for lang, t in labels] + [(t, "alias", lang) for lang, t in aliases]
    rows += [(t, "acronym", "mul") for t in shorts]
    for text, how, lang in rows:
        kind = "acronym" if is_acronym(text) else how
        key = name_key(text)
        if key and (key, kind) not in seen:
            seen.add((key, kind))
            out.append((text, key, kind, lang))
    return tuple(out)


def _expand_acronyms(text: str, entity_key: str) -> str:
    """Spell out capitalised acronyms of ``text`` that are initials of words in ``entity_key``
    (``UN`` → ``united nations`` against "Office of the United Nations ..."), else unchanged."""
    words = entity_key.split()
    key = name_key(text)
    for acr in acronyms_in(text):
        n = len(acr)
        for i in range(len(words) - n + 1):
            run = words[i : i + n]
            if "".join(w[0] for w in run) == acr.lower():
                key = re.sub(rf"\b{acr.lower()}\b", " ".join(run), key, count=1)
                break
    return key


def best_pair(
    mention_names: Sequence[str], names: Sequence[tuple[str, str, str, str]]
) -> NamePair | None:
    """The best weighted match between any mention name and any entity label or alias."""
    pairs = all_pairs(mention_names, names)
    return max(pairs, key=lambda p: (p.similarity, p.exact)) if pairs else None


def close_pairs(
    mention_names: Sequence[str],
    names: Sequence[tuple[str, str, str, str]],
    *,
    within: float = 0.15,
) -> list[NamePair]:
    """Every pair whose similarity is within ``within`` of the best one, best first."""
    pairs = sorted(all_pairs(mention_names, names), key=lambda p: (-p.similarity, -p.exact))
    return [p for p in pairs if p.similarity >= pairs[0].similarity - within] if pairs else []


def all_pairs(
    mention_names: Sequence[str], names: Sequence[tuple[str, str, str, str]]
) -> list[NamePair]:
    """Every (mention name, entity label or alias) pair with its weighted similarity."""
    out: list[NamePair] = []
    for m_text in mention_names:
        for e_text, e_key, how, lang in names:
            if how == "acronym":
                continue
            m_key = _expand_acronyms(m_text, e_key)
            if not m_key:
                continue
            weight = name_weight(how, lang)
            same = m_key == e_key or strip_legal_form(m_key) == strip_legal_form(e_key)
            sim = (100.0 if same else fuzz.token_sort_ratio(m_key, e_key)) / 100.0 * weight
            out.append(
                NamePair(m_text, m_key, e_text, e_key, how, lang, sim, weight if same else 0.0)
            )
    return out
