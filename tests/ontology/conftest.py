"""Make the RDF test letters (tests/kg/rdf/rdf_samples.py) importable from the ontology tests."""

from __future__ import annotations

import sys
from pathlib import Path

_SAMPLES = Path(__file__).resolve().parents[1] / "kg" / "rdf"
if str(_SAMPLES) not in sys.path:
    sys.path.insert(0, str(_SAMPLES))
