"""The catalogue of named SPARQL queries: one documented ``.rq`` file per query.

Each file opens with ``#`` header lines (``title``, ``description``, ``parameters``,
``columns``); the query's name is the file name without ``.rq``. The names and columns of
``signatories``, ``recipients``, ``letter-counts`` and ``themes`` are fixed: other tools read
them. Parameters are bound by appending a SPARQL ``VALUES`` block, so a query restricted to
one letter is still a plain query any endpoint runs.

Examples
--------
>>> named_query("letter-counts").columns
('letter', 'listed', 'declared_total', 'anonymous')
>>> "VALUES ?letter { <https://example.org/letter/1> }" in bind_parameters(
...     "SELECT ?letter WHERE { ?letter ?p ?o }", {"letter": "https://example.org/letter/1"})
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from kg.errors import QueryError

__all__ = ["NamedQuery", "bind_parameters", "catalogue", "named_query"]

_HEADER = re.compile(r"^#\s?(?P<key>[a-z]+):\s*(?P<value>.*)$")
_IRI_UNSAFE = re.compile(r'[\s<>"{}|^`\\]')
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


@dataclass(frozen=True)
class NamedQuery:
    """One catalogue query: its name, documentation, result columns and SPARQL text."""

    name: str
    title: str
    description: str
    parameters: str
    columns: tuple[str, ...]
    sparql: str


def _parse(name: str, text: str) -> NamedQuery:
    fields: dict[str, str] = {}
    key = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if match:
            key = match["key"]
            fields[key] = match["value"].strip()
        elif key:
            fields[key] += " " + line.lstrip("#").strip()
    columns = tuple(c.strip() for c in fields.get("columns", "").split(",") if c.strip())
    return NamedQuery(
        name=name,
        title=fields.get("title", name),
        description=fields.get("description", ""),
        parameters=fields.get("parameters", "none."),
        columns=columns,
        sparql=text,
    )


@cache
def catalogue() -> dict[str, NamedQuery]:
    """Every named query, keyed by name, sorted by name."""
    found = {}
    for entry in files(__name__).iterdir():
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            found[name] = _parse(name, entry.read_text(encoding="utf-8"))
    return dict(sorted(found.items()))


def named_query(name: str) -> NamedQuery:
    """The named query ``name``.

    Raises
    ------
    kg.errors.QueryError
        No query has that name (the message lists the names).
    """
    try:
        return catalogue()[name]
    except KeyError:
        names = ", ".join(catalogue())
        raise QueryError(f"no named query {name!r} (have: {names})") from None


def _term(value: str) -> str:
    if re.match(r"^[a-z][a-z0-9+.-]*://", value, re.IGNORECASE):
        if _IRI_UNSAFE.search(value):
            raise QueryError(f"parameter value {value!r} is not a valid IRI")
        return f"<{value}>"
    if _NUMBER.match(value):
        return value
    from rdflib import Literal

    return Literal(value).n3()


def bind_parameters(sparql: str, params: Mapping[str, str]) -> str:
    """Restrict a query's results with one trailing ``VALUES`` block binding the parameters.

    IRIs (``scheme://...``) become IRIs, numbers numeric literals, anything else a string
    literal (escaped, so a value cannot change the query).

    Raises
    ------
    kg.errors.QueryError
        A parameter name is not a plain variable name, an IRI value is malformed, or the query
        has no such variable (the restriction would silently do nothing).
    """
    if not params:
        return sparql
    for name in params:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"parameter name {name!r} is not a SPARQL variable name")
    terms = [_term(value) for value in params.values()]
    for name in params:
        if not re.search(rf"[?$]{name}\b", sparql):
            raise QueryError(f"parameter {name}: the query has no variable ?{name}")
    if len(params) == 1:
        block = f"VALUES ?{next(iter(params))} {{ {terms[0]} }}"
    else:
        names = " ".join(f"?{n}" for n in params)
        block = f"VALUES ({names}) {{ ({' '.join(terms)}) }}"
    return sparql.rstrip() + "\n" + block + "\n"
