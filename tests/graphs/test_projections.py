"""Projections on small hand-made coalitions with known answers."""

from __future__ import annotations

import networkx as nx
import pytest

from graphs.coalition import CoalitionWeights, coalition_network
from graphs.projections import (
    GENERAL_GROUP,
    affiliation_network,
    bipartite_network,
    cosignature_network,
    country_country_network,
    country_network,
    theme_network,
)
from graphs.records import Affiliation, Agent, CoalitionData, LetterInfo, SignatureRecord
from graphs.toy import toy_data


def _letters_data() -> CoalitionData:
    """Letter 1: a b c d; letter 2: a b; letter 3: a c."""
    signed = {"l1": "abcd", "l2": "ab", "l3": "ac"}
    agents = {f"urn:{x}": Agent(f"urn:{x}", x.upper()) for x in "abcd"}
    sigs = tuple(
        SignatureRecord(f"urn:{letter}", f"urn:{x}", i)
        for letter, who in signed.items()
        for i, x in enumerate(who, 1)
    )
    return CoalitionData(
        agents=agents,
        letters={f"urn:{k}": LetterInfo(f"urn:{k}") for k in signed},
        signatures=sigs,
    )


def test_bipartite_has_one_edge_per_signature():
    B = bipartite_network(_letters_data())
    assert nx.is_bipartite(B)
    assert B.number_of_nodes() == 7 and B.number_of_edges() == 8
    assert B["urn:b"]["urn:l2"]["position"] == 2


@pytest.mark.parametrize(
    ("weighting", "ab", "cd"),
    [
        ("count", 2.0, 1.0),
        ("jaccard", 2 / 3, 1 / 2),  # a: l1 l2 l3, b: l1 l2 → 2/3; c: l1 l3, d: l1 → 1/2
        ("newman", 1 / 3 + 1.0, 1 / 3),  # l1 has 4 signers (1/3), l2 has 2 (1)
    ],
)
def test_cosignature_weightings(weighting, ab, cd):
    G = cosignature_network(bipartite_network(_letters_data()), weight=weighting)
    assert G["urn:a"]["urn:b"]["weight"] == pytest.approx(ab)
    assert G["urn:c"]["urn:d"]["weight"] == pytest.approx(cd)
    assert G["urn:a"]["urn:b"]["letters"] == ["urn:l1", "urn:l2"]
    assert G.number_of_edges() == 6


def test_cosignature_rejects_unknown_weighting():
    with pytest.raises(ValueError, match="weight must be one of"):
        cosignature_network(bipartite_network(_letters_data()), weight="cosine")


def test_theme_and_country_networks_are_bipartite_attribute_graphs():
    T = theme_network(toy_data())
    assert sorted(T["theme:tibet"]) == ["urn:a", "urn:c"]
    C = country_network(toy_data())
    assert sorted(C["country:JP"]) == ["urn:b", "urn:c"]


def test_country_country_counts_letters_both_countries_signed():
    G = country_country_network(toy_data())
    assert G["BE"]["JP"]["weight"] == 2.0
    assert G["BE"]["JP"]["letters"] == ["urn:letter1", "urn:letter2"]


def test_affiliation_network_has_kg_parents_and_name_families():
    base = toy_data()
    data = CoalitionData(
        agents=base.agents,
        letters=base.letters,
        signatures=base.signatures,
        affiliations=(Affiliation("urn:c", "urn:itn", "memberOf", "International Tibet Network"),),
    )
    G = affiliation_network(data)
    assert G.nodes["urn:itn"]["label"] == "International Tibet Network"
    assert G["urn:c"]["urn:itn"]["relation"] == "memberOf"
    assert sorted(G["family:ACAT"]) == ["urn:a", "urn:b"]
    assert "family:ACAT" not in affiliation_network(data, name_families=False)


def test_coalition_of_one_letter_is_not_a_clique(seed_data):
    G = coalition_network(seed_data)
    n = G.number_of_nodes()
    assert n == 281
    assert G.number_of_edges() < 0.1 * n * (n - 1) / 2
    weights = {round(d["weight"], 6) for _, _, d in G.edges(data=True)}
    assert len(weights) > 5  # weighted, not uniform


def test_coalition_ties_carry_reasons_letters_and_specificity():
    G = coalition_network(toy_data())
    assert G["urn:a"]["urn:b"]["reasons"] == ["parent:family:ACAT"]
    assert G["urn:b"]["urn:c"]["reasons"] == ["country:JP"]
    assert G["urn:a"]["urn:c"]["letters"] == ["urn:letter1", "urn:letter2"]
    assert G.nodes["urn:b"]["group"] == GENERAL_GROUP


def test_rare_themes_tie_more_strongly_than_common_ones():
    agents = {f"urn:{i}": Agent(f"urn:{i}", f"Org {i}", themes=("tibet",)) for i in range(2)}
    agents |= {f"urn:{i}": Agent(f"urn:{i}", f"Org {i}") for i in range(2, 8)}
    sigs = tuple(SignatureRecord("urn:l", a, i) for i, a in enumerate(sorted(agents)))
    data = CoalitionData(agents=agents, letters={"urn:l": LetterInfo("urn:l")}, signatures=sigs)
    G = coalition_network(data)
    assert G["urn:0"]["urn:1"]["weight"] > G["urn:2"]["urn:3"]["weight"]


def test_large_groups_are_joined_sparsely_and_deterministically():
    agents = {f"urn:{i:03d}": Agent(f"urn:{i:03d}", f"Org {i}") for i in range(100)}
    sigs = tuple(SignatureRecord("urn:l", a, i) for i, a in enumerate(sorted(agents)))
    data = CoalitionData(agents=agents, letters={"urn:l": LetterInfo("urn:l")}, signatures=sigs)
    weights = CoalitionWeights(max_clique=40, sparse_k=4)
    G = coalition_network(data, weights=weights, seed=1)
    assert 200 <= G.number_of_edges() <= 400  # ~ n * k, far from 4 950
    assert min(d for _, d in G.degree()) >= 4
    H = coalition_network(data, weights=weights, seed=1)
    assert sorted(G.edges()) == sorted(H.edges())


def test_cosignature_adds_to_pairs_that_signed_several_letters():
    G = coalition_network(toy_data())
    assert "cosigned:2" in G["urn:a"]["urn:c"]["reasons"]
    assert not any(r.startswith("cosigned") for r in G["urn:a"]["urn:b"]["reasons"])


def test_signers_and_countries_carry_un_m49_regions() -> None:
    agent = Agent("urn:x", "X", countries=("JP", "CN", "KE", "AQ", "XX", "BR"))
    letter = LetterInfo("urn:l", "L", None)
    data = CoalitionData(
        agents={agent.id: agent, "urn:y": Agent("urn:y", "Y", countries=("US",))},
        letters={letter.id: letter},
        signatures=(SignatureRecord(letter.id, "urn:x", 1), SignatureRecord(letter.id, "urn:y", 2)),
    )
    signer = country_network(data).nodes["urn:x"]
    assert signer["regions"] == ["Asia", "Africa", "Americas"]  # each once; AQ, XX have none
    assert signer["intermediate_regions"] == ["Eastern Asia", "Eastern Africa", "South America"]
    countries = country_country_network(data)
    assert countries.nodes["US"]["region"] == "Americas"
    assert countries.nodes["US"]["intermediate_region"] == "Northern America"
    assert countries.nodes["AQ"]["region"] == "Unknown"
    assert country_network(data).nodes["country:KE"]["intermediate_region"] == "Eastern Africa"
