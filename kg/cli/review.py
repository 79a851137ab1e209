"""``kg review export|import``: uncertain link decisions to a CSV and judgements back."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.app import app
from kg.cli.options import KbOption, output_path

__all__ = ["review_app"]

review_app = typer.Typer(
    help="Human review of link decisions, kept as versioned data.", no_args_is_help=True
)
app.add_typer(review_app, name="review")


@review_app.command("export")
def export(
    files: list[Path] = typer.Argument(
        ..., dir_okay=False, help="Letter files to link and review."
    ),
    out: Path = typer.Option(
        ..., "--out", dir_okay=False, callback=output_path, help="CSV to write."
    ),
    kb: KbOption = "auto",
    offline: bool = typer.Option(False, "--offline", help="Never use the network."),
    overrides: Path | None = typer.Option(
        None, "--overrides", dir_okay=False, help="Existing overrides (TSV)."
    ),
    include_nil: bool = typer.Option(False, "--include-nil", help="Also NIL rows with candidates."),
) -> None:
    """Write the decisions that need a person (REVIEW, optionally NIL) to an editable CSV."""
    from linkers.batch import link_files
    from linkers.review import export_review

    links = link_files(files, kb_spec=kb, offline=offline, overrides=overrides)
    rows = ((item.letter_id, r) for item in links for r in item.results)
    count = export_review(rows, out, include_nil=include_nil)
    typer.echo(f"{count} decisions to review written to {out}")


@review_app.command("import")
def import_(
    csv_file: Path = typer.Argument(..., dir_okay=False, help="The edited review CSV."),
    overrides: Path = typer.Option(
        ..., "--overrides", dir_okay=False, help="Overrides file to append to (TSV)."
    ),
    author: str = typer.Option("", "--author", help="Who judged (when the CSV does not say)."),
) -> None:
    """Append the judged rows of a review CSV to the overrides file."""
    from linkers.review import import_review

    count = import_review(csv_file, overrides, author=author)
    typer.echo(f"{count} judgements added to {overrides}")
    if not count:
        typer.echo(
            f"note: no row of {csv_file} has a judgement (match, no-match, unsure)", err=True
        )
