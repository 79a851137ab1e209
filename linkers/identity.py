"""One identity per organisation across letters.

An organisation linked to Wikidata is its QID. Otherwise its identity is a stable key built
from its normalised name (legal form dropped), acronym and country hint:
``name-key~acronym~cc``. Entries collapse into one identity only on strong evidence:

* the same QID;
* the same key (same normalised name, same acronym and country, where given);
* an entry whose acronym field is exactly another entry's whole name (``HRIC`` written alone,
  and "Human Rights in China" with ``acronym=HRIC`` in the same or another letter);
* an entry that lists another entry's name among its own alternate names (a name in another
  script given by the letter itself).

Initials that merely happen to match, or a translation nobody wrote down, are not enough:
those stay apart (the letter parser reports them as possible duplicates instead).

Examples
--------
>>> from kg.model import Signatory
>>> a = Signatory(1, "HRIC", "HRIC")
>>> b = Signatory(9, "Human Rights in China (HRIC)", "Human Rights in China", acronym="HRIC")
>>> ids = assign_identities([("l1", a, None), ("l2", b, None)])
>>> ids[("l1", 1)] == ids[("l2", 9)]
True
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.model import Decision, LinkResult, Signatory
from linkers.normalize import name_key, strip_legal_form

__all__ = ["assign_identities", "identity_key"]


def identity_key(sig: Signatory) -> str:
    """The stable key of an unlinked entry: ``name-key~acronym~cc`` (empty parts kept)."""
    name = strip_legal_form(name_key(sig.name)).replace(" ", "-")
    acr = name_key(sig.acronym or "").replace(" ", "")
    country = ",".join(sorted(c.lower() for c in sig.country_hints))
    return f"{name}~{acr}~{country}"


class _Union:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, i: int) -> int:
        self.parent.setdefault(i, i)
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _linked_qid(result: LinkResult | None) -> str | None:
    return result.qid if result is not None and result.decision == Decision.LINKED else None


def assign_identities(
    entries: Iterable[tuple[str, Signatory, LinkResult | None]],
) -> dict[tuple[str, int], str]:
    """Map (letter id, position) → identity id (``wd:Q..`` when linked, else ``key:...``)."""
    rows = list(entries)
    uf = _Union()
    by_value: dict[tuple[str, str], int] = {}
    whole_names: dict[str, int] = {}

    def bind(kind: str, value: str, index: int) -> None:
        if not value:
            return
        seen = by_value.setdefault((kind, value), index)
        uf.join(seen, index)

    for i, (_letter, sig, result) in enumerate(rows):
        uf.find(i)
        qid = _linked_qid(result)
        if qid:
            bind("qid", qid, i)
        bind("key", identity_key(sig), i)
        whole_names.setdefault(name_key(sig.name), i)  # targets of acronym / alt-name evidence
    for i, (_letter, sig, _result) in enumerate(rows):
        refs = [name_key(sig.acronym or "")] + [name_key(a) for a in sig.alt_names]
        for ref in refs:
            j = whole_names.get(ref)
            if ref and j is not None and _compatible(rows[i][1], rows[j][1]):
                uf.join(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(rows)):
        groups.setdefault(uf.find(i), []).append(i)
    out: dict[tuple[str, int], str] = {}
    for members in groups.values():
        qids = sorted({q for q in (_linked_qid(rows[i][2]) for i in members) if q})
        ident = f"wd:{qids[0]}" if len(qids) == 1 else f"key:{identity_key(rows[members[0]][1])}"
        for i in members:
            own = _linked_qid(rows[i][2])
            # two different QIDs in one group: the links disagree, each keeps its own
            out[(rows[i][0], rows[i][1].position)] = f"wd:{own}" if own and len(qids) > 1 else ident
    return out


def _compatible(a: Signatory, b: Signatory) -> bool:
    """Country hints, when both give them, must agree."""
    return not (a.country_hints and b.country_hints) or bool(
        set(a.country_hints) & set(b.country_hints)
    )
