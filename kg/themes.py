"""The theme vocabulary, read from the SKOS scheme ``ontology/themes.ttl``.

This is the single source of theme ids, labels and synonyms for ingestion (theme hints in
names, theme counts in bodies), for the RDF graph and for networks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from ontology import resource_path
from ontology.namespace import CKG_THEME

__all__ = ["Theme", "movement_ids", "theme_by_id", "themes"]


@dataclass(frozen=True)
class Theme:
    """One theme concept: stable ``id`` (skos:notation), English label, synonyms, Wikidata QID."""

    id: str
    label: str
    synonyms: tuple[str, ...]
    qid: str | None
    broader: str | None
    iri: str
    #: (form, BCP 47 language tag) of every label and synonym written with a language tag
    form_languages: tuple[tuple[str, str], ...] = ()


@cache
def _graph() -> Graph:
    return Graph().parse(resource_path("themes.ttl"), format="turtle")


def _qid(graph: Graph, concept: URIRef) -> str | None:
    for match in graph.objects(concept, SKOS.exactMatch):
        text = str(match)
        if text.startswith("http://www.wikidata.org/entity/Q"):
            return text.rsplit("/", 1)[1]
    return None


def _form_languages(graph: Graph, concept: URIRef) -> tuple[tuple[str, str], ...]:
    labels = [*graph.objects(concept, SKOS.prefLabel), *graph.objects(concept, SKOS.altLabel)]
    return tuple(
        sorted(
            (str(label), label.language)
            for label in labels
            if isinstance(label, Literal) and label.language
        )
    )


@cache
def themes() -> tuple[Theme, ...]:
    """All themes of the scheme, sorted by id."""
    graph = _graph()
    found = []
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        assert isinstance(concept, URIRef)
        broader = graph.value(concept, SKOS.broader)
        found.append(
            Theme(
                id=str(graph.value(concept, SKOS.notation)),
                label=str(graph.value(concept, SKOS.prefLabel)),
                synonyms=tuple(sorted(str(a) for a in graph.objects(concept, SKOS.altLabel))),
                qid=_qid(graph, concept),
                broader=str(broader).removeprefix(str(CKG_THEME)) if broader else None,
                iri=str(concept),
                form_languages=_form_languages(graph, concept),
            )
        )
    return tuple(sorted(found, key=lambda t: t.id))


def theme_by_id(theme_id: str) -> Theme:
    """The theme with this id; ``KeyError`` names unknown ids."""
    for theme in themes():
        if theme.id == theme_id:
            return theme
    raise KeyError(f"unknown theme id: {theme_id!r}")


@cache
def movement_ids() -> frozenset[str]:
    """Ids of the themes a signatory's name can point to (the ``movements`` collection)."""
    graph = _graph()
    members = graph.objects(CKG_THEME["movements"], SKOS.member)
    return frozenset(str(m).removeprefix(str(CKG_THEME)) for m in members)
