"""Demands of a letter in a language with cue tables (French, Spanish, German, Portuguese),
read with the tables of :mod:`kg.nlp.cues`.

Rules over the body's sentences (in French, only after ``nous``; Spanish verbs carry the
person):

- ``VERB [marker] X link ACT`` gives ``ACT`` of ``X``: ``nous appelons le Conseil à tenir
  ...``, ``nous demandons aux autorités de libérer ...``, ``nous prions X de ...``;
  ``instamos al Consejo a convocar ...``, ``pedimos a X que ...``, ``hacemos un llamado a X
  para que ...``; a following ``et à DO`` / ``y a DO`` gives a second demand of ``X``;
- ``YOU VERB link ACT`` (``nous vous demandons de ...``, ``les instamos a ...``) gives ``ACT``
  of all recipients (no single addressee);
- ``demandons que`` / ``pedimos que`` + clause gives the clause, of the clause's subject;
- ``demandons`` / ``appelons à`` / ``pedimos`` + object gives the object, of no one.

German (``wir`` before or after the verb) puts the act last: ``wir fordern X auf, ACT``,
``wir appellieren an X, ... zu ...``; its act must hold a ``zu``-infinitive when the cue asks
for an infinitive, and ``und`` starts a second act only after one (see
:class:`kg.nlp.cues.DemandCues`).

Addressees are matched to recipients by :func:`kg.nlp.recipient_match.match_recipient`, as
in English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from kg.model import Demand, Recipient
from kg.nlp.cues import DemandCues, LanguageCues, PersonCues, cue_regex
from kg.nlp.recipient_cues import elided_article, strip_leading
from kg.nlp.recipient_match import match_recipient

__all__ = ["extract_demands_cued", "sentences_cued"]

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’»)]*\s+(?=[A-ZÀ-Þ\"“«(¿¡])")
_EDGE = r"(?:(?<=['’,])|\b)"


@dataclass(frozen=True)
class _Patterns:
    we: re.Pattern[str] | None
    urge: tuple[re.Pattern[str], ...]
    you: tuple[re.Pattern[str], ...]
    call_that: re.Pattern[str]
    call_for: re.Pattern[str]
    and_to: re.Pattern[str]
    ends_infinitive: re.Pattern[str] | None = None


def sentences_cued(paragraph: str) -> list[str]:
    """Split a paragraph into sentences (end mark, then a capital, accented ones included).

    Examples
    --------
    >>> sentences_cued("Nous agissons. À Genève, le Conseil se réunit. ¿Y ahora?")
    ['Nous agissons.', 'À Genève, le Conseil se réunit.', '¿Y ahora?']
    """
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]


def _infinitive(cues: DemandCues) -> str:
    endings = "|".join(cues.infinitive_endings)
    before = (
        rf"(?:{cue_regex(cues.before_infinitive)}{_EDGE}\s*)*" if cues.before_infinitive else ""
    )
    return rf"(?={before}[^\W\d_]+(?:{endings})\b)"


def _marked_infinitive(cues: DemandCues) -> str:
    """An infinitive holding ``cues.infinitive_marker`` (``zu tun``, ``einzuberufen``)."""
    marker, endings = cues.infinitive_marker, "|".join(cues.infinitive_endings)
    return rf"(?:\b{marker}\s+[^\W\d_]+|[^\W\d_]+{marker}[^\W\d_]+)(?:{endings})\b"


def _act(cues: DemandCues, infinitive: bool) -> str:
    """The act of an urge cue: an infinitive first, or one inside with a marker, or any."""
    if infinitive and cues.infinitive_marker:
        return rf"(?P<act>.*?{_marked_infinitive(cues)}.*?)"
    return (_infinitive(cues) if infinitive else "") + r"(?P<act>.+?)"


@cache
def _patterns(cues: DemandCues, conjunctions: tuple[str, ...]) -> _Patterns:
    flags = re.IGNORECASE
    verbs = [v for cue in cues.urge for v in cue.verbs] + [c.split()[0] for c in cues.call_for]
    we = rf"(?:{cues.we}\s+)?" if cues.we else ""
    stop = (
        rf"(?=,?\s+{cue_regex(conjunctions)}\s+{we}(?:{cue_regex(cues.you)}\s+)?"
        rf"{cue_regex(verbs)}\b|;|[.!?]?$)"
    )
    not_that = rf"(?!{cue_regex(cues.that)}{_EDGE})" if cues.that else ""
    adverb = rf"(?:[^\W\d_]+{cues.adverb_suffix}\s+)?"
    if cues.we and cues.we_after_verb:
        adverb = rf"(?:{cues.we}\s+)?" + adverb
    urge, you = [], []
    for cue in cues.urge:
        act = _act(cues, cue.infinitive) + stop
        before_link = r"\s*" if all(not link[:1].isalnum() for link in cue.links) else r"\s+"
        links = cue_regex(cue.links) + _EDGE + r"\s*(?::\s*)?"
        marker = rf"{cue_regex(cue.markers)}{_EDGE}\s*" if cue.markers else ""
        not_link = rf"(?!{links}){not_that}"
        urge.append(
            re.compile(
                rf"\b{cue_regex(cue.verbs)}\s+{adverb}{marker}{not_link}"
                rf"(?P<addr>[^,;:]+?){before_link}{links}{act}",
                flags,
            )
        )
        you.append(
            re.compile(
                rf"\b{cue_regex(cues.you)}\s+{cue_regex(cue.verbs)}\s+{adverb}{links}{act}", flags
            )
        )
    return _Patterns(
        we=re.compile(rf"\b{cues.we}\b", flags) if cues.we else None,
        urge=tuple(urge),
        you=tuple(you),
        call_that=re.compile(
            rf"\b{cue_regex(cues.call_that)}{_EDGE}\s*(?P<clause>.+?){stop}", flags
        ),
        call_for=re.compile(
            rf"\b{cue_regex(cues.call_for)}\s+{adverb}{not_that}(?P<obj>.+?){stop}", flags
        ),
        and_to=re.compile(rf",?\s+{cue_regex(cues.and_to)}{_EDGE}\s*{_infinitive(cues)}", flags),
        ends_infinitive=(
            re.compile(_marked_infinitive(cues) + r"\W*$", flags)
            if cues.infinitive_marker
            else None
        ),
    )


def _acts(text: str, patterns: _Patterns, cues: DemandCues) -> list[str]:
    """``text`` split into its acts at ``and_to``; with an infinitive marker, only after an
    act closed by its infinitive (``... zu schließen und ... freizulassen``)."""
    if patterns.ends_infinitive is None:
        return patterns.and_to.split(text)
    acts: list[str] = []
    start = 0
    for match in re.finditer(rf",?\s+{cue_regex(cues.and_to)}\s+", text, re.IGNORECASE):
        if patterns.ends_infinitive.search(text[start : match.start()]):
            acts.append(text[start : match.start()])
            start = match.end()
    return [*acts, text[start:]]


def _clean(text: str) -> str:
    return " ".join(text.replace("*", "").split()).strip(" ,.;")


def _addressee(phrase: str, recipients: Sequence[Recipient], cues: LanguageCues) -> str | None:
    phrase, _ = strip_leading(_clean(phrase), cues.person)
    if not phrase or phrase.casefold() in cues.demand.you:
        return None
    return match_recipient(phrase, recipients) or phrase


def _subject(clause: str, cues: PersonCues) -> str | None:
    """The subject of a ``que``-clause: a capitalised or collective noun phrase, else None."""
    words = strip_leading(clause, cues)[0].split()
    if not words or not (words[0][:1].isupper() or words[0].casefold() in cues.collectives):
        return None
    keep = [words[0]]
    for word in words[1:]:
        after_particle = keep[-1].casefold() in cues.particles
        elided = elided_article(word, cues)
        if not (word[:1].isupper() or after_particle or elided or word in cues.collectives):
            break
        keep.append(word)
    while keep and keep[-1].casefold() in cues.particles:
        keep.pop()
    return " ".join(keep) or None


def _sentence_demands(
    sentence: str, recipients: Sequence[Recipient], cues: LanguageCues
) -> list[tuple[int, Demand]]:
    patterns = _patterns(cues.demand, cues.person.conjunctions)
    start = 0
    if patterns.we is not None:
        we = patterns.we.search(sentence)
        if we is None:
            return []
        start = 0 if cues.demand.we_after_verb else we.start()
    found: list[tuple[int, Demand]] = []
    spans: list[tuple[int, int]] = []
    for pattern in patterns.you:
        for match in pattern.finditer(sentence, start):
            spans.append(match.span())
            for k, act in enumerate(_acts(match["act"], patterns, cues.demand)):
                found.append((match.start() + k, Demand(_clean(act), None)))
    for pattern in patterns.urge:
        for match in pattern.finditer(sentence, start):
            if any(a <= match.start() < b for a, b in spans):
                continue
            spans.append(match.span())
            addressee = _addressee(match["addr"], recipients, cues)
            for k, act in enumerate(_acts(match["act"], patterns, cues.demand)):
                found.append((match.start() + k, Demand(_clean(act), addressee)))
    for match in patterns.call_that.finditer(sentence, start):
        spans.append(match.span())
        clause = _clean(match["clause"])
        subject = _subject(clause, cues.person)
        addressee = _addressee(subject, recipients, cues) if subject else None
        found.append((match.start(), Demand(clause, addressee)))
    for match in patterns.call_for.finditer(sentence, start):
        if any(a <= match.start() < b for a, b in spans):
            continue
        for k, part in enumerate(_acts(match["obj"], patterns, cues.demand)):
            found.append((match.start() + k, Demand(_clean(part), None)))
    return found


def extract_demands_cued(
    paragraphs: Iterable[str], recipients: Sequence[Recipient], cues: LanguageCues
) -> tuple[Demand, ...]:
    """The demands of a French or Spanish letter's body, in the order written.

    Examples
    --------
    >>> from kg.nlp.cues import cues_for
    >>> [(d.text, d.addressee) for d in extract_demands_cued(
    ...     ["Nous appelons le Conseil à tenir une session et à créer un mécanisme."],
    ...     (), cues_for("fr"))]
    [('tenir une session', 'Conseil'), ('créer un mécanisme', 'Conseil')]
    """
    demands: list[Demand] = []
    for paragraph in paragraphs:
        for sentence in sentences_cued(paragraph):
            found = sorted(_sentence_demands(sentence, recipients, cues), key=lambda x: x[0])
            for _, demand in found:
                if demand.text and demand not in demands:
                    demands.append(demand)
    return tuple(demands)
