"""Plain records read from the knowledge graph: the input of every network projection.

:mod:`graphs.source` fills them from SPARQL answers; tests may build them by hand. They are
frozen and hold only sorted tuples, so projections built from them are deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Affiliation", "Agent", "CoalitionData", "LetterInfo", "SignatureRecord"]


@dataclass(frozen=True)
class Agent:
    """A signer (organisation or person) with what the KG says about it.

    ``id`` is the agent's IRI; ``themes`` are theme ids (``hong-kong``), ``countries`` ISO
    3166-1 alpha-2 codes, ``qid`` the Wikidata item it is LINKED to (or ``None``).
    """

    id: str
    name: str
    kind: str = "organization"
    acronym: str | None = None
    alt_names: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    qid: str | None = None


@dataclass(frozen=True)
class LetterInfo:
    """A letter: IRI, title and ISO date (``YYYY-MM-DD``) when the KG gives them."""

    id: str
    title: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class SignatureRecord:
    """One listed signature: ``signer`` on ``letter`` at ``position``, as written."""

    letter: str
    signer: str
    position: int | None = None
    name_as_written: str | None = None


@dataclass(frozen=True)
class Affiliation:
    """``child`` belongs to ``parent`` (``relation``: memberOf, subOrganizationOf, section...).

    ``parent`` is an agent IRI, a Wikidata item IRI or a name family key (``family:ACAT``).
    """

    child: str
    parent: str
    relation: str
    parent_label: str | None = None


@dataclass(frozen=True)
class CoalitionData:
    """Everything the projections need, keyed by IRI and sorted for determinism."""

    agents: dict[str, Agent] = field(default_factory=dict)
    letters: dict[str, LetterInfo] = field(default_factory=dict)
    signatures: tuple[SignatureRecord, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()

    def letters_of(self, agent_id: str) -> tuple[str, ...]:
        """Sorted ids of the letters ``agent_id`` signed."""
        return tuple(sorted({s.letter for s in self.signatures if s.signer == agent_id}))
