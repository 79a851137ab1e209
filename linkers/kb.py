"""The knowledge-base interface every Wikidata source implements.

Implementations: :mod:`linkers.wikidata.api` (action API over HTTP),
:mod:`linkers.wikidata.sparql` (WDQS-compatible SPARQL endpoint) and
:mod:`linkers.snapshot` (JSON Lines of ``wbgetentities`` entities), plus the
chain in :mod:`linkers.chain`. Scoring code only sees :class:`Entity` and
:class:`SearchHit`; it never does I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from kg.model import KBSource

__all__ = ["ClaimValue", "Entity", "KnowledgeBase", "SearchHit"]


@dataclass(frozen=True)
class ClaimValue:
    """One statement value we use: an item id (``Q..``), a string, a URL or a time.

    ``value`` holds the QID for item values, the text for strings/monolingual text/URLs,
    and the ISO date (``YYYY`` , ``YYYY-MM`` or ``YYYY-MM-DD``, to the stated precision)
    for times. ``language`` is set for monolingual text. ``rank`` is Wikidata's rank.
    ``qualifiers`` keeps (property, value) pairs such as start/end time of a position.
    """

    value: str
    datatype: str = "wikibase-item"
    language: str | None = None
    rank: str = "normal"
    qualifiers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Entity:
    """A Wikidata item reduced to what linking and the graph use.

    ``labels`` and ``descriptions`` map language code → text; ``aliases`` maps language code
    → tuple of texts; ``claims`` maps property id (see :mod:`linkers.properties`) → values.
    ``provenance`` says where the record came from (bundled evidence, API URL...).
    """

    qid: str
    labels: Mapping[str, str] = field(default_factory=dict)
    descriptions: Mapping[str, str] = field(default_factory=dict)
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    claims: Mapping[str, tuple[ClaimValue, ...]] = field(default_factory=dict)
    sitelinks: int = 0
    provenance: str | None = None

    def label(self, languages: Sequence[str] = ("en", "mul")) -> str:
        """The label in the first available preferred language, else any label, else the QID."""
        for lang in languages:
            if lang in self.labels:
                return self.labels[lang]
        return next(iter(self.labels.values()), self.qid)

    def values(self, prop: str) -> tuple[str, ...]:
        """The plain values of one property (deprecated statements left out)."""
        return tuple(c.value for c in self.claims.get(prop, ()) if c.rank != "deprecated")


@dataclass(frozen=True)
class SearchHit:
    """One result of a name search: the QID, the text that matched and how."""

    qid: str
    matched_text: str
    match_type: str = "label"  # label | alias | description | fulltext
    language: str | None = None
    label: str | None = None
    description: str | None = None


@runtime_checkable
class KnowledgeBase(Protocol):
    """Where candidate entities come from."""

    @property
    def source(self) -> KBSource:
        """Name of this source and the date its data is from."""
        ...

    def search(
        self, text: str, *, languages: Sequence[str] = ("en",), limit: int = 10
    ) -> list[SearchHit]:
        """Entities whose label or alias matches ``text``; empty text gives no hits."""
        ...

    def entities(self, qids: Iterable[str]) -> dict[str, Entity]:
        """Entity records for the given QIDs (unknown ids are left out of the result)."""
        ...

    def close(self) -> None:
        """Release sessions and files; calling it twice is harmless."""
        ...
