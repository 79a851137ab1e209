"""A fake Wikidata action API on 127.0.0.1 for tests and the request-economy benchmark.

It answers ``wbsearchentities``, ``action=query&list=search`` and ``wbgetentities`` from entity
JSON fixtures with Wikidata's real response shapes and status codes (``toomanyvalues`` above 50
ids, ``no-such-entity`` for malformed ids, ``missing`` for unknown ones), records every request
(path, parameters, headers) and injects faults on demand: ``429`` with ``Retry-After``, ``503``
``maxlag`` JSON errors, slow answers (timeouts), truncated JSON, HTML error pages and dropped
connections. For "connection refused", use :func:`closed_port_url`.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from linkers.kb import Entity
from linkers.textkey import search_key

__all__ = [
    "FakeWikidata",
    "Fault",
    "Recorded",
    "canonical_entity",
    "closed_port_url",
    "load_fixture_entities",
    "log_entity_calls",
    "log_search_calls",
    "request_economy",
]

REAL = Path(__file__).resolve().parents[1] / "data" / "wikidata" / "real-responses"
HTML_ERROR = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Wikimedia Error'
    '</title></head><body><div class="content"><h1>Error</h1><p>Our servers are currently '
    "under maintenance or experiencing a technical issue.</p></div></body></html>"
)


def load_fixture_entities(*extra: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """The 66 real ``wbgetentities`` entities plus any extra entity JSON objects."""
    entities: dict[str, dict[str, Any]] = {}
    for path in sorted(REAL.glob("*.json")):
        entities.update(json.loads(path.read_text(encoding="utf-8"))["entities"])
    for records in extra:
        for record in records:
            entities[str(record["id"])] = dict(record)
    return entities


def canonical_entity(entity: Entity) -> tuple[Any, ...]:
    """An entity without provenance, alias and statement order (RDF keeps no order)."""
    return (
        entity.qid,
        dict(entity.labels),
        dict(entity.descriptions),
        {k: sorted(v) for k, v in entity.aliases.items()},
        {p: sorted(v, key=repr) for p, v in entity.claims.items()},
        entity.sitelinks,
    )


def closed_port_url() -> str:
    """An API URL on a loopback port nothing listens on (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/w/api.php"


@dataclass(frozen=True)
class Recorded:
    """One request the fake received."""

    path: str
    params: dict[str, str]
    headers: dict[str, str]


@dataclass
class Fault:
    """A fault applied to the next ``times`` requests (``kind``: 429, maxlag, slow,
    truncated, html, drop)."""

    kind: str
    times: int = 1
    retry_after: str | None = "2"
    delay: float = 2.0
    action: str | None = None  # only requests with this action
    after: int = 0  # let this many matching requests through first


@dataclass
class _State:
    entities: dict[str, dict[str, Any]]
    requests: list[Recorded] = field(default_factory=list)
    faults: deque[Fault] = field(default_factory=deque)
    lock: threading.Lock = field(default_factory=threading.Lock)


class FakeWikidata:
    """The fake server; use as a context manager or call :meth:`start` / :meth:`stop`."""

    def __init__(self, entities: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        self.state = _State({k: dict(v) for k, v in (entities or load_fixture_entities()).items()})
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> FakeWikidata:
        state = self.state

        class Handler(_Handler):
            pass

        Handler.state = state
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeWikidata:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None, "start the server first"
        return f"http://127.0.0.1:{self._server.server_address[1]}/w/api.php"

    # -- control and inspection ------------------------------------------------------------

    def inject(self, kind: str, times: int = 1, **options: Any) -> None:
        """Apply a fault to the next ``times`` matching requests."""
        with self.state.lock:
            self.state.faults.append(Fault(kind, times, **options))

    @property
    def requests(self) -> list[Recorded]:
        with self.state.lock:
            return list(self.state.requests)

    def reset(self) -> None:
        with self.state.lock:
            self.state.requests.clear()
            self.state.faults.clear()

    def count(self, action: str, **match: str) -> int:
        """How many recorded requests had this action (and these parameter values)."""
        return sum(
            1
            for r in self.requests
            if r.params.get("action") == action
            and all(r.params.get(k) == v for k, v in match.items())
        )


class _Handler(BaseHTTPRequestHandler):
    state: _State
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def setup(self) -> None:
        super().setup()
        # headers and body go out in two writes: without this, Nagle + delayed ACK add 40 ms
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        with self.state.lock:
            self.state.requests.append(Recorded(parts.path, params, dict(self.headers.items())))
            fault = self._take_fault(params.get("action"))
        if fault is not None and self._fault(fault):
            return
        if parts.path != "/w/api.php":
            self._send(404, HTML_ERROR, "text/html; charset=utf-8")
            return
        self._json(200, _answer(self.state.entities, params))

    def _take_fault(self, action: str | None) -> Fault | None:
        for fault in self.state.faults:
            if fault.action in (None, action):
                if fault.after > 0:
                    fault.after -= 1
                    return None
                fault.times -= 1
                if fault.times <= 0:
                    self.state.faults.remove(fault)
                return fault
        return None

    def _fault(self, fault: Fault) -> bool:
        """Apply a fault; True if the request was answered (or dropped) by it."""
        headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
        if fault.kind == "429":
            self._send(429, "Too many requests. Please slow down.", "text/plain", headers)
        elif fault.kind == "maxlag":
            body = {
                "error": {
                    "code": "maxlag",
                    "info": "Waiting for 10.64.16.8: 7.2 seconds lagged.",
                    "host": "10.64.16.8",
                    "lag": 7.2,
                    "type": "db",
                },
                "servedby": "mw2291",
            }
            self._json(503, body, {**headers, "X-Database-Lag": "7"})
        elif fault.kind == "slow":
            time.sleep(fault.delay)
            return False
        elif fault.kind == "truncated":
            full = json.dumps({"entities": {"Q1": {"id": "Q1", "labels": {"en": "x"}}}})
            self._send(200, full[: len(full) // 2], "application/json; charset=utf-8")
        elif fault.kind == "html":
            self._send(503, HTML_ERROR, "text/html; charset=utf-8", headers)
        elif fault.kind == "drop":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        else:
            raise ValueError(f"unknown fault kind {fault.kind!r}")
        return True

    def _json(self, status: int, body: Any, headers: Mapping[str, str] | None = None) -> None:
        text = json.dumps(body, ensure_ascii=False)
        self._send(status, text, "application/json; charset=utf-8", headers)

    def _send(
        self, status: int, text: str, ctype: str, headers: Mapping[str, str] | None = None
    ) -> None:
        data = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (timeout test)


# -- request economy -----------------------------------------------------------------------


def request_economy(requests: Sequence[Recorded]) -> dict[str, int]:
    """Counts of a request log: searches against distinct (query, language) pairs, full-text
    searches against distinct queries, ``wbgetentities`` calls and the ids they asked for."""
    pairs = [
        (r.params.get("search", ""), r.params.get("language", ""))
        for r in requests
        if r.params.get("action") == "wbsearchentities"
    ]
    fulltext = [r.params.get("srsearch", "") for r in requests if r.params.get("list")]
    gets = [
        r.params.get("ids", "").split("|")
        for r in requests
        if r.params.get("action") == "wbgetentities"
    ]
    ids = [i for g in gets for i in g]
    return {
        "requests": len(requests),
        "wbsearchentities": len(pairs),
        "distinct_search_pairs_sent": len(set(pairs)),
        "fulltext_searches": len(fulltext),
        "distinct_fulltext_sent": len(set(fulltext)),
        "wbgetentities": len(gets),
        "ids_requested": len(ids),
        "distinct_ids": len(set(ids)),
        "max_ids_per_call": max((len(g) for g in gets), default=0),
    }


def log_search_calls(api: Any) -> list[tuple[str, str]]:
    """Record every ``api.search`` call from now on as the (cleaned query, language) pairs it
    asks for (full-text searches are one per query and not listed)."""
    from linkers.textkey import clean_query

    pairs: list[tuple[str, str]] = []
    inner = api.search

    def search(text: str, *, languages: Sequence[str] = ("en",), limit: int = 10) -> Any:
        query = clean_query(text)
        if query:
            pairs.extend((query, lang) for lang in dict.fromkeys(languages or ("en",)))
        return inner(text, languages=languages, limit=limit)

    api.search = search
    return pairs


def log_entity_calls(api: Any, fake: FakeWikidata) -> list[dict[str, int]]:
    """Record every ``api.entities`` call from now on: ids asked, ids the fake was asked for
    during it and ``wbgetentities`` requests it caused (one dict per call, appended)."""
    calls: list[dict[str, int]] = []
    inner = api.entities

    def entities(qids: Iterable[str]) -> Any:
        wanted = list(dict.fromkeys(qids))
        before = len(fake.requests)
        found = inner(wanted)
        sent = [r for r in fake.requests[before:] if r.params.get("action") == "wbgetentities"]
        fetched = sum(len(r.params.get("ids", "").split("|")) for r in sent)
        calls.append({"ids": len(wanted), "fetched": fetched, "requests": len(sent)})
        return found

    api.entities = entities
    return calls


# -- answers -------------------------------------------------------------------------------


def _error(code: str, info: str) -> dict[str, Any]:
    return {"error": {"code": code, "info": info, "*": "See /w/api.php for API usage."}}


def _answer(entities: Mapping[str, dict[str, Any]], params: Mapping[str, str]) -> dict[str, Any]:
    action = params.get("action")
    if action == "wbsearchentities":
        return _wbsearchentities(entities, params)
    if action == "query" and params.get("list") == "search":
        return _fulltext(entities, params)
    if action == "wbgetentities":
        return _wbgetentities(entities, params)
    return _error("badvalue", f'Unrecognized value for parameter "action": {action}.')


def _names(entity: Mapping[str, Any], language: str) -> list[tuple[str, str]]:
    names = []
    label = (entity.get("labels") or {}).get(language)
    if label:
        names.append(("label", label["value"]))
    names += [("alias", a["value"]) for a in (entity.get("aliases") or {}).get(language, [])]
    return names


def _wbsearchentities(entities: Mapping[str, Any], params: Mapping[str, str]) -> dict[str, Any]:
    text, language = params.get("search", ""), params.get("language", "")
    if not text:
        return _error("missingparam", 'The "search" parameter must be set.')
    key = search_key(text)
    limit = int(params.get("limit", "7"))
    ranked = []
    for qid, entity in entities.items():
        best = None
        for kind, name in _names(entity, language):
            folded = search_key(name)
            if folded.startswith(key):
                rank = (0 if folded == key else 2) + (0 if kind == "label" else 1)
                if best is None or rank < best[0]:
                    best = (rank, kind, name)
        if best is not None:
            ranked.append((best[0], -len(entity.get("sitelinks") or {}), int(qid[1:]), qid, best))
    ranked.sort()
    rows = []
    for *_, qid, (_rank, kind, name) in ranked[:limit]:
        entity = entities[qid]
        label = (entity.get("labels") or {}).get(language, {}).get("value")
        desc = (entity.get("descriptions") or {}).get(language, {}).get("value")
        row = {
            "id": qid,
            "title": qid,
            "pageid": int(qid[1:]) + 100,
            "concepturi": f"http://www.wikidata.org/entity/{qid}",
            "repository": "wikidata",
            "url": f"//www.wikidata.org/wiki/{qid}",
            "display": {"label": {"value": label, "language": language}} if label else {},
            "label": label,
            "description": desc,
            "match": {"type": kind, "language": language, "text": name},
        }
        if kind == "alias":
            row["aliases"] = [name]
        rows.append({k: v for k, v in row.items() if v is not None})
    answer: dict[str, Any] = {"searchinfo": {"search": text}, "search": rows, "success": 1}
    if len(ranked) > limit:
        answer["search-continue"] = limit
    return answer


def _fulltext(entities: Mapping[str, Any], params: Mapping[str, str]) -> dict[str, Any]:
    tokens = set(search_key(params.get("srsearch", "")).split())
    if not tokens:
        return _error("nosrsearch", 'The "search" parameter must be set.')
    hits = []
    for qid, entity in entities.items():
        words: set[str] = set()
        for block in ("labels", "descriptions"):
            for value in (entity.get(block) or {}).values():
                words |= set(search_key(value["value"]).split())
        for values in (entity.get("aliases") or {}).values():
            for value in values:
                words |= set(search_key(value["value"]).split())
        if tokens <= words:
            hits.append((-len(entity.get("sitelinks") or {}), int(qid[1:]), qid))
    hits.sort()
    limit = int(params.get("srlimit", "10"))
    rows = [{"ns": 0, "title": qid, "pageid": int(qid[1:]) + 100} for *_, qid in hits[:limit]]
    return {
        "batchcomplete": True,
        "query": {"searchinfo": {"totalhits": len(hits)}, "search": rows},
    }


def _wbgetentities(entities: Mapping[str, Any], params: Mapping[str, str]) -> dict[str, Any]:
    ids = [i for i in params.get("ids", "").split("|") if i]
    if len(ids) > 50:
        return _error(
            "toomanyvalues", 'Too many values supplied for parameter "ids". The limit is 50.'
        )
    for qid in ids:
        if not (qid[:1] in "QP" and qid[1:].isdigit()):
            return _error("no-such-entity", f'Could not find an entity with the ID "{qid}".')
    props = {
        p.split("/")[0]
        for p in params.get(
            "props", "info|sitelinks|aliases|labels|descriptions|claims|datatype"
        ).split("|")
    }
    out: dict[str, Any] = {}
    for qid in ids:
        entity = entities.get(qid)
        if entity is None:
            out[qid] = {"id": qid, "missing": ""}
            continue
        out[qid] = {k: v for k, v in entity.items() if k in {"type", "id"} | props}
    return {"entities": out, "success": 1}
