"""A knowledge base read from a JSON Lines snapshot of Wikidata entity JSON.

Each line is one entity exactly as ``wbgetentities`` returns it in its ``entities`` map; a line
without ``id`` is a header (``{"snapshot": {"source": ..., "retrieved": ...}}``); a line holding a
whole response (``{"entities": {...}}``) is expanded. Blank lines are skipped. Search matches the
folded labels and aliases (:func:`linkers.textkey.search_key`) exactly, then by whole-word
prefix.

Examples
--------
>>> kb = SnapshotKB.from_records([{"id": "Q42970", "type": "item",
...     "labels": {"en": {"language": "en", "value": "Amnesty International"}}}])
>>> [h.qid for h in kb.search("amnesty international")]
['Q42970']
"""

from __future__ import annotations

import bisect
import datetime
import json
import logging
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import KBSource
from linkers.kb import Entity, SearchHit
from linkers.properties import PROP
from linkers.textkey import clean_query, search_key
from linkers.wikidata.parse import QID_RE, parse_entity

__all__ = [
    "BUNDLED_SNAPSHOT",
    "SnapshotKB",
    "bundled_snapshot_path",
    "is_unverified",
    "read_snapshot",
]

log = logging.getLogger(__name__)

#: Package resource of the bundled snapshot.
BUNDLED_SNAPSHOT = "snapshot.jsonl"
#: Provenance text of bundled facts nobody confirmed from a stored source starts with this.
_UNVERIFIED = "status=unverified"
#: Languages every search also looks in (Wikidata's language-neutral labels).
_ALWAYS_LANGUAGES = ("mul",)


def bundled_snapshot_path() -> Path:
    """Path of the snapshot shipped in :mod:`linkers.data`."""
    return Path(str(resources.files("linkers.data").joinpath(BUNDLED_SNAPSHOT)))


def is_unverified(entity: Entity) -> bool:
    """Whether a bundled record is marked unverified (the linker must not auto-link on it).

    >>> is_unverified(Entity("Q1", provenance="status=unverified-memory; evidence=none"))
    True
    """
    return bool(entity.provenance and entity.provenance.startswith(_UNVERIFIED))


def _records(line: str, where: str) -> Iterator[Mapping[str, Any]]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(data).__name__}")
    entities = data.get("entities")
    if "id" not in data and isinstance(entities, dict):
        yield from (e for e in entities.values() if isinstance(e, dict) and "missing" not in e)
    else:
        yield data


def read_snapshot(path: Path) -> tuple[dict[str, Any], list[Entity]]:
    """Parse a snapshot file into its header and its entities.

    Raises
    ------
    InputError
        If the file is missing or a line is not a JSON object with a valid item id; the
        message names the file and line number.
    """
    header: dict[str, Any] = {}
    entities: list[Entity] = []
    try:
        handle = Path(path).open(encoding="utf-8")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise InputError(f"cannot read snapshot {path}: {exc.strerror}") from exc
    with handle:
        try:
            lines = list(handle)
        except UnicodeDecodeError as exc:
            raise InputError(f"cannot read snapshot {path}: not UTF-8 text ({exc.reason})") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}: line {number}"
        for record in _records(line, where):
            if "id" not in record:
                header.update(record.get("snapshot") or {})
                continue
            try:
                entities.append(parse_entity(record))
            except (ValueError, TypeError, AttributeError, KeyError) as exc:
                raise InputError(f"{where}: not a Wikidata item ({exc})") from exc
    return header, entities


def _mtime_date(path: Path) -> str:
    stamp = path.stat().st_mtime
    return datetime.datetime.fromtimestamp(stamp, tz=datetime.UTC).date().isoformat()


@dataclass(frozen=True)
class _Name:
    key: str
    qid: str
    text: str
    language: str
    match_type: str  # label | alias


class SnapshotKB:
    """Knowledge base over an in-memory set of entities (usually read from a snapshot file).

    Parameters
    ----------
    entities
        The records.
    name
        Source name reported in :attr:`source` (``snapshot:PATH`` or ``snapshot:bundled``).
    retrieved
        Date the data is from (the header's ``retrieved``).
    """

    def __init__(self, entities: Iterable[Entity], *, name: str, retrieved: str | None = None):
        self._entities: dict[str, Entity] = {}
        for entity in entities:
            if entity.qid in self._entities:
                log.debug("snapshot %s: %s appears twice, the last record wins", name, entity.qid)
            self._entities[entity.qid] = entity
        self._source = KBSource(name=name, retrieved=retrieved)
        self._names = sorted(self._index(), key=lambda n: (n.key, n.qid))
        self._keys = [n.key for n in self._names]

    @classmethod
    def from_file(cls, path: Path, *, name: str | None = None) -> SnapshotKB:
        """Load a snapshot file (see :func:`read_snapshot`).

        Without a header ``retrieved`` date, the file's modification date stands in.

        Raises
        ------
        InputError
            As :func:`read_snapshot`; also when the file holds nothing (no header, no entity):
            a closed-world knowledge base that would make every mention NIL.
        """
        header, entities = read_snapshot(path)
        if not header and not entities:
            raise InputError(f"snapshot {path} is empty (no header, no entities)")
        retrieved = header.get("retrieved") or _mtime_date(Path(path))
        return cls(entities, name=name or f"snapshot:{path}", retrieved=retrieved)

    @classmethod
    def bundled(cls) -> SnapshotKB:
        """The snapshot shipped with the package."""
        return cls.from_file(bundled_snapshot_path(), name="snapshot:bundled")

    @classmethod
    def from_records(
        cls, records: Iterable[Mapping[str, Any]], *, name: str = "snapshot:memory"
    ) -> SnapshotKB:
        """Build from entity JSON objects already in memory."""
        return cls((parse_entity(r) for r in records), name=name)

    def _index(self) -> Iterator[_Name]:
        for entity in self._entities.values():
            for lang, text in entity.labels.items():
                yield _Name(search_key(text), entity.qid, text, lang, "label")
            for lang, texts in entity.aliases.items():
                for text in texts:
                    yield _Name(search_key(text), entity.qid, text, lang, "alias")

    # -- KnowledgeBase -------------------------------------------------------------------

    @property
    def source(self) -> KBSource:
        return self._source

    def search(
        self, text: str, *, languages: Sequence[str] = ("en",), limit: int = 10
    ) -> list[SearchHit]:
        """Entities whose folded label or alias equals (best) or starts with the folded text.

        Order: exact label, exact alias, prefix label, prefix alias; ties by sitelink count
        (more first), then numeric id. An empty ``languages`` means every language.
        """
        key = search_key(clean_query(text))
        if not key or limit <= 0:
            return []
        wanted = set(languages) | set(_ALWAYS_LANGUAGES) if languages else None
        best: dict[str, tuple[tuple[int, int, int], _Name]] = {}
        start = bisect.bisect_left(self._keys, key)
        for name in self._names[start:]:
            if not name.key.startswith(key):
                break
            if name.key != key and not name.key.startswith(key + " "):
                continue  # prefixes count at word boundaries only
            if wanted is not None and name.language not in wanted:
                continue
            tier = (0 if name.key == key else 2) + (0 if name.match_type == "label" else 1)
            entity = self._entities[name.qid]
            rank = (tier, -entity.sitelinks, int(name.qid[1:]))
            if name.qid not in best or rank < best[name.qid][0]:
                best[name.qid] = (rank, name)
        ordered = sorted(best.values(), key=lambda pair: pair[0])[:limit]
        return [self._hit(name, languages) for _, name in ordered]

    def _hit(self, name: _Name, languages: Sequence[str]) -> SearchHit:
        entity = self._entities[name.qid]
        prefs = (*languages, *_ALWAYS_LANGUAGES, "en")
        description = next(
            (entity.descriptions[x] for x in prefs if x in entity.descriptions), None
        )
        return SearchHit(
            qid=name.qid,
            matched_text=name.text,
            match_type=name.match_type,
            language=name.language,
            label=entity.label(prefs),
            description=description,
        )

    def entities(self, qids: Iterable[str]) -> dict[str, Entity]:
        """Records for the QIDs held here; unknown or malformed ids are left out."""
        return {q: self._entities[q] for q in qids if q in self._entities}

    def close(self) -> None:
        """Nothing to release (the data is in memory)."""

    # -- extras --------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entities)

    def __contains__(self, qid: object) -> bool:
        return qid in self._entities

    def qids(self) -> list[str]:
        """Every QID held, in numeric order."""
        return sorted(self._entities, key=lambda q: int(q[1:]))

    def classes(self, qid: str, *, max_depth: int = 50) -> set[str]:
        """Every class ``qid`` is an instance of: its P31 values and their P279 ancestors.

        Ancestors are followed only through classes present in this snapshot; cycles in the
        P279 graph are harmless.
        """
        if not QID_RE.match(qid):
            raise ValueError(f"qid must look like Q123, got {qid!r}")
        entity = self._entities.get(qid)
        if entity is None:
            return set()
        seen: set[str] = set()
        queue = deque((c, 0) for c in entity.values(PROP.INSTANCE_OF) if QID_RE.match(c))
        while queue:
            cls, depth = queue.popleft()
            if cls in seen or depth > max_depth:
                continue
            seen.add(cls)
            parent = self._entities.get(cls)
            if parent is not None:
                queue.extend((p, depth + 1) for p in parent.values(PROP.SUBCLASS_OF))
        return seen

    def is_instance_of(self, qid: str, class_qid: str) -> bool:
        """Whether ``qid`` is an instance of ``class_qid`` (directly or through P279)."""
        return class_qid in self.classes(qid)
