"""Possible duplicates inside one letter: acronyms of other entries, names in two scripts."""

from __future__ import annotations

from collections.abc import Sequence

from kg.model import ParseWarning, Signatory

__all__ = ["find_possible_duplicates"]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def find_possible_duplicates(signatories: Sequence[Signatory]) -> list[ParseWarning]:
    """Warn about entries that may be the same organisation; both entries are kept.

    Examples
    --------
    >>> from kg.model import Signatory
    >>> a = Signatory(1, "HRIC", "HRIC")
    >>> b = Signatory(2, "Human Rights in China", "Human Rights in China")
    >>> [w.positions for w in find_possible_duplicates([a, b])]
    [(1, 2)]
    """
    warnings = []
    for short in signatories:
        if not short.name.isupper():
            continue
        for full in signatories:
            if full is not short and _initials(full.name) == short.name:
                warnings.append(
                    ParseWarning(
                        code="possible-duplicate",
                        message=f"#{short.position} {short.name!r} may be the acronym of "
                        f"#{full.position} {full.name!r}",
                        positions=(short.position, full.position),
                    )
                )
    return warnings
