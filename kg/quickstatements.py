"""QuickStatements (V1) write-back of signatories, for links a person confirmed.

For a letter that has its own Wikidata item, each signature whose signer a reviewer linked by
hand (decision LINKED, method ``manual``) becomes::

    Q<letter>  P1891  Q<signer>  P1545  "<position>"  P1932  "<name as written>"  S854  "<url>"

(P1891 signatory; qualifiers P1545 series ordinal and P1932 object named as; reference S854
reference URL). Automatic links are never written back: a wrong automatic link would be
copied into Wikidata, where it would look confirmed.

QuickStatements strings cannot escape a double quote, a tab or a newline, so those become
``'`` and spaces in the emitted text; strings are cut to Wikidata's 1 500-character limit.

Examples
--------
>>> rows = [SignerStatement(signer_qid="Q42", position=1, name_as_written='ACAT "France"')]
>>> text = format_quickstatements("Q100", rows, reference_url="https://example.org/l.pdf")
>>> print(text.replace("\\t", " "))
Q100 P1891 Q42 P1545 "1" P1932 "ACAT 'France'" S854 "https://example.org/l.pdf"
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rdflib import Dataset, Graph, URIRef

from kg.errors import InputError
from kg.model import Decision, Letter, LinkResult, MentionRole
from kg.rdf.literals import is_qid
from linkers.properties import PROP

__all__ = [
    "SERIES_ORDINAL",
    "SignerStatement",
    "confirmed_signers",
    "format_quickstatements",
    "signers_from_links",
]

SERIES_ORDINAL = PROP.SERIES_ORDINAL
OBJECT_NAMED_AS = PROP.OBJECT_NAMED_AS
_MAX_STRING = 1500
_UNSAFE = re.compile(r"[\t\r\n\x00-\x1f\x7f|]+")
_URL = re.compile(r"^https?://[^\s\"<>|]+$")


@dataclass(frozen=True)
class SignerStatement:
    """One confirmed signatory of a letter."""

    signer_qid: str
    position: int
    name_as_written: str


def _string(text: str) -> str:
    clean = _UNSAFE.sub(" ", text).replace('"', "'").strip()
    return '"' + clean[:_MAX_STRING] + '"'


def _confirmed(link: LinkResult) -> bool:
    return (
        link.decision == Decision.LINKED
        and link.method == "manual"
        and link.role == MentionRole.SIGNATORY
        and link.position is not None
        and is_qid(link.qid)
    )


def signers_from_links(letter: Letter, links: Iterable[LinkResult]) -> list[SignerStatement]:
    """Confirmed signers of a parsed letter, from its link decisions, by position."""
    raw = {s.position: s.raw for s in letter.signatories}
    rows = [
        SignerStatement(str(link.qid), int(link.position or 0), raw.get(link.position or 0, ""))
        for link in links
        if _confirmed(link) and link.position in raw
    ]
    return sorted(rows, key=lambda r: r.position)


_QUERY = """
PREFIX ckg: <https://w3id.org/coalition-kg/ontology#>
SELECT DISTINCT ?pos ?raw ?target WHERE {
    ?letter ckg:hasSignature ?signature .
    ?signature ckg:position ?pos ; ckg:nameAsWritten ?raw ; ckg:signer ?agent .
    ?assertion ckg:linkSubject ?agent ; ckg:linkTarget ?target ;
               ckg:decision "LINKED" ; ckg:method "manual" .
    FILTER (STRSTARTS(STR(?assertion), CONCAT(STR(?letter), "/link/")))
}
ORDER BY ?pos
"""


def confirmed_signers(graph: Graph | Dataset, letter: URIRef) -> list[SignerStatement]:
    """Confirmed signers of ``letter`` as recorded in a built graph (manual LINKED assertions)."""
    rows = []
    for pos, raw, target in graph.query(_QUERY, initBindings={"letter": letter}):  # type: ignore[misc]
        qid = str(target).rsplit("/", 1)[-1]
        if is_qid(qid):
            rows.append(SignerStatement(qid, int(str(pos)), str(raw)))
    return rows


def format_quickstatements(
    letter_qid: str,
    signers: Sequence[SignerStatement],
    *,
    reference_url: str,
    separator: str = "\t",
) -> str:
    """QuickStatements V1 commands, one line per confirmed signer.

    Parameters
    ----------
    letter_qid : str
        The letter's own Wikidata item.
    signers : sequence of SignerStatement
        Confirmed signers (see :func:`confirmed_signers`, :func:`signers_from_links`).
    reference_url : str
        Where the letter is published (http or https), stated as S854 on every statement.
    separator : str
        ``"\\t"`` (V1 as pasted) or ``"|"`` (V1 in a URL).

    Raises
    ------
    InputError
        If the letter QID or the reference URL is malformed.
    """
    if not is_qid(letter_qid):
        raise InputError(f"letter QID must look like Q123, got {letter_qid!r}")
    if not _URL.match(reference_url):
        raise InputError(f"reference URL must be an http(s) URL, got {reference_url!r}")
    lines = []
    for row in signers:
        fields = [
            letter_qid,
            PROP.SIGNATORY,
            row.signer_qid,
            SERIES_ORDINAL,
            f'"{int(row.position)}"',
            OBJECT_NAMED_AS,
            _string(row.name_as_written),
            "S" + PROP.REFERENCE_URL.removeprefix("P"),
            _string(reference_url),
        ]
        lines.append(separator.join(fields))
    return "\n".join(lines)
