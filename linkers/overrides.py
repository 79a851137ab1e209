"""Human judgements kept as versioned data: the overrides file every run applies first.

Plain text, one judgement per line, tab-separated, ``#`` starts a comment::

    # key                      judgement  target       author  date
    name:human rights in china  match      Q1234567     ana     2026-11-27
    name:hric                   match      name:human rights in china  ana  2026-11-27
    letter:seed#212             no-match   Q999         ben     2026-11-28
    name:acat belgium           no-match                ben     2026-11-28

``key`` is ``name:<name key>`` (any letter) or ``letter:<letter id>#<position>`` (one entry).
``judgement`` is ``match`` (target a QID, or another key: the two are the same), ``no-match``
(target a QID that is *not* it, or empty: no item at all) or ``unsure`` (send to review).
Lines merge under version control like any text; for one key and target, the line with the
latest date wins. Matches are transitive: if A is B and B is Q123, A is Q123.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from linkers.normalize import name_key
from linkers.wikidata.parse import QID_RE

__all__ = ["JUDGEMENTS", "Judgement", "Overrides", "OverridesError", "mention_keys", "parse_line"]

JUDGEMENTS = ("match", "no-match", "unsure")
_KEY = re.compile(r"^(name:.+|letter:[^#\s]+#\d+)$")
HEADER = "# key\tjudgement\ttarget\tauthor\tdate"


class OverridesError(InputError):
    """An overrides line that cannot be used (the message names the file and line)."""


@dataclass(frozen=True)
class Judgement:
    key: str
    judgement: str
    target: str = ""
    author: str = ""
    date: str = ""

    def to_line(self) -> str:
        return "\t".join((self.key, self.judgement, self.target, self.author, self.date))


def mention_keys(name: str, *, letter: str | None = None, position: int | None = None) -> list[str]:
    """The keys a mention answers to, most specific first."""
    keys = []
    if letter and position is not None:
        keys.append(f"letter:{letter}#{position}")
    key = name_key(name)
    if key:
        keys.append(f"name:{key}")
    return keys


def _norm_key(raw: str) -> str:
    if raw.startswith("name:"):
        return "name:" + name_key(raw[5:])
    return raw


def parse_line(line: str, where: str) -> Judgement | None:
    """One line → a :class:`Judgement` (``None`` for blanks and comments)."""
    text = line.rstrip("\n\r")
    if not text.strip() or text.lstrip().startswith("#"):
        return None
    parts = [p.strip() for p in text.split("\t")]
    if len(parts) < 2:
        raise OverridesError(
            f"{where}: expected key<TAB>judgement<TAB>target..., got {text[:80]!r}"
        )
    parts += [""] * (5 - len(parts))
    key, judgement, target, author, date = parts[:5]
    key = _norm_key(key)
    if not _KEY.match(key) or key == "name:":
        raise OverridesError(
            f"{where}: key must be name:<name> or letter:<id>#<position>, got {key!r}"
        )
    if judgement not in JUDGEMENTS:
        raise OverridesError(
            f"{where}: judgement must be one of {', '.join(JUDGEMENTS)}, got {judgement!r}"
        )
    if target.startswith(("name:", "letter:")):
        target = _norm_key(target)
        if judgement != "match" or not _KEY.match(target):
            raise OverridesError(f"{where}: only 'match' may point to another key, got {target!r}")
    elif target and not QID_RE.match(target):
        raise OverridesError(
            f"{where}: target {target!r} is not a Wikidata QID (Q followed by digits)"
        )
    elif judgement == "match" and not target:
        raise OverridesError(f"{where}: 'match' needs a target QID or key")
    return Judgement(key, judgement, target, author, date)


class Overrides:
    """All judgements of one or more files, resolved transitively."""

    def __init__(self, judgements: Iterable[Judgement] = ()) -> None:
        latest: dict[tuple[str, str], Judgement] = {}
        for j in judgements:
            slot = (j.key, j.target if j.judgement != "match" or not QID_RE.match(j.target) else "")
            if slot not in latest or j.date >= latest[slot].date:
                latest[slot] = j
        self._by_key: dict[str, list[Judgement]] = {}
        for j in latest.values():
            self._by_key.setdefault(j.key, []).append(j)

    @classmethod
    def read(cls, path: Path) -> Overrides:
        """Parse an overrides file; a missing file is empty; a bad line raises with its number."""
        path = Path(path)
        if not path.exists():
            return cls()
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise OverridesError(f"cannot read overrides file {path}: {exc}") from exc
        found = (parse_line(line, f"{path}:{n}") for n, line in enumerate(lines, 1))
        return cls(j for j in found if j is not None)

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_key.values())

    def resolve(self, keys: Iterable[str]) -> tuple[str, str | None, frozenset[str]] | None:
        """The judgement for the first key that has one.

        Returns ``(judgement, qid, excluded)``: ``match`` with its QID (following same-as
        chains), ``no-match`` with ``qid=None`` and the excluded QIDs, or ``unsure``.
        ``None`` when no key is judged.
        """
        for key in keys:
            got = self._resolve_key(key, set())
            if got is not None:
                return got
        return None

    def _resolve_key(
        self, key: str, seen: set[str]
    ) -> tuple[str, str | None, frozenset[str]] | None:
        if key in seen:
            return None
        seen.add(key)
        rows = self._by_key.get(key, [])
        excluded = frozenset(j.target for j in rows if j.judgement == "no-match" and j.target)
        for j in sorted(rows, key=lambda r: r.date, reverse=True):
            if j.judgement == "match" and QID_RE.match(j.target) and j.target not in excluded:
                return ("match", j.target, excluded)
            if j.judgement == "match":
                got = self._resolve_key(j.target, seen)
                if got is not None and got[0] == "match":
                    return got
        if any(j.judgement == "no-match" and not j.target for j in rows):
            return ("no-match", None, excluded)
        if any(j.judgement == "unsure" for j in rows):
            return ("unsure", None, excluded)
        if excluded:
            return ("exclude", None, excluded)
        return None
