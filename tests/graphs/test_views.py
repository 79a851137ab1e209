"""Named views and writing by suffix."""

from __future__ import annotations

import pytest

from graphs.toy import toy_data
from graphs.views import FORMATS, KINDS, build_view, write_view
from kg.errors import InputError


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_annotated_and_laid_out(kind):
    view = build_view(toy_data(), kind)
    assert set(view.positions) == set(view.graph)
    assert all("community" in d for _, d in view.graph.nodes(data=True))


def test_unknown_kind_and_suffix_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="unknown network kind"):
        build_view(toy_data(), "hypergraph")
    with pytest.raises(InputError, match="suffix must be one of"):
        write_view(build_view(toy_data()), tmp_path / "n.dot")
    assert ".gexf" in FORMATS and ".json" in FORMATS
