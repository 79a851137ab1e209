"""Cross-letter identity: QIDs, stable keys, and collapsing only on strong evidence."""

from __future__ import annotations

from kg.model import Decision, LinkResult, MentionRole, Signatory
from linkers.identity import assign_identities, identity_key


def sig(pos: int, name: str, **kw) -> Signatory:
    return Signatory(pos, name, name, **kw)


def linked(qid: str) -> LinkResult:
    return LinkResult(MentionRole.SIGNATORY, "x", Decision.LINKED, qid=qid)


def test_linked_entries_share_their_qid_across_letters() -> None:
    ids = assign_identities(
        [
            ("a", sig(1, "Amnesty International"), linked("Q42970")),
            ("b", sig(5, "Amnesty Intl."), linked("Q42970")),
        ]
    )
    assert ids == {("a", 1): "wd:Q42970", ("b", 5): "wd:Q42970"}


def test_same_name_in_two_letters_is_one_identity_with_a_stable_key() -> None:
    ids = assign_identities(
        [
            ("a", sig(1, "Tibet Justice Center"), None),
            ("b", sig(2, "TIBET JUSTICE CENTER"), None),
        ]
    )
    assert ids[("a", 1)] == ids[("b", 2)] == "key:tibet-justice-center~~"
    assert (
        identity_key(sig(1, "Verein für Wandel e.V.", country_hints=("DE",)))
        == "verein-fur-wandel~~de"
    )


def test_acronym_given_by_the_entry_collapses_and_takes_the_qid() -> None:
    ids = assign_identities(
        [
            ("a", sig(117, "HRIC"), None),
            ("a", sig(121, "Human Rights in China", acronym="HRIC"), linked("Q9000000070")),
        ]
    )
    assert ids[("a", 117)] == ids[("a", 121)] == "wd:Q9000000070"


def test_matching_initials_alone_do_not_collapse() -> None:
    ids = assign_identities(
        [("a", sig(1, "HRIC"), None), ("a", sig(2, "Human Rights in China"), None)]
    )
    assert ids[("a", 1)] != ids[("a", 2)]


def test_other_script_collapses_only_when_the_letter_gives_it() -> None:
    weak = assign_identities(
        [
            ("a", sig(144, "Japan Uyghur Association"), None),
            ("a", sig(279, "日本ウイグル協会"), None),
        ]
    )
    assert weak[("a", 144)] != weak[("a", 279)]
    strong = assign_identities(
        [
            ("a", sig(1, "Japan Uyghur Association", alt_names=("日本ウイグル協会",)), None),
            ("b", sig(7, "日本ウイグル協会"), None),
        ]
    )
    assert strong[("a", 1)] == strong[("b", 7)]


def test_same_name_different_countries_stay_apart() -> None:
    ids = assign_identities(
        [
            ("a", sig(1, "Friends of Tibet", country_hints=("IN",)), None),
            ("b", sig(1, "Friends of Tibet", country_hints=("NZ",)), None),
        ]
    )
    assert ids[("a", 1)] != ids[("b", 1)]


def test_conflicting_qids_each_keep_their_own() -> None:
    ids = assign_identities(
        [
            ("a", sig(1, "Free Tibet"), linked("Q1")),
            ("b", sig(1, "Free Tibet"), linked("Q2")),
            ("c", sig(1, "Free Tibet"), None),
        ]
    )
    assert (ids[("a", 1)], ids[("b", 1)]) == ("wd:Q1", "wd:Q2")
    assert ids[("c", 1)] == "key:free-tibet~~"
