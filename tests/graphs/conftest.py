"""Fixtures of the network tests: the seed letter's coalition as RDF, built from the gold file.

The RDF uses the committed ontology terms the way the RDF builder does (foaf:name,
schema:alternateName, ckg:acronym, ckg:countryCode, ckg:themeHint, signatures with position and
nameAsWritten), so the networks are read through SPARQL exactly as in a real build.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, SKOS, XSD

from graphs.records import CoalitionData
from graphs.source import Select, load_coalition, rdflib_select
from ontology.namespace import CKG, CKG_THEME, ORG, SCHEMA, WD

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "seed-signatories.tsv"
VERIFIED = Path(__file__).resolve().parents[1] / "data" / "wikidata" / "verified-entities.tsv"
BASE = "https://example.org/kg/"
LETTER = URIRef(BASE + "letter/global-call-un-mechanism-china-2020")


def gold_rows() -> list[dict[str, str]]:
    with GOLD.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def verified_qids() -> dict[str, str]:
    with VERIFIED.open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {r["name_in_letter"]: r["qid"] for r in rows if r["group"] == "D"}


def seed_rdf() -> Graph:
    """The seed letter's signatories as RDF (one letter, 281 signatures)."""
    graph = Graph()
    graph.add((LETTER, RDF.type, CKG.Letter))
    graph.add(
        (LETTER, DCTERMS.title, Literal("Global call for an international mechanism on China"))
    )
    graph.add((LETTER, DCTERMS.date, Literal("2020-09-09", datatype=XSD.date)))
    qids = verified_qids()
    for row in gold_rows():
        n = int(row["n"])
        agent = URIRef(f"{BASE}agent/{n:03d}")
        signature = URIRef(f"{BASE}signature/{n:03d}")
        graph.add((LETTER, CKG.hasSignature, signature))
        graph.add((signature, CKG.onLetter, LETTER))
        graph.add((signature, CKG.signer, agent))
        graph.add((signature, CKG.position, Literal(n)))
        graph.add((signature, CKG.nameAsWritten, Literal(row["raw"])))
        kind = FOAF.Person if row["kind"] == "person" else ORG.Organization
        graph.add((agent, RDF.type, kind))
        graph.add((agent, FOAF.name, Literal(row["name"])))
        if row["acronym"]:
            graph.add((agent, CKG.acronym, Literal(row["acronym"])))
        for alt in filter(None, row["alt_names"].split(" | ")):
            graph.add((agent, SCHEMA.alternateName, Literal(alt)))
        if row["country_in_name"]:
            graph.add((agent, CKG.countryCode, Literal(row["country_in_name"])))
        if row["theme_in_name"]:
            graph.add((agent, CKG.themeHint, CKG_THEME[row["theme_in_name"]]))
        if row["name"] in qids:
            graph.add((agent, SKOS.exactMatch, WD[qids[row["name"]]]))
    return graph


@pytest.fixture(scope="session")
def seed_graph() -> Graph:
    return seed_rdf()


@pytest.fixture(scope="session")
def seed_store_dir(seed_graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An Oxigraph store directory holding the seed graph as one named graph, loaded once."""
    from rdflib import Dataset

    from kg.store import open_store

    dataset = Dataset()
    named = dataset.graph(URIRef(BASE + "graph/seed"))
    for triple in seed_graph:
        named.add(triple)
    path = tmp_path_factory.mktemp("seed-store") / "store"
    with open_store(path) as store:
        store.load_dataset(dataset)
    return path


@pytest.fixture(scope="session")
def seed_select(seed_graph: Graph) -> Select:
    return rdflib_select(seed_graph)


@pytest.fixture(scope="session")
def seed_data(seed_select: Select) -> CoalitionData:
    return load_coalition(seed_select)


@pytest.fixture(scope="session")
def viz_bundle() -> Path:
    """The page's JavaScript bundle, built with ``make -C graphs/viz bundle`` when missing."""
    import subprocess

    from graphs.html import BUNDLE

    if not BUNDLE.exists():
        subprocess.run(["make", "-C", str(BUNDLE.parents[1]), "bundle"], check=True)
    assert BUNDLE.exists()
    return BUNDLE


@pytest.fixture(scope="session")
def seed_view(seed_data: CoalitionData):
    """The seed letter's coalition view (annotated graph and positions), built once."""
    from graphs.views import build_view

    return build_view(seed_data, "coalition")
