"""Address lines and salutations in a letter's header, in the languages with cue tables.

The English header reader (:mod:`kg.ingest.header`) knows ``To: ...`` and ``Dear ...,``; this
module reads the same lines in the languages :mod:`kg.nlp.cues` has tables for:
``À l'attention de ...``, ``À : ...``, ``Aux États membres ...``, ``Son Excellence ...``,
``Madame ...``; ``A la atención de ...``, ``A: ...``, ``A los Estados miembros ...``,
``Excelentísimo Señor ...``. A line opening with an honorific and ending with ``,`` or ``:`` is
a salutation (``Madame la Haute-Commissaire,``). Lines are read from the top until the first
line of running text that is neither.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache

from kg.ingest.oneperline import is_prose
from kg.nlp.address_lines import read_address_lines
from kg.nlp.address_zh import find_address_zh
from kg.nlp.cues import AddressCues, cue_regex, cues_for
from kg.nlp.cues_zh import chinese_cues_for

__all__ = ["AddressLines", "address_of_line", "find_address"]

_AFTER_CUE = r"(?:(?<=['’:.])|\b)\s*:?\s*(?P<rest>\S.*?)\s*$"
_MAX_ADDRESS_WORDS = 40
_MAX_SALUTATION_WORDS = 12


@dataclass(frozen=True)
class AddressLines:
    """The recipients text of the header's address lines (joined by ``; ``), else of its
    salutation lines, and the indices of the lines read (address and salutation lines)."""

    text: str | None = None
    indices: frozenset[int] = frozenset()


@cache
def _patterns(cues: AddressCues) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    flags = re.IGNORECASE
    return (
        re.compile("^" + cue_regex(cues.labelled) + _AFTER_CUE, flags),
        re.compile("^" + cue_regex(cues.to_article) + _AFTER_CUE, flags),
        re.compile("^(?=" + cue_regex(cues.honorific_start) + _AFTER_CUE + ")(?P<all>.+)$", flags),
    )


def _is_sentence(text: str) -> bool:
    """Ends with a sentence mark that does not close a short abbreviation (``M.``, ``Sr.``)."""
    last = text.split()[-1] if text.split() else ""
    abbreviation = last[:-1].istitle() and len(last) <= 4
    return last.endswith(("!", "?")) or (last.endswith(".") and not abbreviation)


def address_of_line(text: str, cues: AddressCues) -> tuple[str, str] | None:
    """``("address", recipients)`` or ``("salutation", recipients)`` for a header line, else
    None.

    Examples
    --------
    >>> from kg.nlp.cues import cues_for
    >>> address_of_line("À l'attention de Madame Michelle Bachelet", cues_for("fr").address)
    ('address', 'Madame Michelle Bachelet')
    >>> address_of_line("Madame la Haute-Commissaire,", cues_for("fr").address)
    ('salutation', 'Madame la Haute-Commissaire')
    """
    labelled, to_article, honorific = _patterns(cues)
    text = " ".join(text.split())
    words = len(text.split())
    if match := labelled.match(text):
        return "address", match["rest"].rstrip(" .")
    if match := honorific.match(text):
        if text.endswith((",", ":")) and words <= _MAX_SALUTATION_WORDS:
            return "salutation", text.rstrip(" ,:")
        if not _is_sentence(text) and words <= _MAX_ADDRESS_WORDS:
            return "address", text
        return None
    match = to_article.match(text)
    if match and match["rest"][:1].isupper() and not _is_sentence(text):
        return ("address", text) if words <= _MAX_ADDRESS_WORDS else None
    return None


def find_address(
    texts: Sequence[str], language: str | None, *, used: Collection[int] = ()
) -> AddressLines:
    """The address lines (else the salutation) at the top of ``texts`` in ``language``.

    Reading stops at the first line of running text that is not an address or salutation.
    ``used`` lines (already read as the title, date ...) are looked at but never stop the
    reading. A language without cue tables (English) gives an empty result.

    Examples
    --------
    >>> found = find_address(["Lettre ouverte", "À : Son Excellence M. Xi Jinping",
    ...                       "Aux États membres de l'ONU", "Monsieur le Président,"], "fr")
    >>> found.text, sorted(found.indices)
    ("Son Excellence M. Xi Jinping; Aux États membres de l'ONU", [1, 2, 3])
    """
    zh = chinese_cues_for(language)
    if zh is not None:  # Chinese: kg.nlp.address_zh
        return AddressLines(*find_address_zh(texts, zh, used=used))
    cues = cues_for(language)
    if cues is None:
        return AddressLines()
    return AddressLines(
        *read_address_lines(
            texts, lambda text: address_of_line(text, cues.address), is_prose, used=used
        )
    )
