"""How distinctive a name token is: the guard against generic-word false positives.

NGO names are built from a small stock of words ("Human Rights", "Association", "Network",
"Tibet", "Uyghur"). A shared generic word says nothing about identity, so a name match counts
only when a *rare* token agrees. Rarity comes from data: the document frequency of each token in
a corpus of organisation names and knowledge-base labels (``linkers/data/token_df.json``,
rebuilt by :func:`linkers.calibrate.derive_token_df`), optionally extended at run time with the
names of the letter being linked. Function words have rarity 0; place names are qualifiers
(low rarity; they are checked separately).

Examples
--------
>>> r = TokenRarity({"human": 40, "rights": 45, "watch": 3}, n=400)
>>> r.rarity("human") < r.rarity("watch") < r.rarity("benenson")
True
>>> r.rarity("the")
0.0
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from linkers.normalize import STOPWORDS, tokens

__all__ = ["TokenRarity", "default_rarity"]

_PLACE_RARITY = 0.3


@dataclass(frozen=True)
class TokenRarity:
    """Token → rarity in [0, 1] from document frequencies over ``n`` names."""

    df: Mapping[str, int] = field(default_factory=dict)
    n: int = 1
    places: frozenset[str] = frozenset()

    def rarity(self, token: str) -> float:
        """1.0 for a token never seen, falling with its document frequency; 0 for stopwords."""
        if not token or token in STOPWORDS or token.isdigit():
            return 0.0
        if token in self.places:
            return _PLACE_RARITY
        count = self.df.get(token, 0)
        if count <= 1:
            return 1.0
        return max(0.0, 1.0 - math.log(count) / math.log(max(self.n, 3)))

    def with_names(self, names: Iterable[str]) -> TokenRarity:
        """A copy that also counts ``names`` (e.g. every name of the letter being linked)."""
        extra: Counter[str] = Counter()
        count = 0
        for name in names:
            extra.update(set(tokens(name)))
            count += 1
        merged = Counter(self.df)
        merged.update(extra)
        return TokenRarity(dict(merged), self.n + count, self.places)


@lru_cache(maxsize=1)
def default_rarity() -> TokenRarity:
    """The rarity table shipped with the package."""
    text = resources.files("linkers.data").joinpath("token_df.json").read_text("utf-8")
    data = json.loads(text)
    return TokenRarity(data["df"], int(data["n"]))
