"""Write the dataset as Turtle (default-graph union), TriG, N-Quads and JSON-LD, atomically.

Each file is written to a temporary file in the output directory and moved into place with
``os.replace``, so a reader never sees half a file and a failed run leaves the old one.
"""

from __future__ import annotations

import logging
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.atomic import atomic_write_bytes as write_atomic
from ontology.namespace import BIBO, CKG, CKG_THEME, ORG, SCHEMA, WD, WDT

__all__ = ["EXPORT_FILES", "jsonld_context", "union_graph", "write_atomic", "write_exports"]

log = logging.getLogger(__name__)

#: Export name → (file name, rdflib format).
EXPORT_FILES: dict[str, tuple[str, str]] = {
    "turtle": ("graph.ttl", "turtle"),
    "trig": ("graph.trig", "trig"),
    "nquads": ("graph.nq", "nquads"),
    "jsonld": ("graph.jsonld", "json-ld"),
}


def jsonld_context() -> dict[str, str]:
    """The compact JSON-LD ``@context``: the prefixes the graph uses.

    >>> jsonld_context()["ckg"]
    'https://w3id.org/coalition-kg/ontology#'
    """
    namespaces = {
        "ckg": CKG._NS,
        "theme": CKG_THEME,
        "bibo": BIBO,
        "org": ORG,
        "schema": SCHEMA,
        "wd": WD,
        "wdt": WDT,
        "dcterms": DCTERMS,
        "foaf": FOAF,
        "prov": PROV,
        "skos": SKOS,
        "owl": OWL,
        "rdf": RDF,
        "rdfs": RDFS,
        "xsd": XSD,
    }
    return {prefix: str(ns) for prefix, ns in namespaces.items()}


def union_graph(dataset: Dataset) -> Graph:
    """All triples of every graph of ``dataset`` in one graph (for Turtle and validation)."""
    union = Graph()
    for prefix, namespace in dataset.namespaces():
        union.bind(prefix, namespace, override=False)
    for context in dataset.graphs():
        for triple in context:
            union.add(triple)
    return union


def _serialize(dataset: Dataset, fmt: str) -> bytes:
    if fmt == "turtle":
        return union_graph(dataset).serialize(format="turtle", encoding="utf-8")
    if fmt == "json-ld":
        return dataset.serialize(format="json-ld", context=jsonld_context(), encoding="utf-8")
    return dataset.serialize(format=fmt, encoding="utf-8")


def write_exports(
    dataset: Dataset, out_dir: str | Path, *, formats: tuple[str, ...] | None = None
) -> dict[str, Path]:
    """Write the exports into ``out_dir`` and return export name → path.

    Parameters
    ----------
    dataset : rdflib.Dataset
        As :func:`kg.rdf.build.build_dataset` returns it.
    out_dir : str or Path
        Created if missing.
    formats : tuple of str, optional
        Subset of :data:`EXPORT_FILES` keys (default: all four).

    Returns
    -------
    dict of str to Path
        ``{"turtle": out/graph.ttl, "trig": ..., "nquads": ..., "jsonld": ...}``.
    """
    out = Path(out_dir)
    written: dict[str, Path] = {}
    for name in formats or tuple(EXPORT_FILES):
        if name not in EXPORT_FILES:
            raise ValueError(f"unknown export format {name!r}; choose from {sorted(EXPORT_FILES)}")
        filename, fmt = EXPORT_FILES[name]
        path = out / filename
        write_atomic(path, _serialize(dataset, fmt))
        log.info("wrote %s", path)
        written[name] = path
    return written
