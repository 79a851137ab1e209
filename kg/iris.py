"""Safe, stable IRIs for letters, signatures, agents and the other nodes of the graph.

Every IRI is ``base`` + a fixed path word + a *slug*: the readable part of a name folded to
ASCII with ``anyascii``, lowercased, every run of other characters turned into one hyphen and
cut to a bounded length, followed by a short hash of the full identity key. The slug alphabet is
``[a-z0-9-]``, so no name (quotes, ``<script>``, ``>``, newlines, right-to-left marks, control
characters, 10 000 characters) can break out of an IRI or inject syntax into a serialisation;
the hash keeps two names that fold to the same slug apart.

Examples
--------
>>> minter = IriMinter(base="https://example.org/id/")
>>> str(minter.agent("ACAT-France"))[:41]
'https://example.org/id/agent/acat-france-'
>>> str(minter.agent('Evil"> <script>\\n')).startswith("https://example.org/id/agent/evil-script-")
True
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache

from rdflib import URIRef

__all__ = ["DEFAULT_BASE", "IriMinter", "name_key", "slugify", "stable_hash"]

#: Default base of data IRIs (letters, agents, signatures ...).
DEFAULT_BASE = "https://w3id.org/coalition-kg/id/"

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")
_BASE_OK = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*[/#]$")
_MAX_SLUG = 60


@cache
def _invisible() -> dict[int, None]:
    """Translation table deleting control (Cc) and format (Cf) characters."""
    return {
        code: None
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) in {"Cc", "Cf"}
    }


def name_key(text: str) -> str:
    """The identity key of a name: NFKC, casefolded, format characters dropped, spaces collapsed.

    >>> name_key("  ACAT\\u200f-France ")
    'acat-france'
    """
    folded = _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold())
    return _SPACES.sub(" ", folded.translate(_invisible())).strip()


def stable_hash(text: str, length: int = 8) -> str:
    """A short hexadecimal digest of ``text`` (SHA-256), stable across runs and machines.

    >>> stable_hash("a")
    'ca978112'
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def slugify(text: str, *, max_length: int = _MAX_SLUG) -> str:
    """A readable ASCII slug (``[a-z0-9-]``), possibly empty.

    >>> slugify("Société Tibétaine « Free » <script>")
    'societe-tibetaine-free-script'
    >>> slugify("中国")
    'zhongguo'
    """
    from anyascii import anyascii

    ascii_text = anyascii(unicodedata.normalize("NFKC", text)).lower()
    slug = _NON_SLUG.sub("-", ascii_text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rstrip("-")
    return slug


def _segment(label: str, key: str) -> str:
    slug = slugify(label)
    digest = stable_hash(key)
    return f"{slug}-{digest}" if slug else digest


@dataclass(frozen=True)
class IriMinter:
    """Mints the data IRIs of one graph under ``base`` (must end with ``/`` or ``#``).

    Parameters
    ----------
    base : str
        An absolute IRI ending in ``/`` or ``#``; every minted IRI starts with it.

    Raises
    ------
    ValueError
        If ``base`` is not an absolute IRI ending with ``/`` or ``#`` or holds characters that
        are not allowed in IRIs.
    """

    base: str = DEFAULT_BASE

    def __post_init__(self) -> None:
        if not _BASE_OK.match(self.base):
            raise ValueError(f"base must be an absolute IRI ending with '/' or '#': {self.base!r}")

    def _iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(parts))

    def letter_key(self, letter: object) -> str:
        """The identity key of a letter: its reference number, else title and date, else path."""
        reference = getattr(letter, "reference", None)
        if reference is not None and reference.raw.strip():
            return "ref:" + name_key(reference.raw)
        title = getattr(letter, "title", None)
        date = getattr(letter, "date", None)
        if title:
            return f"title:{name_key(title)}|{date.isoformat() if date else ''}"
        return "path:" + str(getattr(letter, "source_path", ""))

    def letter(self, letter: object, *, version: int | None = None) -> URIRef:
        """The IRI of a letter (``version`` > 1 tells re-issues with the same key apart)."""
        reference = getattr(letter, "reference", None)
        label = reference.raw if reference is not None else (getattr(letter, "title", "") or "")
        key = self.letter_key(letter)
        segment = _segment(label, key)
        if version is not None and version > 1:
            segment += f"-v{int(version)}"
        return self._iri("letter", segment)

    def signature(self, letter_iri: URIRef, position: int, *, duplicate: int = 0) -> URIRef:
        """The IRI of the signature at ``position`` on a letter (``duplicate`` for repeats)."""
        suffix = f"-{int(duplicate) + 1}" if duplicate else ""
        return URIRef(f"{letter_iri}/signature/{int(position)}{suffix}")

    def agent(self, name: str) -> URIRef:
        """The IRI of an agent (organisation, person or collective) keyed by its name."""
        return self._iri("agent", _segment(name, name_key(name)))

    def agent_identity(self, identity: str) -> URIRef:
        """The IRI of an agent keyed by a corpus-wide identity (see :mod:`linkers.identity`).

        ``identity`` is ``wd:Q..`` for a linked organisation or ``key:name~acronym~cc``; the
        IRI does not depend on which of the agent's names a letter used.

        >>> m = IriMinter(base="https://example.org/id/")
        >>> str(m.agent_identity("wd:Q42970"))[:36]
        'https://example.org/id/agent/q42970-'
        >>> str(m.agent_identity("key:amnesty-international~~gb"))[:51]
        'https://example.org/id/agent/amnesty-international-'
        """
        label = identity.partition(":")[2].partition("~")[0] or identity
        return self._iri("agent", _segment(label, "identity:" + identity))

    def post(self, agent_iri: URIRef, role: str) -> URIRef:
        """The IRI of a post (office) an agent holds, keyed by the role's text."""
        return URIRef(f"{agent_iri}/post/{_segment(role, name_key(role))}")

    def demand(self, letter_iri: URIRef, index: int) -> URIRef:
        """The IRI of the ``index``-th demand (1-based) of a letter."""
        return URIRef(f"{letter_iri}/demand/{int(index)}")

    def theme_mention(self, letter_iri: URIRef, theme_id: str) -> URIRef:
        """The IRI of a letter's mention of a theme."""
        return URIRef(f"{letter_iri}/theme/{_segment(theme_id, theme_id)}")

    def warning(self, letter_iri: URIRef, index: int) -> URIRef:
        """The IRI of the ``index``-th parse warning (1-based) of a letter."""
        return URIRef(f"{letter_iri}/warning/{int(index)}")

    def source_document(self, letter_iri: URIRef, source_path: str) -> URIRef:
        """The IRI of one published copy of a letter, keyed by where it was read from."""
        label = source_path.replace("\\", "/").rsplit("/", 1)[-1]
        return URIRef(f"{letter_iri}/source/{_segment(label, source_path)}")

    def link(self, letter_iri: URIRef, role: str, key: str) -> URIRef:
        """The IRI of a link assertion for one mention (``key``: position or name)."""
        return URIRef(f"{letter_iri}/link/{slugify(role) or 'mention'}-{_segment(key, key)}")

    def activity(self, letter_iri: URIRef, source_key: str) -> URIRef:
        """The IRI of the linking activity that produced a letter's link assertions."""
        return URIRef(f"{letter_iri}/linking/{stable_hash(source_key)}")

    def reviewer(self, name: str) -> URIRef:
        """The IRI of a person who confirmed links by hand."""
        return self._iri("reviewer", _segment(name, name_key(name)))

    def graph(self, name: str) -> URIRef:
        """The IRI of a named graph that is not a letter's (``wikidata``)."""
        return self._iri("graph", slugify(name) or stable_hash(name))
