"""Possible duplicates inside one letter: acronyms of other entries, names in two scripts.

Both entries are always kept; a ``possible-duplicate`` warning names them. Three tests:

* **same name**: two entries whose names are equal after casefolding, accents and spaces;
* **acronym**: a short form (an entry's bare name such as ``HRIC``, or its acronym) equals the
  initials of all, or of the significant, words of another entry's name or alternate name
  (``Human Rights in China``), after dropping a place qualifier (``, Munich``, ``(Japan)``,
  ``- Austria``). The place is dropped because chapters often share the parent's acronym; this
  also reports genuinely ambiguous pairs (``ISHR`` and ``International Society for Human
  Rights, Munich``), which is what a reviewer wants to see;
* **two scripts**: names in different scripts that read as the same sequence of concepts:
  countries (from the gazetteer, in any language), movements (from the theme scheme) and
  generic organisation words (:mod:`kg.ingest.orgwords`), compared as multisets. Every word
  must be understood on both sides, so ``Japan Uyghur Union`` never matches ``日本ウイグル協会``.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from kg.ingest.acronyms import STOPWORDS, initials, is_acronym_like
from kg.ingest.altnames import is_place
from kg.ingest.country_hints import place_matches
from kg.ingest.gazetteer import PlaceKind, gazetteer
from kg.ingest.orgwords import org_phrase_concepts, org_word_concepts
from kg.ingest.scripts import CJK, dominant_script, word_script
from kg.ingest.theme_hints import theme_spans
from kg.ingest.tokens import norm_token, tokenize
from kg.model import ParseWarning, Signatory

__all__ = [
    "InitialsIndex",
    "concept_key",
    "find_possible_duplicates",
    "initials_index",
    "name_key",
    "short_form_key",
    "short_forms",
]

CODE = "possible-duplicate"
_QUALIFIER = re.compile(r"(?:,\s*|\s+-\s*|-|\s*\()([^,()\-]+?)\)?\s*$")


def name_key(name: str) -> str:
    """Casefolded, accent-free words joined by one space (for the same-name test).

    >>> name_key("Fundación  La Tortuga"), name_key("FUNDACION la tortuga")
    ('fundacion la tortuga', 'fundacion la tortuga')
    """
    return " ".join(norm_token(t) for _, _, t in tokenize(name))


@lru_cache(maxsize=8192)
def _without_place(name: str) -> str:
    match = _QUALIFIER.search(name)
    if match and match.start() > 0 and is_place(match.group(1).strip()):
        return name[: match.start()].strip()
    return name


def _long_forms(signatory: Signatory) -> list[tuple[str, str]]:
    """``(as written, without its place qualifier)`` for each name of several words."""
    forms = [signatory.name, *signatory.alt_names]
    return [(f, _without_place(f)) for f in forms if len(f.split()) >= 2]


_NOT_LETTER = re.compile(r"[^A-Z0-9]")


def short_form_key(short: str) -> str:
    """The letters of a short form, upper case, as :func:`initials_index` keys them.

    >>> short_form_key("Acat-Burundi"), short_form_key("i.DEFEND")
    ('ACATBURUNDI', 'IDEFEND')
    """
    return _NOT_LETTER.sub("", short.upper())


def short_forms(signatory: Signatory) -> dict[str, str]:
    """Letters of each short form -> the form as written (``HRIC``, ``ADN``): the entry's
    acronym, and its name when that is one acronym-like word."""
    shorts = [signatory.acronym] if signatory.acronym else []
    if " " not in signatory.name and is_acronym_like(signatory.name):
        shorts.append(signatory.name)
    letters = {short_form_key(s): s for s in shorts}
    return {k: v for k, v in letters.items() if k}


#: initials -> (entry, name as written, the name without its place qualifier)
InitialsIndex = dict[str, list[tuple[Signatory, str, str]]]


def initials_index(signatories: Sequence[Signatory]) -> InitialsIndex:
    """Initials -> ``(entry, name as written, name without place)`` for every name of several
    words.

    Each name (and alternate name) is keyed by the initials of all its words and of its
    significant words, after dropping a place qualifier, so a short form is looked up once
    instead of being compared with every entry.

    >>> from kg.model import Signatory
    >>> index = initials_index([Signatory(1, "x", "Human Rights in China - Japan")])
    >>> sorted(index), index["HRC"][0][1:]
    (['HRC', 'HRIC'], ('Human Rights in China - Japan', 'Human Rights in China'))
    """
    index: InitialsIndex = defaultdict(list)
    for s in signatories:
        for written, bare in _long_forms(s):
            for letters in {initials(bare), initials(bare, significant=True)}:
                index[letters].append((s, written, bare))
    return dict(index)


def _word_concepts(text: str) -> list[str] | None:
    """Concepts of a name written with spaces: places, movements, organisation words, and
    the remaining words themselves."""
    spans = [(s.start, s.end, s.theme) for s in theme_spans(text)]
    spans += [(start, end, code) for _, start, end, code in place_matches(text)]
    concepts = [concept for *_, concept in spans]
    words = [
        norm_token(t)
        for start, end, t in tokenize(text)
        if not any(s <= start and end <= e for s, e, _ in spans)
    ]
    phrases = org_phrase_concepts()
    i = 0
    while i < len(words):
        for n in range(min(3, len(words) - i), 0, -1):
            concept = phrases.get(tuple(words[i : i + n]))
            if concept:
                concepts.append(concept)
                i += n
                break
        else:
            if words[i] not in STOPWORDS:
                concepts.append(words[i])
            i += 1
    return concepts


def _cjk_concepts(text: str) -> list[str] | None:
    lexicon = dict(org_word_concepts())
    lexicon.update(_cjk_theme_words())
    gaz = gazetteer()
    concepts: list[str] = []
    i = 0
    text = re.sub(r"\s+", "", text)
    while i < len(text):
        for n in range(min(8, len(text) - i), 0, -1):
            piece = text[i : i + n]
            countries = [p for p in gaz.cjk.get(piece, ()) if p.kind == PlaceKind.COUNTRY]
            concept = lexicon.get(piece) or (countries[0].code if countries else None)
            if concept:
                concepts.append(concept)
                i += n
                break
        else:
            return None  # a word we do not understand: no claim
    return concepts


@cache
def _cjk_theme_words() -> dict[str, str]:
    from kg.themes import movement_ids, themes

    return {
        synonym: theme.id
        for theme in themes()
        if theme.id in movement_ids()
        for synonym in theme.synonyms
        if word_script(synonym) == CJK
    }


@lru_cache(maxsize=8192)
def concept_key(name: str) -> tuple[str, ...] | None:
    """The sorted concepts a name is made of, or ``None`` when a word is not understood.

    Cached per name, like :func:`kg.ingest.theme_hints.theme_spans`.

    >>> concept_key("日本ウイグル協会") == concept_key("Japan Uyghur Association")
    True
    >>> concept_key("Japan Uyghur Union") == concept_key("日本ウイグル協会")
    False
    """
    concepts = _cjk_concepts(name) if dominant_script(name) == CJK else _word_concepts(name)
    if not concepts or len(concepts) < 2:
        return None
    return tuple(sorted(concepts))


def _warning(a: Signatory, b: Signatory, message: str) -> ParseWarning:
    return ParseWarning(code=CODE, message=message, positions=(a.position, b.position))


def _same_names(signatories: Sequence[Signatory]) -> Iterable[ParseWarning]:
    groups: dict[str, list[Signatory]] = defaultdict(list)
    for s in signatories:
        groups[name_key(s.name)].append(s)
    for group in groups.values():
        for a, b in itertools.combinations(group, 2):
            message = f"#{a.position} {a.name!r} and #{b.position} {b.name!r} have the same name"
            yield _warning(a, b, message)


def _acronyms(signatories: Sequence[Signatory]) -> Iterable[ParseWarning]:
    by_initials = initials_index(signatories)
    for short in signatories:
        for letters, written in sorted(short_forms(short).items()):
            for full, form, _ in by_initials.get(letters, ()):
                if full.position != short.position:
                    where = f"#{full.position} {form!r}"
                    yield _warning(
                        short, full, f"#{short.position} {written!r} may be the acronym of {where}"
                    )


def _scripts(signatories: Sequence[Signatory]) -> Iterable[ParseWarning]:
    groups: dict[tuple[str, ...], list[tuple[Signatory, str, str | None]]] = defaultdict(list)
    for s in signatories:
        for form in (s.name, *s.alt_names):
            key = concept_key(form)
            if key:
                groups[key].append((s, form, dominant_script(form)))
    for group in groups.values():
        for (a, form_a, script_a), (b, form_b, script_b) in itertools.combinations(group, 2):
            if a.position != b.position and script_a != script_b:
                yield _warning(
                    a, b,
                    f"#{a.position} {form_a!r} and #{b.position} {form_b!r} may be the same "
                    "organisation in two scripts",
                )  # fmt: skip


def find_possible_duplicates(signatories: Sequence[Signatory]) -> list[ParseWarning]:
    """Warn about entries that may be the same organisation; both entries are kept.

    Parameters
    ----------
    signatories : sequence of Signatory
        One letter's signatories.

    Returns
    -------
    list of ParseWarning
        One ``possible-duplicate`` warning per pair, ``positions`` naming both entries, in the
        order the tests found them (same name, acronym, two scripts), each pair once.

    Examples
    --------
    >>> from kg.model import Signatory
    >>> a = Signatory(1, "HRIC", "HRIC")
    >>> b = Signatory(2, "Human Rights in China", "Human Rights in China")
    >>> [w.message for w in find_possible_duplicates([a, b])]
    ["#1 'HRIC' may be the acronym of #2 'Human Rights in China'"]
    """
    found: list[ParseWarning] = []
    seen: set[frozenset[int]] = set()
    for warning in itertools.chain(
        _same_names(signatories), _acronyms(signatories), _scripts(signatories)
    ):
        pair = frozenset(warning.positions)
        if pair not in seen:
            seen.add(pair)
            found.append(warning)
    return found
