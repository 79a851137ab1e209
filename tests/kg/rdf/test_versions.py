"""Copies of one letter merge into one letter; re-issues become linked versions."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from rdf_samples import BASE, small_letter
from rdflib import URIRef
from rdflib.namespace import PROV, RDF

from kg.model import Letter, Reference, Signatory
from kg.rdf import build_dataset
from kg.rdf.versions import Relation, group_letters, relation, signatory_overlap
from ontology.namespace import CKG


def _letter(path, n, *, title="Call", date=dt.date(2020, 9, 9), ref=None, start=1):
    sigs = tuple(Signatory(i, f"Org {i}", f"Org {i}") for i in range(start, start + n))
    return Letter(
        title,
        path,
        path.rsplit(".", 1)[-1],
        date=date,
        signatories=sigs,
        reference=Reference(ref) if ref else None,
    )


def test_same_title_date_and_90_percent_signatories_is_a_copy():
    assert relation(_letter("a.pdf", 20), _letter("b.html", 18)) == Relation.SAME


def test_same_title_and_date_but_different_signatories_is_unrelated():
    assert relation(_letter("a.pdf", 20), _letter("b.pdf", 20, start=100)) == Relation.UNRELATED


def test_same_reference_is_the_same_letter_even_with_another_title():
    a = _letter("a.pdf", 10, ref="ASA 17/1/2020")
    b = _letter("b.html", 10, title="Other", date=None, ref="asa 17/1/2020")
    assert relation(a, b) == Relation.SAME


def test_reissue_with_more_signatories_is_a_newer_version():
    early = _letter("a.pdf", 20)
    later = _letter("c.pdf", 30, date=dt.date(2020, 10, 1))
    assert relation(early, later) == Relation.NEWER_VERSION
    assert relation(later, early) == Relation.OLDER_VERSION


def test_overlap_shares():
    assert signatory_overlap(_letter("a", 10), _letter("b", 5)) == (0.5, 1.0)


def test_group_letters_orders_versions_and_first_seen():
    early, copy = _letter("a.pdf", 20), _letter("b.html", 19)
    later = _letter("c.pdf", 30, date=dt.date(2020, 10, 1))
    (group,) = group_letters([later, copy, early])
    assert [v.letter.source_path for v in group.versions] == ["a.pdf", "c.pdf"]
    assert [c.source_path for c in group.versions[0].copies] == ["b.html"]
    assert group.first_seen["org 1"] == dt.date(2020, 9, 9)
    assert group.first_seen["org 25"] == dt.date(2020, 10, 1)


def test_unrelated_letters_stay_apart():
    groups = group_letters([small_letter(), _letter("x.txt", 5, title="Another letter")])
    assert len(groups) == 2


def test_graph_has_sources_versions_and_first_seen():
    early, copy = _letter("a.pdf", 20), _letter("b.html", 19)
    later = _letter("c.pdf", 30, date=dt.date(2020, 10, 1))
    dataset = build_dataset([early, copy, later], base=BASE)
    letters = sorted(dataset.subjects(RDF.type, CKG.Letter))
    assert len(letters) == 2
    newer = next(iter(dataset.subjects(CKG.previousVersion, None)))
    older = dataset.value(newer, CKG.previousVersion)
    assert (newer, PROV.wasRevisionOf, older) in dataset
    assert len(list(dataset.objects(older, CKG.hasSourceDocument))) == 2
    sig1 = URIRef(f"{newer}/signature/1")
    sig25 = URIRef(f"{newer}/signature/25")
    assert dataset.value(sig1, CKG.firstSeen).toPython() == dt.date(2020, 9, 9)
    assert dataset.value(sig25, CKG.firstSeen).toPython() == dt.date(2020, 10, 1)
    old_sig20 = URIRef(f"{older}/signature/20")
    assert len(list(dataset.objects(old_sig20, CKG.sourceDocument))) == 1  # not on the copy


_SIZES = st.integers(min_value=0, max_value=30)


@settings(max_examples=60, deadline=None)
@given(n_a=_SIZES, n_b=_SIZES, start_b=st.integers(1, 40), same_date=st.booleans())
def test_relation_is_consistent_both_ways(n_a, n_b, start_b, same_date):
    a = _letter("a.pdf", n_a)
    b = _letter(
        "b.pdf", n_b, start=start_b, date=dt.date(2020, 9, 9) if same_date else dt.date(2021, 1, 1)
    )
    forward, backward = relation(a, b), relation(b, a)
    mirror = {
        Relation.SAME: Relation.SAME,
        Relation.UNRELATED: Relation.UNRELATED,
        Relation.NEWER_VERSION: Relation.OLDER_VERSION,
        Relation.OLDER_VERSION: Relation.NEWER_VERSION,
    }
    assert backward == mirror[forward]
