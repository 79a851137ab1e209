"""Linking whole files: parse each letter, link it, and collect the decisions.

This is what ``kg link`` and the build call; it opens the knowledge base once, reads the
overrides once, and reuses a checkpoint across files.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.model import Letter, LinkResult
from linkers.linker import Linker, LinkerConfig, letter_id
from linkers.overrides import Overrides
from linkers.results import result_to_dict

__all__ = ["LetterLinks", "link_files", "links_to_json_rows"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LetterLinks:
    letter: Letter
    results: tuple[LinkResult, ...]

    @property
    def letter_id(self) -> str:
        return letter_id(self.letter)


def _parse(path: Path) -> Letter:
    from kg.ingest.letter import parse_letter

    return parse_letter(path)


def link_files(
    paths: Sequence[Path],
    *,
    kb_spec: str = "auto",
    offline: bool = False,
    overrides: Path | None = None,
    checkpoint: Path | None = None,
    thresholds: Path | None = None,
    parse: Callable[[Path], Letter] = _parse,
) -> list[LetterLinks]:
    """Parse and link every file; raises :class:`~kg.errors.InputError` for unusable input."""
    from linkers.decide import load_thresholds
    from linkers.factory import open_kb

    if not paths:
        raise InputError("no letter file given")
    if overrides is not None and not Path(overrides).is_file():  # a typo must not drop judgements
        raise InputError(f"overrides file {overrides} does not exist")
    letters = [parse(Path(p)) for p in paths]
    config = LinkerConfig(thresholds=load_thresholds(thresholds))
    kb = open_kb(kb_spec, offline=offline)
    try:
        linker = Linker(
            kb,
            config=config,
            overrides=Overrides.read(overrides) if overrides else None,
            checkpoint=checkpoint,
        )
        results = linker.link_letters(letters)  # token rarity counted over all the letters
        return [LetterLinks(letter, tuple(r)) for letter, r in zip(letters, results, strict=True)]
    finally:
        kb.close()


def links_to_json_rows(links: Iterable[LetterLinks]) -> list[dict]:
    """One JSON object per mention: ``letter`` plus the fields of
    :func:`~linkers.results.result_to_dict`."""
    rows = []
    for item in links:
        for result in item.results:
            rows.append({"letter": item.letter_id, **result_to_dict(result)})
    return rows
