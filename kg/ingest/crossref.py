"""Letter-level hints: an acronym entry takes the movement hints of the entry it abbreviates.

A name such as ``HRIC`` or ``SFT Japan`` says nothing about a movement, but when the same letter
lists ``Human Rights in China`` or ``Students For a Free Tibet - India``, the acronym is read
through that entry. The rule, run after every entry has been read:

* the **short form** is the entry's acronym, its name when that is one acronym-like word
  (``HRIC``), or the name's leading upper-case word when everything after it is a place
  (``SFT Japan``, ``AI Deutschland``);
* it must equal the initials of *all* the words, or of *all the significant* words, of another
  organisation's name or alternate name, a place qualifier dropped
  (:func:`kg.ingest.duplicates.initials_index`): ``SFT`` = Students For a Free Tibet, but never
  a partial match (``SF`` or ``SFFT``);
* the hints inherited are those of the words the short form stands for (the other name without
  its place qualifier), so a place that names a movement (``Amnesty International, Hong
  Kong``) is not passed on to ``AI``;
* only an organisation **without theme hints of its own** inherits, and only when every
  expansion its short form points to gives the same hints (an acronym shared by a Tibet group
  and a group naming no movement gives nothing).

Each inheritance is recorded as a ``hint-from-acronym`` :class:`~kg.model.ParseWarning` whose
``positions`` are the acronym entry first, then the entries it was read through.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from kg.ingest.acronyms import is_caps_acronym
from kg.ingest.altnames import is_place
from kg.ingest.duplicates import InitialsIndex, initials_index, short_form_key, short_forms
from kg.ingest.theme_hints import theme_hints
from kg.model import ParseWarning, Signatory, SignatoryKind

__all__ = ["CODE", "inherit_theme_hints", "short_forms_with_leading"]

CODE = "hint-from-acronym"


def short_forms_with_leading(signatory: Signatory) -> dict[str, str]:
    """The entry's short forms (:func:`kg.ingest.duplicates.short_forms`) plus a leading
    upper-case acronym followed by nothing but a place.

    >>> from kg.model import Signatory
    >>> short_forms_with_leading(Signatory(1, "SFT Japan", "SFT Japan"))
    {'SFT': 'SFT'}
    >>> short_forms_with_leading(Signatory(2, "ICT Advocacy Group", "ICT Advocacy Group"))
    {}
    """
    forms = short_forms(signatory)
    first, _, rest = signatory.name.partition(" ")
    rest = rest.strip(" ,-()")
    if rest and is_caps_acronym(first) and is_place(rest):
        forms.setdefault(short_form_key(first), first)
    return forms


def _sources(entry: Signatory, index: InitialsIndex) -> list[tuple[str, Signatory, str, str]]:
    """``(short form, other entry, its name, the words the short form stands for)`` for every
    other organisation the entry's short forms abbreviate."""
    found = []
    for letters, written in sorted(short_forms_with_leading(entry).items()):
        for full, form, bare in index.get(letters, ()):
            if full.position != entry.position and full.kind == SignatoryKind.ORGANIZATION:
                found.append((written, full, form, bare))
    return found


def _inherit(entry: Signatory, index: InitialsIndex) -> tuple[Signatory, ParseWarning] | None:
    sources = _sources(entry, index)
    hints = {theme_hints([bare]) for *_, bare in sources}
    if len(hints) != 1 or not (themes := next(iter(hints))):
        return None  # no source, an expansion naming no movement, or expansions that disagree
    named = ", ".join(f"#{full.position} {form!r}" for _, full, form, _ in sources)
    message = (
        f"#{entry.position} {sources[0][0]!r} is the acronym of {named}: "
        f"theme hints {', '.join(themes)}"
    )
    positions = (entry.position, *dict.fromkeys(full.position for _, full, _, _ in sources))
    return dataclasses.replace(entry, themes=themes), ParseWarning(CODE, message, positions)


def inherit_theme_hints(
    signatories: Sequence[Signatory],
) -> tuple[tuple[Signatory, ...], list[ParseWarning]]:
    """Give acronym entries without theme hints the hints of the entry they abbreviate.

    Parameters
    ----------
    signatories : sequence of Signatory
        One letter's signatories, as read entry by entry.

    Returns
    -------
    tuple of Signatory, list of ParseWarning
        The signatories in the same order (changed ones replaced), and one
        ``hint-from-acronym`` warning per changed entry.

    Examples
    --------
    >>> from kg.model import Signatory
    >>> a = Signatory(1, "HRIC", "HRIC")
    >>> b = Signatory(2, "x", "Human Rights in China", themes=("china",))
    >>> signatories, warnings = inherit_theme_hints([a, b])
    >>> signatories[0].themes, warnings[0].positions
    (('china',), (1, 2))
    """
    index = initials_index(signatories)
    result = list(signatories)
    warnings = []
    for i, entry in enumerate(signatories):
        if entry.kind != SignatoryKind.ORGANIZATION or entry.themes:
            continue
        inherited = _inherit(entry, index)
        if inherited is not None:
            result[i], warning = inherited
            warnings.append(warning)
    return tuple(result), warnings
