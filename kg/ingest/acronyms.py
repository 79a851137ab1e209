"""Acronyms and abbreviations: what looks like one, and whether it abbreviates a phrase.

Three tests, from strict to loose:

* :func:`initials` / :func:`matches_initials`: the acronym is the first letters of the
  phrase's words, of all of them (``HRIC`` = Human Rights in China) or of the significant ones
  (``VAJ`` = Vietnamese Association in Japan, without ``in``);
* :func:`abbreviates`: the acronym's letters appear in order in the phrase, starting with its
  first letter (syllable acronyms: ``Cepaz`` = Centro de Justicia y Paz, ``Provea``,
  ``MUHURI`` = Muslims for Human Rights, ``FOVIDA`` = Fomento de la Vida);
* :func:`is_acronym_like`: the shape of a short form, with no phrase to compare.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.ingest.tokens import norm_token, tokenize

__all__ = [
    "STOPWORDS",
    "abbreviates",
    "initials",
    "is_acronym_like",
    "is_caps_acronym",
    "matches_initials",
]

#: Function words skipped by significant-word initials (English, French, Spanish, Portuguese,
#: Italian, German, Dutch).
_STOPWORDS_TEXT = """
a an and the of for in on at to by with from
de des du la le les l d et pour au aux en dans sur par
del el los las y por para con e da do das dos em o os no na
di della dei degli per il lo gli ed
der die das den dem und für im von zu zum zur
het een voor van
"""
STOPWORDS = frozenset(norm_token(w) for w in _STOPWORDS_TEXT.split())
_ELISION = re.compile(r"^(?:[ldjmnst]|qu)['’](?=\w)", re.IGNORECASE)

_QUALIFIER_SPLIT = re.compile(r"[-.]")
_CAPS = re.compile(r"[A-Z0-9&]*[A-Z][A-Z0-9&]*(?:[-.][A-Za-z0-9]+)*")


@lru_cache(maxsize=16384)
def _letters(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


@lru_cache(maxsize=16384)
def initials(phrase: str, *, significant: bool = False) -> str:
    """Upper-case first letters of the words of ``phrase`` (hyphenated parts count as words).

    Cached per phrase: a letter's names are keyed by their initials by several steps.

    >>> initials("Human Rights in China"), initials("Human Rights in China", significant=True)
    ('HRIC', 'HRC')
    >>> initials("Ligue des droits de l'Homme", significant=True)
    'LDH'
    """
    words = [
        _ELISION.sub("", t) if "'" in t or "’" in t else t  # l'Homme -> Homme
        for _, _, t in tokenize(phrase)
    ]
    if significant:
        words = [w for w in words if norm_token(w) not in STOPWORDS]
    return "".join(w[0] for w in words).upper()


def matches_initials(acronym: str, phrase: str) -> bool:
    """Whether ``acronym`` is the initials of all, or of the significant, words of ``phrase``.

    >>> matches_initials("VAJ", "Vietnamese Association in Japan")
    True
    >>> matches_initials("ACAT", "Germany")
    False
    """
    letters = _letters(acronym).upper()
    if len(letters) < 2:
        return False
    return letters in (initials(phrase), initials(phrase, significant=True))


def abbreviates(short: str, phrase: str) -> bool:
    """Whether ``short`` is an in-order abbreviation of ``phrase``.

    The letters of ``short`` appear in order in the phrase's letters, the first one being the
    phrase's first letter, and they reach beyond the phrase's first word (``Fundepro`` is not
    merely a piece of ``Fundación``).

    >>> abbreviates("Cepaz", "Centro de Justicia y Paz")
    True
    >>> abbreviates("Fundepro", "Fundación para el Debido Proceso")
    True
    >>> abbreviates("Connect", "Hong Kong Global"), abbreviates("Fund", "Fundación Aguaclara")
    (False, False)
    """
    wanted = "".join(c for c in _letters(short) if c.isalpha())  # NY4HK: the 4 is a pun
    text = _letters(phrase)
    words = [_letters(t) for _, _, t in tokenize(phrase)]
    if len(wanted) < 2 or not text or not words or wanted[0] != text[0]:
        return False
    position = 0
    for char in wanted:
        position = text.find(char, position) + 1
        if position == 0:
            return False
    return position > len(words[0]) and len(words) > 1


@lru_cache(maxsize=16384)
def is_caps_acronym(token: str) -> bool:
    """An upper-case short form, optionally with a hyphenated qualifier (``CDDH-Benin``).

    >>> [is_caps_acronym(t) for t in ("LSVD", "FORUM-ASIA", "IM2DH", "CDDH-Benin", "Tibet", "21")]
    [True, True, True, True, False, False]
    """
    head = _QUALIFIER_SPLIT.split(token, maxsplit=1)[0]
    letters = sum(c.isalpha() for c in head)
    return bool(_CAPS.fullmatch(token)) and letters >= 2 and head.upper() == head


@lru_cache(maxsize=16384)
def is_acronym_like(token: str) -> bool:
    """The shape of a short form: one word with at least two capitals, or with a digit among
    capitals, or an upper-case word (``iDEFEND``, ``SoSNoL``, ``Kalikasan`` is not).

    >>> [is_acronym_like(t) for t in ("iDEFEND", "SoSNoL", "ADN", "Kalikasan", "NY4HK", "de")]
    [True, True, True, False, True, False]
    """
    if not token or " " in token or not any(c.isalpha() for c in token):
        return False
    return is_caps_acronym(token) or sum(c.isupper() for c in token) >= 2
