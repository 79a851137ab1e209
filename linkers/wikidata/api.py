"""Knowledge base over the Wikidata action API (``wbsearchentities``, ``list=search``,
``wbgetentities``).

Requests are economical: one ``wbsearchentities`` per (query, language) and one full-text
search per query (both remembered for the run and kept in the HTTP cache), entities fetched in
batches of at most 50 ids and never twice. Concurrency is bounded by a small thread pool.
Every request carries ``maxlag=5``, ``format=json`` and ``formatversion=2``.

Examples
--------
>>> WikidataAPI.search_params("Amnesty", "fr", 5)["strictlanguage"]
'1'
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

from kg.model import KBSource
from linkers.kb import Entity, SearchHit
from linkers.textkey import clean_query
from linkers.wikidata.http import JsonFetcher, RetryPolicy, cached_session, user_agent
from linkers.wikidata.parse import QID_RE, parse_entity

__all__ = ["BATCH_SIZE", "DEFAULT_API_URL", "MAXLAG", "WikidataAPI"]

log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://www.wikidata.org/w/api.php"
#: Most ids ``wbgetentities`` takes in one request (for clients without the bot right).
BATCH_SIZE = 50
#: Seconds of replication lag above which the servers ask us to wait (Wikimedia guidance).
MAXLAG = 5
#: Most results one search request asks for.
SEARCH_LIMIT = 50
_PROPS = "labels|descriptions|aliases|claims|sitelinks"
_COMMON = {"format": "json", "formatversion": "2", "maxlag": str(MAXLAG)}


class WikidataAPI:
    """:class:`~linkers.kb.KnowledgeBase` over a MediaWiki/Wikibase action API.

    Parameters
    ----------
    url
        API endpoint (default Wikidata's ``api.php``; tests point it at a local fake).
    cache_dir
        Directory for the SQLite HTTP cache (default: user cache dir).
    session
        A ``requests.Session`` to use instead of a new cached session.
    user_agent
        User-Agent header (default :func:`linkers.wikidata.http.user_agent`).
    fulltext
        Also run the full-text ``list=search`` (finds items whose labels differ).
    max_workers
        Concurrent requests (kept small, at most 4, to be polite).
    policy, sleep, clock
        Retry/timeout settings and injectable time functions.
    """

    def __init__(
        self,
        url: str = DEFAULT_API_URL,
        *,
        cache_dir: Path | None = None,
        session: Any = None,
        user_agent: str | None = None,
        fulltext: bool = True,
        max_workers: int = 2,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        if not 1 <= max_workers <= 4:
            raise ValueError(f"max_workers must be between 1 and 4, got {max_workers}")
        self._own_session = session is None
        self._session = session if session is not None else cached_session(cache_dir)
        extra: dict[str, Any] = {}
        if sleep is not None:
            extra["sleep"] = sleep
        if clock is not None:
            extra["clock"] = clock
        self.fetcher = JsonFetcher(
            url, self._session, agent=user_agent or _default_agent(), policy=policy, **extra
        )
        self._fulltext = fulltext
        self._pool: ThreadPoolExecutor | None = ThreadPoolExecutor(max_workers=max_workers)
        self._lock = threading.Lock()
        self._entities: dict[str, Entity | None] = {}
        self._raw: dict[str, dict[str, Any]] = {}
        self._searches: dict[tuple[str, str, int], list[SearchHit]] = {}
        name = "wikidata-api" if url == DEFAULT_API_URL else f"wikidata-api:{url}"
        now = (clock or _now)()
        self._source = KBSource(
            name=name, retrieved=dt.datetime.fromtimestamp(now, tz=dt.UTC).date().isoformat()
        )

    @property
    def source(self) -> KBSource:
        return self._source

    # -- search --------------------------------------------------------------------------

    @staticmethod
    def search_params(text: str, language: str, limit: int) -> dict[str, str]:
        """Parameters of one ``wbsearchentities`` request."""
        return {
            "action": "wbsearchentities",
            "search": text,
            "language": language,
            "uselang": language,
            "strictlanguage": "1",
            "type": "item",
            "limit": str(min(limit, SEARCH_LIMIT)),
            **_COMMON,
        }

    @staticmethod
    def fulltext_params(text: str, limit: int) -> dict[str, str]:
        """Parameters of one full-text ``action=query&list=search`` request."""
        return {
            "action": "query",
            "list": "search",
            "srsearch": text,
            "srnamespace": "0",
            "srlimit": str(min(limit, SEARCH_LIMIT)),
            "srprop": "",
            **_COMMON,
        }

    def search(
        self, text: str, *, languages: Sequence[str] = ("en",), limit: int = 10
    ) -> list[SearchHit]:
        """Entity search in each language (in order), then full-text hits; duplicates dropped.

        The query is cleaned and cut to :data:`~linkers.textkey.MAX_QUERY_CHARS`.
        """
        query = clean_query(text)
        if not query or limit <= 0:
            return []
        jobs: list[Callable[[], list[SearchHit]]] = [
            partial(self._entity_search, query, lang, limit)
            for lang in dict.fromkeys(languages or ("en",))
        ]
        if self._fulltext:
            jobs.append(lambda: self._full_search(query, limit))
        hits: list[SearchHit] = []
        seen: set[str] = set()
        for found in self._run(jobs):
            for hit in found:
                if hit.qid not in seen:
                    seen.add(hit.qid)
                    hits.append(hit)
        return hits[:limit]

    def _remembered(
        self, key: tuple[str, str, int], fetch: Callable[[], list[SearchHit]]
    ) -> list[SearchHit]:
        with self._lock:
            if key in self._searches:
                return self._searches[key]
        hits = fetch()
        with self._lock:
            self._searches[key] = hits
        return hits

    def _entity_search(self, query: str, language: str, limit: int) -> list[SearchHit]:
        def fetch() -> list[SearchHit]:
            data = self.fetcher.get(self.search_params(query, language, limit))
            return [h for h in map(_entity_hit, data.get("search") or ()) if h is not None]

        return self._remembered((query, language, limit), fetch)

    def _full_search(self, query: str, limit: int) -> list[SearchHit]:
        def fetch() -> list[SearchHit]:
            data = self.fetcher.get(self.fulltext_params(query, limit))
            rows = (data.get("query") or {}).get("search") or ()
            return [
                SearchHit(qid=r["title"], matched_text=query, match_type="fulltext")
                for r in rows
                if isinstance(r, dict) and QID_RE.match(str(r.get("title", "")))
            ]

        return self._remembered((query, "*fulltext*", limit), fetch)

    # -- entities ------------------------------------------------------------------------

    def entities(self, qids: Iterable[str]) -> dict[str, Entity]:
        """Records for ``qids``, fetched in batches of 50; missing and malformed ids omitted."""
        wanted = list(dict.fromkeys(qids))
        bad = [q for q in wanted if not isinstance(q, str) or not QID_RE.match(q)]
        if bad:
            log.warning("ignoring ids that are not item ids (Q123): %s", ", ".join(map(str, bad)))
        with self._lock:
            todo = [q for q in wanted if q not in bad and q not in self._entities]
        batches = [todo[i : i + BATCH_SIZE] for i in range(0, len(todo), BATCH_SIZE)]
        for found in self._run([partial(self._fetch_batch, b) for b in batches]):
            with self._lock:
                self._entities.update(found)
        with self._lock:
            return {
                q: e for q in wanted if (e := self._entities.get(q)) is not None and q not in bad
            }

    def _fetch_batch(self, qids: list[str]) -> dict[str, Entity | None]:
        params = {"action": "wbgetentities", "ids": "|".join(qids), "props": _PROPS, **_COMMON}
        data = self.fetcher.get(params)
        got: dict[str, Entity | None] = dict.fromkeys(qids)
        for key, record in (data.get("entities") or {}).items():
            if not isinstance(record, dict) or "missing" in record:
                continue
            try:
                entity = parse_entity(record, provenance=f"{self.fetcher.url} wbgetentities")
            except ValueError as exc:
                log.warning("skipping malformed entity %s: %s", key, exc)
                continue
            got[entity.qid] = entity
            got[key] = entity  # a redirect answers under the requested id too
            with self._lock:
                self._raw[entity.qid] = record
        return got

    def raw_entities(self, qids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The entity JSON exactly as ``wbgetentities`` returned it (for writing snapshots)."""
        found = self.entities(qids)
        with self._lock:
            return {q: self._raw[e.qid] for q, e in found.items() if e.qid in self._raw}

    # -- plumbing ------------------------------------------------------------------------

    def _run(self, jobs: Sequence[Callable[[], Any]]) -> list[Any]:
        if self._pool is None:
            raise RuntimeError("this knowledge base is closed")
        if len(jobs) <= 1:
            return [job() for job in jobs]
        futures = [self._pool.submit(job) for job in jobs]
        return [f.result() for f in futures]

    @property
    def requests_sent(self) -> int:
        """Requests that went to the network (cache hits not counted)."""
        return self.fetcher.sent

    def close(self) -> None:
        """Stop the worker threads and close the session; harmless when repeated."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
            if self._own_session:
                self._session.close()


def _entity_hit(row: Any) -> SearchHit | None:
    if not isinstance(row, dict) or not QID_RE.match(str(row.get("id", ""))):
        return None
    match = row.get("match") or {}
    kind = match.get("type", "label")
    return SearchHit(
        qid=row["id"],
        matched_text=str(match.get("text") or row.get("label") or row["id"]),
        match_type=kind if kind in ("label", "alias") else "label",
        language=match.get("language"),
        label=row.get("label"),
        description=row.get("description"),
    )


def _default_agent() -> str:
    return user_agent()


def _now() -> float:
    import time

    return time.time()
