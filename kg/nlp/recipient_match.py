"""Which recipient a phrase in the body refers to (by name, office, or office without ``UN``).

Shared by the English demand rules (:mod:`kg.nlp.demands`, which re-exports it) and the
cue-table rules for other languages (:mod:`kg.nlp.demand_cues`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.model import Recipient

__all__ = ["match_recipient"]


def _keys(recipient: Recipient) -> list[str]:
    keys = [recipient.name, recipient.as_written]
    if recipient.role:
        keys += [recipient.role, re.sub(r"^(?:UN|the)\s+", "", recipient.role)]
    return [k.casefold() for k in keys if k and len(k) > 3]


def match_recipient(phrase: str, recipients: Sequence[Recipient]) -> str | None:
    """The name of the recipient ``phrase`` refers to, else None.

    Examples
    --------
    >>> r = Recipient("UN Secretary-General Antonio Guterres", "Antonio Guterres",
    ...               "UN Secretary-General")
    >>> match_recipient("the UN Secretary-General", [r])
    'Antonio Guterres'
    """
    text = phrase.casefold().removeprefix("the ")
    for recipient in recipients:
        keys = _keys(recipient)
        if any(key in text for key in keys) or (len(text) >= 8 and any(text in k for k in keys)):
            return recipient.name
    return None
