"""The RDF store: embedded persistent pyoxigraph by default, rdflib for small in-memory use.

Both back ends sit behind one :class:`Store` interface and answer SPARQL with plain Python
values (``str``, ``int``, ``float`` or ``None``), so the same query gives the same rows on
either. Queries see the *union* of all named graphs as their default graph (each letter, the
Wikidata facts and the ontology live in their own named graph; see ``docs/store.md``).

Examples
--------
>>> from rdflib import Dataset, Literal, URIRef
>>> ds = Dataset()
>>> g = ds.graph(URIRef("https://example.org/g/1"))
>>> _ = g.add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal(3)))
>>> for backend in ("rdflib", "oxigraph"):
...     store = open_store(backend=backend)
...     store.load_dataset(ds)
...     print(store.select("SELECT ?s ?o WHERE { ?s ?p ?o }"))
...     store.close()
[{'s': 'https://example.org/a', 'o': 3}]
[{'s': 'https://example.org/a', 'o': 3}]
"""

from __future__ import annotations

import io
import logging
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import StoreError, one_line

if TYPE_CHECKING:
    from rdflib import Dataset, Graph

__all__ = [
    "Backend",
    "OxigraphStore",
    "RdflibStore",
    "Row",
    "Store",
    "Value",
    "open_store",
    "plain_value",
]

log = logging.getLogger(__name__)

Value = str | int | float | None
Row = dict[str, Value]
Backend = str  # "oxigraph" | "rdflib"

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = frozenset(
    _XSD + name
    for name in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
)
_FLOAT_TYPES = frozenset(_XSD + name for name in ("decimal", "double", "float"))


def plain_value(lexical: str, datatype: str | None) -> Value:
    """Turn a literal's lexical form and datatype IRI into a plain Python value.

    Integers become ``int``, decimals and floating-point numbers ``float``, anything else
    (strings, language-tagged text, dates, booleans) stays its lexical ``str``.

    Examples
    --------
    >>> plain_value("42", "http://www.w3.org/2001/XMLSchema#integer")
    42
    >>> plain_value("0.5", "http://www.w3.org/2001/XMLSchema#decimal")
    0.5
    >>> plain_value("2020-09-09", "http://www.w3.org/2001/XMLSchema#date")
    '2020-09-09'
    """
    try:
        if datatype in _INTEGER_TYPES:
            return int(lexical)
        if datatype in _FLOAT_TYPES:
            return float(lexical)
    except ValueError:
        return lexical
    return lexical


class Store(ABC):
    """An RDF dataset that answers SPARQL; see :func:`open_store`.

    ``select`` runs through :func:`kg.query.run_query`, which enforces the timeout, the
    result limit and the ``SERVICE`` policy the same way for every back end.
    """

    backend: Backend = ""
    path: Path | None = None

    @abstractmethod
    def load_dataset(self, dataset: Dataset) -> None:
        """Add every quad of an rdflib ``Dataset`` (named graphs kept)."""

    @abstractmethod
    def load_nquads(self, source: Path | bytes) -> None:
        """Bulk-add N-Quads from a file or bytes (the fast path for large builds)."""

    @abstractmethod
    def replace_graph(self, name: str, graph: Graph) -> None:
        """Replace the named graph ``name`` by the triples of ``graph``."""

    @abstractmethod
    def named_graphs(self) -> list[str]:
        """IRIs of the named graphs, sorted."""

    @abstractmethod
    def __len__(self) -> int:
        """Number of quads."""

    @abstractmethod
    def iter_rows(self, sparql: str) -> tuple[list[str], Iterator[Row]]:
        """Run a SELECT here, in this process: its variables and a lazy row iterator."""

    @abstractmethod
    def ask(self, sparql: str) -> bool:
        """Run an ASK query here, in this process."""

    @abstractmethod
    def construct_nt(self, sparql: str) -> bytes:
        """Run a CONSTRUCT or DESCRIBE here and return the triples as N-Triples."""

    def close(self) -> None:  # noqa: B027  (optional hook)
        """Release the store (closing twice is harmless)."""

    def select(
        self,
        sparql: str,
        *,
        timeout: float | None = 30.0,
        limit: int | None = None,
        allow_service: Sequence[str] = (),
    ) -> list[Row]:
        """Run a SELECT query and return its rows as dicts of plain values.

        Parameters
        ----------
        sparql : str
            The query text.
        timeout : float or None
            Seconds before the query is stopped (``None``: no timeout, runs in-process).
        limit : int or None
            Keep at most this many rows.
        allow_service : sequence of str
            Endpoints ``SERVICE`` may call; any other ``SERVICE`` is refused.

        Raises
        ------
        kg.errors.QueryError
            Malformed, refused or timed-out query.
        """
        from kg.query import run_query

        result = run_query(self, sparql, timeout=timeout, limit=limit, allow_service=allow_service)
        return list(result.rows)

    def construct(
        self, sparql: str, *, timeout: float | None = 30.0, allow_service: Sequence[str] = ()
    ) -> Graph:
        """Run a CONSTRUCT (or DESCRIBE) query and return an rdflib ``Graph``."""
        from rdflib import Graph

        from kg.query import run_construct

        data = run_construct(self, sparql, timeout=timeout, allow_service=allow_service)
        return Graph().parse(data=data.decode("utf-8"), format="nt")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _ox_value(term: Any) -> Value:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return plain_value(term.value, term.datatype.value)
    return str(term)


class OxigraphStore(Store):
    """A pyoxigraph store, persistent under ``path`` or in memory when ``path`` is None."""

    backend = "oxigraph"

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        import pyoxigraph as ox

        self.path = path
        self.read_only = read_only
        try:
            if path is None:
                self._store: Any = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {path}: {exc}") from exc

    def load_dataset(self, dataset: Dataset) -> None:
        self.load_nquads(dataset.serialize(format="nquads", encoding="utf-8"))

    def load_nquads(self, source: Path | bytes) -> None:
        import pyoxigraph as ox

        try:
            if isinstance(source, bytes):
                self._store.bulk_load(source, ox.RdfFormat.N_QUADS)
            else:
                self._store.bulk_load(path=str(source), format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot load N-Quads into the store: {exc}") from exc

    def replace_graph(self, name: str, graph: Graph) -> None:
        import pyoxigraph as ox

        node = ox.NamedNode(name)
        if self._store.contains_named_graph(node):
            self._store.remove_graph(node)
        data = graph.serialize(format="nt", encoding="utf-8")
        self._store.load(data, ox.RdfFormat.N_TRIPLES, to_graph=node)

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if hasattr(g, "value"))

    def __len__(self) -> int:
        return len(self._store)

    def _query(self, sparql: str) -> Any:
        try:
            return self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as exc:
            from kg.errors import QueryError

            raise QueryError(f"malformed SPARQL: {one_line(str(exc))}") from exc

    def iter_rows(self, sparql: str) -> tuple[list[str], Iterator[Row]]:
        solutions = self._query(sparql)
        names = [v.value for v in solutions.variables]

        def rows() -> Iterator[Row]:
            for solution in solutions:
                yield {name: _ox_value(solution[name]) for name in names}

        return names, rows()

    def ask(self, sparql: str) -> bool:
        return bool(self._query(sparql))

    def construct_nt(self, sparql: str) -> bytes:
        import pyoxigraph as ox

        out = io.BytesIO()
        ox.serialize(self._query(sparql), out, ox.RdfFormat.N_TRIPLES)
        return out.getvalue()

    def close(self) -> None:
        store = getattr(self, "_store", None)
        if store is not None and self.path is not None and not self.read_only:
            store.flush()
        self._store = None


def _rdflib_value(term: Any) -> Value:
    from rdflib import BNode, Literal

    if term is None:
        return None
    if isinstance(term, Literal):
        datatype = str(term.datatype) if term.datatype else None
        return plain_value(str(term), datatype)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


class RdflibStore(Store):
    """An in-memory rdflib ``Dataset`` whose default graph is the union of its graphs."""

    backend = "rdflib"

    def __init__(self) -> None:
        from rdflib import Dataset

        self._ds = Dataset(default_union=True)

    def load_dataset(self, dataset: Dataset) -> None:
        for graph in dataset.graphs():
            target = self._ds.graph(graph.identifier)
            for triple in graph:
                target.add(triple)

    def load_nquads(self, source: Path | bytes) -> None:
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
        try:
            self._ds.parse(data=data.decode("utf-8"), format="nquads")
        except Exception as exc:  # rdflib raises several parser exception types
            raise StoreError(f"cannot load N-Quads into the store: {exc}") from exc

    def replace_graph(self, name: str, graph: Graph) -> None:
        from rdflib import URIRef

        self._ds.remove_graph(URIRef(name))
        target = self._ds.graph(URIRef(name))
        for triple in graph:
            target.add(triple)

    def named_graphs(self) -> list[str]:
        from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

        return sorted(
            str(g.identifier)
            for g in self._ds.graphs()
            if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g)
        )

    def __len__(self) -> int:
        return sum(1 for _ in self._ds.quads((None, None, None, None)))

    def _query(self, sparql: str) -> Any:
        from kg.errors import QueryError

        try:
            return self._ds.query(sparql)
        except Exception as exc:  # pyparsing errors and rdflib evaluation errors
            raise QueryError(f"malformed SPARQL: {one_line(str(exc))}") from exc

    def iter_rows(self, sparql: str) -> tuple[list[str], Iterator[Row]]:
        result = self._query(sparql)
        names = [str(v) for v in (result.vars or [])]

        def rows() -> Iterator[Row]:
            for binding in result.bindings:
                yield {name: _rdflib_value(binding.get(_var(name))) for name in names}

        return names, rows()

    def ask(self, sparql: str) -> bool:
        return bool(self._query(sparql).askAnswer)

    def construct_nt(self, sparql: str) -> bytes:
        graph = self._query(sparql).graph
        return graph.serialize(format="nt", encoding="utf-8")


def _var(name: str) -> Any:
    from rdflib import Variable

    return Variable(name)


def open_store(
    path: Path | None = None, *, backend: Backend | None = None, read_only: bool = False
) -> Store:
    """Open a store: persistent pyoxigraph under ``path``, else an in-memory one.

    Parameters
    ----------
    path : Path or None
        Directory of a persistent pyoxigraph store (created if missing unless ``read_only``).
    backend : {"oxigraph", "rdflib"} or None
        Default: ``"oxigraph"`` when ``path`` is given, else ``"rdflib"``. ``"oxigraph"``
        without a path is an in-memory pyoxigraph store.
    read_only : bool
        Open an existing persistent store for reading only (several readers may share it).

    Raises
    ------
    kg.errors.StoreError
        The store cannot be opened, or ``rdflib`` was asked to persist.

    Examples
    --------
    >>> open_store().backend
    'rdflib'
    """
    chosen = backend or ("oxigraph" if path is not None else "rdflib")
    if chosen == "rdflib":
        if path is not None:
            raise StoreError("the rdflib back end is in-memory only; give no path")
        return RdflibStore()
    if chosen != "oxigraph":
        raise StoreError(f"unknown store back end {chosen!r} (use oxigraph or rdflib)")
    if read_only and path is not None and not Path(path).is_dir():
        raise StoreError(f"no store at {path} (run `kg build` first)")
    return OxigraphStore(Path(path) if path is not None else None, read_only=read_only)
