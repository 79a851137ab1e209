"""The default network outputs that ``kg build`` writes next to the RDF.

``write_default_network(select, out_dir)`` writes ``network.html``, ``network.gexf``,
``network.png`` and ``coalition-summary.json`` for the coalition view of every letter in the KG;
``coalition_summary(select)`` gives the summary that ``report.md`` includes.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from graphs.source import Select, load_coalition
from graphs.summary import summarise, summary_markdown
from graphs.views import build_view, write_view
from kg.errors import KGError

__all__ = ["as_select", "coalition_summary", "coalition_summary_markdown", "write_default_network"]

log = logging.getLogger(__name__)


def as_select(source: Select | Any) -> Select:
    """A ``select`` callable from a callable or from a store with a ``select`` method.

    A store's ``select`` runs in-process without a timeout here: the network queries are
    simple scans of the letters' own data.

    Examples
    --------
    >>> as_select(lambda q: [])("SELECT * {}")
    []
    """
    method = getattr(source, "select", None)
    if method is None:
        if not callable(source):
            raise TypeError(f"need a select callable or a store, not {type(source).__name__}")
        return source

    def select(sparql: str) -> list[dict[str, Any]]:
        try:
            return list(method(sparql, timeout=None))
        except TypeError:
            return list(method(sparql))

    return select


def coalition_summary(select: Select | Any, *, seed: int = 42) -> dict[str, Any]:
    """The coalition summary of every letter in the KG (see :func:`graphs.summary.summarise`).

    Parameters
    ----------
    select : callable
        Runs a SPARQL SELECT on the KG (e.g. ``Store.select``).
    seed : int
        Seed of community detection.

    Returns
    -------
    dict

    Examples
    --------
    >>> from rdflib import Graph
    >>> from graphs.source import rdflib_select
    >>> coalition_summary(rdflib_select(Graph()))["signers"]
    0
    """
    data = load_coalition(as_select(select))
    return summarise(build_view(data, "coalition", seed=seed).graph, data)


def coalition_summary_markdown(select: Select | Any, *, seed: int = 42) -> str:
    """The summary as a ``## Coalition`` Markdown section for ``report.md``.

    Examples
    --------
    >>> from rdflib import Graph
    >>> from graphs.source import rdflib_select
    >>> coalition_summary_markdown(rdflib_select(Graph())).startswith("## Coalition")
    True
    """
    return summary_markdown(coalition_summary(select, seed=seed))


def write_default_network(
    select: Select | Any,
    out_dir: Path,
    *,
    seed: int = 42,
    html: bool = True,
    notes: list[str] | None = None,
) -> dict[str, Any]:
    """Write the default coalition view: HTML page, GEXF, PNG and the summary as JSON.

    Parameters
    ----------
    select : callable or Store
        Runs a SPARQL SELECT on the KG (a ``kg.store.Store`` is accepted too).
    out_dir : pathlib.Path
        Directory to write into (created if needed).
    seed : int
        Seed of communities and layout (same seed, same files).
    html : bool
        Also write the interactive page (needs the JavaScript bundle from ``make install``).
    notes : list of str, optional
        When given, a missing bundle is recorded here as one line instead of raised, so a
        caller that goes on without the page does not redo the other files.

    Returns
    -------
    dict
        ``html``, ``gexf``, ``png``, ``summary`` (the JSON) to the written paths, and
        ``summary_markdown``: the ``## Coalition`` section for ``report.md`` (a ``str``).

    Raises
    ------
    KGError
        If the page's JavaScript bundle is missing (after the other files are written) and
        ``notes`` is not given.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from rdflib import Graph
    >>> from graphs.source import rdflib_select
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> sorted(write_default_network(rdflib_select(Graph()), out, html=False))
    ['gexf', 'png', 'summary', 'summary_markdown']
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    data = load_coalition(as_select(select))
    view = build_view(data, "coalition", seed=seed)
    written: dict[str, Any] = {
        "gexf": write_view(view, out_dir / "network.gexf"),
        "png": write_view(view, out_dir / "network.png"),
    }
    summary_path = out_dir / "coalition-summary.json"
    summary = summarise(view.graph, data)
    summary_path.write_text(
        json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    written["summary"] = summary_path
    written["summary_markdown"] = summary_markdown(summary)
    if html:
        try:
            written["html"] = write_view(view, out_dir / "network.html")
        except KGError as exc:
            if notes is None:
                log.error("network.html not written; the other network files are in %s", out_dir)
                raise
            notes.append("network.html skipped: " + " ".join(str(exc).split()))
    log.info("wrote the coalition network of %d signers to %s", len(data.agents), out_dir)
    return dict(sorted(written.items()))
