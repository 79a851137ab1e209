"""Cleaning and keying of names: ``clean_name`` for display, ``name_key`` for matching.

Keeping the two apart (as followthemoney does) lets a name be shown as written while matching
works on a folded form: Unicode NFKC, control characters removed, accents and scripts folded to
ASCII and company/legal type words normalised by :mod:`fingerprints` (``Limited`` → ``ltd``,
``International`` → ``intl``), lowercase, single spaces.

Examples
--------
>>> clean_name("  Amnesty\\u0000 International  ")
'Amnesty International'
>>> name_key("ACAT-France")
'acat france'
>>> name_key("Amnesty International") == name_key("AMNESTY INTERNATIONAL")
True
>>> initials("Asian Network for Free Elections")
'anfe'
>>> is_acronym("HRIC"), is_acronym("Tibet"), is_acronym("ACAT-France")
(True, False, False)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import fingerprints

__all__ = [
    "MAX_NAME_LENGTH",
    "STOPWORDS",
    "acronyms_in",
    "clean_name",
    "initials",
    "is_acronym",
    "name_key",
    "script_of",
    "stopword_languages",
    "strip_legal_form",
    "tokens",
    "without_brackets",
]

#: Longest name the linker accepts (longer input is refused with a clear error).
MAX_NAME_LENGTH = 500

_SPACE = re.compile(r"\s+")
_ACRONYM_TOKEN = re.compile(r"\b[A-Z]{2,5}\b")
_BRACKETS = re.compile(r"\s*[\(\[【][^\)\]】]*[\)\]】]\s*")
_ABBREV_END = re.compile(r"(?:^|\W)\w\.\w\.$")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_EDGE_PUNCT = re.compile(r"^[\s\W_]+|[\s\W_]+$", re.UNICODE)
# Type words fingerprints strips that are part of NGO names rather than legal forms.
_KEEP_TYPE_TOKENS = frozenset({"intl"})


@lru_cache(maxsize=1)
def stopword_languages() -> dict[str, frozenset[str]]:
    """Packaged function words → the languages they belong to (``linkers/data/stopwords.tsv``,
    generated from spaCy's lists: importing spaCy's language data costs seconds)."""
    from importlib import resources

    text = resources.files("linkers.data").joinpath("stopwords.tsv").read_text("utf-8")
    table: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, _, langs = line.partition("\t")
            table[word] = frozenset(langs.split(","))
    return table


def _load_stopwords() -> frozenset[str]:
    return frozenset(stopword_languages())


def _fold(text: str) -> str:
    return fingerprints.generate(text, keep_order=True) or ""


def clean_name(text: str) -> str:
    """Return ``text`` fit for display: NFKC, no control characters, single spaces.

    Surrounding punctuation is stripped; an all-punctuation or empty input gives ``""``.
    """
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join(
        " " if unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"} else ch for ch in text
    )
    text = _SPACE.sub(" ", text).strip()
    core = _EDGE_PUNCT.sub("", text)
    if not core:
        return ""
    # keep a closing bracket/quote/asterisk that belongs to the name
    start = text.find(core[0])
    end = text.rfind(core[-1]) + 1
    while end < len(text) and text[end] in ")]\"'*":
        end += 1
    if _ABBREV_END.search(text[: end + 1]):
        end += 1  # keep the final period of an abbreviation such as "A.C."
    return text[start:end]


def without_brackets(text: str) -> str:
    """The name with its bracketed parts dropped, cleaned as by :func:`clean_name`.

    >>> without_brackets("Example Society (ES) [archived]")
    'Example Society'
    """
    return clean_name(_BRACKETS.sub(" ", text))


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Return the matching key of a name: ASCII-folded, lowercase, type words normalised.

    Idempotent: ``name_key(name_key(x)) == name_key(x)``. Empty or punctuation-only input
    gives ``""``.
    """
    cleaned = clean_name(text)
    if not cleaned:
        return ""
    key = _fold(cleaned)
    return _fold(key) if key else ""


def tokens(text: str) -> tuple[str, ...]:
    """The tokens of a name's key."""
    key = name_key(text)
    return tuple(key.split()) if key else ()


def strip_legal_form(key: str) -> str:
    """Drop trailing legal-form tokens (``gmbh``, ``ev``, ``ac``) from a key, never all of it."""
    parts = key.split()
    while len(parts) > 1 and parts[-1] not in _KEEP_TYPE_TOKENS and _is_legal_form(parts[-1]):
        parts.pop()
    return " ".join(parts)


@lru_cache(maxsize=4096)
def _is_legal_form(token: str) -> bool:
    return not (fingerprints.remove_types(token) or "").strip()


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return _load_stopwords()


class _Stopwords:
    """Lazy view of the stopword set (spaCy's lists load on first use)."""

    def __contains__(self, word: object) -> bool:
        return word in _stopwords()

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(_stopwords())

    def __len__(self) -> int:
        return len(_stopwords())


STOPWORDS = _Stopwords()


def initials(text: str) -> str:
    """Initials of the significant words of a name (function words skipped), lowercase.

    A word written in capitals (``UN``) is never treated as a function word.
    """
    out = []
    for word in _WORD.findall(clean_name(text)):
        key = name_key(word)
        if (
            not key
            or key.isdigit()
            or (key in STOPWORDS and not (word.isupper() and len(word) > 1))
        ):
            continue
        out.append(key[0])
    return "".join(out)


def acronyms_in(text: str) -> list[str]:
    """The all-capital words of 2 to 5 letters inside a name, in order (repeats kept).

    >>> acronyms_in("Friends of the UN and WHO")
    ['UN', 'WHO']
    """
    return _ACRONYM_TOKEN.findall(text)


def is_acronym(text: str) -> bool:
    """True for short all-capital forms such as ``HRIC`` or ``FORUM-ASIA`` (not ``ACAT-France``,
    which is a name that contains an acronym)."""
    text = clean_name(text)
    if not text or len(text) > 16 or " " in text.strip():
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def script_of(text: str) -> str:
    """The dominant Unicode script family of a text: latin, cyrillic, arabic, cjk, hangul..."""
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        family = name.split(" ")[0].lower() if name else "other"
        if family in {"cjk", "hiragana", "katakana"}:
            family = "cjk" if family == "cjk" else "kana"
        counts[family] = counts.get(family, 0) + 1
    if not counts:
        return "latin"
    return max(counts, key=lambda k: counts[k])
