"""The spaCy component links entities of a letter's body with the same linker."""

from __future__ import annotations

import pytest

from linkers.factory import open_kb
from linkers.linker import Linker
from linkers.spacy_component import load_pipeline

BODY = (
    "We are dismayed at China's efforts to distort the mandate of the UN Human Rights Council. "
    "They highlighted China's mass human rights violations in Hong Kong, Tibet, and Xinjiang."
)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(Linker(open_kb("auto", offline=True)))


def test_body_entities_get_wikidata_ids(nlp) -> None:
    doc = nlp(BODY)
    linked = {e.text: e.kb_id_ for e in doc.ents if e.kb_id_}
    assert linked.get("Xinjiang") == "Q34800"
    assert "Q205650" in linked.values()  # the (UN) Human Rights Council
    assert linked.get("Hong Kong") == "Q8646"


def test_unknown_entities_stay_unlinked(nlp) -> None:
    doc = nlp("Maria Example met the Zyxwv Foundation in Springfield.")
    assert all(e.kb_id_ == "" for e in doc.ents)


def test_component_is_registered_and_configurable(nlp) -> None:
    assert "coalition_entity_linker" in nlp.pipe_names
    comp = nlp.get_pipe("coalition_entity_linker")
    assert comp.qid_for("the Human Rights Council", "ORG") == "Q205650"
