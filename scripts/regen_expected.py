"""Regenerate tests/data/expected/*.ttl from the RDF test letters (never edit those by hand).

Run ``.venv/bin/python scripts/regen_expected.py`` (or ``make regen-expected``) after a
deliberate change to the graph's shape, then review the diff.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "kg" / "rdf"))
sys.path.insert(0, str(REPO))

from rdf_samples import expected_cases  # noqa: E402

OUT = REPO / "tests" / "data" / "expected"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, graph in expected_cases().items():
        path = OUT / f"{name}.ttl"
        path.write_bytes(graph.serialize(format="turtle", encoding="utf-8"))
        sys.stderr.write(f"wrote {path.relative_to(REPO)} ({len(graph)} triples)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
