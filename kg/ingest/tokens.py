"""Word tokens of names and their matching form, shared by the gazetteer, hints and acronyms."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

__all__ = ["norm_token", "tokenize"]

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@cache
def norm_token(token: str) -> str:
    """Casefold, drop a possessive ``'s`` and the accents of Latin letters.

    Marks on letters of other scripts are letters of their own (Russian ``й``) and stay.

    >>> norm_token("Montréal"), norm_token("Lawyers'"), norm_token("Tibet's"), norm_token("Союз")
    ('montreal', 'lawyers', 'tibet', 'союз')
    >>> norm_token("Петербургский")
    'петербургский'
    """
    token = token.casefold().replace("’", "'")
    token = token.removesuffix("'s").rstrip("'")
    if token.isascii():
        return token
    decomposed = unicodedata.normalize("NFKD", token)
    if not any(unicodedata.combining(c) for c in decomposed):
        return unicodedata.normalize("NFC", token)
    kept = []
    base_is_latin = False
    for char in decomposed:
        if unicodedata.combining(char):
            if not base_is_latin:
                kept.append(char)
            continue
        base_is_latin = char < "\u0250" or "\u1e00" <= char <= "\u1eff"  # Latin blocks
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """Word tokens of ``text`` as ``(start, end, token)``; hyphens and punctuation split words.

    >>> [t for _, _, t in tokenize("ACAT-France (NZ) Lawyers' Rights")]
    ['ACAT', 'France', 'NZ', 'Lawyers', 'Rights']
    """
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
