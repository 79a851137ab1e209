"""`make docs` generates the ontology documentation with pyLODE."""

from __future__ import annotations

from kg.docs import main, ontology_html


def test_docs_mention_the_ontology_classes_and_properties(tmp_path):
    out = tmp_path / "docs" / "ontology.html"
    assert main([str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html") or "<html" in html[:500].lower()
    for term in ("Letter", "Signature", "LinkAssertion", "SourceDocument", "nationalSectionOf"):
        assert term in html, term


def test_docs_carry_the_exact_match_argument():
    assert "skos:exactMatch" in ontology_html()


def test_docs_usage_error_without_output_path():
    assert main([]) == 2
