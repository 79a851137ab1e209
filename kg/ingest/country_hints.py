"""Country hints: the ISO 3166-1 alpha-2 codes a signatory's name names or clearly implies.

Evidence, strongest first (see :mod:`kg.ingest.gazetteer` for the sources):

1. a place after a locative preposition (``Vietnamese Association in Japan``, ``... tại Đức``,
   ``au Burundi``): the seat named outright;
2. a country name in any language or script (``Nederland``, ``台灣``), or an ISO alpha-2 /
   alpha-3 code standing alone, upper case, in a qualifier position (``(NZ)``, ``-SL``,
   ``@JPN``, ``, USA``);
3. a first-level subdivision (``Selangor``, ``Alaska``);
4. a demonym or a derived/inflected form of a country name (``Australian``, ``Togolaise``,
   ``Venezolano``, ``Corean``), or a truncated country name closing the entry
   (``Association-sierra``);
5. a city of at least 100 000 people (``Calgary``), or a derived form of one
   (``Vancouverites``, ``New Yorkers``, ``Московская``), the most populous city of that name.

Guards: names that are ordinary English words (``Liberty``, ``Central``) never count as cities
or subdivisions, and count as countries only when capitalised; cities and subdivisions count
only when capitalised. Places that are themselves a *movement theme* (``China``, ``Hong Kong``,
``Xinjiang``, ``Southern Mongolia``) are the subject of the organisation, not its seat, and give
no hint: ``Human Rights in China`` has none, ``Toronto Association for Democracy in China`` is
Canadian. The codes are returned strongest first, then in text order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from kg.ingest.eponyms import is_eponym
from kg.ingest.gazetteer import Gazetteer, Place, PlaceKind, gazetteer
from kg.ingest.scripts import CJK, CJK_CHARACTERS, word_script
from kg.ingest.theme_hints import theme_spans
from kg.ingest.tokens import norm_token, tokenize
from kg.ingest.wordlists import is_common_foreign_word

__all__ = ["LOCATIVES", "country_hints", "place_matches"]

#: Prepositions before a place that is the seat (English, French, Spanish, Portuguese, German,
#: Vietnamese, Polish, Czech, Russian, Arabic).
LOCATIVES = frozenset(
    {"in", "at", "à", "a", "au", "aux", "en", "dans", "im", "tại", "ở", "em", "no", "na"}
    | {"nos", "nas", "w", "v", "в", "во", "у", "في"}
)
_LOCATIVES = frozenset(norm_token(w) for w in LOCATIVES)
_NONE: frozenset[str] = frozenset()
_MAX_NGRAM = 6
_LATIN_ENDING = re.compile(
    r"(?:[blntv]|ol)?(?:ais|aise|aises|ois|oise|oises|ien|ienne|iens|iennes|ain|aine|ains|aines"
    r"|ano|ana|anos|anas|ani|ese|esi|es|esa|eno|ena|ean|eans|ian|ians|an|ans|ish|ic|ique|i|e"
    r"|ee|o|a|os|as|er|ers|ite|ites|isch|ische|ischer|isches|ischen|n|ns|s)?"
)
_CYRILLIC_ENDING = re.compile(
    r"(?:(?:ов|ев|ин|о)?(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ую|их|ому|ими)|а|у|е|ом|ой|ы|и|я)?"
)
_CITY_ENDING = re.compile(
    r"(?:n|ns|[nt]?ians?|ers?|ites?|ans?|ese|er|а|у|е|ом|ой|ы|и|я"
    r"|(?:ов|ев|о)?(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ую|их))"
)
_QUALIFIER_CODE = re.compile(r"(?:^|(?<=[-@(,/])\s*)([A-Z]{2,3})(?=\s*(?:[)\],]|$))")
_CJK_RUN = re.compile(f"[{CJK_CHARACTERS}]+")
_VOWELS = set("aeiouyаеёиоуыэюя")
Match = tuple[int, int, int, str]  # (priority, start, end, code)


def _usable(place: Place, gaz: Gazetteer, word: str | None, capitalised: bool) -> bool:
    if place.kind == PlaceKind.COUNTRY:
        return capitalised or not place.common
    if not capitalised or place.common:
        return False
    if word is None:
        return True
    # A place's name is frequent in its own languages because it is a place (Amsterdam, Bayern).
    return not is_common_foreign_word(word, gaz.languages.get(place.code, _NONE))


def _best(usable: list[Place], *, locative: bool) -> Place | None:
    best = min(usable, key=lambda p: (p.kind, -p.population), default=None)
    if (
        best is not None
        and not locative
        and best.kind == PlaceKind.COUNTRY
        and any(p.kind == PlaceKind.SUBDIVISION and p.code != best.code for p in usable)
    ):
        return None  # a country and another country's region (Papua, Georgia): unsure unless seat
    return best


def _stem_place(
    gaz: Gazetteer, lead: tuple[str, ...], token: str, capitalised: bool
) -> Place | None:
    if len(token) < 5:
        return None
    cyrillic = word_script(token) == "CYRILLIC"
    best: tuple[int, Place] | None = None
    for name, place, whole in gaz.stems.get((*lead, token[:4]), ()):
        if place.kind != PlaceKind.COUNTRY and not capitalised:
            continue
        if not token.startswith(name[: _least_kept(name, place, cyrillic)]):
            continue  # cheap test first: too little of the name is kept
        common = len(_common_prefix(name, token))
        rest = token[common:]
        if place.kind == PlaceKind.COUNTRY:
            ok = _derived_from_country(name, token, common, whole=whole, cyrillic=cyrillic)
        else:  # subdivisions and cities: the whole name, then a demonym or case ending
            ok = capitalised and bool(rest) and _CITY_ENDING.fullmatch(rest) is not None
            ok = ok and _keeps_city_name(name, common, rest, cyrillic=cyrillic)
        rank = (common, -place.kind, place.population)
        if ok and (best is None or rank > (best[0], -best[1].kind, best[1].population)):
            best = (common, place)
    return best[1] if best else None


def _derived_from_country(
    name: str, token: str, common: int, *, whole: bool, cyrillic: bool
) -> bool:
    """Whether ``token`` is a demonym or inflected form of the country name ``name``.

    The ending must be an adjectival or case ending of the script's languages, and either the
    whole name is kept (``Togo`` + ``laise``; ``Burkina`` + ``bé`` for a name's first word), or
    all but its final letter (``Philippine``), or, for a one-word name, a final vowel group gives
    way to a vowel-initial ending (``Venezuela`` -> ``Venezolano``; not ``Greece`` -> ``Green``).
    """
    rest, dropped = token[common:], name[common:]
    ending = _CYRILLIC_ENDING if cyrillic else _LATIN_ENDING
    if common < 4 or ending.fullmatch(rest) is None:
        return False
    if not whole:
        return not dropped and bool(rest)
    if len(dropped) <= 1:
        return True
    return len(dropped) <= 4 and len(rest) >= 3 and dropped[0] in _VOWELS and rest[0] in _VOWELS


def _keeps_city_name(name: str, common: int, rest: str, *, cyrillic: bool) -> bool:
    """Whether a derived form keeps enough of a city's name (``common`` letters, then ``rest``).

    Latin: the whole name (``Vancouver`` + ``ites``). Cyrillic adjectives drop a final vowel or
    soft sign (``Хельсинки`` -> ``Хельсинкская``, ``Пермь`` -> ``Пермский``) and may put a
    fleeting ``о``/``е`` before the last consonant (``Москва`` -> ``Московская``): the dropped
    consonant must come back right after it, so ``Сахаровский`` (of Sakharov) is not a form of
    ``Сахарса``.
    """
    dropped = name[common:]
    if not dropped:
        return True
    if not cyrillic or (dropped[-1] not in _VOWELS and dropped[-1] != "ь"):
        return False
    return len(dropped) == 1 or (
        len(dropped) == 2 and rest[:1] in ("о", "е") and rest[1:2] == dropped[0]
    )


def _least_kept(name: str, place: Place, cyrillic: bool) -> int:
    if place.kind == PlaceKind.COUNTRY:
        return max(4, len(name) - 4)
    return len(name) - (2 if cyrillic and name[-1] in _VOWELS else 0)


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _at(
    gaz: Gazetteer, tokens: list[tuple[int, int, str]], normed: list[str], i: int, n: int
) -> tuple[bool, Place | None]:
    """Whether tokens ``i:i+n`` name a place (even an unsure one), and the place."""
    key = tuple(normed[i : i + n])
    locative = i > 0 and normed[i - 1] in _LOCATIVES
    places = gaz.lookup(key)
    if places:
        capitalised = tokens[i][2][:1].isupper()
        regions = {p.code for p in places if p.kind == PlaceKind.SUBDIVISION}
        if len(regions) > 1:  # a generic region name (Centre, Ouest, Nord) of several countries
            places = [p for p in places if p.kind != PlaceKind.SUBDIVISION]
        usable = [p for p in places if _usable(p, gaz, key[0] if n == 1 else None, capitalised)]
        if usable:
            return True, _best(usable, locative=locative)
    capitalised = tokens[i + n - 1][2][:1].isupper()
    place = _stem_place(gaz, key[:-1], key[-1], capitalised)
    if place is None:
        return False, None
    kind = 0 if locative else max(place.kind, PlaceKind.DEMONYM)
    return True, Place(place.code, kind, place.population)


def _reach(gaz: Gazetteer, normed: list[str], i: int) -> int:
    """How many tokens from ``i`` on could still be (the start of) a place name."""
    n, key = 1, tuple(normed[i : i + 1])
    while n < _MAX_NGRAM and i + n < len(normed) and key in gaz.prefixes:
        key += (normed[i + n],)
        n += 1
    return n


def _word_matches(text: str, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[Match]:
    tokens = tokenize(text)
    if taken:
        tokens = [t for t in tokens if not _covered(t[0], t[1], taken)]
    if not text.isascii():
        tokens = [t for t in tokens if word_script(t[2]) != CJK]
    normed = [norm_token(t) for _, _, t in tokens]
    found: list[Match] = []
    i = 0
    while i < len(tokens):
        step = 1
        for n in range(_reach(gaz, normed, i), 0, -1):
            named, place = _at(gaz, tokens, normed, i, n)
            if named:
                step = n
                after = normed[i + n] if i + n < len(normed) else None
                if place is not None and not is_eponym(place.code, normed[i + n - 1], after):
                    locative = i > 0 and normed[i - 1] in _LOCATIVES
                    kind = 0 if locative else place.kind
                    found.append((kind, tokens[i][0], tokens[i + n - 1][1], place.code))
                break
        i += step
    return found


def _cjk_matches(text: str, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[Match]:
    found: list[Match] = []
    if text.isascii():
        return found
    for run in _CJK_RUN.finditer(text):
        found += _cjk_run_matches(run.group(), run.start(), gaz, taken)
    return found


def _cjk_run_matches(
    text: str, offset: int, gaz: Gazetteer, taken: list[tuple[int, int]]
) -> list[Match]:
    """Longest CJK names first, left to right, inside one run of CJK characters."""
    found: list[Match] = []
    i = 0
    while i < len(text):
        for n in range(min(gaz.max_cjk, len(text) - i), 1, -1):
            places = gaz.cjk.get(text[i : i + n])
            if places and not _covered(offset + i, offset + i + n, taken):
                place = min(places, key=lambda p: (p.kind, -p.population))
                found.append((place.kind, offset + i, offset + i + n, place.code))
                i += n - 1
                break
        i += 1
    return found


def _code_matches(text: str, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[Match]:
    return [
        (PlaceKind.COUNTRY, m.start(1), m.end(1), gaz.codes[m.group(1)])
        for m in _QUALIFIER_CODE.finditer(text)
        if m.group(1) in gaz.codes and not _covered(m.start(1), m.end(1), taken)
    ]


def _truncated_tail(text: str, gaz: Gazetteer) -> list[Match]:
    match = re.search(r"[-,]\s*([^\W\d_]{4,})\s*$", text)
    if not match:
        return []
    codes = {p.code for p in gaz.first_words.get(norm_token(match.group(1)), ())}
    if len(codes) != 1:
        return []
    return [(PlaceKind.DEMONYM, match.start(1), match.end(1), codes.pop())]


def _movement_spans(text: str, gaz: Gazetteer, *, movements: bool) -> list[tuple[int, int]]:
    """The movement stretches of ``text`` that are not read as places.

    All of them by default; with ``movements`` only those that are not a place's whole name in
    the gazetteer (``Tibet``, ``Southern Mongolia``: masked, so ``Mongolia`` is not read).
    """
    spans = [(s.start, s.end) for s in theme_spans(text)]
    if not movements:
        return spans
    return [(start, end) for start, end in spans if not _names_a_place(text[start:end], gaz)]


def _names_a_place(span: str, gaz: Gazetteer) -> bool:
    key = tuple(norm_token(t) for _, _, t in tokenize(span))
    return bool(gaz.lookup(key) or gaz.cjk.get(span))


@lru_cache(maxsize=8192)
def place_matches(text: str, *, movements: bool = False) -> tuple[Match, ...]:
    """Places named in ``text``: ``(priority, start, end, code)``, lower priority is stronger.

    Parameters
    ----------
    text : str
        A name.
    movements : bool
        Also read a movement stretch as a place when the gazetteer knows it as one (``Hong
        Kong``, ``China``, ``中国``), for readers that compare two names by their places
        rather than look for a seat. By default a movement is the organisation's subject and
        no place; a movement the gazetteer does not know (``Tibet``) is never a place.

    Examples
    --------
    >>> place_matches("Friends of Tibet - Austria")
    ((1, 19, 26, 'AT'),)
    >>> place_matches("PEN Hong Kong"), place_matches("PEN Hong Kong", movements=True)
    ((), ((1, 4, 13, 'HK'),))
    """
    gaz = gazetteer()
    taken = _movement_spans(text, gaz, movements=movements)
    found = _code_matches(text, gaz, taken)
    taken += [(start, end) for _, start, end, _ in found]
    found += _word_matches(text, gaz, taken) + _cjk_matches(text, gaz, taken)
    return tuple(found or _truncated_tail(text, gaz))


def country_hints(texts: Iterable[str]) -> tuple[str, ...]:
    """ISO 3166-1 alpha-2 codes named or implied by ``texts`` (a name and its alternate names).

    Examples
    --------
    >>> country_hints(["VAJ Vietnamese Association in Japan"])
    ('JP', 'VN')
    >>> country_hints(["Toronto Association for Democracy in China"])
    ('CA',)
    >>> country_hints(["Friends of Tibet (NZ)"]), country_hints(["Coalition Togolaise"])
    (('NZ',), ('TG',))
    """
    matches = sorted(
        (priority, order, start, code)
        for order, text in enumerate(texts)
        for priority, start, _, code in place_matches(text)
    )
    return tuple(dict.fromkeys(code for *_, code in matches))
