"""Build benchmark: synthetic corpora of 100, 1 000 and 10 000 letters into the RDF store.

Method (all in one run, each corpus in its own process so its peak memory is its own):

- **Letters** come pre-parsed from :mod:`benchmarks.synthetic` (seeded; 50 to 400 signatories
  each, names from several languages and scripts) with synthetic link results (about 30 %
  LINKED), instead of running the parser and linker on thousands of files: this measures the
  graph → store → export → query half of ``kg build``.
- **Graph**: the real builder, :func:`kg.rdf.build.letter_graph`, one named graph per letter,
  streamed to N-Quads on disk (never one big rdflib graph). The 1 000-letter corpus is built
  on two worker processes. The 10 000-letter corpus is the 1 000 distinct letters replicated
  ten times with their letter IRIs renamed (same signer pool, ten times the letters), streamed
  straight into the store's bulk loader: its store, export-size and query figures are
  measured, its builder time is *estimated* as ten times the 1 000-letter builder time and
  flagged ``graph_seconds_estimated``.
- **Store**: pyoxigraph ``bulk_load`` of the N-Quads into a persistent store.
- **Exports**: size of the N-Quads; TriG dumped by Oxigraph is timed for 100 letters.
- **Queries**: every catalogue query, rows counted in a forked worker killed at a timeout, on
  pyoxigraph and (for the 100-letter corpus only) on rdflib loaded with the same quads; the
  ratio is rdflib seconds / pyoxigraph seconds. Larger corpora skip rdflib and say so.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import resource
import shutil
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

__all__ = ["run"]

CORPORA = (100, 1_000, 10_000)
BASE = "https://example.org/bench/"
RDFLIB_MAX_LETTERS = 100
OX_TIMEOUT = {100: 30.0, 1_000: 30.0, 10_000: 20.0}
RDFLIB_TIMEOUT = 15.0
#: The quadratic co-signature query gets a shorter leash (it times out on large corpora).
PAIR_TIMEOUT = 20.0
REPLICAS = 10


def _peak_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def _build_share(count: int, share: int, shares: int, out: Path) -> tuple[float, int]:
    """Build every ``shares``-th letter (from ``share``) into ``out``; return CPU s, signatures."""
    from benchmarks.synthetic import synthetic_letters
    from kg.rdf.build import letter_graph

    spent, signatures = 0.0, 0
    with out.open("wb") as nq, out.with_suffix(".index").open("w") as index:
        for number, (letter, links) in enumerate(synthetic_letters(count)):
            if number % shares != share:
                continue
            started = time.process_time()
            graph = letter_graph(letter, links, base=BASE)
            name = f" <{graph.identifier}> .\n".encode()
            lines = graph.serialize(format="nt", encoding="utf-8").splitlines()
            chunk = b"".join(line[:-2] + name for line in lines if line.endswith(b" ."))
            spent += time.process_time() - started
            index.write(f"{graph.identifier}\t{nq.tell()}\t{len(chunk)}\n")
            nq.write(chunk)
            signatures += len(letter.signatories)
    return spent, signatures


def _build_graphs(count: int, work: Path) -> dict[str, Any]:
    shares = 2 if count >= 1_000 else 1
    ctx = multiprocessing.get_context("spawn")
    outs = [work / f"letters-{count}-{i}.nq" for i in range(shares)]
    started = time.perf_counter()
    if shares == 1:
        results = [_build_share(count, 0, 1, outs[0])]
    else:
        with ctx.Pool(shares) as pool:
            results = pool.starmap(
                _build_share, [(count, i, shares, outs[i]) for i in range(shares)]
            )
    return {
        "files": [str(p) for p in outs],
        "graph_seconds": round(time.perf_counter() - started, 2),
        "graph_cpu_seconds": round(sum(r[0] for r in results), 2),
        "signatures": sum(r[1] for r in results),
    }


def _replica_chunks(sources: list[str], replicas: int) -> Iterator[bytes]:
    """The letters' N-Quads, ``replicas`` times, letter IRIs renamed (``<IRI`` → ``<IRI-rK``)."""
    for copy in range(replicas):
        for source in sources:
            index = Path(source).with_suffix(".index").read_text().splitlines()
            with open(source, "rb") as handle:
                for line in index:
                    iri, offset, length = line.split("\t")
                    handle.seek(int(offset))
                    chunk = handle.read(int(length))
                    if copy:
                        chunk = chunk.replace(f"<{iri}".encode(), f"<{iri}-r{copy}".encode())
                    yield chunk


class _ChunkReader(io.RawIOBase):
    """A readable stream over byte chunks (lets bulk_load read replicas never written out)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._view = memoryview(b"")
        self.total = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not len(self._view):
            try:
                chunk = next(self._chunks)
            except StopIteration:
                return 0
            self.total += len(chunk)
            self._view = memoryview(chunk)
        size = min(len(buffer), len(self._view))
        buffer[:size] = self._view[:size]
        self._view = self._view[size:]
        return size


def _ontology_nq(work: Path) -> Path:
    from kg.rdf.ontology_graph import ONTOLOGY_GRAPH, ontology_graph

    path = work / "ontology.nq"
    name = f" <{ONTOLOGY_GRAPH}> .\n".encode()
    lines = ontology_graph().serialize(format="nt", encoding="utf-8").splitlines()
    path.write_bytes(b"".join(line[:-2] + name for line in lines if line.endswith(b" .")))
    return path


def _count_rows(store: Any, sparql: str, timeout: float) -> dict[str, Any]:
    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)

    def work() -> None:
        started = time.perf_counter()
        _, rows = store.iter_rows(sparql)
        count = sum(1 for _ in rows)
        sender.send((count, time.perf_counter() - started))

    process = ctx.Process(target=work)
    process.start()
    try:
        if receiver.poll(timeout):
            count, seconds = receiver.recv()
            return {"seconds": round(seconds, 4), "rows": count}
        return {"seconds": None, "timeout": timeout}
    finally:
        if process.is_alive():
            process.kill()
        process.join()


def _time_queries(store: Any, timeout: float) -> dict[str, Any]:
    from kg.queries import catalogue

    return {
        name: _count_rows(store, q.sparql, PAIR_TIMEOUT if "cosignature" in name else timeout)
        for name, q in catalogue().items()
    }


def _rdflib_figures(files: list[Path], oxigraph: dict[str, Any]) -> dict[str, Any]:
    from kg.store import open_store

    store = open_store(backend="rdflib")
    started = time.perf_counter()
    for path in files:
        store.load_nquads(path)
    load = time.perf_counter() - started
    queries = _time_queries(store, RDFLIB_TIMEOUT)
    ratios = {}
    for name, figure in queries.items():
        ox = oxigraph[name].get("seconds")
        rd = figure.get("seconds")
        ratios[name] = (
            round(rd / ox, 1)
            if rd and ox
            else (f">{RDFLIB_TIMEOUT / ox:.0f} (rdflib timed out)" if ox and rd is None else None)
        )
    return {
        "load_seconds": round(load, 2),
        "queries": queries,
        "ratio_rdflib_over_oxigraph": ratios,
    }


def _corpus(count: int, work_dir: str) -> dict[str, Any]:
    import pyoxigraph as ox

    from kg.store import open_store

    work = Path(work_dir)
    figures: dict[str, Any] = {"letters": count}
    replicas = None
    if count > 1_000:
        index_source = sorted(str(p) for p in work.glob("letters-1000-*.nq"))
        replicas = _ChunkReader(_replica_chunks(index_source, REPLICAS))
        files: list[str] = []
        previous = (work / "graph-1000.txt").read_text().split()
        figures["graph_seconds"] = round(float(previous[0]) * REPLICAS, 2)
        figures["graph_seconds_estimated"] = True
        figures["signatures"] = int(previous[1]) * REPLICAS
    else:
        built = _build_graphs(count, work)
        files = built.pop("files")
        figures.update(built)
        if count == 1_000:
            (work / "graph-1000.txt").write_text(f"{built['graph_seconds']} {built['signatures']}")
    files.append(str(_ontology_nq(work)))
    store_dir = work / f"store-{count}"
    started = time.perf_counter()
    store = open_store(store_dir)
    if replicas is not None:
        store._store.bulk_load(io.BufferedReader(replicas, 1 << 20), ox.RdfFormat.N_QUADS)
    for path in files:
        store.load_nquads(Path(path))
    figures["load_seconds"] = round(time.perf_counter() - started, 2)
    figures["quads"] = len(store)
    build_seconds = figures["graph_seconds"] + figures["load_seconds"]
    figures["build_seconds"] = round(build_seconds, 2)
    figures["triples_per_second"] = round(figures["quads"] / build_seconds)
    figures["load_quads_per_second"] = round(figures["quads"] / figures["load_seconds"])
    figures["export_nquads_bytes"] = sum(Path(p).stat().st_size for p in files) + (
        replicas.total if replicas is not None else 0
    )
    if count <= 100:
        started = time.perf_counter()
        trig = work / f"graph-{count}.trig"
        store._store.dump(str(trig), ox.RdfFormat.TRIG)
        figures["export_trig_seconds"] = round(time.perf_counter() - started, 2)
        figures["export_trig_bytes"] = trig.stat().st_size
        trig.unlink()
    else:
        figures["export_trig"] = "timed for 100 letters only (N-Quads size given)"
    figures["store_bytes"] = sum(p.stat().st_size for p in store_dir.rglob("*") if p.is_file())
    figures["oxigraph_queries"] = _time_queries(store, OX_TIMEOUT[count])
    if count <= RDFLIB_MAX_LETTERS:
        figures["rdflib"] = _rdflib_figures([Path(p) for p in files], figures["oxigraph_queries"])
    else:
        figures["rdflib"] = (
            f"skipped: {figures['quads']} quads are beyond rdflib's in-memory store "
            f"(measured only up to {RDFLIB_MAX_LETTERS} letters)"
        )
    store.close()
    shutil.rmtree(store_dir, ignore_errors=True)
    figures["peak_rss_mib"] = _peak_mib()
    return figures


def run(results_dir: Path) -> dict[str, Any]:
    """Run every corpus; return the figures (written to ``results/build.json``)."""
    corpora = tuple(int(n) for n in os.environ.get("KG_BENCH_CORPORA", "").split(",") if n)
    ctx = multiprocessing.get_context("spawn")
    figures: dict[str, Any] = {"method": __doc__.split("Method", 1)[1].strip(), "corpora": {}}
    with tempfile.TemporaryDirectory(prefix="kg-bench-build-") as work:
        for count in corpora or CORPORA:
            started = time.perf_counter()
            with ProcessPoolExecutor(1, mp_context=ctx) as pool:
                result = pool.submit(_corpus, count, work).result()
            result["wall_seconds"] = round(time.perf_counter() - started, 1)
            figures["corpora"][str(count)] = result
            print(
                f"build benchmark: {count} letters done in {result['wall_seconds']} s", flush=True
            )
    return figures
