"""The SHACL shapes accept the graph the builder makes and catch broken graphs."""

from __future__ import annotations

import pytest
from rdf_samples import BASE, seed_like_entities, seed_like_letter, seed_like_links, small_letter
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS, XSD

from kg.rdf import build_dataset
from kg.rdf.export import union_graph
from kg.validate import validate
from ontology.namespace import CKG, WD


@pytest.fixture(scope="module")
def seed_graph() -> Graph:
    letter = seed_like_letter()
    dataset = build_dataset(
        [letter], {letter.source_path: seed_like_links()}, seed_like_entities(), base=BASE
    )
    return union_graph(dataset)


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    for triple in graph:
        copy.add(triple)
    return copy


def _one(graph: Graph, kind: URIRef) -> URIRef:
    node = sorted(graph.subjects(RDF.type, kind))[0]
    assert isinstance(node, URIRef)
    return node


def test_seed_like_graph_conforms(seed_graph):
    report = validate(seed_graph)
    assert report.conforms, report.text
    assert report.triples == len(seed_graph)


def test_small_letter_graph_conforms():
    assert validate(build_dataset([small_letter()], base=BASE)).conforms


def _violations(graph: Graph) -> set[str]:
    report = validate(graph)
    assert not report.conforms
    return {r.path or r.shape for r in report.results}


def test_listed_count_must_equal_number_of_signatures(seed_graph):
    graph = _copy(seed_graph)
    letter = _one(graph, CKG.Letter)
    graph.set((letter, CKG.listedCount, Literal(280, datatype=XSD.nonNegativeInteger)))
    report = validate(graph)
    assert not report.conforms
    assert any("differs from the number of signatures" in r.message for r in report.results)


@pytest.mark.parametrize(
    ("prop", "value"),
    [
        (CKG.position, Literal(0, datatype=XSD.positiveInteger)),
        (CKG.position, Literal("3")),
        (CKG.nameAsWritten, Literal(5)),
        (CKG.firstSeen, Literal("09/09/2020")),
    ],
)
def test_signature_datatypes_are_checked(seed_graph, prop, value):
    graph = _copy(seed_graph)
    graph.set((_one(graph, CKG.Signature), prop, value))
    assert str(prop) in _violations(graph)


def test_signature_needs_exactly_one_signer(seed_graph):
    graph = _copy(seed_graph)
    graph.remove((_one(graph, CKG.Signature), CKG.signer, None))
    assert str(CKG.signer) in _violations(graph)


@pytest.mark.parametrize("score", ["1.5", "-0.1"])
def test_score_must_be_a_decimal_in_unit_interval(seed_graph, score):
    graph = _copy(seed_graph)
    graph.set((_one(graph, CKG.LinkAssertion), CKG.score, Literal(score, datatype=XSD.decimal)))
    assert str(CKG.score) in _violations(graph)


def test_link_target_must_be_a_wikidata_item_iri(seed_graph):
    graph = _copy(seed_graph)
    assertion = next(graph.subjects(CKG.decision, Literal("LINKED")))
    graph.set((assertion, CKG.linkTarget, URIRef("http://www.wikidata.org/entity/P31")))
    assert str(CKG.linkTarget) in _violations(graph)


def test_exact_match_without_linked_assertion_is_caught(seed_graph):
    graph = _copy(seed_graph)
    nil = next(graph.subjects(CKG.decision, Literal("NIL")))
    agent = graph.value(nil, CKG.linkSubject)
    graph.add((agent, SKOS.exactMatch, WD.Q42))
    assert str(SKOS.exactMatch) in _violations(graph)


def test_linked_decision_without_target_is_caught(seed_graph):
    graph = _copy(seed_graph)
    assertion = next(graph.subjects(CKG.decision, Literal("LINKED")))
    graph.remove((assertion, CKG.linkTarget, None))
    assert not validate(graph).conforms


def test_nil_decision_with_target_is_caught(seed_graph):
    graph = _copy(seed_graph)
    graph.add((next(graph.subjects(CKG.decision, Literal("NIL"))), CKG.linkTarget, WD.Q42))
    assert not validate(graph).conforms


def test_manual_decision_needs_attribution(seed_graph):
    graph = _copy(seed_graph)
    assertion = next(graph.subjects(CKG.decision, Literal("NIL")))
    graph.set((assertion, CKG.method, Literal("manual")))
    graph.remove((assertion, PROV.wasAttributedTo, None))
    assert not validate(graph).conforms


def test_country_code_pattern_is_checked(seed_graph):
    graph = _copy(seed_graph)
    agent = next(graph.subjects(CKG.countryCode, None))
    graph.add((agent, CKG.countryCode, Literal("fra")))
    assert str(CKG.countryCode) in _violations(graph)


def test_letter_counts_must_be_non_negative_integers(seed_graph):
    graph = _copy(seed_graph)
    graph.set((_one(graph, CKG.Letter), CKG.declaredTotal, Literal(-1, datatype=XSD.integer)))
    assert str(CKG.declaredTotal) in _violations(graph)


def test_every_ontology_class_has_a_shape():
    from rdflib.namespace import OWL, SH

    from ontology import resource_path

    ontology = Graph().parse(resource_path("ckg.ttl"), format="turtle")
    shapes = Graph().parse(resource_path("shapes.ttl"), format="turtle")
    classes = set(ontology.subjects(RDF.type, OWL.Class))
    targeted = set(shapes.objects(None, SH.targetClass))
    assert classes - targeted == set()
