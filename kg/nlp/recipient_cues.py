"""Recipients of an address line in a language with cue tables (French, Spanish, German,
Portuguese), read with the tables of :mod:`kg.nlp.cues`.

The line is split into pieces at commas and semicolons outside parentheses, and at ``et`` /
``y`` when what follows opens a new addressee (a capital, an article or an honorific). Each
piece, without its honorifics and leading articles, is:

- a collective when it opens with a plural collective noun (``États membres de l'ONU``);
- an office holder (a person whose name is the office) when it opens with a title
  (``Haute-Commissaire aux droits de l'homme``, ``Presidente del Gobierno``);
- a person when it is a name (two to four capitalised words, or one after an honorific), or
  ends with one after an office (``Secrétaire général António Guterres``);
- else an organisation (``Conseil des droits de l'homme``).

A person's office written after a comma (``Michelle Bachelet, Haute-Commissaire ...``) is
that person's role, and so is an office written just before a person (``Secrétaire général,
M. António Guterres``). The spaCy English model is not used on these languages.
"""

from __future__ import annotations

import re

from kg.model import Recipient, RecipientKind
from kg.nlp.cues import LanguageCues, PersonCues, cue_regex

__all__ = ["elided_article", "parse_recipients_cued", "split_pieces", "strip_leading"]

_OPEN, _CLOSE = "([{", ")]}"
_NAME_WORD = re.compile(r"^[A-ZÀ-ÞĀ-Ž][\wÀ-ÿ'’.-]*$")


def _split_top_level(text: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        depth += (char in _OPEN) - (char in _CLOSE)
        if char in ",;" and depth <= 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _opens_addressee(text: str, cues: PersonCues) -> bool:
    first = text.split(maxsplit=1)[0] if text.split() else ""
    key = first.casefold()
    return first[:1].isupper() or key in cues.honorifics or key in cues.articles


def split_pieces(text: str, cues: PersonCues) -> list[str]:
    """The pieces of an address line (see the module docstring).

    Examples
    --------
    >>> from kg.nlp.cues import cues_for
    >>> split_pieces("Madame X Y, Haute-Commissaire et aux États membres", cues_for("fr").person)
    ['Madame X Y', 'Haute-Commissaire', 'aux États membres']
    """
    conjunction = re.compile(r"\s+(?:" + "|".join(cues.conjunctions) + r")\s+")
    pieces: list[str] = []
    for part in _split_top_level(text.strip().rstrip(".")):
        part = re.sub(r"^(?:" + "|".join(cues.conjunctions) + r")\s+", "", part.strip())
        start = 0
        for match in conjunction.finditer(part):
            if _opens_addressee(part[match.end() :], cues):
                pieces.append(part[start : match.start()])
                start = match.end()
        pieces.append(part[start:])
    return [p.strip() for p in pieces if p.strip()]


def strip_leading(text: str, cues: PersonCues) -> tuple[str, bool]:
    """``text`` without leading honorifics and articles, and whether an honorific was dropped.

    Examples
    --------
    >>> from kg.nlp.cues import cues_for
    >>> strip_leading("Son Excellence M. António Guterres", cues_for("fr").person)
    ('António Guterres', True)
    >>> strip_leading("aux États membres de l'ONU", cues_for("fr").person)
    ("États membres de l'ONU", False)
    """
    honorific = False
    while True:
        words = text.split(maxsplit=1)
        if not words:
            return "", honorific
        key = words[0].casefold()
        elided = elided_article(words[0], cues)
        if key in cues.honorifics:
            honorific = True
        elif key not in cues.articles and not elided:
            return text, honorific
        text = text[elided.end() :] if elided else (words[1] if len(words) > 1 else "")


def elided_article(word: str, cues: PersonCues) -> re.Match[str] | None:
    """The elided article glued to ``word`` (``l'`` of ``l'ONU``), else None."""
    if not cues.elisions:
        return None
    return re.match(cue_regex(cues.elisions) + r"(?=\S)", word, re.IGNORECASE)


_MIN_HEAD = 3  # the shortest office word or title read as a compound's last part


def _has_head(key: str, heads: frozenset[str], cues: PersonCues) -> bool:
    """``key`` is one of ``heads``, or (compounding languages) ends with one
    (``bundeskanzler``, ``menschenrechtsrat``)."""
    if key in heads:
        return True
    return cues.compounds and any(
        key.endswith(head) for head in heads if len(head) >= _MIN_HEAD and "-" not in head
    )


def _is_name_word(word: str, cues: PersonCues) -> bool:
    key = word.casefold().rstrip(".")
    return bool(_NAME_WORD.match(word)) and not _has_head(
        key, cues.office_words | cues.titles, cues
    )


def _name_length(words: list[str], cues: PersonCues) -> int:
    """How many trailing words form a person's name (particles allowed inside)."""
    count = 0
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        inside = k > 0 and count > 0 and word.casefold() in cues.particles
        if not (_is_name_word(word, cues) or inside):
            break
        count += 1
    while count and words[len(words) - count].casefold() in cues.particles:
        count -= 1
    return count


def _is_title(word: str, cues: PersonCues) -> bool:
    key = word.casefold()
    return any(_has_head(part, cues.titles, cues) for part in {key, *key.split("-")})


def _piece_recipient(piece: str, cues: PersonCues) -> Recipient | None:
    text, honorific = strip_leading(piece, cues)
    words = text.split()
    if not words:
        return None
    first = words[0].casefold()
    count = _name_length(words, cues)
    if count == len(words) and (count >= 2 or (honorific and count == 1)) and count <= 5:
        return Recipient(piece, text, None, RecipientKind.PERSON)
    if first in cues.collectives:
        return Recipient(piece, text, None, RecipientKind.COLLECTIVE)
    if 2 <= count <= 4 and count < len(words):
        role = " ".join(words[:-count])
        return Recipient(piece, " ".join(words[-count:]), role, RecipientKind.PERSON)
    if _is_title(words[0], cues):
        return Recipient(piece, text, text, RecipientKind.PERSON)  # an office holder
    return Recipient(piece, text, None, RecipientKind.ORGANIZATION)


def _is_office_holder(recipient: Recipient) -> bool:
    return recipient.kind is RecipientKind.PERSON and recipient.role == recipient.name


def _merge(previous: Recipient, current: Recipient) -> Recipient | None:
    """One person from a name and an office on either side of a comma, else None."""
    as_written = f"{previous.as_written}, {current.as_written}"
    named = previous.kind is RecipientKind.PERSON and previous.role is None
    if named and _is_office_holder(current):
        return Recipient(as_written, previous.name, current.role, RecipientKind.PERSON)
    if _is_office_holder(previous) and current.kind is RecipientKind.PERSON and not current.role:
        return Recipient(as_written, current.name, previous.role, RecipientKind.PERSON)
    return None


def parse_recipients_cued(text: str | None, cues: LanguageCues) -> tuple[Recipient, ...]:
    """The recipients named in a French or Spanish address line or salutation.

    Examples
    --------
    >>> from kg.nlp.cues import cues_for
    >>> [(r.name, r.role, r.kind.value) for r in parse_recipients_cued(
    ...     "Madame Michelle Bachelet, Haute-Commissaire aux droits de l'homme; "
    ...     "Aux États membres de l'ONU", cues_for("fr"))]
    [('Michelle Bachelet', "Haute-Commissaire aux droits de l'homme", 'person'), \
("États membres de l'ONU", None, 'collective')]
    """
    if not text:
        return ()
    recipients: list[Recipient] = []
    for piece in split_pieces(text, cues.person):
        recipient = _piece_recipient(piece, cues.person)
        if recipient is None:
            continue
        merged = _merge(recipients[-1], recipient) if recipients else None
        if merged is not None:
            recipients[-1] = merged
        else:
            recipients.append(recipient)
    return tuple(recipients)
