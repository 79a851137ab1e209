"""The build cache under ``OUT/cache/``: parsed letters and link results per input content hash.

A rebuild with one more letter parses and links only that letter; an interrupted build
resumes where it stopped, because every finished letter is saved (atomically) at once.
Letters are keyed by the SHA-256 of the file's bytes (renaming a file keeps its cache);
link results also by the knowledge-base source, so another KB never reuses stale links.

Examples
--------
>>> import tempfile
>>> from pathlib import Path
>>> from kg.model import Decision, LinkResult, MentionRole
>>> cache = BuildCache(Path(tempfile.mkdtemp()))
>>> links = [LinkResult(MentionRole.SIGNATORY, "Org A", Decision.NIL, position=1)]
>>> cache.save_links("abc", "snapshot:bundled", links)
>>> cache.load_links("abc", "snapshot:bundled") == links
True
>>> cache.load_links("abc", "api") is None
True
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kg.atomic import atomic_write_text
from kg.errors import InputError
from kg.model import Letter, LinkResult
from linkers.results import result_from_dict, result_to_dict

__all__ = ["CACHE_VERSION", "BuildCache", "content_hash"]

log = logging.getLogger(__name__)

#: Bump when the parser's or linker's output changes meaning, to invalidate old entries.
CACHE_VERSION = "2"


def content_hash(path: Path) -> str:
    """SHA-256 hex digest of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _safe(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class BuildCache:
    """Parsed letters and link results on disk, keyed by content hash."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _letter_path(self, digest: str) -> Path:
        return self.root / "letters" / f"{digest}.v{CACHE_VERSION}.json"

    def _links_path(self, digest: str, kb_key: str) -> Path:
        return self.root / "links" / f"{digest}.{_safe(kb_key)}.v{CACHE_VERSION}.json"

    def _read(self, path: Path) -> Any:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable cache entry %s: %s", path, exc)
            return None

    def checkpoint_path(self, kb_key: str) -> Path:
        """The linker's append-only checkpoint for a knowledge base (resumes mid-letter)."""
        return self.root / "links" / f"checkpoint.{_safe(kb_key)}.v{CACHE_VERSION}.jsonl"

    def load_letter(self, digest: str) -> Letter | None:
        """The cached parse of the file with this hash, or ``None``."""
        from kg.serialize import letter_from_dict

        data = self._read(self._letter_path(digest))
        if data is None:
            return None
        try:
            return letter_from_dict(data)
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("ignoring stale cached letter %s: %s", digest, exc)
            return None

    def save_letter(self, digest: str, letter: Letter) -> None:
        """Cache a parsed letter."""
        from kg.serialize import letter_to_dict

        text = json.dumps(letter_to_dict(letter), ensure_ascii=False, default=str)
        atomic_write_text(self._letter_path(digest), text)

    def load_links(self, digest: str, kb_key: str) -> list[LinkResult] | None:
        """The cached link results of a letter for a knowledge base, or ``None``."""
        data = self._read(self._links_path(digest, kb_key))
        if data is None:
            return None
        try:
            return [result_from_dict(item) for item in data]
        except (InputError, TypeError) as exc:
            log.warning("ignoring stale cached links %s: %s", digest, exc)
            return None

    def save_links(self, digest: str, kb_key: str, links: Sequence[LinkResult]) -> None:
        """Cache the link results of a letter for a knowledge base."""
        text = json.dumps([result_to_dict(link) for link in links], ensure_ascii=False)
        atomic_write_text(self._links_path(digest, kb_key), text)
