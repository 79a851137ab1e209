"""The shared Typer application; each ``kg/cli/<area>.py`` module adds its commands to it."""

from __future__ import annotations

import typer

__all__ = ["app"]

app = typer.Typer(
    name="kg",
    help="coalition-kg: joint civil-society letters as a linked-data graph and coalition network.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.command("version")
def version() -> None:
    """Print the installed coalition-kg version."""
    from importlib.metadata import version as dist_version

    typer.echo(f"coalition-kg {dist_version('coalition-kg')}")


@app.callback()
def _root() -> None:
    """coalition-kg: joint civil-society letters as a linked-data graph and coalition network."""
