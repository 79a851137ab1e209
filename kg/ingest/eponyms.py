"""Eponymous places: a place in an organisation's name that names an accord, not the seat.

The Helsinki Final Act (1975) gave its name to a movement of human-rights monitors: Helsinki
Committees, Groups and Foundations in many countries (the Moscow Helsinki Group, the Norwegian
Helsinki Committee, the Helsinki Foundation for Human Rights in Warsaw). In those names the city
is the accord's, and says nothing about where the organisation sits; a country hint of Finland
would be wrong far more often than right. The place is eponymous only when one of its
movement's organisation words follows it directly (``Helsinki Committee``,
``Хельсинкская группа``): ``Helsinki Deaconess Institute`` still points to Finland.

Other accords named after cities (Geneva, Oslo, Paris) are not listed: organisations named after
them mostly sit in that city, so the place hint is right more often than not.

>>> is_eponym("FI", "helsinki", "committee"), is_eponym("FI", "helsinki", "deaconess")
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.ingest.orgwords import org_word_concepts
from kg.ingest.tokens import norm_token

__all__ = ["EPONYMS", "Eponym", "is_eponym"]


@dataclass(frozen=True)
class Eponym:
    """A city that, followed by one of ``heads``, names ``accord`` rather than a seat."""

    code: str
    stems: tuple[str, ...]  # normalised beginnings of the city's name and its derived forms
    accord: str
    heads: frozenset[str]  # organisation-word concepts (:mod:`kg.ingest.orgwords`) or words


EPONYMS: tuple[Eponym, ...] = (
    Eponym(
        code="FI",
        stems=("helsink", "хельсинк", "helsingfors"),
        accord="Helsinki Final Act (1975)",
        heads=frozenset({"committee", "group", "foundation", "federation", "watch", "monitor"}),
    ),
)


@cache
def _heads(eponym: Eponym) -> frozenset[str]:
    """The words (every language of the organisation-word table) that make ``eponym`` one."""
    words = {w for w, concept in org_word_concepts().items() if concept in eponym.heads}
    return frozenset(norm_token(w) for w in words | eponym.heads)


def is_eponym(code: str, token: str, next_token: str | None) -> bool:
    """Whether the place word ``token`` of country ``code``, followed by ``next_token``
    (both normalised with :func:`kg.ingest.tokens.norm_token`), names an accord.
    """
    if next_token is None:
        return False
    return any(
        eponym.code == code and token.startswith(eponym.stems) and next_token in _heads(eponym)
        for eponym in EPONYMS
    )
