"""The main job: letter files → parsed letters → links → RDF dataset → store, exports, network.

:func:`build` is what ``kg build`` runs. It is *incremental and resumable*: each input's
parse and link results are cached under ``OUT/cache/`` by the SHA-256 of the file's bytes
(and the knowledge-base source for links) the moment they are ready, so a rebuild with one
more letter parses and links only that one, and an interrupted run picks up where it
stopped. Every output is written atomically. A bad input file is recorded as a one-line
failure and the other files still build; :attr:`BuildResult.ok` is then ``False``.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kg.atomic import atomic_move, atomic_replace_dir, atomic_write_text
from kg.build_cache import BuildCache, content_hash
from kg.errors import InputError, KGError, LinkingAbort
from kg.model import Letter, LinkResult

__all__ = ["BuildResult", "InputFailure", "Progress", "build"]

log = logging.getLogger(__name__)

#: ``progress(stage, done, total)``: called as each stage advances (stages: parse, link,
#: graph, store, exports, network).
Progress = Callable[[str, int, int], None]

EXPORT_NAMES = ("graph.ttl", "graph.trig", "graph.nq", "graph.jsonld")


@dataclass(frozen=True)
class InputFailure:
    """An input file that could not be built, with a one-line reason."""

    path: str
    message: str


@dataclass(frozen=True)
class BuildResult:
    """What :func:`build` produced.

    ``links`` are keyed by the letter's source path. ``outputs`` maps output names
    (``graph.ttl``, ``store`` ...) to their paths. ``kb_source`` names the knowledge base the
    links came from (``snapshot:bundled`` ...).
    """

    out_dir: Path
    letters: tuple[Letter, ...]
    links: dict[str, tuple[LinkResult, ...]]
    failures: tuple[InputFailure, ...]
    kb_source: str
    outputs: dict[str, Path]
    quads: int
    reused_letters: int = 0
    reused_links: int = 0
    seconds: float = 0.0
    notes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """True when every input built."""
        return not self.failures


def _noop(stage: str, done: int, total: int) -> None:
    return None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _parse_all(
    paths: Sequence[Path], cache: BuildCache, progress: Progress
) -> tuple[list[tuple[str, Letter]], list[InputFailure], int]:
    from kg.ingest.letter import parse_letter

    parsed: list[tuple[str, Letter]] = []
    failures: list[InputFailure] = []
    reused = 0
    for done, path in enumerate(paths, start=1):
        try:
            digest = content_hash(path)
            letter = cache.load_letter(digest)
            if letter is None:
                letter = parse_letter(path)
                cache.save_letter(digest, letter)
            else:
                reused += 1
            parsed.append((digest, replace(letter, source_path=str(path))))
        except (KGError, OSError, UnicodeDecodeError, ValueError) as exc:
            log.info("%s: %s", path, _one_line(exc))
            failures.append(InputFailure(str(path), _one_line(exc)))
        progress("parse", done, len(paths))
    return parsed, failures, reused


def _link_all(
    parsed: Sequence[tuple[str, Letter]], kb: Any, cache: BuildCache, progress: Progress
) -> tuple[dict[str, tuple[LinkResult, ...]], list[InputFailure], int]:
    kb_key = f"{kb.source.name}|{kb.source.retrieved or ''}"
    links: dict[str, tuple[LinkResult, ...]] = {}
    failures: list[InputFailure] = []
    reused = 0
    linker = None
    for done, (digest, letter) in enumerate(parsed, start=1):
        cached = cache.load_links(digest, kb_key)
        if cached is not None:
            links[letter.source_path] = tuple(cached)
            reused += 1
        else:
            if linker is None:
                linker = _make_linker(kb, cache.checkpoint_path(kb_key))
            try:
                results = list(linker.link_letter(letter))
            except LinkingAbort:
                raise
            except KGError as exc:
                failures.append(InputFailure(letter.source_path, f"linking: {_one_line(exc)}"))
                progress("link", done, len(parsed))
                continue
            cache.save_links(digest, kb_key, results)
            links[letter.source_path] = tuple(results)
        progress("link", done, len(parsed))
    return links, failures, reused


def _make_linker(kb: Any, checkpoint: Path) -> Any:
    from linkers.linker import Linker

    checkpoint.parent.mkdir(parents=True, exist_ok=True)
    return Linker(kb, checkpoint=checkpoint)


def _entities(kb: Any, letters: Sequence[Letter], links: dict[str, tuple[LinkResult, ...]]):
    from kg.model import Decision
    from kg.rdf.agents import country_qid

    qids = {
        link.qid
        for results in links.values()
        for link in results
        if link.qid and link.decision == Decision.LINKED
    }
    for letter in letters:
        for signatory in letter.signatories:
            qids.update(filter(None, (country_qid(c) for c in signatory.country_hints)))
    try:
        return kb.entities(sorted(qids))
    except LinkingAbort:
        raise
    except KGError as exc:
        log.warning("Wikidata facts unavailable (%s); the facts graph stays small", exc)
        return {}


def _open_kb(kb_spec: str, offline: bool, kb: Any) -> Any:
    if kb is not None:
        return kb
    from linkers.factory import open_kb

    return open_kb(kb_spec, offline=offline)


def _write_store(dataset: Any, out_dir: Path, tmp: Path) -> tuple[Path, int]:
    from kg.store import open_store

    staging = tmp / "store"
    store = open_store(staging)
    nquads = out_dir / "graph.nq"
    try:
        if nquads.exists():
            store.load_nquads(nquads)
        else:
            store.load_dataset(dataset)
        quads = len(store)
    finally:
        store.close()
    final = out_dir / "store"
    atomic_replace_dir(staging, final)
    return final, quads


NETWORK_FILES = ("network.html", "network.gexf", "network.png", "coalition-summary.json")


def _network(out_dir: Path, tmp: Path, notes: list[str]) -> tuple[dict[str, Path], str | None]:
    """The network step: ``graphs.outputs.write_default_network`` over the built store.

    It writes network.html, network.gexf, network.png and coalition-summary.json and returns
    the coalition summary section for report.md under ``summary_markdown``. When the page's
    JavaScript bundle is missing, the other files are still written and a note says why.
    """
    from graphs.outputs import write_default_network
    from kg.store import open_store

    store = open_store(out_dir / "store", read_only=True)
    try:
        try:
            result = write_default_network(store, tmp)
        except KGError as exc:
            notes.append(f"network.html skipped: {_one_line(exc)}")
            result = write_default_network(store, tmp, html=False)
    finally:
        store.close()
    written = {}
    for name in NETWORK_FILES:
        if (tmp / name).exists():
            atomic_move(tmp / name, out_dir / name)
            written[name] = out_dir / name
    summary = result.get("summary_markdown")
    return written, summary if isinstance(summary, str) else None


def build(
    paths: Sequence[Path],
    out_dir: Path,
    *,
    kb_spec: str = "auto",
    offline: bool = False,
    base: str | None = None,
    progress: Progress | None = None,
    kb: Any = None,
    network: bool = True,
) -> BuildResult:
    """Build the knowledge graph of letter files into ``out_dir``.

    Parameters
    ----------
    paths : sequence of Path
        Letter files (txt, md, html, pdf, docx).
    out_dir : Path
        Output directory: ``graph.ttl``, ``graph.trig``, ``graph.nq``, ``graph.jsonld``,
        ``links.tsv``, ``report.md``, ``store/``, ``cache/`` and (from the network step)
        ``network.html``, ``network.gexf``, ``network.png``.
    kb_spec : str
        Knowledge base, see :func:`linkers.factory.open_kb` (``auto``, ``bundled`` ...).
    offline : bool
        Never touch the network (``auto`` becomes the bundled snapshot + cache).
    base : str, optional
        Base IRI of minted data IRIs (default :data:`kg.iris.DEFAULT_BASE`).
    progress : callable, optional
        ``progress(stage, done, total)`` callback (the CLI draws a progress bar with it).
    kb : KnowledgeBase, optional
        An open knowledge base to use instead of opening ``kb_spec`` (tests, benchmarks).
    network : bool
        Also write the network outputs.

    Returns
    -------
    BuildResult

    Raises
    ------
    kg.errors.InputError
        No input file could be built.
    kg.errors.LinkingAbort
        The knowledge base refused service (the parse cache is kept for the next run).
    """
    from kg.iris import DEFAULT_BASE

    started = time.perf_counter()
    report = progress or _noop
    out_dir.mkdir(parents=True, exist_ok=True)
    cache = BuildCache(out_dir / "cache")
    parsed, failures, reused_letters = _parse_all([Path(p) for p in paths], cache, report)
    if not parsed:
        reasons = "; ".join(f"{f.path}: {f.message}" for f in failures) or "no input files"
        raise InputError(f"nothing to build ({reasons})")
    knowledge = _open_kb(kb_spec, offline, kb)
    try:
        links, link_failures, reused_links = _link_all(parsed, knowledge, cache, report)
        failures += link_failures
        letters = [letter for _, letter in parsed if letter.source_path in links]
        return _write_outputs(
            out_dir,
            letters,
            links,
            failures,
            knowledge,
            base=base or DEFAULT_BASE,
            offline=offline,
            reused=(reused_letters, reused_links),
            progress=report,
            network=network,
            started=started,
        )
    finally:
        if kb is None:
            knowledge.close()


def _write_outputs(
    out_dir: Path,
    letters: list[Letter],
    links: dict[str, tuple[LinkResult, ...]],
    failures: list[InputFailure],
    kb: Any,
    *,
    base: str,
    offline: bool,
    reused: tuple[int, int],
    progress: Progress,
    network: bool,
    started: float,
) -> BuildResult:
    from kg.links_tsv import write_links_tsv
    from kg.rdf.build import build_dataset
    from kg.rdf.export import write_exports
    from kg.report import ReportData, render_report

    progress("graph", 0, 1)
    entities = _entities(kb, letters, links)
    dataset = build_dataset(
        letters, dict(links), entities, base=base, retrieved=kb.source.retrieved
    )
    progress("graph", 1, 1)
    outputs: dict[str, Path] = {}
    notes: list[str] = []
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=out_dir))
    try:
        progress("exports", 0, 1)
        write_exports(dataset, tmp)
        for name in EXPORT_NAMES:
            if (tmp / name).exists():
                atomic_move(tmp / name, out_dir / name)
                outputs[name] = out_dir / name
        outputs["links.tsv"] = write_links_tsv(links, out_dir / "links.tsv")
        progress("exports", 1, 1)
        progress("store", 0, 1)
        outputs["store"], quads = _write_store(dataset, out_dir, tmp)
        progress("store", 1, 1)
        summary = None
        if network:
            progress("network", 0, 1)
            written, summary = _network(out_dir, tmp, notes)
            outputs.update(written)
            progress("network", 1, 1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    outputs["report.md"] = out_dir / "report.md"
    data = ReportData(
        letters=tuple(letters),
        links=links,
        failures=tuple((f.path, f.message) for f in failures),
        kb_source=kb.source.name,
        offline=offline,
        quads=quads,
        outputs=tuple(sorted(outputs)),
        reused_letters=reused[0],
        reused_links=reused[1],
        coalition_md=summary,
        notes=tuple(notes),
    )
    atomic_write_text(outputs["report.md"], render_report(data))
    return BuildResult(
        out_dir=out_dir,
        letters=tuple(letters),
        links=links,
        failures=tuple(failures),
        kb_source=kb.source.name,
        outputs=outputs,
        quads=quads,
        reused_letters=reused[0],
        reused_links=reused[1],
        seconds=time.perf_counter() - started,
        notes=tuple(notes),
    )
