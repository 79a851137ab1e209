"""`kg build` integration: human overrides, recipients' offices and one agent per organisation.

Offline, on the seed letter and on small letters written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Decision, Letter, LinkResult, MentionRole, Signatory
from kg.pipeline import agent_identities, build
from kg.queries import catalogue
from kg.rdf.build import build_dataset
from kg.store import open_store
from linkers.snapshot import SnapshotKB
from ontology.namespace import CKG

PREFIXES = """
PREFIX ckg: <https://w3id.org/coalition-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX wd: <http://www.wikidata.org/entity/>
"""


def _select(out: Path, sparql: str) -> list[dict]:
    with open_store(out / "store", read_only=True) as store:
        return store.select(sparql)


def _recipient(result, name: str) -> LinkResult:
    (links,) = result.links.values()
    (link,) = [x for x in links if x.role == MentionRole.RECIPIENT and x.name == name]
    return link


@pytest.fixture(scope="module")
def seed_builds(tmp_path_factory, seed_letter_path):
    """The seed built offline twice in one directory: without, then with an overrides file."""
    out = tmp_path_factory.mktemp("seed-overrides")
    before = build([seed_letter_path], out, kb_spec="auto", offline=True, network=False)
    (out / "overrides.tsv").write_text(
        "# key\tjudgement\ttarget\tauthor\tdate\n"
        "name:Michelle Bachelet\tmatch\tQ320\tana\t2026-11-27\n",
        encoding="utf-8",
    )
    after = build([seed_letter_path], out, kb_spec="auto", offline=True, network=False)
    return before, after, out


def test_an_override_turns_a_review_decision_into_a_manual_link(seed_builds):
    before, after, out = seed_builds
    assert _recipient(before, "Michelle Bachelet").decision == Decision.REVIEW
    link = _recipient(after, "Michelle Bachelet")
    assert (link.decision, link.qid, link.method) == (Decision.LINKED, "Q320", "manual")
    assert after.overrides == out / "overrides.tsv"
    # the overrides file is part of the link cache key: the parse is reused, links are not
    assert (after.reused_letters, after.reused_links) == (1, 0)
    rows = _select(
        out,
        PREFIXES
        + """SELECT DISTINCT ?method WHERE {
          ?agent foaf:name "Michelle Bachelet" ; skos:exactMatch wd:Q320 .
          ?assertion a ckg:LinkAssertion ; ckg:linkSubject ?agent ;
                     ckg:linkTarget wd:Q320 ; ckg:method ?method .
        }""",
    )
    assert rows == [{"method": "manual"}]


def test_recipients_posts_are_tied_to_their_office_items(seed_builds):
    out = seed_builds[2]
    rows = _select(out, catalogue()["recipient-offices"].sparql)
    offices = {
        r["name"]: (r["role"], r["qid"], r["office_qid"], r["office_relation"]) for r in rows
    }
    assert offices["Antonio Guterres"] == (
        "UN Secretary-General",
        "Q311440",
        "Q81066",
        "exactMatch",
    )
    # the bundled KB only knows the Office of the High Commissioner (an organisation), so the
    # post is placed in it rather than declared the same thing as it
    assert offices["Michelle Bachelet"] == (
        "UN High Commissioner for Human Rights",
        "Q320",
        "Q656812",
        "postIn",
    )
    facts = _select(
        out,
        PREFIXES + 'SELECT ?label WHERE { wd:Q81066 rdfs:label ?label FILTER(LANG(?label)="en") }',
    )
    assert facts == [{"label": "United Nations Secretary-General"}]


LETTER_C = """Joint letter on Tibet

An open letter to: UN Secretary-General Antonio Guterres

We, the undersigned organizations, call for action on Tibet.

Sincerely,

1. Amnesty International
2. Human Rights Watch
3. Tibet Initiative
"""

LETTER_D = """Joint letter on Hong Kong

An open letter to: UN Secretary-General Antonio Guterres

We, the undersigned organizations, call for action on Hong Kong.

Sincerely,

1. AMNESTY INTERNATIONAL
2. HRW
"""


def test_one_agent_per_organisation_across_letters(tmp_path):
    """Amnesty written in two cases, and HRW judged to be Human Rights Watch's item, are each
    one agent signing two letters (before, names keyed the agent and HRW was a second node)."""
    for name, text in (("c.txt", LETTER_C), ("d.txt", LETTER_D)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    overrides = tmp_path / "judged.tsv"
    overrides.write_text("name:HRW\tmatch\tQ187052\tana\t2026-11-27\n", encoding="utf-8")
    out = tmp_path / "out"
    build(
        [tmp_path / "c.txt", tmp_path / "d.txt"],
        out,
        kb=SnapshotKB.bundled(),
        network=False,
        overrides=overrides,
    )
    pairs = {
        frozenset((r["name_a"].casefold(), r["name_b"].casefold())): r["letters"]
        for r in _select(out, catalogue()["cosignature-counts"].sparql)
    }
    signers = _select(
        out,
        PREFIXES + "SELECT (COUNT(DISTINCT ?agent) AS ?n) WHERE { ?s ckg:signer ?agent }",
    )
    assert signers == [{"n": 3}]
    # one node each, so one pair; its name is the smallest of the agent's names
    amnesty_hrw = [
        n
        for pair, n in pairs.items()
        if "amnesty international" in pair and pair & {"hrw", "human rights watch"}
    ]
    assert amnesty_hrw == [2], pairs
    assert pairs[frozenset(("amnesty international", "tibet initiative"))] == 1, pairs


def test_same_name_in_two_countries_stays_two_organisations():
    def letter(path: str, code: str) -> Letter:
        sig = Signatory(1, "Friends of Tibet", "Friends of Tibet", country_hints=(code,))
        return Letter(title=path, source_path=path, source_format="txt", signatories=(sig,))

    letters = [letter("in.txt", "IN"), letter("nl.txt", "NL"), letter("in-2.txt", "IN")]
    identities = agent_identities(letters, {})
    assert identities["in.txt"][1] != identities["nl.txt"][1]
    assert identities["in.txt"][1] == identities["in-2.txt"][1]
    dataset = build_dataset(letters, {}, identities=identities, base="https://example.org/id/")
    assert len(set(dataset.objects(None, CKG.signer))) == 2
