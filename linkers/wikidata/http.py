"""Polite HTTP for Wikimedia APIs: cached session, User-Agent, retries, backoff, timeouts.

:class:`JsonFetcher` sends GET requests and returns decoded JSON. It retries timeouts, refused
connections, 429/5xx answers, ``maxlag`` errors, truncated JSON and HTML error pages with
exponential backoff, honouring ``Retry-After``; when retries run out it raises
:class:`~kg.errors.LinkingAbort`, and an API error answer for one request raises
:class:`~kg.errors.LinkingError`. ``sleep`` and ``clock`` are parameters so tests never wait.
Only answers that are valid JSON without an ``error`` member are stored in the cache.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import logging
import os
import platform
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as dist_version
from pathlib import Path
from typing import Any

from kg.errors import LinkingAbort, LinkingError

__all__ = [
    "PROJECT_URL",
    "JsonFetcher",
    "RetryPolicy",
    "cached_session",
    "default_cache_dir",
    "user_agent",
]

log = logging.getLogger(__name__)

#: Where Wikimedia operators can learn about this tool (part of the User-Agent).
PROJECT_URL = "https://pypi.org/project/coalition-kg/"
#: Environment variable holding the operator's contact (e-mail or page) for the User-Agent.
CONTACT_ENV = "KG_WIKIDATA_CONTACT"


def _version(dist: str) -> str:
    try:
        return dist_version(dist)
    except PackageNotFoundError:
        return "0"


def user_agent(contact: str | None = None) -> str:
    """A User-Agent per the Wikimedia policy: tool/version (URL; contact) library/version.

    >>> user_agent("me@example.org").split(" (")[0].startswith("coalition-kg/")
    True
    """
    contact = contact or os.environ.get(CONTACT_ENV) or f"{PROJECT_URL}#contact"
    return (
        f"coalition-kg/{_version('coalition-kg')} ({PROJECT_URL}; {contact}) "
        f"python-requests/{_version('requests')} Python/{platform.python_version()}"
    )


def default_cache_dir() -> Path:
    """The user cache directory for coalition-kg (platformdirs), e.g. ``~/.cache/coalition-kg``."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("coalition-kg", appauthor=False))


def _cacheable(response: Any) -> bool:
    """Store only JSON answers that are not API errors (never a truncated body or HTML page)."""
    try:
        data = json.loads(response.content)
    except ValueError:
        return False
    return isinstance(data, dict) and "error" not in data


def cached_session(cache_dir: Path | None = None, *, expire_days: float = 7.0) -> Any:
    """A ``requests_cache.CachedSession`` backed by SQLite in ``cache_dir``.

    Parameters
    ----------
    cache_dir
        Directory of ``wikidata-http.sqlite`` (default :func:`default_cache_dir`).
    expire_days
        How long an answer is reused before it is asked again.
    """
    import requests_cache

    directory = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    directory.mkdir(parents=True, exist_ok=True)
    return requests_cache.CachedSession(
        str(directory / "wikidata-http.sqlite"),
        backend="sqlite",
        expire_after=dt.timedelta(days=expire_days),
        allowable_codes=(200,),
        allowable_methods=("GET",),
        filter_fn=_cacheable,
        wal=True,  # write-ahead log: one fsync per checkpoint, not per answer (~5x faster)
    )


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try: attempts, backoff base and cap (seconds), timeouts (connect, read)."""

    attempts: int = 4
    backoff: float = 1.0
    max_wait: float = 60.0
    connect_timeout: float = 5.0
    read_timeout: float = 30.0

    def delay(self, attempt: int) -> float:
        """Exponential backoff for the given 0-based attempt, capped."""
        return float(min(self.max_wait, self.backoff * (2**attempt)))


class _Transient(Exception):
    """A failure worth retrying; ``wait`` is the server's requested delay if any."""

    def __init__(self, message: str, wait: float | None = None) -> None:
        super().__init__(message)
        self.wait = wait


class JsonFetcher:
    """GET requests returning JSON, with retries, backoff and counters.

    Parameters
    ----------
    url
        The API endpoint.
    session
        A ``requests.Session`` (cached or not).
    agent
        User-Agent header value.
    policy
        Retry and timeout settings.
    sleep, clock
        Injected for tests (default :func:`time.sleep`, :func:`time.time`).
    """

    def __init__(
        self,
        url: str,
        session: Any,
        *,
        agent: str,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        accept: str = "application/json",
    ) -> None:
        self.url = url
        self.session = session
        self.headers = {"User-Agent": agent, "Accept": accept}
        self.policy = policy or RetryPolicy()
        self._sleep = sleep
        self._clock = clock
        self._lock = threading.Lock()
        self.sent = 0  # requests that went to the network
        self.cached = 0  # answers served from the HTTP cache
        self.waited = 0.0  # seconds spent backing off

    def get(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """GET ``params`` and return the JSON object, retrying transient failures."""
        return self._retrying(lambda: self.session.get(self.url, params=dict(params), **self._kw()))

    def post(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """POST a form (SPARQL queries); same retries as :meth:`get`."""
        return self._retrying(lambda: self.session.post(self.url, data=dict(data), **self._kw()))

    def _kw(self) -> dict[str, Any]:
        timeout = (self.policy.connect_timeout, self.policy.read_timeout)
        return {"headers": self.headers, "timeout": timeout}

    def _retrying(self, send: Callable[[], Any]) -> dict[str, Any]:
        import requests

        last = "no attempt made"
        for attempt in range(self.policy.attempts):
            try:
                return self._once(send)
            except requests.Timeout as exc:
                last, wait = f"timed out ({exc.__class__.__name__})", None
            except requests.ConnectionError as exc:
                last, wait = f"connection failed ({_short(exc)})", None
            except _Transient as exc:
                last, wait = str(exc), exc.wait
            if attempt + 1 < self.policy.attempts:
                delay = min(self.policy.max_wait, wait if wait is not None else 0.0)
                delay = max(delay, self.policy.delay(attempt))
                log.info("%s: %s; retrying in %.1f s", self.url, last, delay)
                with self._lock:
                    self.waited += delay
                self._sleep(delay)
        raise LinkingAbort(f"{self.url}: {last} (gave up after {self.policy.attempts} attempts)")

    def _once(self, send: Callable[[], Any]) -> dict[str, Any]:
        response = send()
        with self._lock:
            if getattr(response, "from_cache", False):
                self.cached += 1
            else:
                self.sent += 1
        status = response.status_code
        if status in (401, 403):
            raise LinkingAbort(f"{self.url}: access refused (HTTP {status})")
        if status == 429 or status >= 500:
            raise _Transient(f"HTTP {status}", self._retry_after(response))
        if status >= 400:
            raise LinkingError(f"{self.url}: request refused (HTTP {status})")
        try:
            data = response.json()
        except ValueError as exc:
            kind = response.headers.get("Content-Type", "?").split(";")[0]
            raise _Transient(f"answer is not valid JSON ({kind})") from exc
        if not isinstance(data, dict):
            raise _Transient("answer is not a JSON object")
        return self._check_error(data, response)

    def _check_error(self, data: dict[str, Any], response: Any) -> dict[str, Any]:
        error = data.get("error")
        if not isinstance(error, dict):
            return data
        code = str(error.get("code", "unknown"))
        if code in ("maxlag", "ratelimited", "internal_api_error_DBQueryTimeoutError"):
            raise _Transient(f"API {code}: {error.get('info', '')}", self._retry_after(response))
        raise LinkingError(f"Wikidata API error {code}: {error.get('info', '')}")

    def _retry_after(self, response: Any) -> float | None:
        value = response.headers.get("Retry-After")
        if not value:
            return None
        if value.strip().isdigit():
            return float(value.strip())
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return max(0.0, when.timestamp() - self._clock())


def _short(exc: Exception) -> str:
    text = str(exc)
    if "refused" in text.lower():
        return "connection refused"
    return text[:120]
