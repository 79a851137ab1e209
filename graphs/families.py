"""Name families: national sections and chapters recognised from names alone.

``ACAT Belgium``, ``ACAT-France`` and ``Action des Chrétiens pour l'Abolition de la Torture au
Burundi (ACAT-Burundi)`` are one family; so are ``SFT Japan`` and ``Students For a Free Tibet -
India``. The rule is general, never a list of organisations: two signers are in one family when,
once a trailing country qualifier is removed (:func:`kg.places.split_place`), they share

* the same multi-word stem (``Friends of Tibet``), or
* the same written acronym (``ACAT`` in ``ACAT Belgium`` and ``ACAT-Burundi``), or
* a written acronym equal to the initials of the other's stem or alternate name
  (``SFT`` = Students For a Free Tibet; ``ACAT`` = Action by Christians for the Abolition of
  Torture),

and at least one of the two carries a country qualifier (so an organisation and its own
acronym, both unqualified, are not a family).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from networkx.utils import UnionFind

from graphs.records import Affiliation, Agent
from kg.places import fold, split_place

__all__ = ["FAMILY_PREFIX", "NameFamily", "family_affiliations", "initials", "name_families"]

FAMILY_PREFIX = "family:"

_STOPWORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "the",
        "of",
        "for",
        "in",
        "on",
        "at",
        "to",
        "by",
        "with",
        "des",
        "de",
        "du",
        "la",
        "le",
        "les",
        "l",
        "d",
        "pour",
        "et",
        "au",
        "aux",
        "en",
        "sur",
        "y",
        "el",
        "los",
        "las",
        "del",
        "por",
        "para",
        "e",
        "da",
        "do",
        "das",
        "dos",
        "no",
        "na",
        "der",
        "die",
        "und",
        "fur",
        "im",
        "von",
        "zu",
    }
)


@dataclass(frozen=True)
class NameFamily:
    """A family key (``ACAT``) and the sorted ids of its members."""

    key: str
    label: str
    members: tuple[str, ...]


def initials(name: str) -> str:
    """Initials of a name's content words (function words in several languages skipped).

    Examples
    --------
    >>> initials("Action des Chrétiens pour l'Abolition de la Torture")
    'acat'
    >>> initials("Students For a Free Tibet")
    'sft'
    """
    return "".join(word[0] for word in fold(name).split() if word not in _STOPWORDS)


def _is_acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return 2 <= len(letters) <= 10 and sum(c.isupper() for c in letters) >= 2 and " " not in token


def _keys(agent: Agent) -> tuple[set[tuple[str, str]], bool]:
    """(kind, value) keys of an agent and whether any of its names carries a country."""
    keys: set[tuple[str, str]] = set()
    qualified = False
    texts = [(agent.name, False), *((alt, False) for alt in agent.alt_names)]
    if agent.acronym:
        texts.append((agent.acronym, True))
    for text, is_acronym_field in texts:
        stem, code = split_place(text)
        qualified = qualified or code is not None
        words = fold(stem).split()
        if len(words) == 1 and (is_acronym_field or _is_acronym(stem)):
            keys.add(("acro", words[0]))
        elif len(words) > 1:
            keys.add(("full", " ".join(words)))
            if len(letters := initials(stem)) >= 3:
                keys.add(("initials", letters))
    return keys, qualified


def _matching(key: tuple[str, str]) -> list[tuple[str, str]]:
    kind, value = key
    if kind == "acro":
        return [("acro", value), ("initials", value)]
    if kind == "initials":
        return [("acro", value)]
    return [key]


def name_families(agents: Iterable[Agent]) -> list[NameFamily]:
    """Group agents into name families of national sections and chapters.

    Parameters
    ----------
    agents : iterable of Agent
        Signers with names, acronyms and alternate names.

    Returns
    -------
    list of NameFamily
        Families of two or more members, sorted by key; members sorted by id.

    Examples
    --------
    >>> from graphs.records import Agent
    >>> toy = [Agent("urn:a", "ACAT Belgium"), Agent("urn:b", "ACAT-France"),
    ...        Agent("urn:c", "Human Rights Watch")]
    >>> [(f.label, f.members) for f in name_families(toy)]
    [('ACAT', ('urn:a', 'urn:b'))]
    """
    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    qualified: dict[str, bool] = {}
    own_keys: dict[str, set[tuple[str, str]]] = {}
    names: dict[str, str] = {}
    for agent in sorted(agents, key=lambda a: a.id):
        names[agent.id] = agent.name
        keys, qualified[agent.id] = _keys(agent)
        own_keys[agent.id] = keys
        for key in keys:
            by_key[key].append(agent.id)
    joined = UnionFind(own_keys)
    reason: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for agent_id, keys in own_keys.items():
        for key in keys:
            for other_key in _matching(key):
                for other in by_key.get(other_key, ()):
                    if other != agent_id and (qualified[agent_id] or qualified[other]):
                        joined.union(agent_id, other)
                        reason[agent_id].add(key)
                        reason[other].add(other_key)
    families = []
    for members in joined.to_sets():
        if len(members) < 2:
            continue
        shared = [k for m in members for k in reason[m]]
        acronyms = sorted(v for kind, v in shared if kind in {"acro", "initials"})
        label_key = (
            max(set(acronyms), key=lambda v: (acronyms.count(v), -len(v), v)).upper()
            if acronyms
            else min(split_place(names[m])[0] for m in members)
        )
        families.append(NameFamily(key=label_key, label=label_key, members=tuple(sorted(members))))
    return sorted(families, key=lambda f: (f.key, f.members))


def family_affiliations(agents: Iterable[Agent]) -> list[Affiliation]:
    """Affiliation records (member → ``family:KEY``) for every name family.

    Examples
    --------
    >>> from graphs.records import Agent
    >>> toy = [Agent("urn:a", "SFT Japan"), Agent("urn:b", "Students For a Free Tibet - India"),
    ...        Agent("urn:c", "Free Tibet")]
    >>> [(a.child, a.parent) for a in family_affiliations(toy)]
    [('urn:a', 'family:SFT'), ('urn:b', 'family:SFT')]
    """
    return [
        Affiliation(
            child=m, parent=FAMILY_PREFIX + f.key, relation="nameFamily", parent_label=f.label
        )
        for f in name_families(agents)
        for m in f.members
    ]
