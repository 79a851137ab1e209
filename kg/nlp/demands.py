"""The demands a letter makes, each with its addressee.

Rules over the body's sentences written in the first person plural (``we``):

- ``we urge / call on / ask / request / encourage X to DO`` gives the demand ``DO`` of ``X``;
- ``we call for / endorse the call (by ...) for / support the call for Y`` gives ``Y``, and a
  following ``..., and to DO`` a second demand;
- ``we support the call that X DO`` and ``we ask / request / recommend that X DO`` give
  ``X DO`` of ``X``;
- ``urging that you DO`` gives ``DO`` of the letter's recipients.

An addressee is matched to a recipient (by name, office or, for an office, without its ``UN``
prefix) and given as that recipient's name; ``you`` means all recipients (no single addressee).

Letters in a language :mod:`kg.nlp.cues` has tables for (French, Spanish, German, Portuguese)
are read by :mod:`kg.nlp.demand_cues` instead, Chinese ones by :mod:`kg.nlp.demands_zh`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kg.model import Demand, Recipient
from kg.nlp.cues import cues_for
from kg.nlp.cues_zh import chinese_cues_for
from kg.nlp.demand_cues import extract_demands_cued
from kg.nlp.demands_zh import extract_demands_zh
from kg.nlp.recipient_match import match_recipient

__all__ = ["extract_demands", "match_recipient", "sentences"]

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[A-Z\"“(])")
_STOP = r"(?=,?\s+and\s+(?:we\s+)?(?:urge|call|ask|request|demand|encourage|support)\b|;|[.!?]?$)"
_URGE = re.compile(
    r"\b(?:urge|urges|call\s+(?:on|upon)|ask|request|encourage|implore|appeal\s+to)\s+"
    r"(?!that\b)(?P<addr>(?:the\s+)?[^,;]+?)\s+to\s+(?P<act>.+?)" + _STOP,
    re.IGNORECASE,
)
_CALL_FOR = re.compile(
    r"\b(?:call\s+for|calls\s+for|demand|(?:endorse|support|echo|join)\s+the\s+calls?\s+"
    r"(?:(?:by|of|from)\s+(?:(?!for\b|that\b)\S+\s+){1,5})?for)\s+(?P<obj>.+?)" + _STOP,
    re.IGNORECASE,
)
_CALL_THAT = re.compile(
    r"\b(?:(?:support|endorse|echo|join)\s+the\s+calls?\s+"
    r"(?:(?:by|of|from)\s+(?:(?!for\b|that\b)\S+\s+){1,5})?|"
    r"(?:ask|request|recommend|insist|demand|urge)\s+)that\s+(?P<clause>.+?)" + _STOP,
    re.IGNORECASE,
)
_URGING_THAT = re.compile(r"\burg(?:e|ing)\s+that\s+(?P<addr>you)\s+(?P<act>.+?)" + _STOP, re.I)
_AND_TO = re.compile(r",?\s+and\s+to\s+")
_WE = re.compile(r"\bwe\b", re.IGNORECASE)


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences (full stop, question or exclamation mark + capital).

    Examples
    --------
    >>> sentences("We urge you. No state should be above the law.")
    ['We urge you.', 'No state should be above the law.']
    """
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]


def _clean(text: str) -> str:
    return " ".join(text.replace("*", "").split()).strip(" ,.;")


def _addressee(phrase: str, recipients: Sequence[Recipient]) -> str | None:
    phrase = _clean(phrase)
    if phrase.casefold() in ("you", "all of you", "them", "they", "it", "your governments"):
        return None
    return match_recipient(phrase, recipients) or re.sub(r"^the\s+", "", phrase, flags=re.I)


def _subject(clause: str) -> str:
    """The subject of a ``that``-clause: words up to the first lower-case verb-like word."""
    words = clause.split()
    keep: list[str] = []
    for k, word in enumerate(words):
        lowered = word.lower()
        if (
            k
            and word[:1].islower()
            and lowered
            not in (
                "and",
                "of",
                "the",
                "for",
                "member",
                "states",
                "agencies",
                "bodies",
                "governments",
            )
        ):
            break
        keep.append(word)
    return " ".join(keep)


def _sentence_demands(sentence: str, recipients: Sequence[Recipient]) -> list[tuple[int, Demand]]:
    found: list[tuple[int, Demand]] = []
    we = _WE.search(sentence)
    if we is None:
        return found
    spans = []
    for match in _URGE.finditer(sentence, we.start()):
        spans.append(match.span())
        addressee = _addressee(match["addr"], recipients)
        for k, act in enumerate(_AND_TO.split(match["act"])):
            found.append((match.start() + k, Demand(_clean(act), addressee)))
    for match in _URGING_THAT.finditer(sentence, we.start()):
        found.append((match.start(), Demand(_clean(match["act"]), None)))
    for match in _CALL_THAT.finditer(sentence, we.start()):
        clause = _clean(match["clause"])
        found.append((match.start(), Demand(clause, _addressee(_subject(clause), recipients))))
    for match in _CALL_FOR.finditer(sentence, we.start()):
        inside = any(a <= match.start() < b for a, b in spans)
        if inside or _CALL_THAT.match(sentence, match.start()):
            continue
        parts = _AND_TO.split(match["obj"])
        for k, part in enumerate(parts):
            found.append((match.start() + k, Demand(_clean(part), None)))
    return found


def extract_demands(
    paragraphs: Iterable[str],
    recipients: Sequence[Recipient] = (),
    *,
    language: str | None = None,
) -> tuple[Demand, ...]:
    """The demands of a letter's body, in the order written.

    ``language`` (ISO 639-1, :attr:`kg.model.Letter.language`) chooses the rules: Chinese by
    :func:`kg.nlp.demands_zh.extract_demands_zh`, a language with cue tables by
    :func:`kg.nlp.demand_cues.extract_demands_cued`, any other (or None) English.

    Examples
    --------
    >>> [d.text for d in extract_demands(["We call for the release of all defenders."])]
    ['the release of all defenders']
    >>> [d.text for d in extract_demands(["Nous appelons à la paix."], language="fr")]
    ['la paix']
    """
    zh = chinese_cues_for(language)
    if zh is not None:  # Chinese: kg.nlp.demands_zh
        return extract_demands_zh(paragraphs, recipients, zh)
    cues = cues_for(language)
    if cues is not None:
        return extract_demands_cued(paragraphs, recipients, cues)
    demands: list[Demand] = []
    for paragraph in paragraphs:
        for sentence in sentences(paragraph):
            for _, demand in sorted(_sentence_demands(sentence, recipients), key=lambda x: x[0]):
                if demand.text and demand not in demands:
                    demands.append(demand)
    return tuple(demands)
