"""The combined coalition network: signers tied by shared themes, countries and affiliations.

A single letter's co-signature network is a clique; this one ties signers by what they share,
weighted by how specific it is, so one letter already shows movements and families as clusters.
"""

from __future__ import annotations

import itertools
import math
import random
from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from graphs.families import FAMILY_PREFIX, family_affiliations
from graphs.projections import (
    GENERAL_GROUP,
    add_signer_nodes,
    bipartite_network,
    cosignature_network,
)
from graphs.records import Affiliation, Agent, CoalitionData

__all__ = ["AFFILIATION_REASON", "AFFILIATION_TIE", "CoalitionWeights", "coalition_network"]

#: Prefix of the ``reasons`` of a tie made by a shared parent or name family.
AFFILIATION_REASON = "parent:"
#: ``tie`` attribute of edges made (at least partly) by an affiliation; drawn dark and thick.
AFFILIATION_TIE = "affiliation"


@dataclass(frozen=True)
class CoalitionWeights:
    """How much each kind of shared trait adds to a coalition tie.

    A shared theme or country adds ``theme`` or ``country`` times its specificity,
    ``log(signers / members)``: sharing a rare movement ties two signers more than sharing the
    broad ``general`` group. A shared parent organisation or name family adds ``affiliation``;
    co-signature adds ``cosign`` times the Jaccard of the two letter sets, for pairs that signed
    at least ``min_shared_letters`` together. Groups larger than ``max_clique`` are joined
    sparsely (each member to ``sparse_k`` others drawn with the seed), so broad groups stay
    groups without becoming huge cliques.
    """

    theme: float = 1.0
    country: float = 0.5
    affiliation: float = 4.0
    cosign: float = 1.0
    min_shared_letters: int = 2
    max_clique: int = 40
    sparse_k: int = 4


def _group_pairs(
    members: list[str], weights: CoalitionWeights, rng: random.Random
) -> list[tuple[str, str]]:
    if len(members) <= weights.max_clique:
        return list(itertools.combinations(members, 2))
    pairs = set()
    for index, member in enumerate(members):
        others = members[:index] + members[index + 1 :]
        for other in rng.sample(others, weights.sparse_k):
            pairs.add((min(member, other), max(member, other)))
    return sorted(pairs)


def _add_tie(graph: nx.Graph, u: str, v: str, amount: float, reason: str) -> None:
    if graph.has_edge(u, v):
        edge = graph[u][v]
        edge["weight"] += amount
        edge["reasons"].append(reason)
    else:
        graph.add_edge(u, v, weight=amount, reasons=[reason])


def _trait_groups(data: CoalitionData) -> dict[tuple[str, str], list[str]]:
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for agent_id, agent in data.agents.items():
        for theme in agent.themes or (GENERAL_GROUP,):
            groups[("theme", theme)].append(agent_id)
        for country in agent.countries:
            groups[("country", country)].append(agent_id)
    return groups


def _affiliation_groups(
    records: list[Affiliation], agents: dict[str, Agent]
) -> dict[str, set[str]]:
    """Signers per parent (a KG parent or a name family), the parent included if it signed."""
    members: dict[str, set[str]] = defaultdict(set)
    for record in records:
        if record.parent in agents:
            members[record.parent].add(record.parent)
        members[record.parent].add(record.child)
    return {parent: group for parent, group in members.items() if len(group) > 1}


def _affiliation_pairs(groups: dict[str, set[str]]) -> dict[tuple[str, str], list[str]]:
    """Signer pairs sharing a parent (or one the parent of the other), with the parents."""
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for parent, group in sorted(groups.items()):
        for u, v in itertools.combinations(sorted(group), 2):
            pairs[(u, v)].append(parent)
    return pairs


def _mark_families(
    graph: nx.Graph,
    records: list[Affiliation],
    agents: dict[str, Agent],
    groups: dict[str, set[str]],
) -> None:
    """Write ``family`` (the parent's or name family's label) on every affiliated signer.

    A signer in several families keeps the largest (then the first by label).
    """
    labels = {r.parent: r.parent_label for r in records if r.parent_label}

    def label(parent: str) -> str:
        if parent in agents:
            return agents[parent].name
        return labels.get(parent) or parent.rsplit("/", 1)[-1].removeprefix(FAMILY_PREFIX)

    for parent in sorted(groups, key=lambda p: (-len(groups[p]), label(p))):
        for member in groups[parent]:
            if member in graph and "family" not in graph.nodes[member]:
                graph.nodes[member]["family"] = label(parent)


def coalition_network(
    data: CoalitionData, *, weights: CoalitionWeights | None = None, seed: int = 42
) -> nx.Graph:
    """The combined coalition network: signers tied by shared themes, countries, affiliations.

    Signers with no movement theme form the ``general`` group (broad NGOs). Ties are weighted
    (see :class:`CoalitionWeights`) and carry ``reasons`` and the ``letters`` both signed, so a
    single letter already yields movement clusters rather than one clique. Ties made by a shared
    parent or name family also carry ``tie="affiliation"``, and their signers ``family`` (the
    parent's or family's label).

    Parameters
    ----------
    data : CoalitionData
        Records read from the KG.
    weights : CoalitionWeights, optional
        Weights of the trait kinds; default :class:`CoalitionWeights`.
    seed : int
        Seed of the sparse joining of large groups.

    Returns
    -------
    networkx.Graph

    Examples
    --------
    >>> from graphs.toy import toy_data
    >>> G = coalition_network(toy_data())
    >>> G["urn:a"]["urn:b"]["reasons"], G["urn:b"]["urn:c"]["reasons"]
    (['parent:family:ACAT'], ['country:JP'])
    >>> G["urn:a"]["urn:c"]["reasons"]
    ['cosigned:2', 'theme:tibet']
    >>> G["urn:a"]["urn:b"]["tie"], G.nodes["urn:a"]["family"], "family" in G.nodes["urn:c"]
    ('affiliation', 'ACAT', False)
    """
    weights = weights or CoalitionWeights()
    rng = random.Random(seed)
    graph = nx.Graph(kind="coalition")
    letters = add_signer_nodes(graph, data)
    amount = {"theme": weights.theme, "country": weights.country}
    total = max(len(data.agents), 1)
    for (kind, value), members in sorted(_trait_groups(data).items()):
        members = sorted(set(members))
        if len(members) < 2:
            continue
        specificity = math.log(total / len(members)) or 0.05
        for u, v in _group_pairs(members, weights, rng):
            _add_tie(graph, u, v, amount[kind] * specificity, f"{kind}:{value}")
    records = [*data.affiliations, *family_affiliations(data.agents.values())]
    groups = _affiliation_groups(records, data.agents)
    for (u, v), parents in sorted(_affiliation_pairs(groups).items()):
        for parent in parents:
            _add_tie(graph, u, v, weights.affiliation / len(parents), f"parent:{parent}")
    _mark_families(graph, records, data.agents, groups)
    if weights.cosign and len(data.letters) > 1:
        cosign = cosignature_network(bipartite_network(data), weight="jaccard")
        for u, v, edge in sorted(cosign.edges(data=True)):
            if edge["count"] >= weights.min_shared_letters:
                _add_tie(graph, u, v, weights.cosign * edge["weight"], f"cosigned:{edge['count']}")
    for u, v, edge in graph.edges(data=True):
        edge["letters"] = sorted(set(letters.get(u, ())) & set(letters.get(v, ())))
        edge["reasons"] = sorted(edge["reasons"])
        if any(reason.startswith(AFFILIATION_REASON) for reason in edge["reasons"]):
            edge["tie"] = AFFILIATION_TIE
    return graph
