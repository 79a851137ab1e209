"""UN M49 regions of countries: region, sub-region and intermediate region.

The table is the UN Statistics Division's *Standard country or area codes for statistical use*
(M49) as bundled in ``graphs/data/m49.csv`` (provenance in ``graphs/data/README.md``), plus
``graphs/data/m49-additions.csv``: codes the UN does not list (``TW`` Taiwan, ``XK`` Kosovo),
each placed with its neighbours and carrying a ``note`` that says why.

The Americas are one M49 region; they split only at the sub-region (Northern America, Latin
America and the Caribbean) and intermediate level (South America, Central America, Caribbean).
Antarctica (``AQ``) is listed without a region, so it gets :data:`UNKNOWN` like an unknown code.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

__all__ = [
    "ADDITIONS",
    "LEVELS",
    "M49",
    "UNKNOWN",
    "Level",
    "M49Area",
    "m49_area",
    "m49_table",
    "region_of",
]

_DATA = Path(__file__).resolve().parent / "data"
#: The M49 table (one row per ISO 3166-1 alpha-2 code the source lists).
M49 = _DATA / "m49.csv"
#: Codes the UN does not list, with the region we give them and a note.
ADDITIONS = _DATA / "m49-additions.csv"

Level = Literal["region", "sub-region", "intermediate-region"]
#: The levels :func:`region_of` knows, broadest first.
LEVELS: tuple[Level, ...] = ("region", "sub-region", "intermediate-region")
#: What :func:`region_of` says for a code with no M49 region.
UNKNOWN = "Unknown"


@dataclass(frozen=True)
class M49Area:
    """One country or area of the M49 table (names in English, codes as strings).

    ``intermediate_region`` is empty where M49 defines none (all of Asia and Europe except
    the Channel Islands); ``note`` is set for the additions the UN does not list.
    """

    code: str
    numeric: str
    name: str
    region: str
    sub_region: str
    intermediate_region: str
    region_code: str
    sub_region_code: str
    intermediate_region_code: str
    note: str = ""


def _read(path: Path) -> list[M49Area]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            M49Area(
                code=row["alpha-2"],
                numeric=row["country-code"],
                name=row["name"],
                region=row["region"],
                sub_region=row["sub-region"],
                intermediate_region=row["intermediate-region"],
                region_code=row["region-code"],
                sub_region_code=row["sub-region-code"],
                intermediate_region_code=row["intermediate-region-code"],
                note=row.get("note") or "",
            )
            for row in csv.DictReader(handle)
        ]


@cache
def m49_table(path: Path = M49, additions: Path | None = ADDITIONS) -> dict[str, M49Area]:
    """The M49 table by alpha-2 code, read once per pair of files.

    Parameters
    ----------
    path : Path
        The M49 CSV (columns ``alpha-2``, ``country-code``, ``name``, ``region-code``,
        ``region``, ``sub-region-code``, ``sub-region``, ``intermediate-region-code``,
        ``intermediate-region``).
    additions : Path or None
        Rows for codes the UN does not list (same columns and ``note``); ``None`` for none.

    Returns
    -------
    dict of str to M49Area

    Examples
    --------
    >>> table = m49_table()
    >>> table["KE"].intermediate_region, table["TW"].sub_region, bool(table["TW"].note)
    ('Eastern Africa', 'Eastern Asia', True)
    """
    areas = _read(path) + (_read(additions) if additions else [])
    return {area.code: area for area in areas}


def m49_area(code: str) -> M49Area | None:
    """The M49 row of an ISO 3166-1 alpha-2 code (any case), ``None`` if it has none.

    Examples
    --------
    >>> m49_area("br").sub_region, m49_area("XX")
    ('Latin America and the Caribbean', None)
    """
    return m49_table().get(code.strip().upper())


def region_of(code: str, level: Level = "region") -> str:
    """The UN M49 region of an ISO 3166-1 alpha-2 code, :data:`UNKNOWN` if it has none.

    Parameters
    ----------
    code : str
        An alpha-2 code, any case (``JP``, ``be``).
    level : {"region", "sub-region", "intermediate-region"}
        ``region``: Africa, Americas, Asia, Europe, Oceania. ``sub-region``: e.g. Eastern Asia,
        Sub-Saharan Africa, Latin America and the Caribbean. ``intermediate-region``: e.g.
        Eastern Africa, South America; the sub-region where M49 defines no intermediate region.

    Returns
    -------
    str
        The region's English name, or ``"Unknown"`` for an unknown code and for Antarctica.

    Raises
    ------
    ValueError
        If ``level`` is not one of :data:`LEVELS`.

    Examples
    --------
    >>> region_of("JP"), region_of("BE"), region_of("XX"), region_of("AQ")
    ('Asia', 'Europe', 'Unknown', 'Unknown')
    >>> region_of("US", "sub-region"), region_of("BR", "intermediate-region")
    ('Northern America', 'South America')
    >>> region_of("DE", "intermediate-region")
    'Western Europe'
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    area = m49_area(code)
    if area is None or not area.region:
        return UNKNOWN
    if level == "region":
        return area.region
    if level == "sub-region":
        return area.sub_region
    return area.intermediate_region or area.sub_region
