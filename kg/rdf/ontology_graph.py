"""The ontology graph: ``ontology/ckg.ttl`` plus the SKOS theme scheme ``ontology/themes.ttl``."""

from __future__ import annotations

from functools import cache

from rdflib import Graph, URIRef

from ontology import resource_path

__all__ = ["ONTOLOGY_GRAPH", "ONTOLOGY_IRI", "ontology_graph"]

#: The ontology's IRI, also the name of the named graph that holds it and the theme scheme.
ONTOLOGY_IRI = "https://w3id.org/coalition-kg/ontology"
ONTOLOGY_GRAPH = URIRef(ONTOLOGY_IRI)


@cache
def _parsed() -> Graph:
    graph = Graph(identifier=ONTOLOGY_GRAPH)
    graph.parse(resource_path("ckg.ttl"), format="turtle")
    graph.parse(resource_path("themes.ttl"), format="turtle")
    return graph


def ontology_graph() -> Graph:
    """A fresh copy of the ontology + theme scheme graph (safe to modify).

    >>> from rdflib.namespace import OWL, RDF
    >>> (ONTOLOGY_GRAPH, RDF.type, OWL.Ontology) in ontology_graph()
    True
    """
    copy = Graph(identifier=ONTOLOGY_GRAPH)
    for prefix, namespace in _parsed().namespaces():
        copy.bind(prefix, namespace)
    for triple in _parsed():
        copy.add(triple)
    return copy
