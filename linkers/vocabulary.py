"""Name documents for token rarity: the letters being linked and the knowledge base's labels.

A *document* is the group of names of one body: a signatory's name, alternate names and
acronym; an item's labels and aliases in every language. :mod:`linkers.rarity` counts in how
many documents each token occurs.

Examples
--------
>>> from linkers.kb import Entity
>>> from linkers.memory import MemoryKB
>>> docs, live = kb_documents(MemoryKB([Entity("Q1", labels={"en": "Free Tibet"})]))
>>> docs, live
([['Free Tibet']], False)
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

from kg.errors import KGError
from kg.model import Letter
from linkers.kb import Entity, KnowledgeBase

__all__ = ["entity_names", "kb_documents", "letter_documents"]

log = logging.getLogger(__name__)


def letter_documents(letter: Letter) -> Iterator[list[str]]:
    """One document per signatory (name, alternate names, acronym) and per recipient."""
    for sig in letter.signatories:
        yield [n for n in (sig.name, *sig.alt_names, sig.acronym or "") if n]
    for rec in letter.recipients:
        yield [n for n in (rec.name, rec.role or "") if n]


def entity_names(entity: Entity) -> list[str]:
    """An item's labels and aliases, every language."""
    aliases = [a for texts in entity.aliases.values() for a in texts]
    return [*entity.labels.values(), *aliases]


def kb_documents(kb: KnowledgeBase) -> tuple[list[list[str]], bool]:
    """Documents of every item a KB can list, and whether some part of it cannot (is live).

    Snapshot and in-memory KBs list their items (``qids()``); a chain lists those of its
    listable members; a live API or SPARQL endpoint lists nothing.
    """
    members: list[Any] = list(getattr(kb, "members", None) or [kb])
    docs: list[list[str]] = []
    live = False
    for member in members:
        qids: Callable[[], list[str]] | None = getattr(member, "qids", None)
        if not callable(qids):
            live = True
            continue
        try:
            entities = member.entities(qids())
        except KGError as exc:  # listed but not readable now: learn from its candidates
            log.info("cannot list %s for token rarity: %s", member.source.name, exc)
            live = True
            continue
        docs += [names for qid in sorted(entities) if (names := entity_names(entities[qid]))]
    return docs, live
