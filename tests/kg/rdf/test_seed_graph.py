"""Acceptance on the real seed letter: parse it, build the graph, validate, ask SPARQL."""

from __future__ import annotations

import pytest
from rdflib import Dataset

from kg.rdf import build_dataset
from kg.validate import validate

PREFIXES = """
PREFIX ckg: <https://w3id.org/coalition-kg/ontology#>
PREFIX bibo: <http://purl.org/ontology/bibo/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX org: <http://www.w3.org/ns/org#>
"""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_dataset(seed_letter_path) -> Dataset:
    from kg.ingest.letter import parse_letter

    return build_dataset([parse_letter(seed_letter_path)])


def test_seed_graph_conforms_to_the_shapes(seed_dataset):
    report = validate(seed_dataset)
    assert report.conforms, report.text


def test_seed_graph_has_281_signatures_in_order_and_its_counts(seed_dataset):
    positions = [
        int(row[0])
        for row in seed_dataset.query(
            PREFIXES + "SELECT ?p WHERE { ?l ckg:hasSignature ?s . ?s ckg:position ?p } ORDER BY ?p"
        )
    ]
    assert positions == list(range(1, 282))
    ((declared, anonymous),) = list(
        seed_dataset.query(
            PREFIXES + "SELECT ?d ?a WHERE { ?l ckg:declaredTotal ?d ; ckg:anonymousCount ?a }"
        )
    )
    assert (int(declared), int(anonymous)) == (321, 39)


def test_seed_graph_has_three_recipients_and_the_acat_family(seed_dataset):
    recipients = list(seed_dataset.query(PREFIXES + "SELECT ?r WHERE { ?l bibo:recipient ?r }"))
    assert len(recipients) == 3
    sections = list(
        seed_dataset.query(
            PREFIXES + "SELECT ?s WHERE { ?s ckg:nationalSectionOf ?p . ?p rdfs:label 'ACAT' }"
        )
    )
    assert len(sections) >= 4
