"""Recipients from the address line (``An open letter to: ...``) or the salutation.

The line is split into addressees at commas, semicolons and `` and `` outside parentheses.
Each addressee is an office followed by a person's name (``UN Secretary-General Antonio
Guterres``), an organisation, or a collective (a plural: ``UN Member States``). The person's
name is the trailing run of capitalised words that are not office words; when those rules read
an addressee as an organisation, the spaCy model (when loaded) is asked, in one call for the
whole line, whether it ends with a PERSON entity. Names stay as written.

Address lines in a language :mod:`kg.nlp.cues` has tables for (French, Spanish, German,
Portuguese) are read by :mod:`kg.nlp.recipient_cues` instead, Chinese ones by
:mod:`kg.nlp.recipients_zh`.
"""

from __future__ import annotations

import re

from kg.ingest.inline import split_inline
from kg.model import Recipient, RecipientKind
from kg.nlp.cues import cues_for
from kg.nlp.cues_zh import chinese_cues_for
from kg.nlp.loading import NLP, RULES
from kg.nlp.recipient_cues import parse_recipients_cued
from kg.nlp.recipients_zh import parse_recipients_zh

__all__ = ["parse_recipients", "split_addressees"]

_OFFICE_WORDS = frozenset(
    [
        "elimination",
        "discrimination",
        "racial",
        "torture",
        "indigenous",
        "peoples",
        "freedom",
        "expression",
        "women",
        "children",
        "refugees",
        "migrants",
        "justice",
        "development",
        "education",
        "health",
        "environment",
        "situation",
        "defenders",
        "un",
        "united",
        "nations",
        "secretary-general",
        "secretary",
        "general",
        "high",
        "commissioner",
        "commission",
        "council",
        "human",
        "rights",
        "president",
        "minister",
        "prime",
        "foreign",
        "affairs",
        "special",
        "rapporteur",
        "envoy",
        "representative",
        "ambassador",
        "director",
        "chair",
        "chairperson",
        "member",
        "members",
        "states",
        "state",
        "assembly",
        "office",
        "committee",
        "union",
        "european",
        "parliament",
        "government",
        "governments",
        "agency",
        "agencies",
        "excellency",
        "mr",
        "ms",
        "mrs",
        "dr",
        "his",
        "her",
        "honourable",
        "honorable",
        "the",
        "of",
        "for",
        "on",
        "and",
        "permanent",
        "mission",
        "missions",
        "delegation",
        "delegations",
    ]
)
_COLLECTIVE = re.compile(
    r"\b(states|governments|members|delegations|missions|agencies|leaders|parties|"
    r"representatives|companies|ministers)\b\s*$",
    re.IGNORECASE,
)
_TITLES = frozenset(
    [
        "secretary-general",
        "commissioner",
        "minister",
        "president",
        "rapporteur",
        "envoy",
        "representative",
        "ambassador",
        "director",
        "director-general",
        "chair",
        "chairperson",
        "chairman",
        "secretary",
        "excellency",
        "expert",
        "adviser",
        "advisor",
        "governor",
        "mayor",
        "chancellor",
        "premier",
    ]
)
_HONORIFICS = frozenset(["mr", "ms", "mrs", "dr", "prof", "professor", "h.e", "sir", "dame"])
_MEMBERS_OF = re.compile(
    r"^(?:the\s+)?(?:members|governments|states|delegations|missions)\s+of\b", re.IGNORECASE
)
_PERSON_WORD = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ'’-]+\.?$")


def split_addressees(text: str) -> list[str]:
    """The addressees of an address line.

    Examples
    --------
    >>> split_addressees("UN Secretary-General Antonio Guterres, UN Member States")
    ['UN Secretary-General Antonio Guterres', 'UN Member States']
    """
    text = text.strip().rstrip(".,;:")
    parts = split_inline(text) if ("," in text or ";" in text or " and " in text) else [text]
    return [p for p in (part.strip(" ,;") for part in parts) if p]


def _trailing_name(words: list[str]) -> int:
    """How many trailing words form a person's name (0 when none)."""
    count = 0
    for word in reversed(words):
        key = word.casefold().rstrip(".")
        if key in _OFFICE_WORDS or key in _HONORIFICS or not _PERSON_WORD.match(word):
            break
        count += 1
    return count if 2 <= count <= 4 else 0


def _person_span(addressee: str, people: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the person's name ending ``addressee``: by rules, else from ``people``
    (PERSON entity spans relative to ``addressee`` found by the model)."""
    words = addressee.split()
    count = _trailing_name(words)
    if count:
        start = len(" ".join(words[:-count])) + (1 if len(words) > count else 0)
        return start, len(addressee)
    if people and not addressee[people[-1][1] :].strip(" ,"):
        return people[-1]
    return None


def _role(text: str) -> str | None:
    """The office before a person's name, without honorifics (``H.E. Mr.``)."""
    words = [
        w
        for w in text.replace(",", " ").split()
        if w.casefold().rstrip(".") not in _HONORIFICS | {"his", "her", "excellency"}
    ]
    return " ".join(words) or None


def _recipient(addressee: str, people: list[tuple[int, int]]) -> Recipient:
    span = _person_span(addressee, people)
    if span is not None:
        name = addressee[span[0] : span[1]].strip()
        role = _role(addressee[: span[0]])
        return Recipient(addressee, name, role, RecipientKind.PERSON)
    name = re.sub(r"^the\s+", "", addressee, flags=re.IGNORECASE)
    if _COLLECTIVE.search(name) or _MEMBERS_OF.match(name):
        return Recipient(addressee, name, None, RecipientKind.COLLECTIVE)
    words = name.split()
    if words and words[-1].casefold() in _TITLES and name[:1].isupper():
        return Recipient(addressee, name, name, RecipientKind.PERSON)  # an office holder
    return Recipient(addressee, name, None, RecipientKind.ORGANIZATION)


def parse_recipients(
    text: str | None, *, nlp: NLP | None = None, language: str | None = None
) -> tuple[Recipient, ...]:
    """The recipients named in an address line or salutation.

    ``language`` (ISO 639-1, :attr:`kg.model.Letter.language`) chooses the rules: Chinese by
    :func:`kg.nlp.recipients_zh.parse_recipients_zh`, a language with cue tables by
    :func:`kg.nlp.recipient_cues.parse_recipients_cued` (no model), any other (or
    None) English.

    Examples
    --------
    >>> [(r.name, r.role, r.kind.value) for r in parse_recipients(
    ...     "UN High Commissioner for Human Rights Michelle Bachelet, UN Member States")]
    [('Michelle Bachelet', 'UN High Commissioner for Human Rights', 'person'), \
('UN Member States', None, 'collective')]
    >>> [(r.name, r.kind.value) for r in parse_recipients("Aux États membres", language="fr")]
    [('États membres', 'collective')]
    """
    if not text:
        return ()
    zh = chinese_cues_for(language)
    if zh is not None:  # Chinese: kg.nlp.recipients_zh
        return parse_recipients_zh(text, zh)
    cues = cues_for(language)
    if cues is not None:
        return parse_recipients_cued(text, cues)
    nlp = nlp or NLP(RULES)
    addressees = split_addressees(text)
    spans: list[tuple[int, int]] = []
    persons: list[tuple[int, int]] = []
    cursor = 0
    for addressee in addressees:
        start = max(text.find(addressee, cursor), 0)
        spans.append((start, start + len(addressee)))
        cursor = start + len(addressee)
    recipients = [_recipient(addressee, []) for addressee in addressees]
    unread = [k for k, r in enumerate(recipients) if r.kind is RecipientKind.ORGANIZATION]
    if unread and nlp.has_model:  # the model reads what the rules could not, in one call
        doc = nlp.pipeline(text)
        persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        for k in unread:
            start, end = spans[k]
            people = [(a - start, b - start) for a, b in persons if start <= a and b <= end]
            recipients[k] = _recipient(addressees[k], people)
    return tuple(recipients)
