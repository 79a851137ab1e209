"""``kg network``: one network view of the KG, written as HTML, PNG, SVG, GEXF, GraphML or JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import app
from kg.cli.options import output_path

__all__ = ["network_command"]


@app.command("network")
def network_command(
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            dir_okay=False,
            callback=output_path,
            help="Output file: .html .png .svg .gexf .graphml .json",
        ),
    ],
    kind: Annotated[
        str,
        typer.Option(
            "--kind", help="coalition | cosign | bipartite | themes | countries | affiliation"
        ),
    ] = "coalition",
    store: Annotated[Path, typer.Option("--store", help="Store directory (kg build).")] = Path(
        "out/store"
    ),
    letters: Annotated[
        list[str] | None,
        typer.Option("--letters", help="Only these letters (IRI or its last part); repeatable."),
    ] = None,
    weighting: Annotated[
        str, typer.Option("--weighting", help="cosign normalisation: count | jaccard | newman")
    ] = "jaccard",
    seed: Annotated[
        int, typer.Option("--seed", min=0, max=2**32 - 1, help="Seed of communities and layout.")
    ] = 42,
    method: Annotated[
        str, typer.Option("--communities", help="Community detection: louvain | leiden")
    ] = "louvain",
) -> None:
    """Write one network view of the letters in the store (read through SPARQL)."""
    from graphs.outputs import as_select
    from graphs.source import load_coalition
    from graphs.views import FORMATS, KINDS, build_view, write_view
    from kg.errors import InputError
    from kg.store import open_store

    if kind not in KINDS:
        raise InputError(f"--kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if method not in ("louvain", "leiden"):
        raise InputError(f"--communities must be louvain or leiden, not {method!r}")
    if out.suffix.lower() not in FORMATS:
        raise InputError(f"--out must end in one of {', '.join(FORMATS)}, not {out.name!r}")
    if weighting not in ("count", "jaccard", "newman"):
        raise InputError(f"--weighting must be count, jaccard or newman, not {weighting!r}")
    with open_store(store, read_only=True) as kg_store:
        data = load_coalition(as_select(kg_store), letters=letters)
    if not data.agents:
        chosen = f"--letters {', '.join(letters)}" if letters else "any letter"
        raise InputError(f"no signatures found in {store} for {chosen}")
    view = build_view(data, kind, weighting=weighting, seed=seed, method=method)
    written = write_view(view, out)
    typer.echo(f"wrote {written} ({kind}: {len(data.agents)} signers)")
