"""Class ancestry from any knowledge base: P31 classes and their P279 superclasses.

Works through the :class:`~linkers.kb.KnowledgeBase` protocol alone (batched ``entities``
calls, breadth first), so the API, SPARQL and snapshot KBs all give type information when
they hold the class items. Results are cached by the caller (the linker keeps one map).
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping

from linkers.kb import KnowledgeBase
from linkers.properties import PROP

__all__ = ["MAX_DEPTH", "ancestors"]

MAX_DEPTH = 6


def ancestors(
    kb: KnowledgeBase,
    classes: Iterable[str],
    cache: MutableMapping[str, frozenset[str]],
    *,
    max_depth: int = MAX_DEPTH,
) -> MutableMapping[str, frozenset[str]]:
    """Fill ``cache`` with class → {class and every superclass the KB knows} and return it."""
    todo = [c for c in dict.fromkeys(classes) if c not in cache]
    if not todo:
        return cache
    parents: dict[str, tuple[str, ...]] = {}
    frontier = list(todo)
    for _ in range(max_depth):
        frontier = [c for c in frontier if c not in parents and c not in cache]
        if not frontier:
            break
        found = kb.entities(frontier)
        nxt: list[str] = []
        for cls in frontier:
            ent = found.get(cls)
            parents[cls] = ent.values(PROP.SUBCLASS_OF) if ent else ()
            nxt.extend(parents[cls])
        frontier = nxt
    for cls in todo:
        cache[cls] = _closure(cls, parents, cache)
    return cache


def _closure(
    cls: str, parents: dict[str, tuple[str, ...]], cache: MutableMapping[str, frozenset[str]]
) -> frozenset[str]:
    seen: set[str] = set()
    stack = [cls]
    while stack:
        cur = stack.pop()
        if cur in seen:
            continue
        seen.add(cur)
        if cur in cache and cur != cls:
            seen |= cache[cur]
            continue
        stack.extend(parents.get(cur, ()))
    return frozenset(seen)
