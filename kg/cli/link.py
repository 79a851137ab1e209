"""``kg link FILE...``: link every signatory and recipient of letters to Wikidata."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.app import app
from kg.cli.options import KbOption

__all__ = ["link"]


@app.command("link")
def link(
    files: list[Path] = typer.Argument(
        ..., dir_okay=False, help="Letter files (.txt, .md, .html, .pdf, .docx)."
    ),
    kb: KbOption = "auto",
    offline: bool = typer.Option(False, "--offline", help="Never use the network."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object per mention."),
    overrides: Path | None = typer.Option(
        None, "--overrides", dir_okay=False, help="Review overrides (TSV)."
    ),
    checkpoint: Path | None = typer.Option(
        None,
        "--checkpoint",
        dir_okay=False,
        help="Append-only JSONL of decisions; a rerun continues from it.",
    ),
    thresholds: Path | None = typer.Option(
        None, "--thresholds", dir_okay=False, help="Thresholds JSON."
    ),
) -> None:
    """Link signatories and recipients to Wikidata: LINKED, REVIEW or NIL with reasons."""
    import json

    from linkers.batch import link_files, links_to_json_rows

    links = link_files(
        files,
        kb_spec=kb,
        offline=offline,
        overrides=overrides,
        checkpoint=checkpoint,
        thresholds=thresholds,
    )
    if as_json:
        typer.echo(json.dumps(links_to_json_rows(links), ensure_ascii=False, indent=1))
    else:
        from kg.cli.link_view import print_links

        print_links(links)
