"""Domain model: letters, their recipients and signatories, and link decisions.

Every other layer (linkers, RDF building, networks) speaks these types. They are
small frozen dataclasses; collections are tuples so instances are hashable and
safe to share.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = [
    "Candidate",
    "Decision",
    "Demand",
    "KBSource",
    "Letter",
    "LinkResult",
    "MentionRole",
    "ParseWarning",
    "Recipient",
    "RecipientKind",
    "Reference",
    "Signatory",
    "SignatoryKind",
    "ThemeMention",
]


class SignatoryKind(StrEnum):
    """Whether a signatory is an organisation or an individual."""

    ORGANIZATION = "organization"
    PERSON = "person"


class RecipientKind(StrEnum):
    """A letter is addressed to a person, an organisation/office, or a collective."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COLLECTIVE = "collective"


@dataclass(frozen=True)
class Reference:
    """A document reference number, e.g. the Amnesty index ``ASA 17/3026/2020``.

    ``scheme`` names the numbering system (``"amnesty-index"``) when recognised;
    for an Amnesty index ``prefix`` is the region code (``ASA``), ``series`` the
    sub-region/country code (``17``), ``number`` the document number (``3026``)
    and ``year`` the year of issue.
    """

    raw: str
    scheme: str | None = None
    prefix: str | None = None
    series: str | None = None
    number: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class Recipient:
    """Someone a letter is addressed to, as written and as understood."""

    as_written: str
    name: str
    role: str | None = None
    kind: RecipientKind = RecipientKind.PERSON


@dataclass(frozen=True)
class Signatory:
    """One listed signatory of a letter, exactly as the letter gives it, plus its reading.

    ``position`` is the entry's number in the letter (1-based, the letter's own number when
    numbered, else its order). ``raw`` is the entry's text (continuation lines joined by one
    space). ``name`` is the clean name; ``acronym`` the short form the entry gives;
    ``alt_names`` other names the entry itself gives (expansions, translations, other scripts,
    and the text as written when a repair changed it). ``country_hints`` are ISO 3166-1 alpha-2
    codes; ``themes`` are theme ids from the theme scheme (``hong-kong``, ``tibet`` ...).
    ``repairs`` names the repairs applied (``continuation-line``, ``rtl-reversed`` ...).
    """

    position: int
    raw: str
    name: str
    kind: SignatoryKind = SignatoryKind.ORGANIZATION
    acronym: str | None = None
    alt_names: tuple[str, ...] = ()
    capacity: str | None = None
    country_hints: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    section: str | None = None
    repairs: tuple[str, ...] = ()
    repaired_from: str | None = None  # the name as written, when a repair changed it


@dataclass(frozen=True)
class ThemeMention:
    """A theme of the letter's body with how often it is mentioned."""

    id: str
    label: str
    mentions: int


@dataclass(frozen=True)
class Demand:
    """Something the letter asks for, and of whom (``addressee``, as a recipient name)."""

    text: str
    addressee: str | None = None


@dataclass(frozen=True)
class ParseWarning:
    """A problem found while reading a letter, kept with the letter (never fatal).

    ``code`` is a stable machine-readable tag (``count-mismatch``, ``possible-duplicate``,
    ``numbering-gap`` ...); ``positions`` names the signatory positions concerned.
    """

    code: str
    message: str
    positions: tuple[int, ...] = ()


@dataclass(frozen=True)
class Letter:
    """A parsed joint letter."""

    title: str | None
    source_path: str
    source_format: str
    reference: Reference | None = None
    date: dt.date | None = None
    language: str | None = None
    paragraphs: tuple[str, ...] = ()
    recipients: tuple[Recipient, ...] = ()
    signatories: tuple[Signatory, ...] = ()
    themes: tuple[ThemeMention, ...] = ()
    demands: tuple[Demand, ...] = ()
    declared_total: int | None = None
    anonymous_count: int | None = None
    warnings: tuple[ParseWarning, ...] = ()
    nlp_model: str | None = None

    @property
    def listed_count(self) -> int:
        """How many signatories the letter actually lists."""
        return len(self.signatories)


# --- linking -------------------------------------------------------------------------------


class Decision(StrEnum):
    """The verdict on one mention: linked to a QID, left for a person to review, or no link."""

    LINKED = "LINKED"
    REVIEW = "REVIEW"
    NIL = "NIL"


class MentionRole(StrEnum):
    SIGNATORY = "signatory"
    RECIPIENT = "recipient"


@dataclass(frozen=True)
class KBSource:
    """Which knowledge base answered, and as of when (snapshot date or retrieval time)."""

    name: str  # e.g. "snapshot:bundled", "wikidata-api", "sparql:http://..."
    retrieved: str | None = None  # ISO 8601 date or datetime


@dataclass(frozen=True)
class Candidate:
    """One Wikidata item considered for a mention, with its feature values and score."""

    qid: str
    label: str
    description: str | None = None
    score: float = 0.0
    features: tuple[tuple[str, float], ...] = ()

    @property
    def feature_map(self) -> dict[str, float]:
        return dict(self.features)


@dataclass(frozen=True)
class LinkResult:
    """The decision for one signatory or recipient of one letter.

    ``position`` is the signatory's position (``None`` for recipients). ``method`` is
    ``"automatic"`` or ``"manual"`` (from a review overrides file). ``explanation`` is a
    short human-readable reason.
    """

    role: MentionRole
    name: str
    decision: Decision
    position: int | None = None
    qid: str | None = None
    score: float = 0.0
    margin: float = 0.0
    candidates: tuple[Candidate, ...] = ()
    source: KBSource | None = None
    method: str = "automatic"
    explanation: str = ""
    decided_at: str | None = None  # ISO 8601 datetime
    extra: tuple[tuple[str, str], ...] = field(default=())
