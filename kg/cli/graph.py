"""`kg validate` and `kg export ...`: SHACL validation, re-export, QuickStatements write-back."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.app import app
from kg.cli.options import output_path
from kg.errors import InputError, KGError

__all__ = ["export_app"]

export_app = typer.Typer(
    help="Export the graph: RDF formats, QuickStatements.", no_args_is_help=True
)
app.add_typer(export_app, name="export")


@app.command("validate")
def validate_command(
    path: Path = typer.Argument(
        ..., help="Graph file (.ttl .trig .nq .jsonld) or build directory."
    ),
    show: int = typer.Option(20, min=0, help="How many violations to print."),
) -> None:
    """Validate a graph against the SHACL shapes (exit 1 when it does not conform)."""
    from kg.validate import load_graph, validate

    report = validate(load_graph(path))
    for result in report.results[:show]:
        typer.echo(f"{result.focus}  {result.path or '-'}  {result.message}")
    typer.echo(report.summary())
    if not report.conforms:
        raise KGError(f"{path} does not conform to the SHACL shapes")


@export_app.command("rdf")
def export_rdf(
    path: Path = typer.Argument(..., help="Graph file or build directory to read."),
    out: Path = typer.Option(
        ...,
        "--out",
        file_okay=False,
        callback=output_path,
        help="Directory for graph.ttl/.trig/.nq/.jsonld.",
    ),
) -> None:
    """Re-write a graph as Turtle, TriG, N-Quads and JSON-LD."""
    from kg.rdf.export import write_exports
    from kg.validate import load_graph

    for name, written in write_exports(load_graph(path), out).items():
        typer.echo(f"{name}\t{written}")


def _pick_letter(dataset, letter: str | None):
    from rdflib import URIRef
    from rdflib.namespace import DCTERMS, RDF

    from ontology.namespace import CKG

    letters = sorted(dataset.subjects(RDF.type, CKG.Letter))
    if letter:
        chosen = [
            node
            for node in letters
            if str(node) == letter or str(dataset.value(node, DCTERMS.identifier)) == letter
        ]
    else:
        chosen = letters
    if len(chosen) != 1:
        names = ", ".join(str(n) for n in letters) or "none"
        raise InputError(f"choose one letter with --letter (IRI or reference); letters: {names}")
    return URIRef(str(chosen[0]))


def _reference_url(dataset, letter, given: str | None) -> str:
    from rdflib.namespace import DCTERMS

    from ontology.namespace import CKG

    if given:
        return given
    for source in dataset.objects(letter, CKG.hasSourceDocument):
        identifier = str(dataset.value(source, DCTERMS.identifier) or "")
        if identifier.startswith(("http://", "https://")):
            return identifier
    raise InputError("no web source recorded for this letter: give --reference-url URL")


@export_app.command("quickstatements")
def export_quickstatements(
    path: Path = typer.Argument(..., help="Graph file or build directory to read."),
    letter_qid: str = typer.Option(..., "--letter-qid", help="The letter's own Wikidata item."),
    letter: str | None = typer.Option(None, help="Letter IRI or reference, if several."),
    reference_url: str | None = typer.Option(None, help="Published URL of the letter (S854)."),
    pipe: bool = typer.Option(False, "--pipe", help="Separate fields with | instead of tabs."),
    out: Path | None = typer.Option(
        None, "--out", dir_okay=False, callback=output_path, help="Write to this file, not stdout."
    ),
) -> None:
    """QuickStatements for signatories a person confirmed (manual links only)."""
    from kg.quickstatements import confirmed_signers, format_quickstatements
    from kg.rdf.export import write_atomic
    from kg.validate import load_graph
    from linkers.wikidata.parse import QID_RE

    if not QID_RE.match(letter_qid):  # before reading a large graph
        raise InputError(f"--letter-qid: the letter QID must look like Q123, got {letter_qid!r}")
    dataset = load_graph(path)
    node = _pick_letter(dataset, letter)
    signers = confirmed_signers(dataset, node)
    url = _reference_url(dataset, node, reference_url)
    text = format_quickstatements(
        letter_qid, signers, reference_url=url, separator="|" if pipe else "\t"
    )
    if out is None:
        typer.echo(text)
    else:
        write_atomic(out, (text + "\n").encode("utf-8"))
    typer.echo(f"{len(signers)} confirmed signatory statement(s)", err=True)
