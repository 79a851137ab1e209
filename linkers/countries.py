"""ISO 3166-1 alpha-2 country hints → Wikidata country items, through the knowledge base.

No hand table: the country's names come from :mod:`pycountry`, the item from a KB search for
them; an item is accepted when one of its labels or aliases is the country's name or its ISO
alpha-2/alpha-3 code (Wikidata and the bundled snapshot carry those as aliases), or its P297
claim gives the code; items typed as countries or states are preferred over namesakes.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping

from kg.places import country_names
from linkers.kb import Entity, KnowledgeBase
from linkers.normalize import name_key
from linkers.properties import PROP

__all__ = ["resolve_countries"]

_ISO_ALPHA2 = "P297"  # ISO 3166-1 alpha-2 code


def _accepts(entity: Entity, code: str, names: Iterable[str]) -> bool:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    codes = {code.upper(), country.alpha_3 if country else code.upper()}
    if code.upper() in {v.upper() for v in entity.values(_ISO_ALPHA2)}:
        return True
    texts = list(entity.labels.values()) + [a for al in entity.aliases.values() for a in al]
    keys = {name_key(n) for n in names}
    return any(t.strip() in codes for t in texts) or any(
        name_key(t) in keys for t in entity.labels.values()
    )


def _is_country(entity: Entity) -> bool:
    from linkers.types import PLACE

    return bool(set(entity.values(PROP.INSTANCE_OF)) & PLACE)


def resolve_countries(
    kb: KnowledgeBase, codes: Iterable[str], cache: MutableMapping[str, str | None]
) -> MutableMapping[str, str | None]:
    """Fill ``cache`` with code → country QID (``None`` when the KB has no such item)."""
    for code in dict.fromkeys(c.upper() for c in codes if c):
        if code in cache:
            continue
        cache[code] = None
        names = country_names(code)
        for name in names[:2]:
            hits = kb.search(name, languages=("en",), limit=5)
            found = kb.entities([h.qid for h in hits])
            ranked = sorted(found.values(), key=lambda e: not _is_country(e))
            match = next((e.qid for e in ranked if _accepts(e, code, names)), None)
            if match:
                cache[code] = match
                break
    return cache
