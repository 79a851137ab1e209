"""The dataset the builder makes, read back through SPARQL as a researcher would."""

from __future__ import annotations

import datetime as dt

import pytest
from rdf_samples import (
    BASE,
    KB,
    hostile_letter,
    hostile_links,
    linked,
    seed_like_entities,
    seed_like_letter,
    seed_like_links,
    small_letter,
)
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg.iris import IriMinter
from kg.model import Decision, LinkResult, MentionRole
from kg.rdf import build_dataset, letter_graph
from kg.rdf.ontology_graph import ONTOLOGY_GRAPH
from ontology.namespace import CKG, WD

PREFIXES = """
PREFIX ckg: <https://w3id.org/coalition-kg/ontology#>
PREFIX bibo: <http://purl.org/ontology/bibo/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
"""


@pytest.fixture(scope="module")
def seed() -> Dataset:
    letter = seed_like_letter()
    return build_dataset(
        [letter], {letter.source_path: seed_like_links()}, seed_like_entities(), base=BASE
    )


def _rows(dataset: Dataset, query: str) -> list[tuple]:
    return [tuple(row) for row in dataset.query(PREFIXES + query)]


def test_one_named_graph_per_letter_plus_wikidata_and_ontology(seed):
    names = {str(g.identifier) for g in seed.graphs() if len(g)}
    letter = str(IriMinter(BASE).letter(seed_like_letter()))
    assert names == {letter, BASE + "graph/wikidata", str(ONTOLOGY_GRAPH)}


def test_281_signatures_in_order_with_names_as_written(seed):
    rows = _rows(
        seed,
        """SELECT ?pos ?raw WHERE { ?l a ckg:Letter ; ckg:hasSignature ?s .
           ?s ckg:position ?pos ; ckg:nameAsWritten ?raw } ORDER BY ?pos""",
    )
    assert [int(r[0]) for r in rows] == list(range(1, 282))
    assert str(rows[0][1]) == seed_like_letter().signatories[0].raw


def test_counts_declared_anonymous_listed(seed):
    ((listed, declared, anonymous),) = _rows(
        seed,
        """SELECT ?n ?d ?a WHERE { ?l ckg:listedCount ?n ; ckg:declaredTotal ?d ;
           ckg:anonymousCount ?a }""",
    )
    assert (int(listed), int(declared), int(anonymous)) == (281, 321, 39)


def test_letter_is_a_bibo_letter_with_dcterms_metadata(seed):
    ((title, date, ident, scheme),) = _rows(
        seed,
        """SELECT ?t ?d ?i ?s WHERE { ?l a bibo:Letter ; dcterms:title ?t ; dcterms:date ?d ;
           dcterms:identifier ?i ; ckg:referenceScheme ?s }""",
    )
    assert str(ident) == "ASA 17/3026/2020" and str(scheme) == "amnesty-index"
    assert str(title) == seed_like_letter().title
    assert date.toPython() == dt.date(2020, 9, 9)


def test_three_recipients_with_their_offices(seed):
    rows = _rows(
        seed,
        """SELECT ?name ?kind ?role ?office WHERE { ?l bibo:recipient ?r . ?r rdfs:label ?name ;
           a ?kind . OPTIONAL { ?r org:holds ?post . ?post rdfs:label ?role .
           OPTIONAL { ?post skos:exactMatch ?office } } }""",
    )
    by_name = {str(r[0]): r for r in rows}
    assert set(by_name) == {"António Guterres", "Michelle Bachelet", "UN Member States"}
    guterres = by_name["António Guterres"]
    assert str(guterres[2]) == "UN Secretary-General" and guterres[3] == WD.Q81066
    assert by_name["UN Member States"][1] == CKG.Collective


def test_themes_linked_to_wikidata_items(seed):
    rows = _rows(
        seed,
        """SELECT ?label ?item ?n WHERE { ?l ckg:hasThemeMention ?m . ?m ckg:theme ?t ;
           ckg:mentions ?n . ?t skos:prefLabel ?label ; skos:exactMatch ?item }""",
    )
    items = {str(r[0]): r[1] for r in rows}
    assert items["Hong Kong"] == WD.Q8646 and items["Tibet"] == WD.Q17252
    assert items["Xinjiang / Uyghur region"] == WD.Q34800


def test_only_linked_decisions_give_exact_match(seed):
    linked = _rows(seed, "SELECT ?a ?q WHERE { ?s ckg:signer ?a . ?a skos:exactMatch ?q }")
    assert {r[1] for r in linked} == {WD.Q42970, WD.Q187052, WD.Q7118978}
    assertions = _rows(seed, "SELECT ?x WHERE { ?x a ckg:LinkAssertion }")
    assert len(assertions) == 281 + 3


def test_every_link_carries_provenance(seed):
    rows = _rows(
        seed,
        """SELECT ?x ?decision ?score ?margin ?method ?src ?date ?why WHERE {
           ?x a ckg:LinkAssertion ; ckg:decision ?decision ; ckg:score ?score ;
              ckg:margin ?margin ; ckg:method ?method ; ckg:kbSource ?src ;
              ckg:kbRetrieved ?date ; ckg:explanation ?why ;
              prov:wasGeneratedBy [ a ckg:LinkingActivity ] }""",
    )
    assert len(rows) == 284
    assert {str(r[5]) for r in rows} == {KB.name}


def test_country_hints_link_wikidata_countries_with_iso_codes(seed):
    rows = _rows(
        seed,
        """SELECT ?name ?code ?country WHERE { ?a foaf:name ?name ; ckg:countryCode ?code ;
           ckg:countryHint ?country . ?country ckg:countryCode ?code }""",
    )
    assert ("ACAT Belgium", "BE", WD.Q31) in {(str(n), str(c), q) for n, c, q in rows}


def test_acat_family_recognised_as_national_sections(seed):
    rows = _rows(
        seed,
        "SELECT ?name ?parent WHERE { ?a ckg:nationalSectionOf ?p ; foaf:name ?name . "
        "?p foaf:name ?parent }",
    )
    acat = {str(n) for n, p in rows if str(p) == "ACAT"}
    assert {"ACAT Belgium", "ACAT Germany", "ACAT-France", "ACAT-Switzerland"} <= acat


def test_wikidata_facts_graph_has_labels_types_and_retrieval_date(seed):
    graph = seed.graph(URIRef(BASE + "graph/wikidata"))
    amnesty = WD.Q42970
    assert (
        amnesty,
        URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
        Literal("Amnesty International", lang="en"),
    ) in graph
    assert (amnesty, URIRef(str(WD).replace("entity", "prop/direct") + "P31"), WD.Q163740) in graph
    assert graph.value(amnesty, CKG.kbRetrieved) == Literal(
        "2026-11-01", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date")
    )


def test_membership_between_linked_agents_is_derived(seed):
    rows = _rows(seed, "SELECT ?a ?b WHERE { ?a org:memberOf ?b }")
    assert rows == []  # PEN International is not a signatory: nothing to relate
    letter = small_letter()
    links = [
        linked("ACAT Belgium", "Q7118978", position=1),
        linked("Tibet Justice Center", "Q206811", position=3),
    ]
    dataset = build_dataset([letter], {letter.source_path: links}, seed_like_entities(), base=BASE)
    assert len(_rows(dataset, "SELECT ?a ?b WHERE { ?a org:memberOf ?b }")) == 1


def test_review_decision_keeps_candidate_without_exact_match():
    letter = small_letter()
    link = LinkResult(
        MentionRole.SIGNATORY,
        "Tibet Justice Center",
        Decision.REVIEW,
        position=3,
        qid="Q123",
        score=0.6,
        margin=0.05,
        source=KB,
    )
    graph = letter_graph(letter, [link], base=BASE)
    assert (None, CKG.linkTarget, WD.Q123) in graph
    assert (None, SKOS.exactMatch, WD.Q123) not in graph


def test_manual_link_is_attributed_to_a_reviewer():
    letter = small_letter()
    link = LinkResult(
        MentionRole.SIGNATORY,
        "Jane Roe",
        Decision.LINKED,
        position=4,
        qid="Q5",
        score=1.0,
        margin=1.0,
        method="manual",
        extra=(("reviewer", "A. Researcher"),),
    )
    graph = letter_graph(letter, [link], base=BASE)
    assertion = next(graph.subjects(RDF.type, CKG.LinkAssertion))
    reviewer = graph.value(assertion, URIRef("http://www.w3.org/ns/prov#wasAttributedTo"))
    assert str(reviewer).startswith(BASE + "reviewer/a-researcher-")


def test_links_keyed_by_letter_iri_or_source_path_agree():
    letter = small_letter()
    link = linked("ACAT Belgium", "Q42", position=1)
    by_path = build_dataset([letter], {letter.source_path: [link]}, base=BASE)
    by_iri = build_dataset([letter], {str(IriMinter(BASE).letter(letter)): [link]}, base=BASE)
    assert len(by_path) == len(by_iri)
    assert (None, SKOS.exactMatch, WD.Q42) in by_iri


def test_demand_addressed_to_recipient_agent():
    graph = letter_graph(small_letter(), base=BASE)
    demand = next(graph.subjects(RDF.type, CKG.Demand))
    addressee = graph.value(demand, CKG.addressee)
    assert (None, URIRef("http://purl.org/ontology/bibo/recipient"), addressee) in graph


def test_hostile_letter_breaks_no_literal_or_iri():
    letter = hostile_letter()
    dataset = build_dataset([letter], {letter.source_path: hostile_links()}, base=BASE)
    literals = {str(o) for _, _, o, _ in dataset.quads() if isinstance(o, Literal)}
    for name in (
        'Evil "Quoted" Org',
        "Line one\nLine two\r\nLine three",
        "Control \x00\x01\x07\x1b chars \t tab",
    ):
        assert name in literals
    for quad in dataset.quads():
        for node in quad[:3]:
            if isinstance(node, URIRef) and str(node).startswith(BASE):
                assert all(c.isascii() and (c.isalnum() or c in "/:.-") for c in str(node))
    assert not any(str(o).endswith("<urn:evil>") for o in dataset.objects(None, CKG.linkTarget))
    from kg.validate import validate

    assert validate(dataset).conforms


def test_letter_without_anything_optional_still_builds():
    from kg.model import Letter

    graph = letter_graph(Letter(None, "empty.txt", "txt"), base=BASE)
    letter = next(graph.subjects(RDF.type, CKG.Letter))
    assert graph.value(letter, CKG.listedCount).toPython() == 0


def test_letter_graph_for_incremental_builds_equals_the_dataset_graph():
    from rdflib.compare import isomorphic

    letter = small_letter()
    dataset = build_dataset([letter], base=BASE)
    alone = letter_graph(letter, base=BASE)
    assert isomorphic(alone, dataset.graph(alone.identifier))


def test_office_found_from_the_office_items_officeholder_claim():
    from linkers.kb import ClaimValue, Entity

    letter = small_letter()
    link = linked("António Guterres", "Q311440", role=MentionRole.RECIPIENT)
    entities = {
        "Q311440": Entity("Q311440", labels={"en": "António Guterres"}),
        "Q81066": Entity(
            "Q81066",
            labels={"en": "United Nations Secretary-General"},
            aliases={"en": ("UN Secretary-General",)},
            claims={"P1308": (ClaimValue("Q311440"),)},
        ),
    }
    dataset = build_dataset([letter], {letter.source_path: [link]}, entities, base=BASE)
    rows = _rows(dataset, "SELECT ?o WHERE { ?r org:holds ?p . ?p skos:exactMatch ?o }")
    assert rows == [(WD.Q81066,)]


def test_graph_with_a_recipient_office_link_conforms_to_the_shapes():
    # Bug: the office decision's ckg:linkSubject is the recipient's org:Post, which the shapes
    # (and the ontology's range) allowed only as an agent, so `kg validate` failed on every
    # fresh build of a letter addressed to an office holder.
    from kg.validate import validate

    letter = small_letter()
    link = linked(
        "António Guterres",
        "Q311440",
        role=MentionRole.RECIPIENT,
        extra=(
            ("office_name", "UN Secretary-General"),
            ("office_decision", "LINKED"),
            ("office_qid", "Q81066"),
            ("office_score", "0.95"),
        ),
    )
    dataset = build_dataset([letter], {letter.source_path: [link]}, base=BASE)
    subjects = _rows(dataset, "SELECT ?p WHERE { ?a ckg:linkSubject ?p . ?p a org:Post }")
    assert subjects, "the office decision is about the post"
    report = validate(dataset)
    assert report.conforms, report.text


def test_ill_formed_language_and_negative_counts_are_left_out_not_invalid():
    from kg.validate import validate

    letter = small_letter(language="English language", declared_total=-3)
    dataset = build_dataset([letter], base=BASE)
    assert (None, URIRef("http://purl.org/dc/terms/language"), None) not in dataset
    assert (None, CKG.declaredTotal, None) not in dataset
    assert validate(dataset).conforms


def test_unknown_demand_addressee_becomes_a_plain_agent():
    from kg.model import Demand

    letter = small_letter(demands=(Demand("Act now", "Governments everywhere"),))
    graph = letter_graph(letter, base=BASE)
    addressee = graph.value(next(graph.subjects(RDF.type, CKG.Demand)), CKG.addressee)
    assert (addressee, RDF.type, URIRef("http://xmlns.com/foaf/0.1/Agent")) in graph
