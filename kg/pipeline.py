"""The main job: letter files → parsed letters → links → RDF dataset → store, exports, network.

:func:`build` is what ``kg build`` runs. It is *incremental and resumable*: each input's
parse and link results are cached under ``OUT/cache/`` by the SHA-256 of the file's bytes
(and the knowledge-base source for links) the moment they are ready, so a rebuild with one
more letter parses and links only that one, and an interrupted run picks up where it
stopped. Every output is written atomically. A bad input file is recorded as a one-line
failure and the other files still build; :attr:`BuildResult.ok` is then ``False``.
"""

from __future__ import annotations

import hashlib
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
from kg.errors import InputError, KGError, LinkingAbort, one_line
from kg.model import Decision, Letter, LinkResult, MentionRole

__all__ = [
    "BuildResult",
    "InputFailure",
    "Progress",
    "agent_identities",
    "build",
    "corpus_key",
    "link_key",
]

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
    overrides: Path | None = None

    @property
    def decisions(self) -> dict[str, int]:
        """How many mentions were LINKED, REVIEW and NIL (and how many of them by hand)."""
        counts = dict.fromkeys(("LINKED", "REVIEW", "NIL", "manual"), 0)
        for results in self.links.values():
            for link in results:
                counts[link.decision.value] = counts.get(link.decision.value, 0) + 1
                counts["manual"] += link.method == "manual"
        return counts

    @property
    def ok(self) -> bool:
        """True when every input built."""
        return not self.failures


def _noop(stage: str, done: int, total: int) -> None:
    return None


def _one_line(exc: BaseException) -> str:
    return one_line(exc) or type(exc).__name__


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


def corpus_key(letters: Sequence[Letter]) -> str:
    """A digest of every name of the corpus: what corpus-wide token rarity depends on.

    Order of letters and of names does not matter; a letter re-parsed to the same names keeps
    the key.
    """
    from linkers.vocabulary import letter_documents

    docs = sorted("\x1f".join(doc) for letter in letters for doc in letter_documents(letter))
    return hashlib.sha256("\x1e".join(docs).encode("utf-8")).hexdigest()[:16]


def link_key(kb: Any, letters: Sequence[Letter], overrides_digest: str) -> str:
    """The cache key of link results: knowledge base, corpus names and overrides file.

    Decisions depend on all three: candidates and scores on the KB, the generic-word guard on
    token rarity counted over *every* letter of the build, and human judgements on the
    overrides file. Changing any of them relinks (the parse cache is still reused).
    """
    source = f"{kb.source.name}|{kb.source.retrieved or ''}"
    return f"{source}|corpus:{corpus_key(letters)}|overrides:{overrides_digest}"


def _link_all(
    parsed: Sequence[tuple[str, Letter]],
    kb: Any,
    cache: BuildCache,
    progress: Progress,
    overrides: tuple[Any, str],
) -> tuple[dict[str, tuple[LinkResult, ...]], list[InputFailure], int]:
    judgements, overrides_digest = overrides
    corpus = [letter for _, letter in parsed]
    key = link_key(kb, corpus, overrides_digest)
    links: dict[str, tuple[LinkResult, ...]] = {}
    failures: list[InputFailure] = []
    reused = 0
    linker = rarity = None
    for done, (digest, letter) in enumerate(parsed, start=1):
        cached = cache.load_links(digest, key)
        if cached is not None:
            links[letter.source_path] = tuple(cached)
            reused += 1
        else:
            if linker is None:
                linker = _make_linker(kb, cache.checkpoint_path(key), judgements)
                rarity = linker.rarity_for(corpus)  # counted over all letters of the build
            try:
                results = list(linker.link_letter(letter, rarity=rarity))
            except LinkingAbort:
                raise
            except KGError as exc:
                failures.append(InputFailure(letter.source_path, f"linking: {_one_line(exc)}"))
                progress("link", done, len(parsed))
                continue
            cache.save_links(digest, key, results)
            links[letter.source_path] = tuple(results)
        progress("link", done, len(parsed))
    if linker is not None and not failures:
        cache.checkpoint_path(key).unlink(missing_ok=True)  # every letter is in the cache
    return links, failures, reused


def _make_linker(kb: Any, checkpoint: Path, overrides: Any) -> Any:
    from linkers.linker import Linker

    checkpoint.parent.mkdir(parents=True, exist_ok=True)
    return Linker(kb, checkpoint=checkpoint, overrides=overrides)


def _read_overrides(path: Path | None, out_dir: Path) -> tuple[Any, str, Path | None]:
    """The overrides to apply: ``path`` (must exist) or ``OUT/overrides.tsv`` when present.

    Returns the parsed judgements, the SHA-256 of the file's bytes ("" for none) and its path.
    """
    from linkers.overrides import Overrides

    if path is None and (out_dir / "overrides.tsv").is_file():
        path = out_dir / "overrides.tsv"
    if path is None:
        return Overrides(), "", None
    if not path.is_file():
        raise InputError(f"overrides file {path} does not exist")
    return Overrides.read(path), content_hash(path), path


def _entities(kb: Any, letters: Sequence[Letter], links: dict[str, tuple[LinkResult, ...]]):
    """Wikidata records for the build, in as few ``kb.entities`` calls as possible.

    One batched call fetches the linked items, the country items and the offices the linker
    linked recipients' roles to; a second, only when needed, the offices linked people held
    (their P39 values), so recipients' posts can be tied to office items.
    """
    from kg.rdf.agents import country_qid
    from linkers.properties import PROP

    qids = set()
    for results in links.values():
        for link in results:
            if link.qid and link.decision == Decision.LINKED:
                qids.add(link.qid)
            extra = dict(link.extra)
            if extra.get("office_decision") == Decision.LINKED.value and extra.get("office_qid"):
                qids.add(extra["office_qid"])
    for letter in letters:
        for signatory in letter.signatories:
            qids.update(filter(None, (country_qid(c) for c in signatory.country_hints)))
    try:
        found = dict(kb.entities(sorted(qids)))
        held = {q for e in found.values() for q in e.values(PROP.POSITION_HELD)} - set(found)
        if held:
            found.update(kb.entities(sorted(held)))
        return found
    except LinkingAbort:
        raise
    except KGError as exc:
        log.warning("Wikidata facts unavailable (%s); the facts graph stays small", exc)
        return {}


def _mark_organisation_offices(
    links: dict[str, tuple[LinkResult, ...]], entities: dict[str, Any], kb: Any
) -> dict[str, tuple[LinkResult, ...]]:
    """Flag recipients whose linked office item is an organisation, not a post.

    A role such as "UN High Commissioner for Human Rights" may link to the *Office* of the
    High Commissioner (an organisation) when the KB holds no item for the post itself; the
    builder then writes ``post org:postIn wd:Q..`` instead of ``skos:exactMatch``.
    """
    from kg.rdf.links import OFFICE_IS_ORGANIZATION
    from linkers.classes import ancestors
    from linkers.properties import ITEM, PROP

    cache: dict[str, frozenset[str]] = {}
    marked = {}
    for path, results in links.items():
        out = []
        for link in results:
            office = dict(link.extra).get("office_qid")
            entity = entities.get(office) if office else None
            if entity is not None:
                classes = entity.values(PROP.INSTANCE_OF)
                try:
                    ancestors(kb, classes, cache)
                except KGError as exc:
                    log.info("class ancestry of %s unavailable: %s", office, exc)
                kinds = set(classes).union(*(cache.get(c, frozenset()) for c in classes))
                if ITEM.ORGANIZATION in kinds:
                    link = replace(link, extra=(*link.extra, (OFFICE_IS_ORGANIZATION, "1")))
            out.append(link)
        marked[path] = tuple(out)
    return marked


def agent_identities(
    letters: Sequence[Letter], links: dict[str, tuple[LinkResult, ...]]
) -> dict[str, dict[int, str]]:
    """source path → position → corpus-wide identity (:mod:`linkers.identity`)."""
    from linkers.identity import assign_identities

    entries = []
    for letter in letters:
        by_position = {
            link.position: link
            for link in links.get(letter.source_path, ())
            if link.role == MentionRole.SIGNATORY and link.position is not None
        }
        entries += [
            (letter.source_path, sig, by_position.get(sig.position)) for sig in letter.signatories
        ]
    identities: dict[str, dict[int, str]] = {}
    for (path, position), identity in assign_identities(entries).items():
        identities.setdefault(path, {})[position] = identity
    return identities


def _open_kb(kb_spec: str, offline: bool, kb: Any) -> Any:
    if kb is not None:
        return kb
    from linkers.factory import open_kb

    return open_kb(kb_spec, offline=offline)


def _write_store(dataset: Any, out_dir: Path, tmp: Path, nquads: Path | None) -> tuple[Path, int]:
    """Load the store from this build's ``graph.nq`` (bulk load, no re-serialising) if any."""
    from kg.store import open_store

    staging = tmp / "store"
    store = open_store(staging)
    try:
        if nquads is not None:
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
        result = write_default_network(store, tmp, notes=notes)
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
    overrides: Path | None = None,
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
    overrides : Path, optional
        Overrides file of human judgements (:mod:`linkers.overrides`), applied before any
        scoring and recorded as ``method="manual"``. Default: ``out_dir/overrides.tsv`` when
        that file exists.

    Returns
    -------
    BuildResult

    Raises
    ------
    kg.errors.InputError
        No input file could be built, or ``out_dir`` cannot be created.
    kg.errors.LinkingAbort
        The knowledge base refused service (the parse cache is kept for the next run).
    """
    from kg.iris import DEFAULT_BASE

    started = time.perf_counter()
    report = progress or _noop
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the output directory {out_dir}: {exc}") from exc
    cache = BuildCache(out_dir / "cache")
    judgements, overrides_digest, overrides_path = _read_overrides(overrides, out_dir)
    parsed, failures, reused_letters = _parse_all([Path(p) for p in paths], cache, report)
    if not parsed:
        reasons = "; ".join(f"{f.path}: {f.message}" for f in failures) or "no input files"
        raise InputError(f"nothing to build ({reasons})")
    knowledge = _open_kb(kb_spec, offline, kb)
    try:
        links, link_failures, reused_links = _link_all(
            parsed, knowledge, cache, report, (judgements, overrides_digest)
        )
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
            overrides=overrides_path,
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
    overrides: Path | None = None,
) -> BuildResult:
    from kg.links_tsv import write_links_tsv
    from kg.rdf.build import build_dataset
    from kg.rdf.export import write_exports
    from kg.report import ReportData, render_report

    progress("graph", 0, 1)
    entities = _entities(kb, letters, links)
    links = _mark_organisation_offices(links, entities, kb)
    dataset = build_dataset(
        letters,
        dict(links),
        entities,
        base=base,
        retrieved=kb.source.retrieved,
        identities=agent_identities(letters, links),
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
        outputs["store"], quads = _write_store(dataset, out_dir, tmp, outputs.get("graph.nq"))
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
        overrides=str(overrides) if overrides else None,
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
        overrides=overrides,
    )
