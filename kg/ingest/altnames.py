"""Splitting an entry into its name, its acronym and the other names it gives.

Conventions (those of ``tests/data/gold/README.md``): the name is what is written first, minus

* alternatives in another script or language: ``【...】``, ``Name 中文``, ``A / B``, ``A: B``,
  and comma-separated names in different scripts (``香港黎明, Dawn of Hong Kong, 香港の夜明け``);
* a tagline after a comma that opens with an article (``René Cassin, the Jewish voice ...``);
* a parenthesised or bracketed acronym (``(ADN)``, ``[CATU]``, ``(Reporters sans frontières,
  RSF)``) or expansion/translation (``ACAT Germany (Action by Christians ...)``);
* an acronym set off by a dash (``Centro de Justicia y Paz - Cepaz``, ``FOVIDA - Fomento de la
  Vida``), glued or spaced at the end (``... LSVD``, ``(Benin) CDDH-Benin``) or leading when the
  initials of the rest match it (``VAJ Vietnamese Association in Japan``).

Place qualifiers stay in the name (``Human Rights Foundation (Japan)``, ``Friends of Tibet
(NZ)``, ``Friends of Tibet - Austria``, ``The Tibet Support Committee, Denmark``).

A suffix acronym without brackets is taken when it is upper case (at least three letters) and
the rest is not, or, for a mixed-case word (``Fundepro``), when it abbreviates the rest
(:func:`kg.ingest.acronyms.abbreviates`). A dash-separated upper-case word is an acronym unless
it is a place. A bracketed single word is an acronym when it has the shape of one or
abbreviates the name.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kg.ingest.acronyms import abbreviates, is_acronym_like, is_caps_acronym, matches_initials
from kg.ingest.country_hints import place_matches
from kg.ingest.gazetteer import tokenize
from kg.ingest.names import collapse_spaces, strip_punctuation
from kg.ingest.scripts import CJK, dominant_script, script_runs
from kg.ingest.theme_hints import theme_spans
from kg.ingest.wordlists import is_common_english_word

__all__ = ["NameParts", "is_place", "split_alternatives", "split_name"]

_BLOCK_BRACKETS = re.compile(r"[【「『〔]([^】」』〕]*)[】」』〕]")
_SLASH = re.compile(r"\s*/\s*")
_COLON = re.compile(r":\s+")
_TAGLINE = re.compile(r",\s+(?=(?:the|a|an|la|le|les|el|los|las|die|der|das|il|lo|o|un|une|una)\s)")
_GROUP = re.compile(r"[(\[]([^()\[\]]*)[)\]]")
_DASH_SUFFIX = re.compile(r"(.+?)\s+-\s+(\S+)")
_DASH_PREFIX = re.compile(r"(\S+)\s+-\s+(.+)")


class NameParts(NamedTuple):
    """An entry read into its parts."""

    name: str
    acronym: str | None = None
    alt_names: tuple[str, ...] = ()


def is_place(text: str) -> bool:
    """Whether ``text`` is only a place (country, code, region, city or movement place).

    >>> is_place("Japan"), is_place("NZ"), is_place("Hong Kong"), is_place("ADN")
    (True, True, True, False)
    """
    words = text.split()
    if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
        return False
    covered = [(s.start, s.end) for s in theme_spans(text)]
    covered += [(start, end) for _, start, end, _ in place_matches(text)]
    return all(any(s <= start and end <= e for s, e in covered) for start, end, _ in tokenize(text))


def _words(text: str) -> int:
    return len(text.split())


def _split_scripts(segment: str) -> list[str]:
    runs = script_runs(segment)
    if len(runs) > 1 and all(script == CJK or _words(run) >= 2 for script, run in runs):
        return [run for _, run in runs]
    return [segment]


def _split_first(segment: str, pattern: re.Pattern[str], *, min_left: int) -> list[str]:
    """Split at the first ``pattern`` when both sides are names: several words each, or (for
    one-word names) written in different scripts (``Мемориал / Memorial``)."""
    match = pattern.search(segment)
    if match and not _GROUP.search(segment[match.start() : match.end()]):
        left, right = segment[: match.start()], segment[match.end() :]
        if left.count("(") != left.count(")") or not left.strip() or not right.strip():
            return [segment]
        if _words(left) >= min_left and _words(right) >= 2:
            return [left, right]
        scripts = {dominant_script(left), dominant_script(right)}
        if len(scripts) == 2 and None not in scripts:
            return [left, right]
    return [segment]


def split_alternatives(text: str) -> list[str]:
    """The names an entry gives, the first being the one written first.

    >>> split_alternatives("【台灣民間支援香港協會】 Taiwanese Civil Aid to HKers")
    ['台灣民間支援香港協會', 'Taiwanese Civil Aid to HKers']
    >>> split_alternatives("World Federalist Movement/Institute for Global Policy")
    ['World Federalist Movement', 'Institute for Global Policy']
    """
    pieces: list[str] = []
    position = 0
    for match in _BLOCK_BRACKETS.finditer(text):
        pieces += [text[position : match.start()], match.group(1)]
        position = match.end()
    pieces.append(text[position:])
    segments = [s for p in pieces if p.strip() for s in _split_scripts(collapse_spaces(p))]
    primary, *rest = [strip_punctuation(s) for s in segments] or [text]
    for pattern, min_left in ((_SLASH, 2), (_COLON, 1), (_TAGLINE, 1)):
        first, *more = _split_first(primary, pattern, min_left=min_left)
        while (
            pattern is _SLASH
            and more
            and len(split := _split_first(more[-1], pattern, min_left=2)) > 1
        ):
            more = [*more[:-1], *split]  # A / B / C: every alternative
        primary, rest = first, [*more, *rest]
    return [s for s in (strip_punctuation(x) for x in [primary, *rest]) if s]


def _is_short_form(part: str, phrase: str) -> bool:
    tokens = part.split()
    if len(tokens) == 1:
        return is_acronym_like(part) or (
            not is_common_english_word(part) and abbreviates(part, phrase)
        )
    phrase_words = set(phrase.split())
    return (
        len(tokens) <= 3
        and any(is_caps_acronym(t) for t in tokens)
        and all(t in phrase_words or is_acronym_like(t) for t in tokens)
    )


def _brackets(primary: str) -> tuple[str, list[str], list[str]]:
    """Remove bracketed acronyms and expansions; keep bracketed places."""
    acronyms: list[str] = []
    alts: list[str] = []
    bare = collapse_spaces(_GROUP.sub(" ", primary))
    kept = primary
    for match in _GROUP.finditer(primary):
        content = collapse_spaces(match.group(1))
        if content and is_place(content):
            continue
        kept = kept.replace(match.group(), " ", 1)
        for part in (p.strip() for p in content.split(",")):
            if part:
                (acronyms if _is_short_form(part, bare) else alts).append(part)
    return collapse_spaces(kept), acronyms, alts


def _dash_acronym(name: str) -> tuple[str, str | None]:
    suffix = _DASH_SUFFIX.fullmatch(name)
    if suffix:
        head, tail = suffix.groups()
        if not is_place(tail) and (is_caps_acronym(tail) or abbreviates(tail, head)):
            return head, tail
    prefix = _DASH_PREFIX.fullmatch(name)
    if prefix:
        head, tail = prefix.groups()
        if (
            _words(tail) >= 2
            and not is_place(head)
            and (is_caps_acronym(head) or abbreviates(head, tail))
        ):
            return tail, head
    return name, None


def _edge_acronym(name: str) -> tuple[str, str | None]:
    tokens = name.split()
    if len(tokens) < 3:
        return name, None
    head, last = " ".join(tokens[:-1]), tokens[-1]
    if head.upper() != head and not head.endswith(",") and not is_place(last):
        caps = is_caps_acronym(last) and sum(c.isalpha() for c in last.split("-")[0]) >= 3
        mixed = last[:1].isupper() and not is_common_english_word(last) and abbreviates(last, head)
        if caps or mixed:
            return head, last
    first, rest = tokens[0], " ".join(tokens[1:])
    if is_caps_acronym(first) and matches_initials(first, rest):
        return rest, first
    return name, None


def _is_short_form_of_any(name: str, alts: list[str]) -> bool:
    if _words(name) != 1 or not is_acronym_like(name):
        return False
    return any(abbreviates(name, alt) or matches_initials(name, alt) for alt in alts)


def split_name(text: str) -> NameParts:
    """Read ``text`` (surface repairs applied) into name, acronym and alternate names.

    Examples
    --------
    >>> split_name("Reporters Without Borders (Reporters sans frontières, RSF)")[:2]
    ('Reporters Without Borders', 'RSF')
    >>> split_name("Centro de Justicia y Paz - Cepaz")
    NameParts(name='Centro de Justicia y Paz', acronym='Cepaz', alt_names=())
    >>> split_name("Friends of Tibet (NZ)")
    NameParts(name='Friends of Tibet (NZ)', acronym=None, alt_names=())
    """
    primary, *alts = split_alternatives(text) or [text]
    name, acronyms, bracket_alts = _brackets(primary)
    acronym = acronyms[0] if acronyms else None
    if acronym is None:
        name, acronym = _dash_acronym(name)
    if acronym is None:
        name, acronym = _edge_acronym(name)
    name = strip_punctuation(name) or strip_punctuation(primary) or text
    alts = [*bracket_alts, *alts]
    if acronym is None and _is_short_form_of_any(name, alts):
        acronym = name  # ``CSW (Christian Solidarity Worldwide)``: the short form first
    unique = list(dict.fromkeys(a for a in alts if a and a != name))
    return NameParts(name=name, acronym=acronym, alt_names=tuple(unique))
