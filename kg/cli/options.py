"""Options shared by several ``kg`` commands: one definition, one help text, one check.

``KbOption`` is the ``--kb`` option of every command that opens a knowledge base; its help lists
the spec forms :func:`linkers.factory.open_kb` accepts (:data:`linkers.factory.KB_SPECS`), so the
two cannot drift apart. ``positive_seconds`` is the callback of every ``--timeout``.

Examples
--------
>>> positive_seconds(2.5)
2.5
>>> try:
...     positive_seconds(float("nan"))
... except typer.BadParameter as exc:
...     print(exc.message)
must be a positive number of seconds, got nan
"""

from __future__ import annotations

import math
from typing import Annotated

import typer

from linkers.factory import KB_SPECS

__all__ = ["KB_HELP", "KbOption", "positive_seconds"]

#: Help of ``--kb``: every form :func:`linkers.factory.open_kb` accepts.
KB_HELP = (
    f"Knowledge base: {KB_SPECS}. auto: bundled snapshot, then live Wikidata; "
    "api:URL another MediaWiki/Wikibase action API; sparql:URL a WDQS-compatible endpoint."
)

#: The ``--kb`` option (default ``auto``): ``kb: KbOption = "auto"``.
KbOption = Annotated[str, typer.Option("--kb", help=KB_HELP)]


def positive_seconds(value: float) -> float:
    """Check a ``--timeout``: a finite number of seconds above zero.

    Raises
    ------
    typer.BadParameter
        Zero, negative, ``nan`` or ``inf`` (Click names the option in its one-line message).
    """
    if not math.isfinite(value) or value <= 0:
        raise typer.BadParameter(f"must be a positive number of seconds, got {value:g}")
    return value
