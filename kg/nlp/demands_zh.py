"""Demands of a Chinese letter, read with the table of :mod:`kg.nlp.cues_zh`.

Sentences end at ``。！？；``. In each, a demand opens with ``我们`` + an asking verb
(``我们呼吁``, ``我們要求``, ``我们强烈敦促``) or with an asking verb that needs no ``我们``
(``吁请``, ``敦促``). What follows the verb, up to the next demand or the end of the sentence,
is read as ``ADDRESSEE ACT``:

- ``你们``/``您``/``阁下`` first means all recipients (no single addressee);
- a recipient's name, office or as-written text first is that recipient;
- else the addressee is the shortest opening that ends like an addressee (an office, a plural
  or a body: ``主席``, ``成员国``, ``政府``) and is followed by a word that opens an act
  (``立即``, ``设立``, ``就``); an act opening at once (``我们要求立即释放…``) has no
  addressee.

``并``/``并且`` before another act (``召开会议并设立机制``) starts a second demand of the same
addressee.

Addressees are matched to recipients by :func:`kg.nlp.recipient_match.match_recipient`, then by
a key without ``联合国``/``各`` in which ``会员国``/``會員國``/``成員國`` are ``成员国``; an office
alone (``秘书长``) is the recipient holding it. Simplified and traditional forms of one name
are not matched to each other (no script conversion).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from kg.model import Demand, Recipient
from kg.nlp.cues_zh import ChineseCues
from kg.nlp.recipient_match import match_recipient
from kg.nlp.recipients_zh import strip_honorifics

__all__ = ["addressee_and_act", "extract_demands_zh", "match_recipient_zh", "sentences_zh"]

_MAX_ADDRESSEE_CHARS = 30
_MEMBER_STATES = {"会员国": "成员国", "會員國": "成员国", "成員國": "成员国"}
_EDGE_PUNCTUATION = ' 　：:，,。．.！!？?；;、“”"*'


def _alternation(words: Iterable[str]) -> str:
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


@cache
def _cue_pattern(cues: ChineseCues) -> re.Pattern[str]:
    verbs, we_verbs = _alternation(cues.verbs), _alternation(cues.we_verbs)
    return re.compile(
        rf"(?:(?:{_alternation(cues.we)})(?:{_alternation(cues.adverbs)})*"
        rf"(?:{verbs}|{we_verbs})|(?:{verbs}))"
    )


@cache
def _and_pattern(cues: ChineseCues) -> re.Pattern[str]:
    openers = _alternation(opener for opener in cues.act_openers if len(opener) >= 2)
    return re.compile(rf"[，,]?\s*(?:{_alternation(cues.and_acts)})(?=(?:{openers}))")


def sentences_zh(paragraph: str, cues: ChineseCues) -> list[str]:
    """Split a Chinese paragraph into sentences (after ``。！？；``).

    Examples
    --------
    >>> from kg.nlp.cues_zh import CHINESE
    >>> sentences_zh("我们关注。我们呼吁X！好吗？", CHINESE)
    ['我们关注。', '我们呼吁X！', '好吗？']
    """
    ends = re.escape(cues.sentence_ends)
    parts = re.split(rf"(?<=[{ends}])[”\"』」）)]*\s*", paragraph)
    return [part.strip() for part in parts if part.strip()]


def _key(text: str, cues: ChineseCues) -> str:
    text = strip_honorifics(text, cues)[0]
    for prefix in (*cues.un_prefixes, *cues.collective_prefixes):
        text = text.removeprefix(prefix)
    for word, same in _MEMBER_STATES.items():
        text = text.replace(word, same)
    return text


def match_recipient_zh(
    phrase: str, recipients: Sequence[Recipient], cues: ChineseCues
) -> str | None:
    """The name of the recipient ``phrase`` refers to, else None.

    Examples
    --------
    >>> from kg.nlp.cues_zh import CHINESE
    >>> from kg.model import RecipientKind
    >>> states = Recipient("联合国会员国", "联合国会员国", None, RecipientKind.COLLECTIVE)
    >>> match_recipient_zh("各成员国", [states], CHINESE)
    '联合国会员国'
    """
    if found := match_recipient(phrase, recipients):
        return found
    key = _key(phrase, cues)
    for recipient in recipients:
        keys = {_key(k, cues) for k in (recipient.name, recipient.as_written, recipient.role) if k}
        if any(k == key or (len(k) >= 3 and k in key) for k in keys if k):
            return recipient.name
        if key in cues.titles and any(k.endswith(key) for k in keys):  # 秘书长: its holder
            return recipient.name
    return None


def _recipient_prefix(text: str, recipients: Sequence[Recipient]) -> tuple[str, str] | None:
    """``(recipient name, rest)`` when ``text`` opens with a recipient's name or office."""
    best: tuple[int, str] | None = None
    for recipient in recipients:
        for key in (recipient.as_written, recipient.role or "", recipient.name):
            opens = len(key) >= 2 and text.startswith(key) and len(key) < len(text)
            if opens and (best is None or len(key) > best[0]):
                best = (len(key), recipient.name)
    return (best[1], text[best[0] :]) if best else None


def _ends_like_addressee(text: str, cues: ChineseCues) -> bool:
    return text.endswith((*cues.titles, *cues.collective_endings, *cues.organization_endings))


def addressee_and_act(
    text: str, recipients: Sequence[Recipient], cues: ChineseCues
) -> tuple[str | None, str]:
    """The addressee and the act of what follows an asking verb (see the module docstring).

    Examples
    --------
    >>> from kg.nlp.cues_zh import CHINESE
    >>> addressee_and_act("人权理事会主席设立调查机制", (), CHINESE)
    ('人权理事会主席', '设立调查机制')
    >>> addressee_and_act("你们在下届会议上审议本信", (), CHINESE)
    (None, '在下届会议上审议本信')
    >>> addressee_and_act("立即释放所有被拘押者", (), CHINESE)
    (None, '立即释放所有被拘押者')
    """
    text = text.strip(_EDGE_PUNCTUATION)
    you = next((w for w in cues.you if text.startswith(w)), None)
    if you:
        return None, text[len(you) :].strip(_EDGE_PUNCTUATION)
    if found := _recipient_prefix(text, recipients):
        return found[0], found[1].strip(_EDGE_PUNCTUATION)
    if text.startswith(cues.act_openers):
        return None, text
    for end in range(2, min(len(text) - 1, _MAX_ADDRESSEE_CHARS + 1)):
        head, rest = text[:end], text[end:]
        if _ends_like_addressee(head, cues) and rest.startswith(cues.act_openers):
            phrase = strip_honorifics(head, cues)[0]
            return match_recipient_zh(phrase, recipients, cues) or phrase, rest
    return None, text


def _sentence_demands(
    sentence: str, recipients: Sequence[Recipient], cues: ChineseCues
) -> list[Demand]:
    matches = list(_cue_pattern(cues).finditer(sentence))
    demands = []
    for k, match in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(sentence)
        addressee, act = addressee_and_act(sentence[match.end() : end], recipients, cues)
        act = act.strip(_EDGE_PUNCTUATION)
        if act.endswith(cues.and_acts):
            act = act[:-1].strip(_EDGE_PUNCTUATION)
        for part in _and_pattern(cues).split(act):
            if part.strip(_EDGE_PUNCTUATION):
                demands.append(Demand(part.strip(_EDGE_PUNCTUATION), addressee))
    return demands


def extract_demands_zh(
    paragraphs: Iterable[str], recipients: Sequence[Recipient], cues: ChineseCues
) -> tuple[Demand, ...]:
    """The demands of a Chinese letter's body, in the order written.

    Examples
    --------
    >>> from kg.nlp.cues_zh import CHINESE
    >>> [(d.text, d.addressee) for d in extract_demands_zh(
    ...     ["我们关注此事。我们呼吁各国政府立即行动；吁请你们回应。"], (), CHINESE)]
    [('立即行动', '各国政府'), ('回应', None)]
    """
    demands: list[Demand] = []
    for paragraph in paragraphs:
        for sentence in sentences_zh(paragraph, cues):
            for demand in _sentence_demands(sentence, recipients, cues):
                if demand not in demands:
                    demands.append(demand)
    return tuple(demands)
