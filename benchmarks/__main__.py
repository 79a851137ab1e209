"""Run every benchmark module and write its figures to ``benchmarks/results/<name>.json``.

Each module ``benchmarks/<name>.py`` defines ``run(results_dir: Path) -> dict``; the returned
figures are written as JSON together with the machine they were measured on. Pass module
names to run only some: ``python -m benchmarks parse linking``.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import platform
import sys
import time
from pathlib import Path

from kg.atomic import atomic_write_text

RESULTS = Path(__file__).resolve().parent / "results"


def machine() -> dict[str, object]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
    }


def main(names: list[str]) -> int:
    RESULTS.mkdir(parents=True, exist_ok=True)
    available = sorted(
        m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]) if m.name != "__main__"
    )
    for name in names or available:
        if name not in available:
            print(f"error: no benchmark named {name!r} (have: {', '.join(available)})")
            return 2
        module = importlib.import_module(f"benchmarks.{name}")
        if not callable(getattr(module, "run", None)):
            if names:
                print(f"error: benchmarks.{name} is a helper module, not a benchmark")
                return 2
            continue  # a helper module (e.g. synthetic corpora), not a benchmark
        started = time.perf_counter()
        print(f"== {name}", flush=True)
        figures = module.run(RESULTS)
        record = {
            "benchmark": name,
            "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "machine": machine(),
            "seconds": round(time.perf_counter() - started, 3),
            "figures": figures,
        }
        text = json.dumps(record, indent=2, ensure_ascii=False, default=str) + "\n"
        atomic_write_text(RESULTS / f"{name}.json", text)
        print(json.dumps(figures, indent=2, ensure_ascii=False, default=str), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
