"""The RDF knowledge graph: building the dataset from letters and links, and exporting it."""

from __future__ import annotations

from kg.rdf.build import build_dataset, letter_graph
from kg.rdf.export import write_exports

__all__ = ["build_dataset", "letter_graph", "write_exports"]
