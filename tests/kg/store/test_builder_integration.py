"""Every catalogue query over a dataset made by the real builder (kg.rdf.build), both stores.

The letters are hand-made `kg.model` objects with country and theme hints and link results,
so every query has rows, including the Tibet-outside-Europe question.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.model import (
    Decision,
    KBSource,
    Letter,
    LinkResult,
    MentionRole,
    Recipient,
    RecipientKind,
    Signatory,
    SignatoryKind,
    ThemeMention,
)
from kg.queries import catalogue
from kg.rdf.build import build_dataset
from kg.store import open_store

SOURCE = KBSource("snapshot:test", "2026-01-01")
HC = Recipient(
    "UN High Commissioner for Human Rights Volker Türk",
    "Volker Türk",
    "UN High Commissioner for Human Rights",
    RecipientKind.PERSON,
)
SIGNERS = {
    "ict": Signatory(
        0,
        "International Campaign for Tibet",
        "International Campaign for Tibet",
        country_hints=("US",),
        themes=("tibet",),
    ),
    "atc": Signatory(
        0,
        "Australia Tibet Council",
        "Australia Tibet Council",
        country_hints=("AU",),
        themes=("tibet",),
    ),
    "sta": Signatory(
        0, "Save Tibet Austria", "Save Tibet Austria", country_hints=("AT",), themes=("tibet",)
    ),
    "hkw": Signatory(
        0, "Hong Kong Watch", "Hong Kong Watch", country_hints=("GB",), themes=("hong-kong",)
    ),
    "ai": Signatory(0, "Amnesty International", "Amnesty International"),
    "jd": Signatory(0, "Jane Doe", "Jane Doe", kind=SignatoryKind.PERSON, capacity="lawyer"),
}
QIDS = {"ict": "Q1469030", "ai": "Q42970"}


def _letter(number: int, keys: list[str], themes: list[str], recipients) -> tuple[Letter, list]:
    signers = tuple(
        Signatory(
            i,
            SIGNERS[k].raw,
            SIGNERS[k].name,
            kind=SIGNERS[k].kind,
            country_hints=SIGNERS[k].country_hints,
            themes=SIGNERS[k].themes,
            capacity=SIGNERS[k].capacity,
        )
        for i, k in enumerate(keys, start=1)
    )
    letter = Letter(
        title=f"Joint letter {number}",
        source_path=f"letters/{number}.txt",
        source_format="txt",
        date=dt.date(2020, 9, number),
        recipients=tuple(recipients),
        signatories=signers,
        themes=tuple(ThemeMention(t, t, 2) for t in themes),
        declared_total=len(keys) + 2,
        anonymous_count=2,
    )
    links = [
        LinkResult(
            MentionRole.SIGNATORY,
            s.name,
            Decision.LINKED if k in QIDS else Decision.NIL,
            position=s.position,
            qid=QIDS.get(k),
            score=0.9 if k in QIDS else 0.1,
            source=SOURCE,
        )
        for k, s in zip(keys, signers, strict=True)
    ]
    return letter, links


@pytest.fixture(scope="module")
def built():
    one = _letter(1, ["ict", "atc", "sta", "ai", "jd"], ["tibet", "hong-kong"], [HC])
    two = _letter(2, ["ai", "hkw", "ict"], ["hong-kong", "uyghur"], [])
    letters = [one[0], two[0]]
    links = {one[0].source_path: one[1], two[0].source_path: two[1]}
    return build_dataset(letters, links, {}, base="https://example.org/id/")


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_catalogue_query_agrees_on_the_builders_dataset(built, name):
    rows = {}
    for backend in ("oxigraph", "rdflib"):
        with open_store(backend=backend) as store:
            store.load_dataset(built)
            rows[backend] = store.select(catalogue()[name].sparql, timeout=None)
    assert rows["oxigraph"], f"{name}: no rows from the builder's dataset"
    key = (lambda r: tuple(map(str, r.values()))) if name == "cosignature-counts" else None
    if key:
        rows = {b: sorted(r, key=key) for b, r in rows.items()}
    assert rows["oxigraph"] == rows["rdflib"]
    assert tuple(rows["oxigraph"][0]) == catalogue()[name].columns


def test_tibet_groups_outside_europe_to_the_high_commissioner(built):
    with open_store(backend="oxigraph") as store:
        store.load_dataset(built)
        rows = store.select(catalogue()["tibet-groups-outside-europe-to-high-commissioner"].sparql)
    assert [(r["name"], r["country"], r["qid"]) for r in rows] == [
        ("International Campaign for Tibet", "US", "Q1469030"),
        ("Australia Tibet Council", "AU", None),
    ]


def test_signatories_keep_kind_and_order(built):
    with open_store(backend="oxigraph") as store:
        store.load_dataset(built)
        rows = store.select(catalogue()["signatories"].sparql)
    first = [r for r in rows if r["letter"].endswith(rows[0]["letter"].rsplit("/", 1)[-1])]
    assert [r["position"] for r in first] == list(range(1, len(first) + 1))
    assert {r["name"]: r["kind"] for r in rows}["Jane Doe"] == "person"
