"""Country qualifiers at the end of organisation names (``ACAT-France``, ``SFT Japan``).

Country names come from pycountry and from CLDR via babel in several languages, so the rule
knows ``Suisse``, ``Deutschland`` and ``Burundi`` without any hand list of organisations.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

__all__ = ["fold", "split_place"]

_LANGUAGES = ("en", "fr", "de", "es", "pt", "it", "nl")
_PREPOSITIONS = {"au", "aux", "en", "in", "of", "de", "du", "del", "da", "do", "dans", "im"}
_EXTRA_CODES = {"UK": "GB", "USA": "US"}
# A country after these words is the organisation's subject, not its place ("... for Hong Kong").
_SUBJECT_WORDS = {"for", "with", "about", "to", "a", "pour", "supporting", "against", "para", "por"}
_TAIL = re.compile(r"^(?P<stem>.*?)\s*(?:\((?P<paren>[^()]+)\)|[-–—,:/]\s*(?P<sep>[^-–—,:/]+))$")


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced text for comparing names.

    Examples
    --------
    >>> fold("  ACAT-Suisse  Genève ")
    'acat suisse geneve'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"\w+", plain))


@cache
def _country_names() -> dict[str, str]:
    import pycountry
    from babel import Locale

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[fold(value)] = country.alpha_2
    for language in _LANGUAGES:
        for code, value in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha() and code != "ZZ":
                names.setdefault(fold(value), code)
    return names


def _code(text: str, *, delimited: bool) -> str | None:
    stripped = text.strip().rstrip(".")
    if delimited and stripped.isupper() and stripped.isalpha():
        if stripped in _EXTRA_CODES:
            return _EXTRA_CODES[stripped]
        import pycountry

        if len(stripped) == 2 and pycountry.countries.get(alpha_2=stripped):
            return stripped
    key = fold(stripped)
    words = key.split()
    if words and words[0] in _PREPOSITIONS:
        key = " ".join(words[1:])
    return _country_names().get(key)


def split_place(name: str) -> tuple[str, str | None]:
    """Split a trailing country qualifier off an organisation name.

    Parameters
    ----------
    name : str
        An organisation name as the KG gives it.

    Returns
    -------
    tuple of (str, str or None)
        The name without the qualifier and the qualifier's ISO 3166-1 alpha-2 code; the name
        unchanged and ``None`` when it ends with no country.

    Examples
    --------
    >>> split_place("ACAT-France")
    ('ACAT', 'FR')
    >>> split_place("Friends of Tibet (NZ)")
    ('Friends of Tibet', 'NZ')
    >>> split_place("Action des Chrétiens pour l'Abolition de la Torture au Burundi")
    ("Action des Chrétiens pour l'Abolition de la Torture", 'BI')
    >>> split_place("Netherlands for Hong Kong")
    ('Netherlands for Hong Kong', None)
    >>> split_place("Human Rights Watch")
    ('Human Rights Watch', None)
    """
    text = name.strip().rstrip(".").strip()
    match = _TAIL.match(text)
    if match and match.group("stem").strip():
        tail = match.group("paren") or match.group("sep") or ""
        code = _code(tail, delimited=True)
        if code:
            return match.group("stem").strip(" -–—,:/"), code
    words = text.split()
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        code = _code(" ".join(words[-size:]), delimited=False)
        if code:
            stem = words[:-size]
            if fold(stem[-1]) in _SUBJECT_WORDS:
                return text, None
            if len(stem) > 1 and fold(stem[-1]) in _PREPOSITIONS:
                stem = stem[:-1]
            return " ".join(stem).strip(" -–—,:/"), code
    return text, None
