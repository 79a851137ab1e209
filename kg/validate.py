"""SHACL validation of the graph against ``ontology/shapes.ttl`` (pyshacl).

The data graph is the union of every named graph (the ontology graph included, so
``rdfs:subClassOf`` axioms such as ``ckg:Collective ⊑ foaf:Group`` hold for ``sh:class``);
no inference is run beyond that, so validation checks what the graph states, not what a
reasoner could add.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.namespace import RDF, SH

from kg.errors import InputError
from ontology import resource_path

__all__ = ["ValidationReport", "ValidationResult", "load_graph", "validate"]

log = logging.getLogger(__name__)

_FORMATS = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}


@dataclass(frozen=True)
class ValidationResult:
    """One violation: the node, the property path, the message and the shape that failed."""

    focus: str
    path: str | None
    message: str
    severity: str
    shape: str


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of a validation run."""

    conforms: bool
    results: tuple[ValidationResult, ...]
    text: str
    seconds: float
    triples: int

    def summary(self) -> str:
        """One line for the CLI and logs."""
        verdict = "conforms" if self.conforms else f"{len(self.results)} violation(s)"
        return f"{verdict} ({self.triples} triples, {self.seconds:.2f} s)"


@cache
def _shapes() -> Graph:
    return Graph().parse(resource_path("shapes.ttl"), format="turtle")


def _as_graph(data: Graph | Dataset) -> Graph:
    if isinstance(data, Dataset):
        union = Graph()
        for context in data.graphs():
            for triple in context:
                union.add(triple)
        return union
    return data


def _results(report: Graph) -> tuple[ValidationResult, ...]:
    found = []
    for node in report.subjects(RDF.type, SH.ValidationResult):
        path = report.value(node, SH.resultPath)
        found.append(
            ValidationResult(
                focus=str(report.value(node, SH.focusNode)),
                path=str(path) if path is not None else None,
                message=str(report.value(node, SH.resultMessage) or ""),
                severity=str(report.value(node, SH.resultSeverity)).rsplit("#", 1)[-1],
                shape=str(report.value(node, SH.sourceShape)),
            )
        )
    return tuple(sorted(found, key=lambda r: (r.focus, r.path or "", r.message)))


def validate(data: Graph | Dataset, *, shapes: Graph | None = None) -> ValidationReport:
    """Validate a graph or dataset against the project's SHACL shapes.

    Parameters
    ----------
    data : rdflib.Graph or rdflib.Dataset
        The graph to check (a dataset is validated as the union of its graphs).
    shapes : rdflib.Graph, optional
        Other shapes (default: ``ontology/shapes.ttl``).

    Returns
    -------
    ValidationReport
    """
    import pyshacl

    graph = _as_graph(data)
    start = time.perf_counter()
    conforms, report_graph, text = pyshacl.validate(
        graph,
        shacl_graph=shapes if shapes is not None else _shapes(),
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    seconds = time.perf_counter() - start
    assert isinstance(report_graph, Graph)
    report = ValidationReport(
        bool(conforms), _results(report_graph), str(text), seconds, len(graph)
    )
    log.info("validation: %s", report.summary())
    return report


def load_graph(path: str | Path) -> Dataset:
    """Read a graph file (.ttl .trig .nq .nt .jsonld) or a build directory's ``graph.trig``.

    Raises
    ------
    InputError
        If the path is missing, of an unknown format, or does not parse.
    """
    target = Path(path)
    if target.is_dir():
        target = target / "graph.trig"
    if not target.is_file():
        raise InputError(f"no graph file at {target}")
    fmt = _FORMATS.get(target.suffix.lower())
    if fmt is None:
        raise InputError(f"unknown graph format {target.suffix!r}; use one of {sorted(_FORMATS)}")
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(target, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise InputError(f"cannot parse {target} as {fmt}: {exc}") from exc
    return dataset
