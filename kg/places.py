"""Place qualifiers in organisation names: one module for every reader of a name's country.

Three questions, one answer each:

* :func:`country_names` — the names of a country from its ISO 3166-1 alpha-2 code (English by
  default, other CLDR languages on request), e.g. to search a knowledge base for the country;
* :func:`split_place` — the organisation a national section or chapter belongs to: the name
  without a trailing country qualifier (``ACAT-France`` → ``ACAT``, ``FR``), read with the
  ingest gazetteer (:func:`kg.ingest.country_hints.place_matches`), so it knows a country's name
  in any language and ISO codes in qualifier positions, and never takes a movement
  (``Hong Kong``, ``China``: the organisation's subject) for its seat;
* :func:`places_in` — every place a name mentions (countries with their code, regions and cities
  as bare keys), the loose reading the linker compares two names with, on the same gazetteer
  but with the movements it knows as places (``Hong Kong``, ``China``) counted.

Examples
--------
>>> split_place("ACAT-France")
('ACAT', 'FR')
>>> sorted(p.code for p in places_in("ACAT Belgium"))
['BE']
>>> country_names("BE")
('Belgium', 'Kingdom of Belgium')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

__all__ = ["Place", "country_names", "fold", "places_in", "split_place"]

#: Words before a trailing country that belong to the qualifier, besides the ingest LOCATIVES
#: (``... au Burundi``, ``... tại Đức``): ``... Universidad Central de Venezuela``.
_PREPOSITIONS = frozenset({"of", "de", "du", "del", "da", "do"})
#: A country after these words is one of a list (``... of England and Wales``), not a qualifier.
_CONJUNCTIONS = frozenset({"and", "et", "y", "e", "und", "&"})
#: A country after these words is the organisation's subject, not its place ("... for Iran").
_SUBJECT_WORDS = {"for", "with", "about", "to", "a", "pour", "supporting", "against", "para", "por"}
_SEPARATORS = " \t-–—(,/:@"
_CLOSERS = " \t)]."
_TRAILING_NOTE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
_FINAL_WORD = re.compile(r"(?:^|(?<=\s))([A-Z]{2,3})\s*$")
_MIN_STEM = 2


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


# --- names of a country ----------------------------------------------------------------------


@lru_cache(maxsize=1024)
def country_names(code: str, *, languages: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Names of a country from its ISO 3166-1 alpha-2 code, best known first.

    Parameters
    ----------
    code : str
        ISO 3166-1 alpha-2 code, any case.
    languages : tuple of str
        CLDR languages (``"fr"``, ``"de"``) whose names are added after the English ones.

    Returns
    -------
    tuple of str
        pycountry's name, common and official names, then rigour's names, then the CLDR names in
        ``languages``, each once; empty for an unknown code.

    Examples
    --------
    >>> country_names("DE")
    ('Germany', 'Federal Republic of Germany')
    >>> country_names("ch", languages=("fr", "de"))[-2:]
    ('Suisse', 'Schweiz')
    >>> country_names("XX")
    ()
    """
    import pycountry
    from rigour.territories import get_territory

    country = pycountry.countries.get(alpha_2=code.upper()) if code else None
    if country is None:
        return ()
    names = _iso_names(country)
    territory = get_territory(code.lower())
    if territory is not None:
        names += [territory.name, territory.full_name]
    for language in languages:
        names.append(_cldr_names(language).get(country.alpha_2))
    return tuple(dict.fromkeys(n for n in names if n))


def _iso_names(country: object) -> list[str | None]:
    return [getattr(country, a, None) for a in ("name", "common_name", "official_name")]


@cache
def _cldr_names(language: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse(language).territories)


# --- splitting a trailing qualifier ----------------------------------------------------------


def split_place(
    name: str, *, codes: Iterable[str] | None = None, notes: bool = False
) -> tuple[str, str | None]:
    """Split a trailing country qualifier off an organisation name.

    The qualifier is a country's name in any language or an ISO code (alpha-2 or alpha-3, or a
    CLDR alias such as ``UK``), closing the name after a space, a dash, a comma, a slash or in
    brackets, optionally after a preposition (``au Burundi``, ``in Japan``). A country after a
    word such as ``for`` or ``with`` is the organisation's subject and is not split; a movement
    (``Hong Kong``, ``Tibet``) is never a qualifier; a leading country (``Taiwan Association``)
    is part of the name.

    Parameters
    ----------
    name : str
        An organisation name.
    codes : iterable of str, optional
        Accept only these countries (e.g. the country hints the letter gave); ``None`` or empty
        accepts every country.
    notes : bool
        Also try the name without a trailing bracketed note (an expansion or translation:
        ``ACAT Germany (Action by Christians ...)``) when the country does not close the name.

    Returns
    -------
    tuple of (str, str or None)
        The stem (a prefix of the stripped name, never reworded) and the qualifier's ISO
        3166-1 alpha-2 code; the stripped name and ``None`` when no country closes it.

    Examples
    --------
    >>> split_place("Friends of Tibet (NZ)")
    ('Friends of Tibet', 'NZ')
    >>> split_place("Action des Chrétiens pour l'Abolition de la Torture au Burundi")
    ("Action des Chrétiens pour l'Abolition de la Torture", 'BI')
    >>> split_place("Students for a Free Tibet UK")
    ('Students for a Free Tibet', 'GB')
    >>> split_place("ACAT Germany (Action by Christians)", notes=True)
    ('ACAT', 'DE')
    >>> split_place("ACAT Belgium", codes=["FR"])
    ('ACAT Belgium', None)
    >>> split_place("Netherlands for Iran"), split_place("Lawyers for Hong Kong")
    (('Netherlands for Iran', None), ('Lawyers for Hong Kong', None))
    """
    text = name.strip().rstrip(".").strip()
    allowed = frozenset(c.upper() for c in codes) if codes else None
    forms = [text]
    if notes and (bare := _TRAILING_NOTE.sub("", text)) != text:
        forms.append(bare)
    for form in forms:
        found = _trailing_country(form)
        if found is None or (allowed is not None and found[1] not in allowed):
            continue
        stem = _stem(form[: found[0]])
        if stem is not None:
            return stem, found[1]
    return text, None


def _trailing_country(text: str) -> tuple[int, str] | None:
    """Where the country closing ``text`` starts, and its code."""
    from kg.ingest.country_hints import place_matches
    from kg.ingest.tokens import norm_token, tokenize

    tokens = tokenize(text)
    if not tokens or norm_token(tokens[-1][2]) not in _country_last_words():
        return None  # cheap test first: no country name or code ends with this word
    spans = [(start, end, code) for _, start, end, code in place_matches(text)]
    if spans:
        start, end, code = max(spans, key=lambda s: s[1])
        if not text[end:].strip(_CLOSERS) and _names_country(text[start:end], code):
            return start, code
    return _final_code(text)


@cache
def _country_last_words() -> frozenset[str]:
    """The normalised last word of every country name and code in the gazetteer."""
    from kg.ingest.gazetteer import PlaceKind, gazetteer
    from kg.ingest.tokens import norm_token

    gaz = gazetteer()
    words = {key[-1] for key, places in gaz.names.items()
             if any(p.kind == PlaceKind.COUNTRY for p in places)}  # fmt: skip
    return frozenset(words | {norm_token(code) for code in gaz.codes})


def _names_country(span: str, code: str) -> bool:
    """Whether ``span`` is a country's own name or code, not a city, region or demonym."""
    from kg.ingest.gazetteer import PlaceKind, gazetteer
    from kg.ingest.tokens import norm_token, tokenize

    gaz = gazetteer()
    if span.isupper() and gaz.codes.get(span) == code:
        return True
    key = tuple(norm_token(t) for _, _, t in tokenize(span))
    return any(p.kind == PlaceKind.COUNTRY and p.code == code for p in gaz.lookup(key))


def _final_code(text: str) -> tuple[int, str] | None:
    """An alpha-3 code or a CLDR alias (``USA``, ``UK``) as the last word of a name not in
    capitals; a bare alpha-2 code there is too often a name's own initials (``Logos ID``)."""
    from kg.ingest.gazetteer import gazetteer
    from kg.ingest.theme_hints import theme_spans

    match = _FINAL_WORD.search(text)
    if match is None or text.isupper():
        return None
    code = gazetteer().codes.get(match.group(1))
    if code is None or code == match.group(1):
        return None
    if any(s.start < match.end(1) and match.start(1) < s.end for s in theme_spans(text)):
        return None  # a movement (``Stand with HK``) is the subject, never the seat
    return match.start(1), code


def _stem(head: str) -> str | None:
    """The organisation's part of ``head`` (the text before the country), else ``None``."""
    if not head or head[-1] not in _SEPARATORS:
        return None  # the country is the end of a word, not a word of its own
    from kg.ingest.country_hints import LOCATIVES

    stem = head.rstrip(_SEPARATORS)
    last = stem.rsplit(None, 1)
    word = last[-1].casefold() if last else ""
    if word in _SUBJECT_WORDS or word in _CONJUNCTIONS:
        return None
    if word in LOCATIVES or fold(word) in _PREPOSITIONS:
        stem = last[0].rstrip(_SEPARATORS) if len(last) == 2 else ""
    return stem if len(stem) >= _MIN_STEM else None


# --- every place in a name (the linker's reading) --------------------------------------------


@dataclass(frozen=True)
class Place:
    """A place found in a name: its key phrase and ISO alpha-2 code when it is a country."""

    key: str
    code: str | None = None


@lru_cache(maxsize=8192)
def places_in(text: str) -> tuple[Place, ...]:
    """The places a name mentions, in text order, each once.

    Unlike :func:`split_place` this reads the whole name, loosely, through the ingest gazetteer
    (:func:`kg.ingest.country_hints.place_matches` with ``movements=True``): a country by its
    name in any language or an ISO code in a qualifier position (``(NZ)``, ``Network-SL``,
    ``@JPN``) is a place with its code; a subdivision or a city is a place without a code, its
    key alone. Movements the gazetteer knows as places (``Hong Kong``, ``China``) count here:
    two names are compared by their places. Demonyms and other derived forms (``Togolaise``,
    ``New Yorkers``) describe and are not places, and a name that is only a code (``AI``) is an
    acronym. A city named for an accord (``Helsinki Committee``) is no seat, but a word many
    organisations share: a place without a code here. Two readings close a name besides: a
    country's initials or alpha-3 code (``UK``, ``USA``, as :func:`split_place` reads them), and
    the ``Y`` of an ISO official name ``X of Y`` that is no country name of its own (``PEN
    America``), unless it ends a world region's name (``Latin America``).

    The key is the place's words as :func:`linkers.normalize.name_key` writes them, so a
    linker can find them among a name's words.

    Examples
    --------
    >>> [(p.key, p.code) for p in places_in("Friends of Tibet (NZ)")]
    [('nz', 'NZ')]
    >>> [(p.key, p.code) for p in places_in("Human Rights Network in Munich, Germany")]
    [('munich', None), ('germany', 'DE')]
    >>> places_in("Amnesty International")
    ()
    """
    from kg.ingest.country_hints import place_matches
    from kg.ingest.gazetteer import PlaceKind

    found: dict[str, Place] = {}
    spans = sorted(place_matches(text, movements=True), key=lambda m: m[1])
    for _, start, end, code in spans:
        span = text[start:end]
        kind = _kind(span, code)
        if kind is not None and not (span == text.strip() and _is_code(span, code)):
            _add_place(found, span, code if kind == PlaceKind.COUNTRY else None)
    for start, code in filter(None, (_final_code(text), _final_tail(text))):
        if not any(s <= start < e for _, s, e, _ in spans):
            _add_place(found, text[start:], code)
    for start, end in _eponyms(text):
        _add_place(found, text[start:end], None)
    return tuple(found.values())


def _add_place(found: dict[str, Place], span: str, code: str | None) -> None:
    from linkers.normalize import name_key

    key = name_key(span)
    if key:
        found.setdefault(key, Place(key, code))


def _kind(span: str, code: str) -> int | None:
    """How ``span`` names a place of ``code`` (strongest reading): a code or a name of its
    country, subdivision or city; ``None`` for a demonym or a derived form."""
    from kg.ingest.gazetteer import PlaceKind, gazetteer
    from kg.ingest.tokens import norm_token, tokenize

    gaz = gazetteer()
    if _is_code(span, code):
        return PlaceKind.COUNTRY
    places = gaz.cjk.get(span) or gaz.lookup(tuple(norm_token(t) for _, _, t in tokenize(span)))
    kinds = [p.kind for p in places if p.code == code and p.kind != PlaceKind.DEMONYM]
    return min(kinds, default=None)


def _eponyms(text: str) -> list[tuple[int, int]]:
    """Where a city's name names an accord (``Helsinki Committee``, :mod:`kg.ingest.eponyms`):
    no seat, but a word that many organisations share, as weak a sign as a place."""
    from kg.ingest.eponyms import is_eponym
    from kg.ingest.gazetteer import gazetteer
    from kg.ingest.tokens import norm_token, tokenize

    tokens = tokenize(text)
    normed = [norm_token(t) for _, _, t in tokens]
    found = []
    for i, (start, end, token) in enumerate(tokens):
        after = normed[i + 1] if i + 1 < len(normed) else None
        places = gazetteer().lookup((normed[i],)) if token[:1].isupper() else []
        if any(is_eponym(p.code, normed[i], after) for p in places):
            found.append((start, end))
    return found


def _is_code(span: str, code: str) -> bool:
    """Whether ``span`` is an ISO code or a CLDR alias (``UK``) of ``code``."""
    from kg.ingest.gazetteer import gazetteer

    return span.isupper() and gazetteer().codes.get(span) == code


def _final_tail(text: str) -> tuple[int, str] | None:
    """The ``Y`` of an official name ``X of Y`` as the name's capitalised last word."""
    words = text.rstrip(_CLOSERS).split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return None
    code = _official_tails().get(fold(words[-1]))
    if code is None or any(fold(" ".join(words[-n:])) in _region_names() for n in (2, 3)):
        return None
    return text.rstrip(_CLOSERS).rindex(words[-1]), code


@cache
def _official_tails() -> dict[str, str]:
    """``Y`` of each ISO official name ``X of Y`` (``America``) that is one country's and that
    the gazetteer does not already know as a name."""
    import pycountry

    from kg.ingest.gazetteer import gazetteer
    from kg.ingest.tokens import norm_token, tokenize

    gaz = gazetteer()
    tails: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for name in filter(None, _iso_names(country)):
            tail = name.rsplit(" of ", 1)[-1] if " of " in name and "," not in name else ""
            key = tuple(norm_token(t) for _, _, t in tokenize(tail))
            if len(key) == 1 and key[0][:1].isalpha() and not gaz.lookup(key):
                tails.setdefault(fold(tail), set()).add(country.alpha_2)
    return {tail: codes.pop() for tail, codes in tails.items() if len(codes) == 1}


@cache
def _region_names() -> frozenset[str]:
    """CLDR world-region names in English (``Latin America``, ``South America``), folded."""
    return frozenset(fold(name) for code, name in _cldr_names("en").items() if code.isdigit())
