"""What the linker knows about one mention: names, kind, hints and the letter's context.

A :class:`Mention` is built from a :class:`~kg.model.Signatory` or a
:class:`~kg.model.Recipient` (plus the letter's date and themes), or directly (the
reconciliation service and the spaCy component do that).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kg.model import MentionRole, Recipient, RecipientKind, Signatory, SignatoryKind
from linkers.normalize import clean_name, is_acronym

__all__ = ["Mention", "MentionKind", "from_recipient", "from_role", "from_signatory"]


class MentionKind:
    """The kinds of thing a mention can name (drives type compatibility)."""

    ORGANIZATION = "organization"
    PERSON = "person"
    OFFICE = "office"
    COLLECTIVE = "collective"
    PLACE = "place"
    ANY = "any"


@dataclass(frozen=True)
class Mention:
    """One name to link, with every hint the letter gives about it.

    ``names`` are the full names (first is the main one, then alternates in any script);
    ``acronym`` is kept apart because an acronym alone never links.
    """

    name: str
    kind: str = MentionKind.ORGANIZATION
    role: MentionRole = MentionRole.SIGNATORY
    position: int | None = None
    acronym: str | None = None
    alt_names: tuple[str, ...] = ()
    country_hints: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    date: dt.date | None = None
    website: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Main name and alternates, cleaned, without duplicates or empty strings."""
        out = [clean_name(n) for n in (self.name, *self.alt_names)]
        return tuple(dict.fromkeys(n for n in out if n))

    @property
    def full_names(self) -> tuple[str, ...]:
        """Names that are not bare acronyms (``HRIC`` as a whole entry is an acronym)."""
        return tuple(n for n in self.names if not is_acronym(n))

    @property
    def acronyms(self) -> tuple[str, ...]:
        """The given acronym plus any name that is itself an acronym."""
        found = [clean_name(self.acronym)] if self.acronym else []
        found += [n for n in self.names if is_acronym(n)]
        return tuple(dict.fromkeys(a for a in found if a))


def from_signatory(
    sig: Signatory, *, date: dt.date | None = None, themes: tuple[str, ...] = ()
) -> Mention:
    """A mention for a listed signatory; the letter's themes add to the entry's own."""
    alts = list(sig.alt_names)
    if sig.repaired_from:
        alts.append(sig.repaired_from)
    kind = MentionKind.PERSON if sig.kind == SignatoryKind.PERSON else MentionKind.ORGANIZATION
    return Mention(
        name=sig.name,
        kind=kind,
        role=MentionRole.SIGNATORY,
        position=sig.position,
        acronym=sig.acronym,
        alt_names=tuple(alts),
        country_hints=sig.country_hints,
        themes=tuple(dict.fromkeys((*sig.themes, *themes))),
        date=date,
    )


_RECIPIENT_KIND = {
    RecipientKind.PERSON: MentionKind.PERSON,
    RecipientKind.ORGANIZATION: MentionKind.ORGANIZATION,
    RecipientKind.COLLECTIVE: MentionKind.COLLECTIVE,
}


def from_recipient(
    rec: Recipient, *, date: dt.date | None = None, themes: tuple[str, ...] = ()
) -> Mention:
    """A mention for a recipient (a person, an organisation or office, or a collective)."""
    return Mention(
        name=rec.name,
        kind=_RECIPIENT_KIND.get(rec.kind, MentionKind.ANY),
        role=MentionRole.RECIPIENT,
        date=date,
        themes=themes,
    )


def from_role(rec: Recipient, *, date: dt.date | None = None) -> Mention | None:
    """A mention for a recipient's office or role (``UN Secretary-General``), if it has one."""
    if not rec.role or not clean_name(rec.role):
        return None
    return Mention(name=rec.role, kind=MentionKind.OFFICE, role=MentionRole.RECIPIENT, date=date)
