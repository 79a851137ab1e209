"""Network projections of the coalition records (networkx graphs).

The combined coalition network lives in :mod:`graphs.coalition`.

Signer nodes carry ``label``, ``kind``, ``acronym``, ``alt_names``, ``countries``, ``regions``
and ``intermediate_regions`` (UN M49, :mod:`graphs.regions`), ``themes``, ``qid``, ``letters``
and ``group`` (their movement theme, or ``general``); country nodes carry ``region`` and
``intermediate_region``; edges carry ``weight`` and ``letters`` (the source letters of the tie).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from graphs.families import family_affiliations
from graphs.records import Agent, CoalitionData
from graphs.regions import UNKNOWN, Level, region_of

__all__ = [
    "GENERAL_GROUP",
    "add_signer_nodes",
    "affiliation_network",
    "bipartite_network",
    "cosignature_network",
    "country_country_network",
    "country_network",
    "primary_group",
    "signer_attributes",
    "theme_network",
]

#: Group of signers whose name and KG data point to no movement theme (broad NGOs).
GENERAL_GROUP = "general"
_WEIGHTINGS = ("count", "jaccard", "newman")


def _letter_index(data: CoalitionData) -> dict[str, tuple[str, ...]]:
    index: dict[str, set[str]] = defaultdict(set)
    for signature in data.signatures:
        index[signature.signer].add(signature.letter)
    return {agent: tuple(sorted(letters)) for agent, letters in index.items()}


def primary_group(themes: Iterable[str]) -> str:
    """The movement a signer belongs to: its most specific theme, else ``general``.

    Examples
    --------
    >>> primary_group(["china", "tibet"])
    'tibet'
    >>> primary_group([])
    'general'
    """
    from kg.themes import themes as all_themes

    broader = {t.broader for t in all_themes() if t.broader}
    ordered = sorted(themes, key=lambda t: (t in broader, t))
    return ordered[0] if ordered else GENERAL_GROUP


def _regions(codes: Iterable[str], level: Level) -> list[str]:
    """The UN M49 regions of ``codes`` at ``level``, each once, unknown ones left out."""
    found = (region_of(code, level) for code in codes)
    return list(dict.fromkeys(r for r in found if r != UNKNOWN))


def _country_attributes(code: str) -> dict[str, str]:
    return {
        "region": region_of(code),
        "intermediate_region": region_of(code, "intermediate-region"),
    }


def signer_attributes(agent: Agent, letters: Iterable[str] = ()) -> dict[str, object]:
    """Node attributes of a signer.

    Examples
    --------
    >>> from graphs.records import Agent
    >>> agent = Agent("urn:a", "SFT Japan", countries=("JP",), themes=("tibet",))
    >>> attributes = signer_attributes(agent)
    >>> attributes["group"], attributes["regions"], attributes["intermediate_regions"]
    ('tibet', ['Asia'], ['Eastern Asia'])
    """
    return {
        "label": agent.name,
        "node_type": "signer",
        "kind": agent.kind,
        "acronym": agent.acronym or "",
        "alt_names": list(agent.alt_names),
        "countries": list(agent.countries),
        "regions": _regions(agent.countries, "region"),
        "intermediate_regions": _regions(agent.countries, "intermediate-region"),
        "themes": list(agent.themes),
        "qid": agent.qid or "",
        "letters": list(letters),
        "group": primary_group(agent.themes),
    }


def add_signer_nodes(graph: nx.Graph, data: CoalitionData) -> dict[str, tuple[str, ...]]:
    """Add every signer with :func:`signer_attributes` and the names it was written as.

    Returns the letters each signer signed.

    Examples
    --------
    >>> import networkx as nx
    >>> from graphs.toy import toy_data
    >>> G = nx.Graph()
    >>> add_signer_nodes(G, toy_data())["urn:b"], G.nodes["urn:b"]["written"]
    (('urn:letter1',), ['ACAT Japan (ACAT-JP)'])
    """
    letters = _letter_index(data)
    written: dict[str, set[str]] = defaultdict(set)
    for signature in data.signatures:
        if signature.name_as_written:
            written[signature.signer].add(signature.name_as_written)
    for agent_id, agent in data.agents.items():
        attributes = signer_attributes(agent, letters.get(agent_id, ()))
        attributes["written"] = sorted(written.get(agent_id, ()))
        graph.add_node(agent_id, **attributes)
    return letters


def bipartite_network(data: CoalitionData) -> nx.Graph:
    """The bipartite signer–letter network (``bipartite`` = 0 for signers, 1 for letters).

    Parameters
    ----------
    data : CoalitionData
        Records read from the KG.

    Returns
    -------
    networkx.Graph
        Edges carry ``position`` and ``name_as_written`` of the signature.

    Examples
    --------
    >>> from graphs.toy import toy_data
    >>> B = bipartite_network(toy_data())
    >>> sorted(d["bipartite"] for _, d in B.nodes(data=True))
    [0, 0, 0, 1, 1]
    >>> B.number_of_edges()
    5
    """
    graph = nx.Graph(kind="bipartite")
    add_signer_nodes(graph, data)
    for node in graph:
        graph.nodes[node]["bipartite"] = 0
    for letter in data.letters.values():
        graph.add_node(
            letter.id,
            label=letter.title or letter.id,
            node_type="letter",
            date=letter.date or "",
            bipartite=1,
        )
    for sig in data.signatures:
        graph.add_edge(
            sig.signer,
            sig.letter,
            weight=1.0,
            position=sig.position or 0,
            name_as_written=sig.name_as_written or "",
            letters=[sig.letter],
        )
    return graph


def cosignature_network(bipartite: nx.Graph, *, weight: str = "count") -> nx.Graph:
    """Signers joined by the letters they signed together.

    Parameters
    ----------
    bipartite : networkx.Graph
        A signer–letter graph from :func:`bipartite_network`.
    weight : {"count", "jaccard", "newman"}
        ``count``: number of shared letters; ``jaccard``: shared / letters of either;
        ``newman``: sum over shared letters of 1 / (signers of the letter - 1) (Newman 2001).

    Returns
    -------
    networkx.Graph
        Signer graph; edges carry ``weight``, ``count`` and ``letters``.

    Raises
    ------
    ValueError
        If ``weight`` is not one of the three normalisations.

    Examples
    --------
    >>> from graphs.toy import toy_data
    >>> G = cosignature_network(bipartite_network(toy_data()), weight="jaccard")
    >>> sorted((u[-1], v[-1], d["weight"]) for u, v, d in G.edges(data=True))
    [('a', 'b', 0.5), ('a', 'c', 1.0), ('b', 'c', 0.5)]
    """
    if weight not in _WEIGHTINGS:
        raise ValueError(f"weight must be one of {_WEIGHTINGS}, not {weight!r}")
    signers = [n for n, d in bipartite.nodes(data=True) if d.get("bipartite") == 0]
    graph = nx.Graph(kind="cosign", weighting=weight)
    graph.add_nodes_from((n, bipartite.nodes[n]) for n in signers)
    for letter in sorted(n for n, d in bipartite.nodes(data=True) if d.get("bipartite") == 1):
        members = sorted(bipartite[letter])
        share = 1.0 / (len(members) - 1) if len(members) > 1 else 0.0
        for u, v in itertools.combinations(members, 2):
            data = graph.get_edge_data(u, v) or {"count": 0, "newman": 0.0, "letters": []}
            data["count"] += 1
            data["newman"] += share
            data["letters"].append(letter)
            graph.add_edge(u, v, **data)
    for u, v, data in graph.edges(data=True):
        union = len(set(bipartite[u]) | set(bipartite[v]))
        data["weight"] = {
            "count": float(data["count"]),
            "jaccard": data["count"] / union if union else 0.0,
            "newman": data["newman"],
        }[weight]
        del data["newman"]
    return graph


def _attribute_network(data: CoalitionData, field: str, node_type: str) -> nx.Graph:
    graph = nx.Graph(kind=node_type)
    add_signer_nodes(graph, data)
    for agent_id, agent in data.agents.items():
        for value in getattr(agent, field):
            extra = _country_attributes(value) if node_type == "country" else {}
            graph.add_node(f"{node_type}:{value}", label=value, node_type=node_type, **extra)
            graph.add_edge(agent_id, f"{node_type}:{value}", weight=1.0)
    return graph


def theme_network(data: CoalitionData) -> nx.Graph:
    """The bipartite organisation–theme network (theme nodes are ``theme:<id>``).

    Examples
    --------
    >>> from graphs.toy import toy_data
    >>> G = theme_network(toy_data())
    >>> sorted(G["theme:tibet"])
    ['urn:a', 'urn:c']
    """
    return _attribute_network(data, "themes", "theme")


def country_network(data: CoalitionData) -> nx.Graph:
    """The bipartite organisation–country network (country nodes are ``country:<ISO2>``).

    Examples
    --------
    >>> from graphs.toy import toy_data
    >>> G = country_network(toy_data())
    >>> sorted(n for n in G if n.startswith("country:")), G.nodes["country:BE"]["region"]
    (['country:BE', 'country:JP'], 'Europe')
    """
    return _attribute_network(data, "countries", "country")


def country_country_network(data: CoalitionData) -> nx.Graph:
    """Countries joined when signers from both signed the same letter.

    Edge ``weight`` is the number of letters both countries appear on; node ``signers`` the
    number of signers from the country, ``region`` and ``intermediate_region`` its UN M49
    region and intermediate region (sub-region where M49 has none).

    Examples
    --------
    >>> from graphs.toy import toy_data
    >>> G = country_country_network(toy_data())
    >>> G["BE"]["JP"]["weight"], G.nodes["JP"]["signers"], G.nodes["JP"]["intermediate_region"]
    (2.0, 2, 'Eastern Asia')
    """
    graph = nx.Graph(kind="countries")
    letters = _letter_index(data)
    on_letter: dict[str, set[str]] = defaultdict(set)
    for agent_id, agent in data.agents.items():
        for code in agent.countries:
            graph.add_node(code, label=code, node_type="country", **_country_attributes(code))
            graph.nodes[code]["signers"] = graph.nodes[code].get("signers", 0) + 1
            for letter in letters.get(agent_id, ()):
                on_letter[letter].add(code)
    for letter, codes in sorted(on_letter.items()):
        for u, v in itertools.combinations(sorted(codes), 2):
            edge = graph.get_edge_data(u, v) or {"weight": 0.0, "letters": []}
            edge["weight"] += 1.0
            edge["letters"].append(letter)
            graph.add_edge(u, v, **edge)
    return graph


def affiliation_network(data: CoalitionData, *, name_families: bool = True) -> nx.Graph:
    """Signers joined to the organisations and name families they belong to.

    Parameters
    ----------
    data : CoalitionData
        Records, whose ``affiliations`` come from org:memberOf, org:subOrganizationOf and
        ckg:nationalSectionOf in the KG.
    name_families : bool
        Also add national sections and chapters recognised in names
        (:func:`graphs.families.name_families`) as ``family:<KEY>`` nodes.

    Returns
    -------
    networkx.Graph
        Edges carry ``relation``; parent nodes that are not signers have ``node_type`` parent.

    Examples
    --------
    >>> from graphs.toy import toy_data
    >>> G = affiliation_network(toy_data())
    >>> sorted(G["family:ACAT"])
    ['urn:a', 'urn:b']
    """
    graph = nx.Graph(kind="affiliation")
    add_signer_nodes(graph, data)
    records = list(data.affiliations)
    if name_families:
        records += family_affiliations(data.agents.values())
    for record in records:
        if record.parent not in graph:
            label = record.parent_label or record.parent.rsplit("/", 1)[-1]
            graph.add_node(record.parent, label=label, node_type="parent")
        graph.add_edge(record.child, record.parent, relation=record.relation, weight=1.0)
    return graph
