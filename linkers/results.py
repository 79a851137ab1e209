"""LinkResult ⇄ JSON-ready dicts: the shape of ``kg link --json`` and of checkpoints.

Field names are stable (other tools read them): ``position`` (``None`` for recipients),
``role``, ``name``, ``decision``, ``qid``, ``score``, ``margin``, ``candidates`` (each with
``qid``, ``label``, ``description``, ``score`` and ``features``), ``source`` (``name``,
``retrieved``), plus ``method``, ``explanation``, ``decided_at`` and ``extra``.

Examples
--------
>>> from kg.model import Decision, LinkResult, MentionRole
>>> r = LinkResult(MentionRole.SIGNATORY, "Amnesty International", Decision.NIL, position=19)
>>> result_from_dict(result_to_dict(r)) == r
True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kg.errors import InputError
from kg.model import Candidate, Decision, KBSource, LinkResult, MentionRole

__all__ = ["result_from_dict", "result_to_dict"]


def result_to_dict(r: LinkResult) -> dict[str, Any]:
    """The JSON object for one decision."""
    return {
        "position": r.position,
        "role": r.role.value,
        "name": r.name,
        "decision": r.decision.value,
        "qid": r.qid,
        "score": r.score,
        "margin": r.margin,
        "candidates": [
            {
                "qid": c.qid,
                "label": c.label,
                "description": c.description,
                "score": c.score,
                "features": dict(c.features),
            }
            for c in r.candidates
        ],
        "source": {"name": r.source.name, "retrieved": r.source.retrieved} if r.source else None,
        "method": r.method,
        "explanation": r.explanation,
        "decided_at": r.decided_at,
        "extra": dict(r.extra),
    }


def result_from_dict(d: Mapping[str, Any]) -> LinkResult:
    """Read back what :func:`result_to_dict` wrote."""
    try:
        source = d.get("source")
        return LinkResult(
            role=MentionRole(d["role"]),
            name=str(d["name"]),
            decision=Decision(d["decision"]),
            position=d.get("position"),
            qid=d.get("qid"),
            score=float(d.get("score", 0.0)),
            margin=float(d.get("margin", 0.0)),
            candidates=tuple(
                Candidate(
                    qid=c["qid"],
                    label=c.get("label", c["qid"]),
                    description=c.get("description"),
                    score=float(c.get("score", 0.0)),
                    features=tuple((k, float(v)) for k, v in c.get("features", {}).items()),
                )
                for c in d.get("candidates", ())
            ),
            source=KBSource(source["name"], source.get("retrieved")) if source else None,
            method=d.get("method", "automatic"),
            explanation=d.get("explanation", ""),
            decided_at=d.get("decided_at"),
            extra=tuple((str(k), str(v)) for k, v in d.get("extra", {}).items()),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"not a link result: {exc}") from exc
