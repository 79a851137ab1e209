"""Letters as JSON-ready dicts and back: the stable public shape of ``kg parse --json``.

Field names are a contract other tools read: ``title``, ``reference``, ``date``, ``language``,
``recipients`` [{``name``, ``role``, ``kind``}], ``signatories`` [{``position``, ``raw``,
``name``, ``acronym``, ``alt_names``, ``kind``, ``capacity``, ``country_hints``, ``themes``}],
``declared_total``, ``anonymous_count``, ``themes`` [{``id``, ``label``, ``mentions``}],
``demands`` [{``text``, ``addressee``}], ``warnings``, ``nlp_model``. Extra fields
(``source_path``, ``source_format``, ``paragraphs``, ``listed_count``, a recipient's
``as_written``, a signatory's ``section``, ``repairs``, ``repaired_from``) carry the rest, so
:func:`letter_from_dict` restores an equal :class:`~kg.model.Letter`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from typing import Any

from kg.errors import InputError
from kg.model import (
    Demand,
    Letter,
    ParseWarning,
    Recipient,
    RecipientKind,
    Reference,
    Signatory,
    SignatoryKind,
    ThemeMention,
)

__all__ = ["letter_from_dict", "letter_from_json", "letter_to_dict", "letter_to_json"]


def _signatory(s: Signatory) -> dict[str, Any]:
    return {
        "position": s.position,
        "raw": s.raw,
        "name": s.name,
        "acronym": s.acronym,
        "alt_names": list(s.alt_names),
        "kind": s.kind.value,
        "capacity": s.capacity,
        "country_hints": list(s.country_hints),
        "themes": list(s.themes),
        "section": s.section,
        "repairs": list(s.repairs),
        "repaired_from": s.repaired_from,
    }


def letter_to_dict(letter: Letter) -> dict[str, Any]:
    """The letter as a JSON-ready dict (see the module docstring for the fields)."""
    return {
        "title": letter.title,
        "reference": asdict(letter.reference) if letter.reference else None,
        "date": letter.date.isoformat() if letter.date else None,
        "language": letter.language,
        "source_path": letter.source_path,
        "source_format": letter.source_format,
        "recipients": [
            {"name": r.name, "role": r.role, "kind": r.kind.value, "as_written": r.as_written}
            for r in letter.recipients
        ],
        "signatories": [_signatory(s) for s in letter.signatories],
        "listed_count": letter.listed_count,
        "declared_total": letter.declared_total,
        "anonymous_count": letter.anonymous_count,
        "themes": [{"id": t.id, "label": t.label, "mentions": t.mentions} for t in letter.themes],
        "demands": [{"text": d.text, "addressee": d.addressee} for d in letter.demands],
        "warnings": [
            {"code": w.code, "message": w.message, "positions": list(w.positions)}
            for w in letter.warnings
        ],
        "paragraphs": list(letter.paragraphs),
        "nlp_model": letter.nlp_model,
    }


def _signatory_from(d: dict[str, Any]) -> Signatory:
    return Signatory(
        position=int(d["position"]),
        raw=d["raw"],
        name=d["name"],
        kind=SignatoryKind(d.get("kind", "organization")),
        acronym=d.get("acronym"),
        alt_names=tuple(d.get("alt_names", ())),
        capacity=d.get("capacity"),
        country_hints=tuple(d.get("country_hints", ())),
        themes=tuple(d.get("themes", ())),
        section=d.get("section"),
        repairs=tuple(d.get("repairs", ())),
        repaired_from=d.get("repaired_from"),
    )


def letter_from_dict(data: dict[str, Any]) -> Letter:
    """The :class:`Letter` a dict from :func:`letter_to_dict` describes.

    Raises
    ------
    InputError
        When a required field is missing or has the wrong type.

    Examples
    --------
    >>> letter = Letter(title="Call", source_path="x.txt", source_format="txt")
    >>> letter_from_dict(letter_to_dict(letter)) == letter
    True
    """
    try:
        ref = data.get("reference")
        return Letter(
            title=data.get("title"),
            source_path=data["source_path"],
            source_format=data["source_format"],
            reference=Reference(**ref) if ref else None,
            date=dt.date.fromisoformat(data["date"]) if data.get("date") else None,
            language=data.get("language"),
            paragraphs=tuple(data.get("paragraphs", ())),
            recipients=tuple(
                Recipient(
                    r.get("as_written", r["name"]),
                    r["name"],
                    r.get("role"),
                    RecipientKind(r.get("kind", "person")),
                )
                for r in data.get("recipients", ())
            ),
            signatories=tuple(_signatory_from(s) for s in data.get("signatories", ())),
            themes=tuple(
                ThemeMention(t["id"], t["label"], int(t["mentions"]))
                for t in data.get("themes", ())
            ),
            demands=tuple(Demand(d["text"], d.get("addressee")) for d in data.get("demands", ())),
            declared_total=data.get("declared_total"),
            anonymous_count=data.get("anonymous_count"),
            warnings=tuple(
                ParseWarning(w["code"], w["message"], tuple(w.get("positions", ())))
                for w in data.get("warnings", ())
            ),
            nlp_model=data.get("nlp_model"),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"not a parsed-letter record: {type(exc).__name__}: {exc}") from exc


def letter_to_json(letter: Letter, *, indent: int | None = 2) -> str:
    """The letter as JSON text (UTF-8 characters kept as written)."""
    return json.dumps(letter_to_dict(letter), ensure_ascii=False, indent=indent)


def letter_from_json(text: str) -> Letter:
    """The letter a :func:`letter_to_json` text describes."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError("not a parsed-letter record: expected a JSON object")
    return letter_from_dict(data)
