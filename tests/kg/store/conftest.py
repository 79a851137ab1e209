"""Fixtures for the store tests: a hand-built miniature dataset in the builder's shape.

The miniature has three letters (two to the High Commissioner), linked and unlinked signers,
a person, country and theme hints and link assertions, so every catalogue query has rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, XSD, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, SKOS

from ontology import resource_path
from ontology.namespace import BIBO, CKG, CKG_THEME, ORG, WD

EX = Namespace("https://example.org/kg/")


def _agent(g, key, name, *, person=False, qid=None, country=None, theme=None):
    agent = EX[f"agent/{key}"]
    g.add((agent, RDF.type, FOAF.Person if person else ORG.Organization))
    g.add((agent, FOAF.name, Literal(name)))
    if qid:
        g.add((agent, SKOS.exactMatch, WD[qid]))
    if country:
        g.add((agent, CKG.countryCode, Literal(country)))
        g.add((agent, CKG.countryHint, WD[COUNTRY_QIDS[country]]))
    if theme:
        g.add((agent, CKG.themeHint, CKG_THEME[theme]))
        g.add((agent, CKG.focusTheme, CKG_THEME[theme]))
    return agent


def _assertion(g, key, agent, decision, qid, score):
    node = EX[f"link/{key}"]
    g.add((node, RDF.type, CKG.LinkAssertion))
    g.add((node, CKG.linkSubject, agent))
    g.add((node, CKG.decision, Literal(decision)))
    if qid:
        g.add((node, CKG.linkTarget, WD[qid]))
    g.add((node, CKG.score, Literal(str(score), datatype=XSD.decimal)))
    g.add((node, CKG.method, Literal("automatic")))
    g.add((node, CKG.kbSource, Literal("snapshot:test")))
    g.add((node, CKG.kbRetrieved, Literal("2026-01-01", datatype=XSD.date)))


COUNTRY_QIDS = {"GB": "Q145", "US": "Q30", "NZ": "Q664", "AT": "Q40"}
SIGNERS = {
    # key: (name, person, qid, country, theme)
    "amnesty": ("Amnesty International", False, "Q42970", "GB", None),
    "ict": ("International Campaign for Tibet", False, "Q1469030", "US", "tibet"),
    "fot-nz": ("Friends of Tibet (NZ)", False, None, "NZ", "tibet"),
    "save-tibet": ("Save Tibet Austria", False, None, "AT", "tibet"),
    "hkw": ("Hong Kong Watch", False, "Q60746563", "GB", "hong-kong"),
    "jane": ("Jane Doe", True, None, None, None),
}
LETTERS = {
    # key: (signer keys in order, declared total, anonymous, themes, recipients)
    "l1": (
        ["amnesty", "ict", "fot-nz", "save-tibet", "jane"],
        7,
        2,
        ["tibet", "hong-kong"],
        [("Michelle Bachelet", "UN High Commissioner for Human Rights", "Q320186")],
    ),
    "l2": (["amnesty", "hkw", "ict"], 4, 1, ["hong-kong", "uyghur"], []),
    "l3": (["ict", "fot-nz"], None, None, ["tibet"], [("UN Member States", None, None)]),
}


def build_mini() -> Dataset:
    ds = Dataset()
    ontology = ds.graph(EX["graph/ontology"])
    ontology.parse(resource_path("themes.ttl"), format="turtle")
    wikidata = ds.graph(EX["graph/wikidata"])
    wikidata.add((WD.Q40, URIRef("http://www.wikidata.org/prop/direct/P30"), WD.Q46))
    for key, (signers, declared, anonymous, themes, recipients) in LETTERS.items():
        g = ds.graph(EX[f"letter/{key}"])
        letter = EX[f"letter/{key}"]
        g.add((letter, RDF.type, CKG.Letter))
        g.add((letter, DCTERMS.title, Literal(f"Letter {key}")))
        g.add((letter, CKG.listedCount, Literal(len(signers))))
        if declared is not None:
            g.add((letter, CKG.declaredTotal, Literal(declared)))
            g.add((letter, CKG.anonymousCount, Literal(anonymous)))
        for theme in themes:
            g.add((letter, DCTERMS.subject, CKG_THEME[theme]))
        for i, (name, role, qid) in enumerate(recipients):
            agent = _agent(g, f"recipient-{key}-{i}", name, person=role is not None, qid=qid)
            g.add((letter, BIBO.recipient, agent))
            if role:
                g.add((agent, CKG.role, Literal(role)))
        for position, signer in enumerate(signers, start=1):
            name, person, qid, country, theme = SIGNERS[signer]
            agent = _agent(g, signer, name, person=person, qid=qid, country=country, theme=theme)
            sig = EX[f"signature/{key}/{position}"]
            g.add((letter, CKG.hasSignature, sig))
            g.add((sig, RDF.type, CKG.Signature))
            g.add((sig, CKG.onLetter, letter))
            g.add((sig, CKG.signer, agent))
            g.add((sig, CKG.position, Literal(position, datatype=XSD.positiveInteger)))
            g.add((sig, CKG.nameAsWritten, Literal(name)))
            decision = "LINKED" if qid else ("NIL" if person else "REVIEW")
            _assertion(g, f"{key}-{position}", agent, decision, qid, 0.9 if qid else 0.4)
    return ds


@pytest.fixture()
def mini_dataset() -> Dataset:
    """A fresh copy of the miniature dataset."""
    return build_mini()


@pytest.fixture()
def mini_store(tmp_path: Path, mini_dataset: Dataset) -> Path:
    """An Oxigraph store directory holding the miniature dataset."""
    from kg.store import open_store

    path = tmp_path / "store"
    with open_store(path) as store:
        store.load_dataset(mini_dataset)
    return path
