"""``kg wikidata``: build snapshots from the live API, show the active source, search a KB."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.app import app
from kg.cli.options import KbOption, http_url, not_blank_each, output_path

__all__ = ["wikidata_app"]

wikidata_app = typer.Typer(
    name="wikidata",
    help="Wikidata knowledge bases: snapshots, sources, look-ups.",
    no_args_is_help=True,
)
app.add_typer(wikidata_app)


@wikidata_app.command("snapshot")
def snapshot(
    names: list[str] = typer.Argument(None, help="Names to look up (top candidates kept)."),
    out: Path = typer.Option(
        ...,
        "--out",
        "-o",
        dir_okay=False,
        callback=output_path,
        help="Snapshot file to write or refresh.",
    ),
    from_links: Path | None = typer.Option(
        None,
        "--from-links",
        dir_okay=False,
        help="TSV with a qid column (e.g. links.tsv of kg build).",
    ),
    language: list[str] = typer.Option(
        ["en"], "--language", "-l", callback=not_blank_each, help="Search languages."
    ),
    per_name: int = typer.Option(3, help="Candidates kept per name."),
    class_depth: int = typer.Option(2, help="Levels of P279 parents of P31 classes to add."),
    api_url: str | None = typer.Option(
        None, callback=http_url, help="Action API URL (default Wikidata)."
    ),
    cache_dir: Path | None = typer.Option(
        None, file_okay=False, callback=output_path, help="HTTP cache directory."
    ),
    attempts: int = typer.Option(4, min=1, max=10, help="Tries per request before giving up."),
) -> None:
    """Build or refresh a JSON Lines snapshot from the live Wikidata API (written atomically)."""
    from linkers.snapshot_refresh import build_snapshot, qids_from_links
    from linkers.wikidata.api import DEFAULT_API_URL, WikidataAPI
    from linkers.wikidata.http import RetryPolicy

    qids = qids_from_links(from_links) if from_links else []
    policy = RetryPolicy(attempts=attempts)
    api = WikidataAPI(api_url or DEFAULT_API_URL, cache_dir=cache_dir, policy=policy)
    try:
        report = build_snapshot(
            out,
            api,
            names=names or [],
            qids=qids,
            languages=language,
            per_name=per_name,
            class_depth=class_depth,
        )
    finally:
        api.close()
    typer.echo(
        f"wrote {report.written} entities to {report.path} ({report.fetched} fetched, "
        f"{report.kept} kept, {report.requests} requests)"
    )
    if report.not_found:
        typer.echo(f"not found: {'; '.join(report.not_found)}", err=True)


@wikidata_app.command("info")
def info(
    kb: KbOption = "auto",
    offline: bool = typer.Option(False, "--offline", help="Never use the network."),
    cache_dir: Path | None = typer.Option(
        None, file_okay=False, callback=output_path, help="HTTP cache directory."
    ),
) -> None:
    """Show which knowledge base is active, its date, and where the HTTP cache lives."""
    from linkers.factory import open_kb
    from linkers.snapshot import SnapshotKB, bundled_snapshot_path
    from linkers.wikidata.http import default_cache_dir, user_agent

    base = open_kb(kb, offline=offline, cache_dir=cache_dir)
    try:
        typer.echo(f"source: {base.source.name}")
        typer.echo(f"retrieved: {base.source.retrieved or 'unknown'}")
        if isinstance(base, SnapshotKB):
            typer.echo(f"entities: {len(base)}")
        typer.echo(f"bundled snapshot: {bundled_snapshot_path()}")
        typer.echo(f"http cache: {cache_dir or default_cache_dir()}")
        typer.echo(f"user agent: {user_agent()}")
    finally:
        base.close()


@wikidata_app.command("search")
def search(
    text: str = typer.Argument(..., help="Name to look up."),
    kb: KbOption = "auto",
    language: list[str] = typer.Option(
        ["en"], "--language", "-l", callback=not_blank_each, help="Search languages."
    ),
    limit: int = typer.Option(10, min=1, max=50),
    offline: bool = typer.Option(False, "--offline", help="Never use the network."),
) -> None:
    """Search a knowledge base by name and print QID, match and label, one per line."""
    from kg.errors import InputError
    from linkers.factory import open_kb

    if not text.strip():
        raise InputError("the name to search for is empty")
    base = open_kb(kb, offline=offline)
    try:
        for hit in base.search(text, languages=language, limit=limit):
            typer.echo(f"{hit.qid}\t{hit.match_type}\t{hit.matched_text}\t{hit.label or ''}")
    finally:
        base.close()
