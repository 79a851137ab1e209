"""Reading address lines from the top of a letter, whatever the language's line rules.

>>> def line(text):
...     return ("address", text[3:]) if text.startswith("To ") else None
>>> read_address_lines(["Title", "To the Council", "We write."], line, lambda t: "." in t)
('the Council', frozenset({1}))
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

__all__ = ["LineReader", "read_address_lines"]

#: One line -> ``("address" | "salutation", recipients text)``, or ``None`` for any other line.
LineReader = Callable[[str], "tuple[str, str] | None"]


def read_address_lines(
    texts: Sequence[str],
    read_line: LineReader,
    is_prose: Callable[[str], bool],
    *,
    used: Collection[int] = (),
) -> tuple[str | None, frozenset[int]]:
    """The recipients text of the address lines (else of the salutations) at the top of
    ``texts``, and the indices of the lines read.

    Reading stops at the first line of running text (``is_prose``) that ``read_line`` does not
    read; ``used`` lines (already read as the title, date ...) are looked at but never stop it.
    """
    read: dict[str, list[str]] = {"address": [], "salutation": []}
    indices: set[int] = set()
    for i, raw in enumerate(texts):
        text = raw.strip()
        if not text:
            continue
        found = read_line(text)
        if found is not None:
            indices.add(i)
            read[found[0]].append(found[1])
        elif i not in used and is_prose(text):
            break
    return "; ".join(read["address"] or read["salutation"]) or None, frozenset(indices)
