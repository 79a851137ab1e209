"""How distinctive a name token is: the guard against generic-word false positives.

NGO names are built from a small stock of words ("Human Rights", "Association", "Network",
"Foundation"). A shared generic word says nothing about identity, so a name match counts only
when a *rare* token agrees. Rarity is computed at link time from three legitimate sources,
never from any test's expectations:

1. **the run's corpus**: document frequencies over the names being linked (each signatory,
   with its alternate names and acronym, is one document) and over the knowledge base's labels
   and aliases when the KB can list them (each item is one document). The generic words of
   joint letters ("human", "rights", "network") are frequent in any such corpus;
2. **generic organisation words** (``linkers/data/generic_words.tsv``): a curated vocabulary of
   words that name a *kind* of body or a common cause in several languages (Association,
   Asociación, Verein, 協会, Rights, Menschenrechte), never the name of an organisation; such a
   word is capped at :data:`GENERIC_RARITY` however few times the corpus holds it;
3. **general-language frequency** (``wordfreq``, when installed): a frequent dictionary word is
   a little less distinctive than a rare word or a coined name (at most a
   :data:`WORDFREQ_WEIGHT` reduction: "Watch" and "Amnesty" are dictionary words too).

Function words have rarity 0; place names are qualifiers (low rarity; they are checked
separately). :class:`TokenRarity` is a frozen value: building it reads data, using it does not.

Examples
--------
>>> r = TokenRarity({"human": 40, "rights": 45, "watch": 3}, n=400)
>>> r.rarity("human") < r.rarity("watch") < r.rarity("benenson")
True
>>> r.rarity("the")
0.0
>>> g = build_rarity([["Asociación Pro Derechos"], ["Kobayashi Verein"]], prior=GeneralPrior())
>>> g.rarity("asociacion") <= GENERIC_RARITY < g.rarity("kobayashi")
True
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from linkers.normalize import STOPWORDS, name_key, tokens

__all__ = [
    "GENERIC_RARITY",
    "WORDFREQ_WEIGHT",
    "GeneralPrior",
    "TokenRarity",
    "build_rarity",
    "default_rarity",
    "generic_words",
]

log = logging.getLogger(__name__)

_PLACE_RARITY = 0.3
#: Highest rarity a listed generic organisation word can have.
GENERIC_RARITY = 0.4
#: Largest share of rarity that general-language frequency can take away.
WORDFREQ_WEIGHT = 0.2
_WORDFREQ_LANGS = ("en", "fr", "es", "de", "pt", "it", "nl")
_ZIPF_RARE, _ZIPF_COMMON = 4.0, 7.0  # below: no reduction; at or above: the full weight


@dataclass(frozen=True)
class TokenRarity:
    """Token → rarity in [0, 1] from document frequencies over ``n`` documents and a prior.

    ``generic`` holds tokens of listed generic organisation words (capped at
    :data:`GENERIC_RARITY`); ``general`` maps tokens to a factor in
    [1 - :data:`WORDFREQ_WEIGHT`, 1] from general-language frequency (absent: 1).
    """

    df: Mapping[str, int] = field(default_factory=dict)
    n: int = 1
    places: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()
    general: Mapping[str, float] = field(default_factory=dict)

    def rarity(self, token: str) -> float:
        """1.0 for a token never seen, falling with its document frequency; 0 for stopwords."""
        if not token or token in STOPWORDS or token.isdigit():
            return 0.0
        if token in self.places:
            return _PLACE_RARITY
        count = self.df.get(token, 0)
        corpus = 1.0 if count <= 1 else 1.0 - math.log(count) / math.log(max(self.n, 3))
        value = max(0.0, min(1.0, corpus)) * self.general.get(token, 1.0)
        if token in self.generic:
            value = min(value, GENERIC_RARITY)
        return value

    def with_documents(
        self, documents: Iterable[Iterable[str]], prior: GeneralPrior | None = None
    ) -> TokenRarity:
        """A copy that also counts ``documents`` (groups of names of one body each)."""
        extra, count = _document_frequencies(documents)
        if not count:
            return self
        merged = Counter(self.df)
        merged.update(extra)
        general = dict(self.general)
        if prior is not None:
            general.update(prior.factors(t for t in extra if t not in general))
        return replace(self, df=dict(merged), n=self.n + count, general=general)

    def with_names(self, names: Iterable[str], prior: GeneralPrior | None = None) -> TokenRarity:
        """A copy that also counts ``names``, each as its own document."""
        return self.with_documents(([name] for name in names), prior)


def _document_frequencies(documents: Iterable[Iterable[str]]) -> tuple[Counter[str], int]:
    df: Counter[str] = Counter()
    n = 0
    for names in documents:
        toks = {t for name in names for t in tokens(name)}
        if toks:
            df.update(toks)
            n += 1
    return df, n


@lru_cache(maxsize=1)
def generic_words() -> dict[str, frozenset[str]]:
    """The packaged generic organisation words, keyed like names → their languages.

    Words in other scripts are keyed the same way as names (``協会`` → ``xie hui``); every token
    of a key counts as generic.
    """
    text = resources.files("linkers.data").joinpath("generic_words.tsv").read_text("utf-8")
    table: dict[str, set[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, rest = line.partition("\t")
        langs = rest.split("\t", 1)[0]
        for token in name_key(word).split():
            table.setdefault(token, set()).update(p for p in langs.split(",") if p)
    return {k: frozenset(v) for k, v in table.items()}


@dataclass(frozen=True)
class GeneralPrior:
    """General-language knowledge: the generic-word list and, optionally, word frequencies.

    Parameters
    ----------
    use_wordfreq
        Look tokens up in ``wordfreq`` (if installed) over ``languages``.
    languages
        Languages whose frequency lists are consulted (the highest frequency counts).
    """

    use_wordfreq: bool = True
    languages: Sequence[str] = _WORDFREQ_LANGS

    def generic(self) -> frozenset[str]:
        return frozenset(generic_words())

    def factors(self, toks: Iterable[str]) -> dict[str, float]:
        """Token → factor in [1 - WORDFREQ_WEIGHT, 1]; empty without ``wordfreq``."""
        zipf = _zipf_lookup() if self.use_wordfreq else None
        if zipf is None:
            return {}
        out = {}
        for token in toks:
            best = max(zipf(token, lang) for lang in self.languages)
            share = (best - _ZIPF_RARE) / (_ZIPF_COMMON - _ZIPF_RARE)
            factor = 1.0 - WORDFREQ_WEIGHT * max(0.0, min(1.0, share))
            if factor < 1.0:
                out[token] = round(factor, 4)
        return out


@lru_cache(maxsize=1)
def _zipf_lookup():  # type: ignore[no-untyped-def]
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        log.info("wordfreq is not installed; token rarity uses the corpus and word list only")
        return None
    return zipf_frequency


def build_rarity(
    documents: Iterable[Iterable[str]] = (),
    *,
    prior: GeneralPrior | None = None,
    places: frozenset[str] = frozenset(),
) -> TokenRarity:
    """Rarity from a corpus of name documents plus the general-language prior.

    Parameters
    ----------
    documents
        Groups of names, one group per body: the signatories of the letters being linked, the
        items of the knowledge base (labels and aliases).
    prior
        General-language knowledge (default: :class:`GeneralPrior` with ``wordfreq``).
    places
        Tokens to treat as place qualifiers.
    """
    prior = prior or GeneralPrior()
    df, n = _document_frequencies(documents)
    return TokenRarity(
        dict(df), max(n, 1), places, generic=prior.generic(), general=prior.factors(df)
    )


@lru_cache(maxsize=1)
def default_rarity() -> TokenRarity:
    """Rarity with no corpus: the generic-word list and general-language frequency only.

    Unseen words are rare; the linker adds its letters' names and the KB's labels to this.
    """
    return build_rarity(())
