"""Reading one signatory entry into a :class:`kg.model.Signatory`.

The steps, each in its own module:

1. clean control characters and spaces (:mod:`kg.ingest.names`);
2. repair the writing: words typed on the wrong keyboard layout (:mod:`kg.ingest.keyboard`),
   right-to-left words extracted in reversed order (:mod:`kg.ingest.rtl`), spacing and stray
   punctuation (:func:`kg.ingest.names.repair_surface`);
3. a person (honorific, capacity, individuals section) or an organisation
   (:mod:`kg.ingest.persons`);
4. name, acronym and alternate names (:mod:`kg.ingest.altnames`);
5. country and movement hints from the name and its alternate names
   (:mod:`kg.ingest.country_hints`, :mod:`kg.ingest.theme_hints`).

When a repair changed the text, the text as written is kept in ``repaired_from`` and among the
alternate names.
"""

from __future__ import annotations

from typing import Any

from kg.errors import LetterParseError
from kg.ingest.altnames import split_name
from kg.ingest.country_hints import country_hints
from kg.ingest.keyboard import repair_keyboard_layout
from kg.ingest.names import clean_text, repair_surface, strip_punctuation
from kg.ingest.persons import read_person
from kg.ingest.rtl import repair_rtl_order
from kg.ingest.theme_hints import theme_hints
from kg.model import Signatory, SignatoryKind

__all__ = ["MAX_ENTRY_CHARS", "parse_entry"]

#: Longer entries are cut: no signatory's name runs to pages, and the rules stay fast.
MAX_ENTRY_CHARS = 2000


def _repair_writing(text: str) -> tuple[str, list[str]]:
    repairs = []
    retyped = repair_keyboard_layout(text)
    if retyped != text:
        repairs.append("keyboard-layout")
    reordered = repair_rtl_order(retyped)
    if reordered != retyped:
        repairs.append("rtl-reversed")
    return reordered, repairs


def parse_entry(
    position: int, raw: str, *, section: str | None = None, nlp: Any = None
) -> Signatory:
    """Read one signatory entry as the letter gives it.

    Parameters
    ----------
    position : int
        The entry's number in the letter.
    raw : str
        The entry's text, continuation lines joined by one space.
    section : str, optional
        The section the entry sits in (``"organizations"``, ``"individuals"``), a hint for kind.
    nlp : spacy.language.Language, optional
        A loaded spaCy pipeline: a name it tags as a whole ``PERSON`` is read as a person.
        Rules alone are used without it.

    Returns
    -------
    Signatory
        ``raw`` is kept exactly; every other field is the reading.

    Raises
    ------
    LetterParseError
        When ``raw`` has no visible text.

    Examples
    --------
    >>> s = parse_entry(23, "Asia Democracy Network (ADN)")
    >>> s.name, s.acronym
    ('Asia Democracy Network', 'ADN')
    >>> s = parse_entry(170, "Ms. Enakshi Ganguly individually as an independent expert")
    >>> s.kind.value, s.name, s.capacity
    ('person', 'Enakshi Ganguly', 'individually as an independent expert')
    >>> parse_entry(94, "Friends of Tibet (NZ)").country_hints
    ('NZ',)
    """
    text = clean_text(raw[: MAX_ENTRY_CHARS * 2])[:MAX_ENTRY_CHARS]
    if not text:
        raise LetterParseError(f"signatory #{position} has no text: {raw!r}")
    written = text
    text, repairs = _repair_writing(text)
    repaired_from = written if repairs else None
    person = read_person(text, section=section, nlp=nlp)
    if person is not None:
        return Signatory(
            position=position,
            raw=raw,
            name=strip_punctuation(person.name) or person.name,
            kind=SignatoryKind.PERSON,
            capacity=person.capacity,
            section=section,
            repairs=tuple(repairs),
            alt_names=(repaired_from,) if repaired_from else (),
            repaired_from=repaired_from,
        )
    repaired, surface = repair_surface(text)
    if repaired:  # an entry of punctuation alone is kept as written
        text = repaired
        repairs += surface
    parts = split_name(text)
    alt_names = parts.alt_names + ((repaired_from,) if repaired_from else ())
    names = (parts.name, *parts.alt_names)
    return Signatory(
        position=position,
        raw=raw,
        name=parts.name,
        kind=SignatoryKind.ORGANIZATION,
        acronym=parts.acronym,
        alt_names=alt_names,
        country_hints=country_hints(names),
        themes=theme_hints(names),
        section=section,
        repairs=tuple(repairs),
        repaired_from=repaired_from,
    )
