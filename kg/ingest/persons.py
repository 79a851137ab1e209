"""Individuals among signatories: honorifics, the capacity they sign in, person or organisation.

An entry is read as a person when any of these holds:

* it opens with an honorific (``Ms.``, ``Dr``, ``Prof.``, ``Mme``, ``Sr.`` ...);
* it states a personal capacity (``individually``, ``in a personal capacity``,
  ``as an independent expert`` ...);
* it sits in a section for individuals (the letter-level parser passes ``section``);
* an optional spaCy pipeline passed in tags the whole name as a ``PERSON``.

Otherwise it is an organisation: many organisations carry a person's name (``René Cassin``,
``Raoul Wallenberg Centre``), so a bare two-word name is not enough on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = ["PersonReading", "is_individuals_section", "read_person"]

# Titles that are also ordinary words opening organisation names (Justice, Lady, Father,
# Bishop ...) are left out: ``Lady Liberty Hong Kong`` is a group.
_HONORIFICS = (
    "Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Professor|Sir|Dame|Rev|Revd|Reverend|Hon|Fr|Sr|Sra|"
    "Srta|Mme|Mlle|Mgr|Herr|Frau|Dott|Rabbi|Imam|Sheikh|Ven|Baroness"
)
_HONORIFIC = re.compile(rf"^(?:(?:{_HONORIFICS})\.?\s+)+(?=[^\W\d_])")
_CAPACITY = re.compile(
    r"(?:,\s*|\s+|\()(?=(?:individually|personally|in (?:a |an |his |her |their |my )?"
    r"(?:personal|individual|own) capacity|(?:in )?personal capacity|as (?:a|an|the)\s|"
    r"(?:former|retired|emeritus)\s))",
    re.IGNORECASE,
)
_INDIVIDUALS = re.compile(r"individual|person|people|personal|signator(?:y|ies) in", re.IGNORECASE)


@dataclass(frozen=True)
class PersonReading:
    """A person's name without honorific and the capacity stated beside it."""

    name: str
    honorific: str | None = None
    capacity: str | None = None


def is_individuals_section(section: str | None) -> bool:
    """Whether a section heading or tag means individual signatories.

    >>> is_individuals_section("individuals"), is_individuals_section("organizations")
    (True, False)
    """
    return bool(section and _INDIVIDUALS.search(section))


def read_person(text: str, *, section: str | None = None, nlp: Any = None) -> PersonReading | None:
    """Read ``text`` as a person's entry, or ``None`` when it does not look like one.

    Parameters
    ----------
    text : str
        The entry (surface repairs already applied).
    section : str, optional
        The letter section the entry is in.
    nlp : spacy.language.Language, optional
        A loaded spaCy pipeline; a whole-name ``PERSON`` entity then counts as evidence.

    Examples
    --------
    >>> reading = read_person("Ms. Enakshi Ganguly individually as an independent expert")
    >>> reading.name, reading.honorific, reading.capacity
    ('Enakshi Ganguly', 'Ms.', 'individually as an independent expert')
    >>> read_person("Jane Doe, Professor of Law, Accra", section="individuals").capacity
    'Professor of Law, Accra'
    >>> read_person("Amnesty International") is None
    True
    """
    honorific_match = _HONORIFIC.match(text)
    honorific = honorific_match.group().strip() if honorific_match else None
    rest = text[honorific_match.end() :] if honorific_match else text
    capacity_match = _CAPACITY.search(rest)
    individual = is_individuals_section(section)
    if capacity_match:
        name, capacity = rest[: capacity_match.start()], rest[capacity_match.end() :]
    elif (individual or honorific) and ("," in rest or "(" in rest):
        name, _, capacity = re.split(r"(\s*[,(]\s*)", rest, maxsplit=1)
    else:
        name, capacity = rest, ""
    name = name.strip(" ,;:-")
    if not name:
        return None
    stated = capacity.strip(" ,;:-()") or None
    if honorific or capacity_match or individual or _spacy_person(name, nlp):
        return PersonReading(name=name, honorific=honorific, capacity=stated)
    return None


def _spacy_person(name: str, nlp: Any) -> bool:
    if nlp is None:
        return False
    doc = nlp(name)
    return any(ent.label_ == "PERSON" and ent.text == name for ent in doc.ents)
