"""National sections and chapters recognised from a letter's own evidence.

A signatory whose name (or acronym) is another name followed by one of its own hinted countries
(``ACAT-France``, ``ACAT Belgium``, ``Students For a Free Tibet - India``, ``... au Burundi``)
is read as a national section of the organisation named by the rest (the *stem*). Stems are
compared by name key and by initials (``Students For a Free Tibet`` ~ ``SFT``). The relation is
asserted only on evidence inside the letter: the stem is itself a signatory, or at least two
signatories share it (a family such as ACAT). The parent then gets its own agent node.

Examples
--------
>>> from kg.model import Signatory
>>> sigs = (Signatory(1, "ACAT Belgium", "ACAT Belgium", country_hints=("BE",)),
...         Signatory(2, "ACAT-France", "ACAT-France", country_hints=("FR",)))
>>> families(sigs)
{'acat': ('ACAT', (1, 2))}
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from rdflib import Literal, URIRef
from rdflib.namespace import FOAF, RDF, RDFS

from kg.iris import IriMinter, name_key
from kg.model import Signatory, SignatoryKind
from kg.places import split_place
from kg.rdf.sink import Sink
from ontology.namespace import CKG, ORG

__all__ = ["add_national_sections", "families", "section_stem"]

_STOPWORDS = frozenset(
    "a an and the of for in on to de des du la le les l d pour et au aux".split()  # noqa: SIM905
)


def section_stem(name: str, country_codes: Iterable[str] = ()) -> str | None:
    """The name without a trailing country (``ACAT-France`` → ``ACAT``), else ``None``.

    Only the hinted countries are tried when ``country_codes`` is given, else every country.
    A trailing parenthesised note (an expansion, a translation) is set aside first when the
    country is not found at the very end (:func:`kg.places.split_place` with ``notes=True``).

    >>> section_stem("Students For a Free Tibet - India", ["IN"])
    'Students For a Free Tibet'
    >>> section_stem("ACAT Germany (Action by Christians for the Abolition of Torture)")
    'ACAT'
    >>> section_stem("Friends of Tibet (NZ)")
    'Friends of Tibet'
    >>> section_stem("Hong Kong Watch", ["HK"]) is None
    True
    """
    stem, code = split_place(name, codes=tuple(country_codes) or None, notes=True)
    return stem if code else None


def _initials(text: str) -> str:
    words = [w for w in re.findall(r"[^\W\d_]+", text) if w.casefold() not in _STOPWORDS]
    return "".join(w[0] for w in words).casefold() if len(words) >= 2 else ""


def _stem_keys(stem: str) -> set[str]:
    """The stem's name key, plus an ``acr:`` key (its initials, or itself if one token)."""
    keys = {name_key(stem)}
    if " " not in stem.strip():
        keys.add("acr:" + name_key(stem))
    elif initials := _initials(stem):
        keys.add("acr:" + initials)
    return keys


def _stems(signatory: Signatory) -> list[str]:
    forms = [signatory.name, *(a for a in (signatory.acronym,) if a)]
    found = (section_stem(form, signatory.country_hints) for form in forms)
    return [s for s in found if s]


def _acronym_pair(members: list[tuple[str, int]]) -> bool:
    """An initials key joins an acronym with an expansion, never two expansions."""
    single = {" " not in stem.strip() for stem, _ in members}
    return single == {True, False} or single == {True}


def _named(signatories: Sequence[Signatory]) -> dict[str, tuple[str, int]]:
    named: dict[str, tuple[str, int]] = {}
    for s in signatories:
        named.setdefault(name_key(s.name), (s.name, s.position))
        if s.acronym:
            named.setdefault(name_key(s.acronym), (s.name, s.position))
    return named


def families(signatories: Sequence[Signatory]) -> dict[str, tuple[str, tuple[int, ...]]]:
    """Families of sections: key → (parent name, positions of the sections).

    A family needs two sections, or one section whose stem names another signatory. The
    parent's name is that signatory's, else the stem most sections share.
    """
    orgs = [s for s in signatories if s.kind == SignatoryKind.ORGANIZATION]
    by_key: dict[str, list[tuple[str, int]]] = {}
    for signatory in orgs:
        for stem in _stems(signatory):
            for key in _stem_keys(stem):
                by_key.setdefault(key, []).append((stem, signatory.position))
    named = _named(signatories)
    result: dict[str, tuple[str, tuple[int, ...]]] = {}
    claimed: set[int] = set()
    for key, members in sorted(by_key.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if key.startswith("acr:") and not _acronym_pair(members):
            continue
        positions = tuple(sorted({p for _, p in members} - claimed))
        plain = key.removeprefix("acr:")
        owner = named.get(plain)
        if owner is not None and owner[1] in positions:
            owner = None  # a stem that is the section's own name or acronym is no evidence
        if not positions or (len(positions) < 2 and owner is None):
            continue
        stems = [stem for stem, _ in members]
        parent = owner[0] if owner else max(stems, key=lambda st: (stems.count(st), len(st)))
        result[key.removeprefix("acr:")] = (parent, positions)
        claimed.update(positions)
    return result


def add_national_sections(
    graph: Sink,
    minter: IriMinter,
    signatories: Sequence[Signatory],
    signers: Mapping[int, URIRef],
) -> None:
    """Add ``ckg:nationalSectionOf`` (and ``org:subOrganizationOf``) for each family found."""
    for parent_name, positions in families(signatories).values():
        parent = minter.agent(parent_name)
        graph.add((parent, RDF.type, ORG.Organization))
        graph.add((parent, FOAF.name, Literal(parent_name)))
        graph.add((parent, RDFS.label, Literal(parent_name)))
        for position in positions:
            section = signers.get(position)
            if section is None or section == parent:
                continue
            graph.add((section, CKG.nationalSectionOf, parent))
            graph.add((section, ORG.subOrganizationOf, parent))
