"""Request economy of a real linking run (issue 3), counted in the fake Wikidata's request log.

Cold cache: one ``wbsearchentities`` per distinct (query, language) the run needs (a name two
mentions share, or a query asked with two result limits, is sent once), one full-text search
per distinct query, the records of all hits in ``ceil(ids / 50)`` ``wbgetentities`` calls, then
the class hierarchy of their types (one call per level, also by 50) and the hinted countries'
records; no id asked twice. Warm cache: zero requests.

Regression: ``Linker.link_letter`` fetched the entity records of each mention on its own (one
``wbgetentities`` per mention, 85 calls for the seed letter's 134 ids) and sent a query twice
when it was asked with two limits.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

from fake_wikidata import FakeWikidata, log_entity_calls, log_search_calls, request_economy

from kg.model import Letter, Recipient, Signatory, SignatoryKind
from linkers.classes import MAX_DEPTH
from linkers.linker import Linker, letter_id
from linkers.mention import from_recipient, from_role, from_signatory
from linkers.wikidata.api import WikidataAPI

FIXED = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
NAMES = [
    "Amnesty International",
    "Human Rights Watch",
    "Reporters Without Borders",
    "PEN International",
    "Unrepresented Nations and Peoples Organization",
    "Example Human Rights Centre",
    "Some Unknown Local Group",
    "Amnesty International",  # a second mention of the same name: its searches are not resent
    "Human Rights Watch",
    "PEN",
    "France",  # searched as a name (10 results) and for the "FR" hints (5 results): sent once
]


def make_letter(names: list[str], path: str = "small.txt") -> Letter:
    sigs = tuple(
        Signatory(
            position=i,
            raw=n,
            name=n,
            kind=SignatoryKind.ORGANIZATION,
            country_hints=("FR",) if i % 3 == 0 else (),
        )
        for i, n in enumerate(names, start=1)
    )
    rec = Recipient(
        as_written="UN Secretary-General António Guterres",
        name="António Guterres",
        role="Secretary-General of the United Nations",
    )
    return Letter(
        title="Small letter",
        source_path=path,
        source_format="txt",
        date=dt.date(2020, 9, 9),
        signatories=sigs,
        recipients=(rec,),
    )


def api_for(fake: FakeWikidata, cache: Path) -> WikidataAPI:
    return WikidataAPI(fake.url, cache_dir=cache, sleep=lambda s: None)


def needed_pairs(fake: FakeWikidata, cache: Path, letter: Letter) -> list[tuple[str, str]]:
    """The (query, language) pairs the letter's mentions ask for when linked one by one."""
    api = api_for(fake, cache)
    asked = log_search_calls(api)
    linker = Linker(api, clock=lambda: FIXED)
    rarity = linker.rarity_for([letter])
    mentions = [from_recipient(r, date=letter.date) for r in letter.recipients]
    mentions += [o for r in letter.recipients if (o := from_role(r, date=letter.date))]
    mentions += [from_signatory(s, date=letter.date) for s in letter.signatories]
    try:
        for mention in mentions:
            linker.link_mention(mention, letter=letter_id(letter), rarity=rarity)
    finally:
        api.close()
    return asked


def test_cold_run_searches_once_per_pair_and_fetches_records_in_batches(
    fake: FakeWikidata, tmp_path: Path
) -> None:
    letter = make_letter(NAMES)
    asked = needed_pairs(fake, tmp_path / "one-by-one", letter)
    distinct = set(asked)
    assert len(asked) > len(distinct)  # the letter repeats queries

    fake.reset()
    api = api_for(fake, tmp_path / "cache")
    calls = log_entity_calls(api, fake)
    try:
        results = Linker(api, clock=lambda: FIXED).link_letter(letter)
    finally:
        api.close()
    counts = request_economy(fake.requests)
    sent = [
        (r.params["search"], r.params["language"]) for r in fake.requests if "search" in r.params
    ]

    assert len(results) == len(NAMES) + 1
    assert counts["wbsearchentities"] == len(distinct)  # searches == distinct pairs
    assert set(sent) == distinct  # ... and exactly the pairs needed
    assert counts["fulltext_searches"] == len({q for q, _ in distinct})
    actions = [r.params.get("action") for r in fake.requests]
    first_fetch = actions.index("wbgetentities")
    assert "wbsearchentities" not in actions[first_fetch:]  # every search before any fetch
    hits, *later = calls
    assert len(later) <= MAX_DEPTH + 1  # class levels and the country: not one per mention
    assert hits["fetched"] > 0 and hits["requests"] == math.ceil(hits["fetched"] / 50)
    batches = math.ceil(hits["fetched"] / 50) + sum(math.ceil(c["fetched"] / 50) for c in later)
    assert counts["wbgetentities"] == batches  # hits by 50, then class levels and countries
    assert counts["ids_requested"] == counts["distinct_ids"]  # no id asked twice
    assert counts["max_ids_per_call"] <= 50
    by_position = {r.position: r for r in results}
    assert by_position[1].qid == by_position[8].qid == "Q42970"  # same name, same decision


def test_warm_run_sends_no_request(fake: FakeWikidata, tmp_path: Path) -> None:
    letter = make_letter(NAMES)
    first = Linker(api := api_for(fake, tmp_path / "cache"), clock=lambda: FIXED)
    cold = first.link_letter(letter)
    api.close()
    assert fake.requests
    fake.reset()
    api = api_for(fake, tmp_path / "cache")
    try:
        warm = Linker(api, clock=lambda: FIXED).link_letter(letter)
    finally:
        api.close()
    assert fake.requests == []
    assert [(r.decision, r.qid) for r in warm] == [(r.decision, r.qid) for r in cold]


def test_several_letters_share_their_look_ups(fake: FakeWikidata, tmp_path: Path) -> None:
    letters = [make_letter(NAMES[:5], "a.txt"), make_letter(NAMES[3:], "b.txt")]
    api = api_for(fake, tmp_path / "cache")
    calls = log_entity_calls(api, fake)
    try:
        out = Linker(api, clock=lambda: FIXED).link_letters(letters)
    finally:
        api.close()
    counts = request_economy(fake.requests)
    assert [len(r) for r in out] == [6, len(NAMES) - 3 + 1]
    assert counts["wbsearchentities"] == counts["distinct_search_pairs_sent"]
    assert counts["fulltext_searches"] == counts["distinct_fulltext_sent"]
    assert calls[0]["requests"] == 1  # both letters' hits in one wbgetentities call
    assert counts["ids_requested"] == counts["distinct_ids"]
