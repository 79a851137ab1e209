"""Where the builders put triples: an rdflib ``Graph`` or a plain, fast :class:`TripleSet`.

rdflib's in-memory store adds about 20 000 triples a second; building each letter into a
``TripleSet`` (a dict used as an ordered set) and handing the result to the store in one
``addN`` call keeps that cost paid once, and lets callers stream a letter's triples into
another store (pyoxigraph) without an rdflib graph at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from rdflib.term import Node

__all__ = ["Sink", "Triple", "TripleSet"]

Triple = tuple[Node, Node, Node]


class Sink(Protocol):
    """Anything with ``add((s, p, o))``: an rdflib ``Graph`` or a :class:`TripleSet`."""

    def add(self, triple: Triple, /) -> object: ...


class TripleSet:
    """An insertion-ordered set of triples.

    >>> from rdflib import URIRef
    >>> triples = TripleSet()
    >>> _ = triples.add((URIRef("urn:s"), URIRef("urn:p"), URIRef("urn:o")))
    >>> _ = triples.add((URIRef("urn:s"), URIRef("urn:p"), URIRef("urn:o")))
    >>> len(triples)
    1
    """

    __slots__ = ("_items",)

    def __init__(self) -> None:
        self._items: dict[Triple, None] = {}

    def add(self, triple: Triple, /) -> TripleSet:
        """Add one triple (duplicates are ignored)."""
        self._items[triple] = None
        return self

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, triple: object) -> bool:
        return triple in self._items
