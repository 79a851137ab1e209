"""Run SPARQL safely: a timeout, a result limit and a ``SERVICE`` policy for every store.

The embedded stores have no timeout of their own, so a query with a timeout runs in a
forked worker process that inherits the open store and is killed when time is up. Before it
runs, the query is parsed: malformed text, SPARQL updates and ``SERVICE`` calls to endpoints
not named in ``allow_service`` are refused with a one-line :class:`~kg.errors.QueryError`.

Examples
--------
>>> check_query("SELECT * WHERE { SERVICE <https://example.org/sparql> { ?s ?p ?o } }")
Traceback (most recent call last):
...
kg.errors.QueryError: SERVICE <https://example.org/sparql> is refused; allow it with ...
>>> check_query("SELECT * WHERE { SERVICE <https://example.org/sparql> { ?s ?p ?o } }",
...             allow_service=["https://example.org/sparql"])
'SELECT'
>>> check_query("SELECT ?s WHERE { ?s ?p ?o }")
'SELECT'
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.errors import QueryError, one_line

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from kg.store import Row, Store

__all__ = ["QueryResult", "check_query", "run_construct", "run_query"]

_FORMS = {
    "SelectQuery": "SELECT",
    "ConstructQuery": "CONSTRUCT",
    "AskQuery": "ASK",
    "DescribeQuery": "DESCRIBE",
}
_BATCH = 500


@dataclass(frozen=True)
class QueryResult:
    """Rows of a SELECT (or one ``ask`` row for ASK), with ``truncated`` set past the limit."""

    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    truncated: bool = False
    seconds: float = 0.0


def _service_terms(node: Any, out: list[Any]) -> list[Any]:
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        if node.name == "ServiceGraphPattern":
            out.append(node.get("term"))
        for value in node.values():
            _service_terms(value, out)
    elif isinstance(node, list | tuple | ParseResults):
        for value in node:
            _service_terms(value, out)
    return out


def _endpoint(term: Any, prefixes: dict[str, str]) -> str | None:
    from rdflib import URIRef
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, CompValue) and term.name == "pname":
        base = prefixes.get(term.get("prefix") or "")
        return None if base is None else base + (term.get("localname") or "")
    return None  # a variable endpoint is never allowed


def check_query(sparql: str, *, allow_service: Sequence[str] = ()) -> str:
    """Parse a query and apply the policy; return its form (``SELECT``, ``ASK`` ...).

    Raises
    ------
    kg.errors.QueryError
        Malformed query, an update, or ``SERVICE`` to an endpoint not in ``allow_service``.
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(sparql)
    except ParseException as exc:
        try:
            parseUpdate(sparql)
        except ParseException:
            raise QueryError(f"malformed SPARQL: {one_line(exc.explain(depth=0))}") from exc
        raise QueryError("SPARQL updates are refused: queries are read-only") from exc
    prefixes = {
        str(decl.get("prefix") or ""): str(decl["iri"])
        for decl in parsed[0]
        if getattr(decl, "name", "") == "PrefixDecl"
    }
    allowed = set(allow_service)
    for term in _service_terms(parsed[1], []):
        endpoint = _endpoint(term, prefixes)
        if endpoint is None:
            raise QueryError("SERVICE with a variable or unknown endpoint is refused")
        if endpoint not in allowed:
            raise QueryError(
                f"SERVICE <{endpoint}> is refused; allow it with --allow-service {endpoint}"
            )
    return _FORMS.get(parsed[1].name, "SELECT")


def _collect(names: list[str], rows: Iterator[Row], limit: int | None) -> QueryResult:
    kept: list[Row] = []
    truncated = False
    for row in rows:
        if limit is not None and len(kept) >= limit:
            truncated = True
            break
        kept.append(row)
    return QueryResult(tuple(names), tuple(kept), truncated)


def _run_here(store: Store, sparql: str, form: str, limit: int | None) -> QueryResult:
    if form == "ASK":
        return QueryResult(("ask",), ({"ask": "true" if store.ask(sparql) else "false"},))
    if form in ("CONSTRUCT", "DESCRIBE"):
        raise QueryError(f"{form} queries return a graph; use Store.construct")
    names, rows = store.iter_rows(sparql)
    return _collect(names, rows, limit)


def _worker(store: Store, sparql: str, form: str, limit: int | None, conn: Connection) -> None:
    try:
        if form in ("CONSTRUCT", "DESCRIBE"):
            conn.send(("graph", store.construct_nt(sparql)))
            return
        result = _run_here(store, sparql, form, limit)
        conn.send(("columns", result.columns))
        for start in range(0, len(result.rows), _BATCH):
            conn.send(("rows", result.rows[start : start + _BATCH]))
        conn.send(("done", result.truncated))
    except QueryError as exc:
        conn.send(("error", str(exc)))
    except Exception as exc:  # report any evaluation failure to the parent, in one line
        conn.send(("error", f"query failed: {type(exc).__name__}: {one_line(str(exc))}"))
    finally:
        conn.close()


def _in_worker(store: Store, sparql: str, form: str, limit: int | None, timeout: float) -> Any:
    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_worker, args=(store, sparql, form, limit, sender))
    deadline = time.monotonic() + timeout
    process.start()
    sender.close()
    columns: tuple[str, ...] = ()
    rows: list[Row] = []
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not receiver.poll(remaining):
                raise QueryError(f"query timed out after {timeout:g} s")
            try:
                kind, payload = receiver.recv()
            except EOFError as exc:
                raise QueryError("query worker ended without an answer") from exc
            if kind == "error":
                raise QueryError(payload)
            if kind == "graph":
                return payload
            if kind == "columns":
                columns = payload
            elif kind == "rows":
                rows.extend(payload)
            else:
                return QueryResult(columns, tuple(rows), bool(payload))
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiver.close()


def run_query(
    store: Store,
    sparql: str,
    *,
    timeout: float | None = 30.0,
    limit: int | None = None,
    allow_service: Sequence[str] = (),
) -> QueryResult:
    """Run a SELECT or ASK query on ``store`` under the policy.

    Parameters
    ----------
    store : kg.store.Store
        Any back end.
    sparql : str
        The query.
    timeout : float or None
        Seconds before the worker running the query is killed; ``None`` runs in-process.
    limit : int or None
        Keep at most this many rows (``truncated`` says when more existed).
    allow_service : sequence of str
        Endpoints a ``SERVICE`` clause may call.

    Raises
    ------
    kg.errors.QueryError
        Refused, malformed, failed or timed-out query.
    """
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0, got {limit}")
    form = check_query(sparql, allow_service=allow_service)
    if form in ("CONSTRUCT", "DESCRIBE"):
        raise QueryError(f"{form} queries return a graph, not rows; use a SELECT")
    started = time.perf_counter()
    if timeout is None:
        result = _run_here(store, sparql, form, limit)
    else:
        result = _in_worker(store, sparql, form, limit, timeout)
    seconds = time.perf_counter() - started
    return QueryResult(result.columns, result.rows, result.truncated, seconds)


def run_construct(
    store: Store, sparql: str, *, timeout: float | None = 30.0, allow_service: Sequence[str] = ()
) -> bytes:
    """Run a CONSTRUCT or DESCRIBE query under the policy; return N-Triples bytes."""
    form = check_query(sparql, allow_service=allow_service)
    if form not in ("CONSTRUCT", "DESCRIBE"):
        raise QueryError(f"expected a CONSTRUCT or DESCRIBE query, got {form}")
    if timeout is None:
        return store.construct_nt(sparql)
    data: bytes = _in_worker(store, sparql, form, None, timeout)
    return data
