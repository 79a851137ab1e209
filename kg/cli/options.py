"""Options shared by several ``kg`` commands: one definition, one help text, one check.

``KbOption`` is the ``--kb`` option of every command that opens a knowledge base; its help lists
the spec forms :func:`linkers.factory.open_kb` accepts (:data:`linkers.factory.KB_SPECS`), so the
two cannot drift apart, and a URL in it must be http(s). ``positive_seconds`` is the callback of
every ``--timeout``, ``http_url`` of URL options, ``output_path`` of every ``--out``: checked
before any work is done, so a bad value never costs a long run.

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
from pathlib import Path
from typing import Annotated

import typer

from linkers.factory import KB_SPECS

__all__ = [
    "KB_HELP",
    "KbOption",
    "check_kb_spec",
    "http_url",
    "http_urls",
    "not_blank",
    "not_blank_each",
    "output_path",
    "positive_seconds",
]

#: Help of ``--kb``: every form :func:`linkers.factory.open_kb` accepts.
KB_HELP = (
    f"Knowledge base: {KB_SPECS}. auto: bundled snapshot, then live Wikidata; "
    "api:URL another MediaWiki/Wikibase action API; sparql:URL a WDQS-compatible endpoint."
)


def http_url(value: str | None) -> str | None:
    """Check an endpoint URL option: ``http://`` or ``https://`` (``None`` passes).

    Raises
    ------
    typer.BadParameter
        Any other scheme, or none.
    """
    if value is not None and not value.startswith(("http://", "https://")):
        raise typer.BadParameter(f"expected an http(s) URL, got {value!r}")
    return value


def http_urls(values: list[str]) -> list[str]:
    """:func:`http_url` for every value of a repeatable option."""
    for value in values:
        http_url(value)
    return values


def check_kb_spec(value: str) -> str:
    """Check the URL of ``--kb api:URL`` / ``sparql:URL`` (the rest is checked by ``open_kb``).

    Raises
    ------
    typer.BadParameter
        The URL is not http(s).
    """
    kind, _, arg = value.strip().partition(":")
    if kind in ("api", "sparql") and arg:
        try:
            http_url(arg)
        except typer.BadParameter as exc:
            raise typer.BadParameter(f"{kind}:URL {exc.message}") from exc
    return value


def output_path(value: Path | None) -> Path | None:
    """Check an output path can be created: no existing parent of it is a file.

    Raises
    ------
    typer.BadParameter
        A parent of ``value`` is an existing file, so nothing can be written below it.
    """
    if value is not None:
        for parent in Path(value).parents:
            if parent.exists() and not parent.is_dir():
                raise typer.BadParameter(
                    f"cannot write {value}: {parent} is a file, not a directory"
                )
    return value


#: The ``--kb`` option (default ``auto``): ``kb: KbOption = "auto"``.
KbOption = Annotated[str, typer.Option("--kb", callback=check_kb_spec, help=KB_HELP)]


def not_blank(value: str) -> str:
    """Check a text option is not empty (``--host ''`` would bind every interface).

    Raises
    ------
    typer.BadParameter
        Empty or only spaces.
    """
    if not value.strip():
        raise typer.BadParameter("must not be empty")
    return value


def not_blank_each(values: list[str]) -> list[str]:
    """:func:`not_blank` for every value of a repeatable option."""
    for value in values:
        not_blank(value)
    return values


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
