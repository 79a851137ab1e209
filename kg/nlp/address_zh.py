"""Chinese address lines and salutations in a letter's header.

``致：X``, ``收件人：X`` and ``致X：`` are address lines; ``尊敬的X：`` / ``尊敬的X，`` (and
``亲爱的``) are salutations. As in :mod:`kg.nlp.address`, the recipients are the address lines'
text (joined by ``; ``), else the salutations', and reading stops at the first line of running
text (a line ending with ``。！？`` or a long one). The words come from :mod:`kg.nlp.cues_zh`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache

from kg.nlp.address_lines import read_address_lines
from kg.nlp.cues_zh import ChineseCues

__all__ = ["address_of_line_zh", "find_address_zh", "is_prose_zh"]

_COLON = "：:"
_LINE_END = "：:，,"
_MAX_ADDRESS_CHARS = 160
_MAX_SALUTATION_CHARS = 60
_MAX_HEADER_CHARS = 120


@cache
def _patterns(cues: ChineseCues) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    labels = "|".join(map(re.escape, cues.address_labels))
    salutations = "|".join(map(re.escape, cues.salutations))
    return (
        re.compile(rf"^(?:{labels})\s*[{_COLON}]\s*(?P<rest>\S.*)$"),
        re.compile(rf"^致\s*(?P<rest>[^{_COLON}]+?)\s*[{_COLON}]$"),
        re.compile(rf"^(?:{salutations})\s*(?P<rest>\S.*?)\s*[{_LINE_END}]$"),
    )


def is_prose_zh(text: str) -> bool:
    """True for a line of Chinese running text: it ends a sentence, or is long.

    Examples
    --------
    >>> is_prose_zh("我们深切关注香港的人权状况。"), is_prose_zh("2020年9月9日")
    (True, False)
    """
    text = text.strip()
    return text.endswith(("。", "！", "？", ".", "!", "?")) or len(text) > _MAX_HEADER_CHARS


def _clean(text: str) -> str:
    return text.strip().rstrip("：:，,。. ").strip()


def address_of_line_zh(text: str, cues: ChineseCues) -> tuple[str, str] | None:
    """``("address", recipients)`` or ``("salutation", recipients)`` for a header line, else
    None.

    Examples
    --------
    >>> from kg.nlp.cues_zh import CHINESE
    >>> address_of_line_zh("致：联合国秘书长古特雷斯先生", CHINESE)
    ('address', '联合国秘书长古特雷斯先生')
    >>> address_of_line_zh("尊敬的高级专员女士：", CHINESE)
    ('salutation', '高级专员女士')
    >>> address_of_line_zh("致联合国人权理事会成员国的公开信", CHINESE) is None
    True
    """
    text = text.strip()
    labelled, to_colon, salutation = _patterns(cues)
    if text.endswith(("。", "！", "？")):
        return None
    for pattern in (labelled, to_colon):
        match = pattern.match(text)
        if match and len(text) <= _MAX_ADDRESS_CHARS and _clean(match["rest"]):
            return "address", _clean(match["rest"])
    match = salutation.match(text)
    if match and len(text) <= _MAX_SALUTATION_CHARS and _clean(match["rest"]):
        return "salutation", _clean(match["rest"])
    return None


def find_address_zh(
    texts: Sequence[str], cues: ChineseCues, *, used: Collection[int] = ()
) -> tuple[str | None, frozenset[int]]:
    """The recipients text of the Chinese address lines (else salutations) at the top of
    ``texts``, and the indices of the lines read.

    ``used`` lines (already read as the title, date ...) are looked at but never stop the
    reading.

    Examples
    --------
    >>> from kg.nlp.cues_zh import CHINESE
    >>> find_address_zh(["公开信", "致：各成员国", "尊敬的主席先生：", "我们关注此事。"], CHINESE)
    ('各成员国', frozenset({1, 2}))
    """
    return read_address_lines(
        texts, lambda text: address_of_line_zh(text, cues), is_prose_zh, used=used
    )
