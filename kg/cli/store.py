"""``kg build``, ``kg query``, ``kg queries``, ``kg serve`` and ``kg push`` (see docs/store.md)."""

from __future__ import annotations

import contextlib
import os
import signal
from pathlib import Path
from typing import Annotated, Any

import typer

from kg.cli.app import app
from kg.cli.options import KbOption, http_urls, not_blank, output_path, positive_seconds
from kg.errors import InputError, QueryError

__all__ = ["build_command", "push_command", "queries_command", "query_command", "serve_command"]

DEFAULT_STORE = Path("out/store")


def _progress_bar() -> tuple[Any, Any]:
    """A progress bar on stderr when it is a terminal (logs and pipes get no bar lines)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    bar = Progress(
        TextColumn("{task.description:>8}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=False,
        disable=not console.is_terminal,
    )
    tasks: dict[str, Any] = {}

    def advance(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=total)
        bar.update(tasks[stage], completed=done, total=total)

    return bar, advance


@app.command("build")
def build_command(
    files: Annotated[list[Path], typer.Argument(help="Letter files (txt, md, html, pdf, docx).")],
    out: Annotated[
        Path, typer.Option("--out", file_okay=False, callback=output_path, help="Output directory.")
    ] = Path("out"),
    kb: KbOption = "auto",
    offline: Annotated[
        bool, typer.Option("--offline", help="Bundled snapshot + cache only.")
    ] = False,
    base: Annotated[
        str | None, typer.Option("--base", help="Base IRI of minted data IRIs.")
    ] = None,
    network: Annotated[bool, typer.Option("--network/--no-network", help="Write network.*")] = True,
    overrides: Annotated[
        Path | None,
        typer.Option(
            "--overrides",
            dir_okay=False,
            help="Human judgements (default: OUT/overrides.tsv if any).",
        ),
    ] = None,
) -> None:
    """Build the knowledge graph: ingest → link → graph → store → exports → network."""
    from kg.pipeline import build

    _check_base(base)
    bar, advance = _progress_bar()
    with bar:
        result = build(
            files,
            out,
            kb_spec=kb,
            offline=offline,
            base=base,
            progress=advance,
            network=network,
            overrides=overrides,
        )
    typer.echo(
        f"built {len(result.letters)} letter(s) ({result.reused_letters} from cache), "
        f"{result.quads} quads, knowledge base {result.kb_source}"
        f"{' (offline)' if offline else ''} → {out}/ in {result.seconds:.1f} s"
    )
    counts = result.decisions
    typer.echo(
        f"links: {counts['LINKED']} linked, {counts['REVIEW']} to review, {counts['NIL']} "
        f"without a Wikidata item ({counts['manual']} by hand"
        f"{f' from {result.overrides}' if result.overrides else ''}); "
        f"read {out / 'report.md'}"
    )
    for note in result.notes:
        typer.echo(f"note: {note}", err=True)
    for failure in result.failures:
        typer.echo(f"error: {failure.path}: {failure.message}", err=True)
    if not result.ok:
        total = len(result.failures) + len(result.letters)
        raise InputError(
            f"{len(result.failures)} of {total} input file(s) failed; see {out / 'report.md'}"
        )


def _check_base(base: str | None) -> None:
    """Refuse a bad ``--base`` before parsing and linking, not after."""
    from kg.iris import IriMinter

    if base is None:
        return
    try:
        IriMinter(base)
    except ValueError as exc:
        raise InputError(f"--base {base!r}: must be an absolute IRI ending with / or #") from exc


def _params(values: list[str]) -> dict[str, str]:
    """``NAME=VALUE`` pairs (:func:`kg.queries.bind_parameters` checks each NAME)."""
    params = {}
    for item in values:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise InputError(f"--param expects NAME=VALUE, got {item!r}")
        params[name] = value
    return params


def _query_text(query: str | None, file: Path | None, name: str | None) -> str:
    from kg.queries import named_query

    given = [x for x in (query, file, name) if x is not None]
    if len(given) != 1:
        raise InputError("give exactly one of QUERY, --file F.rq or --name NAME")
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read {file}: {exc.strerror}") from exc
        except UnicodeDecodeError as exc:
            raise InputError(f"cannot read {file}: not UTF-8 text ({exc.reason})") from exc
        if not text.strip():
            raise InputError(f"the query file {file} is empty")
        return text
    if name is not None:
        return named_query(name).sparql
    if not str(query).strip():
        raise InputError("the query text is empty")
    return str(query)


@app.command("query")
def query_command(
    query: Annotated[str | None, typer.Argument(help="SPARQL query text.")] = None,
    store: Annotated[Path, typer.Option("--store", help="Store directory.")] = DEFAULT_STORE,
    file: Annotated[
        Path | None, typer.Option("--file", dir_okay=False, help="Read the query from a file.")
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="A named query (kg queries).")] = None,
    param: Annotated[list[str], typer.Option("--param", help="NAME=VALUE restriction.")] = [],  # noqa: B006
    fmt: Annotated[str, typer.Option("--format", help="table | csv | json | tsv")] = "table",
    timeout: Annotated[
        float,
        typer.Option("--timeout", callback=positive_seconds, help="Seconds before stopping."),
    ] = 30.0,
    limit: Annotated[int, typer.Option("--limit", min=0, help="Most rows to return.")] = 10_000,
    allow_service: Annotated[
        list[str],
        typer.Option("--allow-service", callback=http_urls, help="Endpoint SERVICE may call."),
    ] = [],  # noqa: B006
) -> None:
    """Run a SPARQL SELECT or ASK query on the store."""
    from kg.queries import bind_parameters
    from kg.query import run_query
    from kg.query_format import format_result
    from kg.store import open_store

    text = _query_text(query, file, name)
    sparql = bind_parameters(text, _params(param))
    with open_store(store, read_only=True) as opened:
        result = run_query(
            opened, sparql, timeout=timeout, limit=limit, allow_service=allow_service
        )
    typer.echo(format_result(result, fmt), nl=fmt in ("json",))
    if result.truncated:
        typer.echo(f"note: output truncated at --limit {limit}", err=True)


@app.command("queries")
def queries_command(
    show: Annotated[str | None, typer.Option("--show", help="Print one query's text.")] = None,
) -> None:
    """List the named queries of the catalogue (or print one with --show NAME)."""
    from kg.queries import catalogue, named_query

    if show:
        typer.echo(named_query(show).sparql, nl=False)
        return
    for query in catalogue().values():
        typer.echo(f"{query.name}\n  {query.title}\n  columns: {', '.join(query.columns)}")
        typer.echo(f"  parameters: {query.parameters}")


@app.command("serve")
def serve_command(
    store: Annotated[Path, typer.Option("--store", help="Store directory.")] = DEFAULT_STORE,
    host: Annotated[
        str, typer.Option("--host", callback=not_blank, help="Address to bind.")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port (0: a free one).")
    ] = 7878,
    public: Annotated[bool, typer.Option("--public", help="Allow a non-loopback bind.")] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", callback=positive_seconds, help="Seconds per query.")
    ] = 60.0,
) -> None:
    """Serve the store read-only over SPARQL with the YASGUI page, until Ctrl-C."""
    from kg.server import start_server

    try:
        server = start_server(
            store, host=host, port=port or None, public=public, query_timeout=timeout
        )
    except OSError as exc:  # the address: not ours, or in use
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc

    def _stop(signum: int, frame: object) -> None:
        server.process.terminate()  # no exception here: wait() below then returns

    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        typer.echo(f"SPARQL endpoint {server.query_url} (YASGUI at {server.url}); Ctrl-C to stop")
        with contextlib.suppress(KeyboardInterrupt):
            server.process.wait()
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)
    if server.process.returncode not in (0, -signal.SIGTERM, -signal.SIGINT):
        raise QueryError(f"the oxigraph server ended with code {server.process.returncode}")
    typer.echo("stopped", err=True)


@app.command("push")
def push_command(
    endpoint: Annotated[str, typer.Option("--endpoint", help="Graph Store Protocol URL.")],
    store: Annotated[Path, typer.Option("--store", help="Store directory.")] = DEFAULT_STORE,
    replace: Annotated[
        bool, typer.Option("--replace/--merge", help="PUT or POST each graph.")
    ] = True,
    auth: Annotated[
        str | None,
        typer.Option("--auth", help="USER:PASSWORD or 'Bearer TOKEN' (or $KG_PUSH_AUTH)."),
    ] = None,
    graph: Annotated[list[str], typer.Option("--graph", help="Only this named graph.")] = [],  # noqa: B006
) -> None:
    """Send the named graphs to a SPARQL 1.1 Graph Store Protocol endpoint."""
    from kg.push import parse_auth, push
    from kg.store import open_store

    credentials = parse_auth(auth or os.environ.get("KG_PUSH_AUTH"))
    with open_store(store, read_only=True) as opened:
        _check_graphs(graph, opened.named_graphs())
        result = push(
            opened,
            endpoint,
            mode="replace" if replace else "merge",
            auth=credentials,
            graphs=graph or None,
        )
    typer.echo(
        f"{result.mode}d {len(result.graphs)} graph(s), {result.triples} triples → {endpoint}"
    )


def _check_graphs(wanted: list[str], present: list[str]) -> None:
    missing = [name for name in wanted if name not in present]
    if missing:
        have = ", ".join(present[:5]) or "none"
        if len(present) > 5:
            have += f" and {len(present) - 5} more"
        raise InputError(f"--graph {missing[0]!r}: no such named graph in the store (have: {have})")
