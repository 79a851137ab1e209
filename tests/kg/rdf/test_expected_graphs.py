"""The builder's output for the small test letters equals the expected graphs (isomorphism).

Expected files are written by ``scripts/regen_expected.py``; never edit them by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdf_samples import expected_cases
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

EXPECTED = Path(__file__).resolve().parents[2] / "data" / "expected"
CASES = expected_cases()


def test_every_case_has_an_expected_file_and_no_stale_files():
    assert sorted(p.stem for p in EXPECTED.glob("*.ttl")) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_graph_matches_expected(name):
    expected = Graph().parse(EXPECTED / f"{name}.ttl", format="turtle")
    got = CASES[name]
    if not isomorphic(expected, got):
        _, missing, extra = graph_diff(to_isomorphic(expected), to_isomorphic(got))
        pytest.fail(
            f"{name}: {len(missing)} expected triples missing, {len(extra)} unexpected:\n"
            + "\n".join(
                sorted(f"- {t}" for t in missing)[:10] + sorted(f"+ {t}" for t in extra)[:10]
            )
        )
