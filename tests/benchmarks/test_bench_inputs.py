"""Every benchmark module imports, and every repository path it reads exists.

``make bench`` is not part of ``make test`` (it takes about 25 minutes), so a moved test helper
or data file would only show when someone next runs it. Regression: moving ``rdf_samples.py``
to ``tests/support`` broke ``benchmarks/rdf.py`` silently.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

import benchmarks

REPO = Path(benchmarks.__file__).resolve().parent.parent
MODULES = sorted(
    info.name for info in pkgutil.iter_modules(benchmarks.__path__) if not info.name.startswith("_")
)


def test_the_benchmarks_are_found() -> None:
    assert {"build", "entries", "linking", "network", "parse", "rdf", "requests"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_module_paths_into_the_repository_exist(name: str) -> None:
    module = importlib.import_module(f"benchmarks.{name}")
    paths = [
        value
        for key, value in vars(module).items()
        if key.isupper() and isinstance(value, Path) and REPO in value.parents
    ]
    missing = [str(p.relative_to(REPO)) for p in paths if not p.exists()]
    assert not missing, f"benchmarks/{name}.py reads paths that do not exist: {missing}"


def test_rdf_benchmark_finds_its_sample_letters() -> None:
    """``benchmarks/rdf.py`` puts ``SAMPLES`` on ``sys.path`` and imports ``rdf_samples``."""
    from benchmarks import rdf

    assert (rdf.SAMPLES / "rdf_samples.py").is_file()
