"""A letter's language, identified by ``py3langid`` (a naive Bayes model of 97 languages).

The model is loaded once per process, on first use (about 0.4 s). The first
:data:`SAMPLE_CHARS` characters of the body are enough to tell a language and keep the cost per
letter around a millisecond. A language is returned only when the model is reasonably sure
(:data:`MIN_PROBABILITY`); a body too short or too mixed to tell gives ``None``, and the
language-specific rules (recipients, demands, common-noun themes) then fall back to their
defaults.
"""

from __future__ import annotations

from functools import cache
from typing import Any

__all__ = ["MIN_PROBABILITY", "SAMPLE_CHARS", "detect_language"]

SAMPLE_CHARS = 5_000
MIN_PROBABILITY = 0.5
_MIN_LETTERS = 12


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language ``text`` is written in, or ``None`` when unsure.

    Examples
    --------
    >>> detect_language("We urge the Council to act and to establish a mechanism for the victims.")
    'en'
    >>> detect_language("Nous appelons le Conseil à agir et à établir un mécanisme pour les gens.")
    'fr'
    >>> detect_language("我们呼吁联合国召开特别会议。"), detect_language("ok")
    ('zh', None)
    """
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < _MIN_LETTERS:
        return None
    language, probability = _identifier().classify(sample)
    return str(language) if probability >= MIN_PROBABILITY else None
