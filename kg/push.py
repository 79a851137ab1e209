"""``kg push``: send the store's named graphs to a SPARQL 1.1 Graph Store Protocol endpoint.

Each named graph goes in one request to ``ENDPOINT?graph=IRI``: ``PUT`` replaces the graph
on the server, ``POST`` merges into it. The body is N-Triples sent as ``text/turtle`` (every
N-Triples document is Turtle, and every Graph Store server reads Turtle), so the same push
works with Fuseki (``.../DATASET/data``), GraphDB (``.../repositories/ID/rdf-graphs/service``),
Virtuoso (``.../sparql-graph-crud``), Oxigraph (``.../store``) and Neptune.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kg.errors import InputError, StoreError
from kg.store import Store

__all__ = ["PushResult", "parse_auth", "push"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PushResult:
    """How many graphs and triples were sent, and how (``replace`` or ``merge``)."""

    endpoint: str
    mode: str
    graphs: tuple[str, ...]
    triples: int


def parse_auth(value: str | None) -> Any:
    """``user:password`` → HTTP Basic auth; ``Bearer TOKEN`` → a bearer-token header.

    Examples
    --------
    >>> parse_auth("alice:s3cret")
    ('alice', 's3cret')
    >>> parse_auth(None) is None
    True
    """
    if not value:
        return None
    if value.lower().startswith("bearer "):
        token = value[len("bearer ") :].strip()

        def bearer(request: Any) -> Any:
            request.headers["Authorization"] = f"Bearer {token}"
            return request

        return bearer
    user, sep, password = value.partition(":")
    if not sep or not user:
        raise InputError("--auth must be USER:PASSWORD or 'Bearer TOKEN'")
    return (user, password)


def _graph_nt(store: Store, name: str) -> bytes:
    return store.construct_nt(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")


def push(
    store: Store,
    endpoint: str,
    *,
    mode: str = "replace",
    auth: Any = None,
    graphs: Sequence[str] | None = None,
    session: Any = None,
    timeout: float = 120.0,
) -> PushResult:
    """Send named graphs of ``store`` to a Graph Store Protocol ``endpoint``.

    Parameters
    ----------
    store : kg.store.Store
        The source store.
    endpoint : str
        The Graph Store Protocol URL (``?graph=IRI`` is appended).
    mode : {"replace", "merge"}
        ``PUT`` (replace each graph) or ``POST`` (merge into it).
    auth : optional
        ``requests`` auth: a ``(user, password)`` tuple or a callable (see :func:`parse_auth`).
    graphs : sequence of str, optional
        Only these graphs (default: every named graph).
    session : requests.Session, optional
        HTTP session (tests, proxies).
    timeout : float
        Seconds per request.

    Raises
    ------
    kg.errors.InputError
        Unknown mode or an endpoint that is not http(s).
    kg.errors.StoreError
        The endpoint refused a graph (status and the start of its answer are given).
    """
    import requests

    if mode not in ("replace", "merge"):
        raise InputError(f"push mode must be replace or merge, not {mode!r}")
    if not endpoint.startswith(("http://", "https://")):
        raise InputError(f"endpoint must be an http(s) URL, not {endpoint!r}")
    http = session or requests.Session()
    names = list(graphs) if graphs is not None else store.named_graphs()
    method = "PUT" if mode == "replace" else "POST"
    sent = 0
    for name in names:
        body = _graph_nt(store, name)
        try:
            response = http.request(
                method,
                endpoint,
                params={"graph": name},
                data=body,
                headers={"Content-Type": "text/turtle; charset=utf-8"},
                auth=auth,
                timeout=timeout,
            )
        except requests.RequestException as exc:
            raise StoreError(f"push to {endpoint} failed: {exc}") from exc
        if response.status_code >= 300:
            detail = " ".join(response.text.split())[:200]
            raise StoreError(
                f"{endpoint} refused graph <{name}>: HTTP {response.status_code} {detail}"
            )
        sent += body.count(b"\n")
        log.info("%s <%s>: HTTP %s", method, name, response.status_code)
    return PushResult(endpoint, mode, tuple(names), sent)
