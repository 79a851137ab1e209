"""Candidate generation: the search queries a mention deserves, and the entities they find.

Every full name, alternate name and script of a mention is a query, and so is its acronym
(acronym hits are scored, but an acronym alone never links). Because knowledge-base search is
label- and prefix-based (as Wikidata's ``wbsearchentities`` is), a few general variants widen
the net so that the *parent* of a section is found and can be ruled out explicitly: the name
without its bracketed part, without a trailing ``- Place`` / ``, Place`` qualifier and without
place words; for offices "Office of the ..."; for collectives the singular; and capitalised
acronyms inside a name spelt out from the knowledge base's own acronym aliases (``UN`` →
``United Nations``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kg.places import places_in
from linkers.kb import Entity, KnowledgeBase
from linkers.mention import Mention, MentionKind
from linkers.normalize import (
    acronyms_in,
    clean_name,
    is_acronym,
    name_key,
    script_of,
    stopword_languages,
    strip_legal_form,
    without_brackets,
)
from linkers.rarity import TokenRarity

__all__ = ["Query", "gather", "languages_for", "query_variants", "search_hits"]

_TRAILING_QUALIFIER = re.compile(r"\s*(?:[-–—,]\s*|\s)([^-–—,]+)$")
_SCRIPT_LANGS = {
    "latin": ("en",),
    "cyrillic": ("ru", "uk", "en"),
    "cjk": ("zh", "ja", "en"),
    "kana": ("ja", "en"),
    "hangul": ("ko", "en"),
    "arabic": ("ar", "en"),
    "hebrew": ("he", "en"),
    "greek": ("el", "en"),
    "thai": ("th", "en"),
    "devanagari": ("hi", "en"),
}
MAX_QUERIES = 10
#: A word at least this rare is searched on its own (rare enough to carry a match).
RARE_QUERY = 0.7
SEARCH_LIMIT = 10


@dataclass(frozen=True)
class Query:
    """One search to run: text and the languages to search in."""

    text: str
    languages: tuple[str, ...]


_LATIN_LANGS = ("en", "fr", "es", "de", "pt")


def languages_for(text: str) -> tuple[str, ...]:
    """Search languages for a name: from its script, and for Latin script from its function
    words (``des``, ``para``, ``für``...); a name with accents but no telling word gets the five
    main Latin-script languages. English is always among them."""
    script = script_of(text)
    if script != "latin":
        return _SCRIPT_LANGS.get(script, ("en",))
    table = stopword_languages()
    found = {lang for t in name_key(text).split() for lang in table.get(t, ())}
    if not found - {"en"} and not text.isascii():
        found = set(_LATIN_LANGS)
    return ("en", *sorted(found - {"en"}))


def _rare_tokens(name: str, rarity: TokenRarity | None, *, top: int = 2) -> list[str]:
    """The most distinctive words of a multi-word name: queries that survive a typo elsewhere."""
    words = list(dict.fromkeys(w for w in name_key(name).split() if len(w) >= 4))
    if len(words) < 2 or rarity is None:
        return []
    ranked = sorted(words, key=lambda w: (-rarity.rarity(w), -len(w), w))
    return [w for w in ranked[:top] if rarity.rarity(w) >= RARE_QUERY]


def _without_places(name: str) -> str:
    key_words = name.split()
    place_words = {w for p in places_in(name) for w in p.key.split()}
    kept = [w for w in key_words if name_key(w) not in place_words]
    return " ".join(kept)


def _singular(name: str) -> str:
    head, _, last = name.rpartition(" ")
    if last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        return f"{head} {last[:-1]}".strip()
    return name


def query_variants(
    mention: Mention,
    expansions: dict[str, tuple[str, ...]] | None = None,
    rarity: TokenRarity | None = None,
) -> list[str]:
    """The query strings for a mention, most specific first, without duplicates."""
    out: list[str] = []
    for name in mention.full_names:
        out.append(name)
        bare = without_brackets(name)
        out.append(bare)
        match = _TRAILING_QUALIFIER.search(bare)
        if match and places_in(match.group(1)):
            out.append(clean_name(bare[: match.start()]))
        out.append(clean_name(_without_places(bare)))
        out.append(strip_legal_form(name_key(bare)))  # "Foundation Inc." → "foundation"
        if mention.kind == MentionKind.OFFICE:
            out.append(f"Office of the {bare}")
        if mention.kind == MentionKind.COLLECTIVE:
            out.append(_singular(bare))
        for acr in acronyms_in(bare) if not is_acronym(bare) else ():
            for long in (expansions or {}).get(acr, ()):
                spelt = re.sub(rf"\b{acr}\b", long, bare)
                out.append(spelt)
                if mention.kind == MentionKind.OFFICE:
                    out.append(f"Office of the {spelt}")
    out.extend(mention.acronyms)
    for name in mention.full_names[:1]:
        out.extend(_rare_tokens(name, rarity))
    seen: set[str] = set()
    unique = []
    for text in out:
        key = name_key(text)
        if key and key not in seen:
            seen.add(key)
            unique.append(text)
    return unique[:MAX_QUERIES]


def acronym_expansions(kb: KnowledgeBase, mention: Mention) -> dict[str, tuple[str, ...]]:
    """Capitalised acronyms inside the mention's names, spelt out by the KB's acronym aliases."""
    found: dict[str, tuple[str, ...]] = {}
    for name in mention.full_names:
        for acr in set(acronyms_in(name)):
            if acr in found or is_acronym(name):
                continue
            hits = kb.search(acr, languages=("en",), limit=5)
            longs = [h.label for h in hits if h.matched_text == acr and h.label and h.label != acr]
            found[acr] = tuple(dict.fromkeys(longs))[:2]
    return found


def search_hits(
    kb: KnowledgeBase,
    mention: Mention,
    *,
    limit: int = SEARCH_LIMIT,
    rarity: TokenRarity | None = None,
) -> list[str]:
    """Run the queries of a mention; the ids of all hits, first found first, once each.

    The mention's own names are searched first; once one of them is found exactly as a label or
    alias, the wider variants are not needed (they exist to find something when the names as
    written find nothing, and to surface relatives) and are skipped, saving requests.
    """
    wanted = {name_key(n) for n in mention.full_names}
    qids: list[str] = []
    exact: list[bool] = []  # non-empty once a name was found as written
    for query in queries(kb, mention, rarity=rarity, stop=lambda: bool(exact)):
        for hit in kb.search(query.text, languages=query.languages, limit=limit):
            qids.append(hit.qid)
            if name_key(hit.matched_text) in wanted:
                exact.append(True)
    return list(dict.fromkeys(qids))


def gather(
    kb: KnowledgeBase,
    mention: Mention,
    *,
    limit: int = SEARCH_LIMIT,
    rarity: TokenRarity | None = None,
) -> dict[str, Entity]:
    """The entity records of all hits of :func:`search_hits` (one ``entities`` call)."""
    return kb.entities(search_hits(kb, mention, limit=limit, rarity=rarity))


def queries(
    kb: KnowledgeBase,
    mention: Mention,
    *,
    rarity: TokenRarity | None = None,
    stop: Callable[[], bool] = lambda: False,
) -> Iterator[Query]:
    """The searches to run for a mention: its names as written first, then (unless ``stop()``
    says enough was found) the variants."""
    first = list(mention.full_names[:MAX_QUERIES])
    for text in first:
        yield Query(text, languages_for(text))
    if stop():
        return
    expansions = acronym_expansions(kb, mention)
    done = {name_key(t) for t in first}
    for text in query_variants(mention, expansions, rarity):
        if name_key(text) not in done:
            yield Query(text, languages_for(text))
