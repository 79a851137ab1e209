"""Recipients of a Chinese address line or salutation, read with :mod:`kg.nlp.cues_zh`.

The line is split at ``、，；`` and at ``和 及 以及 与`` (never inside ``共和国``, ``和平`` ...).
Each piece, without its honorifics (``女士 先生 阁下``), is:

- a collective when it opens with ``各``/``全体`` or ends with a plural word (``成员国``,
  ``会员国``, ``各国政府``);
- a person with a role when an office comes before a name (``联合国秘书长古特雷斯``: name
  ``古特雷斯``, role ``联合国秘书长``);
- an office holder (a person whose name is the office) when it ends with an office
  (``人权理事会主席``);
- a person when an honorific was dropped or the piece is a transliterated name
  (``米歇尔·巴切莱特``);
- else an organisation (``联合国人权理事会``).
"""

from __future__ import annotations

from kg.model import Recipient, RecipientKind
from kg.nlp.cues_zh import ChineseCues

__all__ = ["parse_recipients_zh", "split_pieces_zh", "strip_honorifics"]

_MAX_NAME_CHARS = 12


def _is_conjunction(text: str, at: int, word: str, cues: ChineseCues) -> bool:
    """Whether ``word`` at ``at`` joins two addressees (not part of a longer word)."""
    if at < 2 or len(text) - at - len(word) < 2:
        return False
    for other in cues.not_conjunction:
        start = text.find(other, max(at - len(other) + 1, 0))
        if 0 <= start <= at < start + len(other):
            return False
    return True


def split_pieces_zh(text: str, cues: ChineseCues) -> list[str]:
    """The addressees of an address line.

    Examples
    --------
    >>> from kg.nlp.cues_zh import CHINESE
    >>> split_pieces_zh("秘书长先生、高级专员及各成员国；中华人民共和国政府", CHINESE)
    ['秘书长先生', '高级专员', '各成员国', '中华人民共和国政府']
    """
    pieces, current, i = [], "", 0
    while i < len(text):
        if text[i] in cues.separators:
            pieces.append(current)
            current, i = "", i + 1
            continue
        word = next((w for w in cues.conjunctions if text.startswith(w, i)), None)
        if word and _is_conjunction(text, i, word, cues):
            pieces.append(current)
            current, i = "", i + len(word)
            continue
        current += text[i]
        i += 1
    pieces.append(current)
    return [p.strip() for p in pieces if p.strip()]


def strip_honorifics(text: str, cues: ChineseCues) -> tuple[str, bool]:
    """``text`` without trailing honorifics, and whether one was dropped.

    Examples
    --------
    >>> from kg.nlp.cues_zh import CHINESE
    >>> strip_honorifics("古特雷斯先生阁下", CHINESE), strip_honorifics("各成员国", CHINESE)
    (('古特雷斯', True), ('各成员国', False))
    """
    dropped = False
    while word := next((w for w in cues.honorifics if text.endswith(w) and text != w), None):
        text, dropped = text[: -len(word)].strip(), True
    return text, dropped


def _is_collective(text: str, cues: ChineseCues) -> bool:
    return text.startswith(cues.collective_prefixes) or text.endswith(cues.collective_endings)


def _office_and_name(text: str, cues: ChineseCues) -> tuple[str, str] | None:
    """``(office, name)`` when ``text`` is an office followed by a person's name."""
    best = None
    for title in cues.titles:
        at = text.rfind(title)
        if at >= 0 and (best is None or at + len(title) > best):
            best = at + len(title)
    if best is None or best == len(text):
        return None
    name = text[best:].strip()
    if len(name) > _MAX_NAME_CHARS or name.endswith(cues.organization_endings):
        return None
    return text[:best].strip(), name.strip("".join(cues.name_dots))


def _recipient(piece: str, cues: ChineseCues) -> Recipient:
    text, honorific = strip_honorifics(piece, cues)
    if _is_collective(text, cues):
        return Recipient(piece, text, None, RecipientKind.COLLECTIVE)
    if found := _office_and_name(text, cues):
        office, name = found
        return Recipient(piece, name, office, RecipientKind.PERSON)
    if text.endswith(cues.titles):
        return Recipient(piece, text, text, RecipientKind.PERSON)
    dotted = any(dot in text for dot in cues.name_dots)
    if (honorific or dotted) and not text.endswith(cues.organization_endings):
        return Recipient(piece, text, None, RecipientKind.PERSON)
    return Recipient(piece, text, None, RecipientKind.ORGANIZATION)


def parse_recipients_zh(text: str | None, cues: ChineseCues) -> tuple[Recipient, ...]:
    """The recipients named in a Chinese address line or salutation.

    Examples
    --------
    >>> from kg.nlp.cues_zh import CHINESE
    >>> [(r.name, r.role, r.kind.value) for r in parse_recipients_zh(
    ...     "聯合國秘書長古特雷斯先生、人权理事会主席阁下和联合国会员国", CHINESE)]
    [('古特雷斯', '聯合國秘書長', 'person'), ('人权理事会主席', '人权理事会主席', 'person'), \
('联合国会员国', None, 'collective')]
    """
    if not text:
        return ()
    recipients: list[Recipient] = []
    for piece in split_pieces_zh(text, cues):
        recipient = _recipient(piece, cues)
        if recipient.name in (*cues.you, *cues.honorifics):  # 尊敬的各位：
            continue
        if recipient.name and recipient not in recipients:
            recipients.append(recipient)
    return tuple(recipients)
