"""The Python CKG namespace and the ontology's declared terms are the same set, both ways."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from ontology import resource_path
from ontology.namespace import CKG

NS = str(CKG._NS)
DECLARING = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property}


def _ontology() -> Graph:
    return Graph().parse(resource_path("ckg.ttl"), format="turtle")


def _python_terms() -> set[str]:
    return {NS + name for name in CKG.__annotations__}


def _declared_terms(graph: Graph) -> set[str]:
    return {
        str(s)
        for kind in DECLARING
        for s in graph.subjects(RDF.type, kind)
        if str(s).startswith(NS)
    }


def test_python_terms_equal_declared_terms_both_ways():
    graph = _ontology()
    python, declared = _python_terms(), _declared_terms(graph)
    assert python - declared == set(), "in namespace.py but not declared in ckg.ttl"
    assert declared - python == set(), "declared in ckg.ttl but missing from namespace.py"


def test_no_undeclared_ckg_term_is_used_in_the_ontology():
    graph = _ontology()
    used = {str(n) for t in graph for n in t if isinstance(n, URIRef) and str(n).startswith(NS)}
    assert used <= _python_terms()


def test_every_term_has_english_label_and_comment():
    graph = _ontology()
    for term in _python_terms():
        node = URIRef(term)
        assert any(lbl.language == "en" for lbl in graph.objects(node, RDFS.label)), term
        assert any(len(str(c)) > 15 for c in graph.objects(node, RDFS.comment)), term


def test_object_properties_have_domain_or_range():
    graph = _ontology()
    for prop in graph.subjects(RDF.type, OWL.ObjectProperty):
        assert (prop, RDFS.domain, None) in graph or (prop, RDFS.range, None) in graph, prop


def test_ontology_header_and_reuse_axioms():
    graph = _ontology()
    onto = URIRef("https://w3id.org/coalition-kg/ontology")
    assert (onto, RDF.type, OWL.Ontology) in graph
    assert graph.value(onto, OWL.versionInfo) is not None
    assert graph.value(onto, URIRef("http://purl.org/dc/terms/license")) is not None
    bibo_letter = URIRef("http://purl.org/ontology/bibo/Letter")
    assert (CKG.Letter, RDFS.subClassOf, bibo_letter) in graph
    assert (CKG.Collective, RDFS.subClassOf, URIRef("http://xmlns.com/foaf/0.1/Group")) in graph
    prov = "http://www.w3.org/ns/prov#"
    assert (CKG.LinkAssertion, RDFS.subClassOf, URIRef(prov + "Entity")) in graph
    assert (CKG.LinkingActivity, RDFS.subClassOf, URIRef(prov + "Activity")) in graph


def test_the_exact_match_versus_same_as_choice_is_argued():
    description = str(
        _ontology().value(
            URIRef("https://w3id.org/coalition-kg/ontology"),
            URIRef("http://purl.org/dc/terms/description"),
        )
    )
    assert "owl:sameAs" in description and "skos:exactMatch" in description
    assert "wrong link" in description
