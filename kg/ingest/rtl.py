"""Repair right-to-left names whose word order came out reversed in text extraction.

PDF text extraction sometimes emits the words of an Arabic-script line in visual order, so
``مرصد الصحراء للسلم`` ("Observatory of the Sahara for peace") reads ``للسلم الصحراء مرصد``.

The rule, from how organisation names are built in Arabic and Persian: a name opens with its
*head noun* (observatory, organisation, association, centre, network, league, commission,
union, foundation, institute, committee, council, forum, coalition, movement, group ...), the
other words qualify it. So when

* the entry is written in Arabic script,
* its LAST word (without the article ``ال`` or a leading ``و`` "and") is a head noun, and
* its FIRST word is not,

the words were reversed and are put back in reading order. Letters inside each word are in
logical order already (extraction reverses the order of runs, not of characters), so only the
word order changes.
"""

from __future__ import annotations

from kg.ingest.scripts import dominant_script

__all__ = ["HEAD_NOUNS", "is_reversed_rtl", "repair_rtl_order"]

HEAD_NOUNS = frozenset(
    {
        # Arabic
        "مرصد", "منظمة", "جمعية", "مركز", "شبكة", "رابطة", "هيئة", "اتحاد", "مؤسسة", "معهد",
        "لجنة", "مجلس", "منتدى", "تحالف", "حركة", "مجموعة", "جماعة", "نقابة", "ائتلاف", "ملتقى",
        "مبادرة", "دار", "بيت", "صندوق", "جبهة", "حملة", "تجمع", "مكتب", "برنامج", "نادي",
        # Persian
        "انجمن", "سازمان", "کانون", "مرکز", "بنیاد", "کمیته", "شورای", "جامعه", "نهاد", "جنبش",
    }
)  # fmt: skip


def _bare(word: str) -> str:
    word = word.strip("«»\"'()[]،,.")
    for prefix in ("وال", "ال", "و"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            candidate = word[len(prefix) :]
            if candidate in HEAD_NOUNS:
                return candidate
    return word


def is_reversed_rtl(text: str) -> bool:
    """Whether ``text`` is an Arabic-script name whose words came out in reversed order.

    >>> is_reversed_rtl("الإنسان وحقوق والديمقراطية للسلم الصحراء مرصد")
    True
    >>> is_reversed_rtl("مرصد الصحراء للسلم والديمقراطية وحقوق الإنسان")
    False
    """
    if text.isascii():
        return False
    words = text.split()
    if len(words) < 2 or dominant_script(text) != "ARABIC":
        return False
    return _bare(words[-1]) in HEAD_NOUNS and _bare(words[0]) not in HEAD_NOUNS


def repair_rtl_order(text: str) -> str:
    """``text`` with its words in reading order when :func:`is_reversed_rtl` says so.

    >>> repair_rtl_order("الإنسان لحقوق العربية المنظمة")
    'المنظمة العربية لحقوق الإنسان'
    """
    return " ".join(reversed(text.split())) if is_reversed_rtl(text) else text
