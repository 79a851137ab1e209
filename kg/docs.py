"""Human-readable ontology documentation generated with pyLODE (``make docs``).

``python -m kg.docs docs/ontology.html`` writes one self-contained HTML page documenting every
class and property of ``ontology/ckg.ttl``.

pyLODE 3.4.1 reads its own version from a ``pyproject.toml`` that its wheel does not ship, so
importing it fails; :func:`_import_ontpub` registers the version module first (from the
installed distribution's metadata) and then imports pyLODE normally.
"""

from __future__ import annotations

import logging
import sys
import types
from pathlib import Path

from kg.errors import InputError
from kg.rdf.export import write_atomic
from ontology import resource_path

__all__ = ["main", "ontology_html"]

log = logging.getLogger(__name__)


def _import_ontpub() -> type:
    from importlib.metadata import PackageNotFoundError, version

    if "pylode.version" not in sys.modules:
        try:
            installed = version("pylode")
        except PackageNotFoundError as exc:
            raise InputError("pyLODE is not installed: pip install 'coalition-kg[docs]'") from exc
        stub = types.ModuleType("pylode.version")
        stub.__version__ = installed  # type: ignore[attr-defined]
        sys.modules["pylode.version"] = stub
    from pylode import OntPub

    return OntPub


def ontology_html(ontology: str | Path | None = None) -> str:
    """The HTML documentation of an ontology file (default: the packaged ``ckg.ttl``)."""
    ontpub = _import_ontpub()
    source = str(ontology or resource_path("ckg.ttl"))
    return str(ontpub(ontology=source).make_html())


def main(argv: list[str] | None = None) -> int:
    """Write the documentation to the path given as the only argument."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m kg.docs OUT.html", file=sys.stderr)
        return 2
    out = Path(args[0])
    write_atomic(out, ontology_html().encode("utf-8"))
    log.info("wrote %s", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
