"""Parsing a whole letter: file → :class:`~kg.model.Letter`.

The steps, each in its own module: read the file into lines (:mod:`kg.ingest.readers`), find
the signatory list (:mod:`kg.ingest.detect`), read the header before it
(:mod:`kg.ingest.header`), assemble and repair the body paragraphs
(:mod:`kg.ingest.paragraphs`), parse each entry (:func:`kg.ingest.entry.parse_entry`), read
acronym entries through the entries they abbreviate (:mod:`kg.ingest.crossref`), look for
in-letter duplicates (:mod:`kg.ingest.duplicates`), reconcile the declared counts
(:mod:`kg.ingest.counts`), and analyse the body (:mod:`kg.nlp`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from kg.errors import LetterParseError
from kg.ingest.block import SignatoryBlock
from kg.ingest.counts import count_warnings, find_counts
from kg.ingest.crossref import inherit_theme_hints
from kg.ingest.dates_zh import find_date_zh
from kg.ingest.detect import detect_signatories
from kg.ingest.duplicates import find_possible_duplicates
from kg.ingest.entry import parse_entry
from kg.ingest.header import parse_header
from kg.ingest.language import detect_language
from kg.ingest.numbered import positions
from kg.ingest.paragraphs import assemble_paragraphs, repair_broken_paragraphs
from kg.ingest.readers import MAX_BYTES, Document, read_bytes, read_document
from kg.model import Letter, ParseWarning, Signatory
from kg.nlp.address import find_address
from kg.nlp.demands import extract_demands
from kg.nlp.loading import NLP, default_nlp
from kg.nlp.recipients import parse_recipients
from kg.nlp.themes import count_themes

__all__ = ["parse_document", "parse_letter", "parse_text"]

log = logging.getLogger(__name__)

Progress = Callable[[str], None]
EntryParser = Callable[..., Signatory]


def _signatories(block: SignatoryBlock, entry_parser: EntryParser) -> tuple[Signatory, ...]:
    numbers = positions(block.entries)
    return tuple(
        entry_parser(position, entry.raw, section=entry.section)
        for position, entry in zip(numbers, block.entries, strict=True)
    )


def _warning_key(warning: ParseWarning) -> tuple[str, tuple[int, ...], str]:
    return warning.code, warning.positions, warning.message


def _body(doc: Document, block: SignatoryBlock, used: frozenset[int]) -> tuple[list[str], int]:
    lines = [line for i, line in enumerate(doc.lines[: block.start]) if i not in used]
    return repair_broken_paragraphs(assemble_paragraphs(lines))


def parse_document(
    doc: Document,
    *,
    nlp: NLP | None = None,
    progress: Progress | None = None,
    entry_parser: EntryParser = parse_entry,
) -> Letter:
    """Parse a read :class:`Document` into a :class:`Letter`.

    ``entry_parser`` reads one entry (default :func:`kg.ingest.entry.parse_entry`); the
    benchmark swaps it to measure the letter-level steps alone.

    Raises
    ------
    LetterParseError
        When the document has no signatory list.
    """
    step = progress or (lambda _: None)
    step("finding the signatory list")
    block = detect_signatories(doc.lines)
    if not block.entries:
        raise LetterParseError(f"{doc.source_path}: the signatory list is empty")
    header = parse_header(doc.lines, title=doc.title, end=block.start)
    paragraphs, joins = _body(doc, block, header.used)
    language = detect_language(" ".join(paragraphs))
    texts = [line.text for line in doc.lines[: block.start]]
    date, read = header.date, frozenset[int]()
    if date is None:  # a Chinese date line (2020年9月9日): kg.ingest.dates_zh
        date, read = find_date_zh(texts, language, used=header.used)
    address = header.address or header.salutation
    if address is None:  # other languages' address lines: kg.nlp.address
        found = find_address(texts, language, used=header.used)
        if found.indices:
            address = found.text
            read |= found.indices
    if read:
        paragraphs, joins = _body(doc, block, header.used | read)
    notes = assemble_paragraphs(doc.lines[block.end :])
    step(f"reading {len(block.entries)} signatories")
    signatories, hinted = inherit_theme_hints(_signatories(block, entry_parser))
    warnings = [*block.warnings, *hinted]
    if joins:
        warnings.append(
            ParseWarning(
                "paragraph-repaired", f"{joins} paragraph(s) broken mid-sentence were rejoined"
            )
        )
    warnings += find_possible_duplicates(signatories)
    counts = find_counts([*notes, *paragraphs])
    warnings += count_warnings(len(signatories), counts)
    step("analysing the body")
    nlp = nlp if nlp is not None else default_nlp()
    recipients = parse_recipients(address, nlp=nlp, language=language)
    return Letter(
        title=header.title,
        source_path=doc.source_path,
        source_format=doc.source_format,
        reference=header.reference,
        date=date,
        language=language,
        paragraphs=tuple(paragraphs),
        recipients=recipients,
        signatories=signatories,
        themes=count_themes(paragraphs, language=language),
        demands=extract_demands(paragraphs, recipients, language=language),
        declared_total=counts.total,
        anonymous_count=counts.anonymous,
        warnings=tuple(sorted(warnings, key=_warning_key)),
        nlp_model=nlp.name,
    )


def parse_letter(
    path: str | Path,
    *,
    nlp: NLP | None = None,
    max_bytes: int = MAX_BYTES,
    progress: Progress | None = None,
    entry_parser: EntryParser = parse_entry,
) -> Letter:
    """Read and parse a letter file (``.txt``, ``.md``, ``.html``, ``.pdf``, ``.docx``).

    Parameters
    ----------
    path : str or Path
        The letter file.
    nlp : NLP, optional
        A loaded pipeline (:func:`kg.nlp.loading.load_nlp`); default: loaded once per process.
    max_bytes : int
        Refuse files larger than this before reading them.
    progress : callable, optional
        Called with a short description of each step.
    entry_parser : callable
        Reads one entry: ``entry_parser(position, raw, section=...) -> Signatory``.

    Raises
    ------
    InputError
        The file cannot be used (missing, empty, binary, too big, unsupported type).
    LetterParseError
        Nothing useful could be parsed (no signatory list).
    """
    if progress:
        progress(f"reading {Path(path).name}")
    doc = read_document(path, max_bytes=max_bytes)
    return parse_document(doc, nlp=nlp, progress=progress, entry_parser=entry_parser)


def parse_text(
    text: str, *, source: str = "<text>", suffix: str = ".txt", nlp: NLP | None = None
) -> Letter:
    """Parse a letter given as a string (text, Markdown or HTML, chosen by ``suffix``).

    Examples
    --------
    >>> from kg.nlp.loading import NLP
    >>> text = "Call\\n\\nWe urge you to act.\\n\\nSigned:\\n1. Access Now\\n2. CADAL\\n"
    >>> letter = parse_text(text, nlp=NLP("rules"))
    >>> letter.title, [s.raw for s in letter.signatories]
    ('Call', ['Access Now', 'CADAL'])
    """
    return parse_document(read_bytes(text.encode(), suffix=suffix, source=source), nlp=nlp)
