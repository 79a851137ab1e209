"""Body paragraphs: lines grouped into paragraphs, and paragraphs broken by page breaks mended.

Extracted text often splits a sentence across a page break, leaving ``... to counter and`` and
``remediate grave ...`` as two paragraphs. Two neighbouring paragraphs are joined when the first
does not end a sentence (no closing punctuation) and the second starts in lower case; a word
hyphenated across the break is joined without a space.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.ingest.cues import is_page_noise
from kg.ingest.readers.document import Line

__all__ = ["assemble_paragraphs", "repair_broken_paragraphs"]

_ENDS_SENTENCE = re.compile(r"[.!?…:;]['\"”’)\]*_]*$")
_STARTS_LOWER = re.compile(r"^['\"“‘(]?[a-zà-ÿ]")


def assemble_paragraphs(lines: Sequence[Line]) -> list[str]:
    """Consecutive non-blank lines joined by one space; page numbers left out.

    Examples
    --------
    >>> assemble_paragraphs([Line("We urge"), Line("you."), Line(""), Line("3"), Line("Thanks.")])
    ['We urge you.', 'Thanks.']
    >>> assemble_paragraphs([Line("an inter-"), Line("national call")])
    ['an international call']
    """
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line.is_blank or is_page_noise(line.text):
            if current:
                paragraphs.append(" ".join(current))
            current = []
            continue
        text = " ".join(line.text.split())
        if current and re.search(r"[a-zà-ÿ]-$", current[-1]) and _STARTS_LOWER.match(text):
            current[-1] = current[-1][:-1] + text  # a word hyphenated at the line end
        else:
            current.append(text)
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def repair_broken_paragraphs(paragraphs: Sequence[str]) -> tuple[list[str], int]:
    """Join paragraphs broken mid-sentence; return the paragraphs and how many joins were made.

    Examples
    --------
    >>> repair_broken_paragraphs(["act swiftly to counter and", "remediate grave violations."])
    (['act swiftly to counter and remediate grave violations.'], 1)
    >>> repair_broken_paragraphs(["an inter-", "national mechanism."])
    (['an international mechanism.'], 1)
    >>> repair_broken_paragraphs(["Sincerely,", "Amnesty International"])
    (['Sincerely,', 'Amnesty International'], 0)
    """
    out: list[str] = []
    joins = 0
    for paragraph in paragraphs:
        if out and not _ENDS_SENTENCE.search(out[-1]) and _STARTS_LOWER.match(paragraph):
            previous = out[-1]
            hyphenated = re.search(r"[a-zà-ÿ]-$", previous) is not None
            out[-1] = previous[:-1] + paragraph if hyphenated else f"{previous} {paragraph}"
            joins += 1
        else:
            out.append(paragraph)
    return out, joins
