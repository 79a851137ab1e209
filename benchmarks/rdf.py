"""RDF graph figures for a realistic letter: triples per graph, build, validation, export.

The letter is the seed letter as its gold file reads it (281 signatories), built without the
parser so the figures measure the graph layer alone; every timing is the best of three runs.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "tests" / "support"


def _best(function, repeat: int = 3) -> tuple[float, object]:
    best, value = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        value = function()
        best = min(best, time.perf_counter() - start)
    return best, value


def run(results_dir: Path) -> dict:
    sys.path.insert(0, str(SAMPLES))
    from rdf_samples import BASE, seed_like_entities, seed_like_letter, seed_like_links

    from kg.rdf import build_dataset, write_exports
    from kg.validate import validate

    letter, links, entities = seed_like_letter(), seed_like_links(), seed_like_entities()
    build_s, dataset = _best(
        lambda: build_dataset([letter], {letter.source_path: links}, entities, base=BASE)
    )
    per_graph = {str(g.identifier): len(g) for g in dataset.graphs() if len(g)}
    validate_s, report = _best(lambda: validate(dataset))
    with tempfile.TemporaryDirectory() as tmp:
        export_s, paths = _best(lambda: write_exports(dataset, tmp))
        sizes = {name: path.stat().st_size for name, path in paths.items()}
    total = sum(per_graph.values())
    return {
        "letter_signatories": len(letter.signatories),
        "triples_total": total,
        "triples_per_graph": per_graph,
        "build_seconds": round(build_s, 3),
        "triples_per_second": round(total / build_s),
        "validation_seconds": round(validate_s, 3),
        "validation_conforms": report.conforms,
        "export_seconds_all_formats": round(export_s, 3),
        "export_bytes": sizes,
    }
