"""Surface repairs of an entry's text: spacing, stray and trailing punctuation.

Each repair is named with the gold file's artifact vocabulary so a reader can see what was
changed: ``missing-space`` (``Burundi(Acat-Burundi)``, ``(Benin)CDDH-Benin``), ``spacing``
(a dash with a space on one side only: ``Tibet- India``), ``stray-period`` (a full stop inside a
name, ``Human Rights. Defenders Network``), ``trailing-period`` (``... (BISTO).``).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_text", "collapse_spaces", "repair_surface", "strip_punctuation"]

_ASCII_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Control characters separate words; format characters (soft hyphen, zero-width and
# direction marks) and unassigned or private ones are dropped.
_VISIBLE = {"Cc": " ", "Cf": "", "Co": "", "Cs": "", "Cn": ""}
_MISSING_BEFORE = re.compile(r"(?<=[^\W\d_])([(\[])(?=[^\W_][^)\]]*[)\]])")
_MISSING_AFTER = re.compile(r"(?<=[)\]])(?=[^\W_])")
_LOPSIDED_DASH = re.compile(r"(?<=\S)(?: -(?=[^\s\d-])|- (?=\S))")
# A full stop after a word of four or more lower-case-ending letters, inside the name: names are
# not sentences. Abbreviations (``St.``, ``Inc.``, ``A.C.``) are shorter or dotted.
_STRAY_PERIOD = re.compile(r"(?<=[^\W\d_]{3}[a-zà-ÿ])\.(?= [^\W\d_])")
_DOTTED_END = re.compile(r"(?:\b\w\.){2,}$|\b(?:[A-Z][a-z]{0,3}|[a-z]{1,3})\.$")
_TRAILING = " ,;:·-–—/|"


def collapse_spaces(text: str) -> str:
    """One space between words, none at the ends; Unicode NFC.

    >>> collapse_spaces("  Amnesty\\u00a0 International\\n")
    'Amnesty International'
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())  # str.split and ``\s`` agree on what a space is


def clean_text(text: str) -> str:
    """Control characters become spaces, format characters (soft hyphens, zero-width and
    direction marks) go; spaces are collapsed.

    >>> clean_text("Free\\x00Tibet\\u200b"), clean_text("Menschen\\u00adrechte")
    ('Free Tibet', 'Menschenrechte')
    """
    if not text.isascii() or _ASCII_CONTROL.search(text):
        text = "".join(_VISIBLE.get(unicodedata.category(c), c) for c in text)
    return collapse_spaces(text)


def strip_punctuation(text: str) -> str:
    """Remove stray punctuation from both ends (keeps a final dotted abbreviation, ``A.C.``).

    >>> strip_punctuation("- Cepaz ,"), strip_punctuation("Monitor Social A.C.")
    ('Cepaz', 'Monitor Social A.C.')
    """
    text = text.strip(_TRAILING + "\t")
    while text.endswith(".") and not _DOTTED_END.search(text):
        text = text[:-1].rstrip(_TRAILING)
    return text.lstrip(_TRAILING + ".")


def repair_surface(text: str) -> tuple[str, tuple[str, ...]]:
    """Apply the surface repairs to ``text``; return the text and the repairs applied.

    Examples
    --------
    >>> repair_surface("Southern Africa Human Rights. Defenders Network- SAHRDN")
    ('Southern Africa Human Rights Defenders Network - SAHRDN', ('stray-period', 'spacing'))
    >>> repair_surface("Coalition des Défenseurs (Benin)CDDH-Benin")
    ('Coalition des Défenseurs (Benin) CDDH-Benin', ('missing-space',))
    >>> repair_surface("Building Inclusive Society Tanzania Organization (BISTO).")
    ('Building Inclusive Society Tanzania Organization (BISTO)', ('trailing-period',))
    """
    repairs: list[str] = []

    def apply(pattern: re.Pattern[str], replacement: str, name: str) -> None:
        nonlocal text
        new = pattern.sub(replacement, text)
        if new != text:
            text = new
            if name not in repairs:
                repairs.append(name)

    apply(_STRAY_PERIOD, "", "stray-period")
    apply(_MISSING_BEFORE, r" \1", "missing-space")
    apply(_MISSING_AFTER, " ", "missing-space")
    apply(_LOPSIDED_DASH, " - ", "spacing")
    stripped = strip_punctuation(text)
    if stripped != text:
        if text.rstrip().endswith("."):
            repairs.append("trailing-period")
        text = stripped
    return collapse_spaces(text), tuple(repairs)
