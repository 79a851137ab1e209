"""Render query results as a text table, CSV, TSV or JSON (the ``kg query --format`` choices).

Examples
--------
>>> from kg.query import QueryResult
>>> result = QueryResult(("letter", "listed"), ({"letter": "L1", "listed": 281},))
>>> print(format_result(result, "csv"), end="")
letter,listed
L1,281
>>> print(format_result(result, "json"))
{"columns": ["letter", "listed"], "rows": [{"letter": "L1", "listed": 281}], "truncated": false}
"""

from __future__ import annotations

import csv
import io
import json

from kg.errors import InputError
from kg.query import QueryResult

__all__ = ["FORMATS", "format_result"]

FORMATS = ("table", "csv", "tsv", "json")


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _delimited(result: QueryResult, delimiter: str) -> str:
    out = io.StringIO()
    if delimiter == "\t":
        out.write("\t".join(result.columns) + "\n")
        for row in result.rows:
            cells = (" ".join(_text(row.get(c)).split()) for c in result.columns)
            out.write("\t".join(cells) + "\n")
        return out.getvalue()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([_text(row.get(c)) for c in result.columns] for row in result.rows)
    return out.getvalue()


def _table(result: QueryResult) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(*result.columns, show_lines=False)
    for row in result.rows:
        table.add_row(*(_text(row.get(c)) for c in result.columns))
    console = Console(record=True, width=200, file=io.StringIO(), markup=False)
    console.print(table)
    footer = f"{len(result.rows)} row(s)" + (
        " (truncated at the limit)" if result.truncated else ""
    )
    return console.export_text() + footer + "\n"


def format_result(result: QueryResult, fmt: str) -> str:
    """The text of ``result`` in ``fmt`` (one of :data:`FORMATS`).

    Raises
    ------
    kg.errors.InputError
        Unknown format.
    """
    if fmt == "csv":
        return _delimited(result, ",")
    if fmt == "tsv":
        return _delimited(result, "\t")
    if fmt == "json":
        payload = {
            "columns": list(result.columns),
            "rows": list(result.rows),
            "truncated": result.truncated,
        }
        return json.dumps(payload, ensure_ascii=False)
    if fmt == "table":
        return _table(result)
    raise InputError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
