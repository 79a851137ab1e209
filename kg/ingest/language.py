"""A letter's language from its most frequent function words (en, fr, es, de, pt, it, nl)."""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["detect_language"]

_STOPWORDS = {
    "en": [
        "the",
        "and",
        "of",
        "to",
        "in",
        "that",
        "for",
        "is",
        "on",
        "with",
        "we",
        "are",
        "our",
        "by",
        "as",
        "this",
        "be",
    ],
    "fr": [
        "le",
        "la",
        "les",
        "des",
        "et",
        "en",
        "du",
        "que",
        "une",
        "pour",
        "nous",
        "est",
        "dans",
        "sur",
        "au",
        "qui",
    ],
    "es": [
        "el",
        "la",
        "los",
        "las",
        "de",
        "y",
        "en",
        "que",
        "por",
        "para",
        "con",
        "una",
        "nos",
        "del",
        "se",
    ],
    "de": [
        "der",
        "die",
        "das",
        "und",
        "den",
        "zu",
        "mit",
        "von",
        "wir",
        "ist",
        "nicht",
        "des",
        "ein",
        "eine",
        "im",
    ],
    "pt": [
        "o",
        "a",
        "os",
        "as",
        "de",
        "e",
        "em",
        "que",
        "para",
        "com",
        "uma",
        "nos",
        "do",
        "da",
        "não",
    ],
    "it": ["il", "la", "di", "e", "che", "per", "con", "non", "una", "gli", "del", "della", "sono"],
    "nl": [
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "dat",
        "voor",
        "met",
        "niet",
        "zijn",
        "wij",
        "op",
    ],
}
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, *, minimum: int = 5) -> str | None:
    """ISO 639-1 code of the language whose function words are most frequent, or None.

    Examples
    --------
    >>> detect_language("We urge the Council to act and to establish a mechanism for the victims.")
    'en'
    >>> detect_language("Nous appelons le Conseil à agir et à établir un mécanisme pour les gens.")
    'fr'
    """
    words = Counter(w.lower() for w in _WORD.findall(text[:20000]))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= minimum else None
