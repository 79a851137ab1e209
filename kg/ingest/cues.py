"""Recognising the short lines around a signatory list: cues, section headings, page noise.

These are word rules, not lists of any letter's names: a cue introduces the signatories
("Sincerely,", "Signatories:", "Signed by ..."), a section heading splits organisations from
individuals, page noise is what page breaks leave in extracted text ("Page 3 of 9", "- 4 -").
"""

from __future__ import annotations

import re

__all__ = ["is_cue", "is_footnote", "is_page_noise", "section_of"]

_CUE = re.compile(
    r"^\W*(sincerely|yours\s+(sincerely|faithfully|truly)|respectfully|regards|kind\s+regards|"
    r"with\s+(kind\s+)?regards|signed|signatories|signatures|co-?signed|co-?signatories|"
    r"undersigned|endorsed\s+by|supported\s+by|list\s+of\s+(signatories|signatures)|"
    r"the\s+undersigned|signed\s+by|"
    # French, Spanish, Portuguese, German
    r"signataires|liste\s+des\s+signataires|cordialement|sign[ée]\s+par|"
    r"firmantes|firmado\s+por|atentamente|signat[áa]rios|assinado\s+por|atenciosamente|"
    r"unterzeichnende|unterzeichner(innen)?|mit\s+freundlichen\s+gr[üu](ß|ss)en|"
    # Russian; Chinese (simplified, traditional), Japanese, Korean: a short heading
    r"подписали|подписанты|список\s+подписантов|"
    r"(签署|簽署|联署|聯署|联名|聯名|署名|签名|簽名)(组织|組織|团体|團體|机构|機構|人)?"
    r"(名单|名單|如下)?|(賛同|署名|呼びかけ)団体(一覧)?|서명\s*단체)\b",
    re.IGNORECASE,
)
_ORGS = re.compile(
    r"\b(organi[sz]ations?|groups?|ngos?|ong|institutions?|civil society|"
    r"organizaciones|organizações|organisationen|associations)\b",
    re.IGNORECASE,
)
_PEOPLE = re.compile(
    r"\b(individuals?|persons?|people|personal capacity|individual capacity|experts?|"
    r"academics?|scholars?|individus|personnes|personnalités|personas|individuos|"
    r"pessoas|einzelpersonen)\b",
    re.IGNORECASE,
)
_PAGE_NOISE = re.compile(
    r"^\s*[-–—]?\s*(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?\s*[-–—]?\s*$|^\s*\f?\s*$",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_FOOTNOTE = re.compile(r"^\s*(\*|†|‡|\[\d+\]|notes?\s*:|footnotes?\s*:)", re.IGNORECASE)


def is_cue(text: str) -> bool:
    """True for a short line that introduces the signatories.

    Examples
    --------
    >>> is_cue("Sincerely,"), is_cue("Signed by the following organisations:")
    (True, True)
    >>> is_cue("We signed the declaration in 2019 and since then nothing has changed.")
    False
    >>> is_cue("Organisations signataires :"), is_cue("Firmantes:")
    (False, True)
    >>> is_cue("签署组织："), is_cue("聯署團體名單："), is_cue("賛同団体")
    (True, True, True)
    >>> is_cue("签署组织的声明很多")
    False
    """
    text = text.strip()
    return bool(_CUE.match(text)) and (len(text) <= 80 or ":" in text[:120])


def section_of(text: str) -> str | None:
    """``"organizations"`` or ``"individuals"`` when ``text`` is a section heading, else None.

    Examples
    --------
    >>> section_of("Individual signatories:"), section_of("ORGANISATIONS")
    ('individuals', 'organizations')
    >>> section_of("Access Now") is None
    True
    """
    text = text.strip()
    if not text or len(text) > 60 or re.match(r"^\s*\(?\d", text):
        return None
    words = re.sub(r"[^\w\s-]", " ", text).split()
    if len(words) > 6 or (text[-1] not in ":" and len(words) > 3 and not _CUE.match(text)):
        return None
    if _PEOPLE.search(text):
        return "individuals"
    if _ORGS.search(text):
        return "organizations"
    return None


def is_page_noise(text: str) -> bool:
    """True for what a page break leaves behind: page numbers, ``Page 2 of 9``, form feeds.

    Examples
    --------
    >>> is_page_noise("Page 2 of 9"), is_page_noise("- 4 -"), is_page_noise("4. Free Tibet")
    (True, True, False)
    """
    return bool(_PAGE_NOISE.match(text))


def is_footnote(text: str) -> bool:
    """True for a note after a list (``*Signatories totaled ...``, ``Note: ...``) or a line
    stating how many signed."""
    if _FOOTNOTE.match(text):
        return True
    if not _DIGIT.search(text):
        return False
    from kg.ingest.counts import find_counts

    counts = find_counts([text])
    return counts.total is not None or counts.anonymous is not None
