"""Query cleaning and search keys shared by every knowledge-base implementation.

``clean_query`` makes a user-supplied name safe to send (control characters removed,
whitespace collapsed, cut to :data:`MAX_QUERY_CHARS` at a word boundary); ``search_key``
is the folded form label/alias matching compares (casefold, accents and scripts folded to
ASCII with ``anyascii``, punctuation dropped).

>>> search_key("  Amnesty   Internátional\\n")
'amnesty international'
>>> clean_query("a\\x00b  c")
'ab c'
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

__all__ = ["MAX_QUERY_CHARS", "clean_query", "search_key"]

#: Longest query sent to a search (CirrusSearch refuses queries over 300 characters;
#: ``wbsearchentities`` matches labels, which are at most 250 characters).
MAX_QUERY_CHARS = 250

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s]+")


def clean_query(text: str, max_chars: int = MAX_QUERY_CHARS) -> str:
    """``text`` without control characters, whitespace collapsed, at most ``max_chars`` long."""
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in unicodedata.normalize("NFC", text)
        if ch.isspace() or unicodedata.category(ch)[0] != "C"
    )
    kept = _SPACE.sub(" ", kept).strip()
    if len(kept) <= max_chars:
        return kept
    cut = kept[:max_chars]
    head = cut.rsplit(" ", 1)[0]
    return head if len(head) >= max_chars // 2 else cut


def search_key(text: str) -> str:
    """The folded key two names must share to match exactly."""
    folded = anyascii(unicodedata.normalize("NFKC", text)).casefold()
    return _SPACE.sub(" ", _PUNCT.sub(" ", folded)).strip()
