"""Word lists used to guard gazetteer matches: is this token an ordinary English word?

A town called *Liberty* or *Independence* must not turn ``Lady Liberty Hong Kong`` into a US
organisation. Webster's Second International and the GNU Collaborative International Dictionary of
English (the ``web2`` and ``gcide`` lists shipped by the ``english-words`` package) write
common words in lower case and proper names capitalised, so a word is *common* when its
lower-case form is listed there.

A town may also be named like a common word of another language (*Libertad*, *Paz*): such a
word is frequent in that language (``wordfreq`` Zipf frequency of at least 4, about once per
100 000 words) and at least ten times more frequent there than in English. A place's own
languages do not count: *Amsterdam* is frequent in Dutch because it is the Dutch capital.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

__all__ = [
    "MIN_ZIPF",
    "frequent_words",
    "is_common_english_word",
    "is_common_foreign_word",
    "zipf",
]

T = TypeVar("T")


def _on_disk(build: Callable[[], T], *, name: str, library: str) -> T:
    """``build()``, cached on disk (:mod:`kg.ingest.disk_cache`) by ``library``'s version and
    this module's rules."""
    from kg.ingest.disk_cache import cache_key, load_or_build

    return load_or_build(build, name=name, key=cache_key([library], [Path(__file__)]))


def _read_lowercase_words() -> frozenset[str]:
    from english_words import get_english_words_set  # heavy: reads a 2 MB list once

    words = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
    return frozenset(w for w in words if w.islower())


@cache
def _lowercase_words() -> frozenset[str]:
    return _on_disk(_read_lowercase_words, name="english-words", library="english-words")


def is_common_english_word(word: str) -> bool:
    """Whether ``word`` (any case) is an ordinary lower-case English word.

    >>> is_common_english_word("Liberty"), is_common_english_word("Toronto")
    (True, False)
    """
    return word.lower() in _lowercase_words()


_FOREIGN = ("es", "fr", "pt", "it", "de", "nl")
#: Words rarer than this (about once per million words) are left out of the frequency tables.
MIN_ZIPF = 3.0


@cache
def frequent_words(lang: str) -> dict[str, float]:
    """Words of ``lang`` with their Zipf frequency, for words of at least :data:`MIN_ZIPF`.

    Read once from ``wordfreq``'s small list (kept on disk after the first time, see
    :mod:`kg.ingest.disk_cache`); its caches are emptied afterwards, so only this compact table
    stays in memory.

    >>> frequent_words("ru")["проект"] > 5
    True
    """
    return _on_disk(lambda: _read_frequent_words(lang), name=f"wordfreq-{lang}", library="wordfreq")


def _read_frequent_words(lang: str) -> dict[str, float]:
    import wordfreq  # heavy: reads a compressed frequency list

    # The list is binned by centibels: bin i holds the words of frequency 10^(-i/100), so
    # Zipf frequency (log10 of the frequency per billion words) is 9 - i/100.
    table: dict[str, float] = {}
    for i, words in enumerate(wordfreq.get_frequency_list(lang, wordlist="small")):
        value = round(9 - i / 100, 2)
        if value < MIN_ZIPF:
            break
        table.update(dict.fromkeys(words, value))
    for cached in (wordfreq.get_frequency_dict, wordfreq.get_frequency_list):
        cached.cache_clear()
    return table


def zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word`` in ``lang`` (``0.0`` below :data:`MIN_ZIPF`).

    >>> zipf("Toronto", "en") > 4, zipf("Ghjtrn", "en")
    (True, 0.0)
    """
    return frequent_words(lang).get(word.lower(), 0.0)


@cache
def is_common_foreign_word(word: str, own_languages: frozenset[str] = frozenset()) -> bool:
    """Whether ``word`` is a frequent word of a major European language other than English.

    ``own_languages`` (ISO 639-1 codes) are left out: a place's name is frequent in the
    languages of its own country.

    >>> is_common_foreign_word("Libertad"), is_common_foreign_word("Toronto")
    (True, False)
    >>> is_common_foreign_word("Amsterdam", frozenset({"nl"}))
    False
    """
    english = zipf(word, "en")
    return any(
        (f := zipf(word, lang)) >= 4.0 and f >= english + 1.0
        for lang in _FOREIGN
        if lang not in own_languages
    )
