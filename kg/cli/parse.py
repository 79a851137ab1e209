"""``kg parse FILE [--json]``: read one letter and print its structure."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.app import app

__all__ = ["parse"]


@app.command("parse")
def parse(
    file: Path = typer.Argument(
        ..., dir_okay=False, help="Letter file: .txt, .md, .html, .pdf or .docx."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the parsed letter as JSON."),
) -> None:
    """Parse a joint letter: header, recipients, signatories, themes, demands, warnings."""
    from kg.cli.parse_view import parse_with_progress, print_summary
    from kg.serialize import letter_to_json

    letter = parse_with_progress(file, show=not as_json)
    if as_json:
        typer.echo(letter_to_json(letter))
    else:
        print_summary(letter)
