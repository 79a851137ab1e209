"""The project's exception hierarchy: one root, two levels, always chained.

``KGError`` is what the CLI turns into a one-line message and a non-zero exit.
"""

from __future__ import annotations

__all__ = [
    "InputError",
    "KGError",
    "LetterParseError",
    "LinkingAbort",
    "LinkingError",
    "QueryError",
    "StoreError",
    "one_line",
]


class KGError(Exception):
    """Root of every error the product raises on purpose."""


class InputError(KGError):
    """A file or argument the user gave cannot be used (missing, empty, wrong type, too big)."""


class LetterParseError(KGError):
    """A letter was read but nothing useful could be parsed from it."""


class LinkingError(KGError):
    """Linking one mention failed: skip this item and record why."""


class LinkingAbort(KGError):
    """Linking cannot go on (authentication refused, retries exhausted): stop the run."""


class StoreError(KGError):
    """The RDF store could not be opened, loaded or written."""


class QueryError(KGError):
    """A SPARQL query was refused, malformed or timed out."""


def one_line(message: object) -> str:
    """``message`` (an exception or text) on one line: parser messages often span several.

    >>> one_line(ValueError("bad\\n  token at line 3"))
    'bad token at line 3'
    """
    return " ".join(str(message).split())
