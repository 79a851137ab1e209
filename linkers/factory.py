"""Open a knowledge base from a spec string: ``auto``, ``snapshot:PATH``, ``api``, ``sparql:URL``.

================  =========================================================================
spec              knowledge base
================  =========================================================================
``auto``          bundled snapshot, then the cached Wikidata API (bundled only if offline)
``bundled``       the bundled snapshot alone
``snapshot:PATH``  that file alone: closed world, reproducible, never the network
``api``           the Wikidata action API (``api:URL`` for another MediaWiki/Wikibase API)
``sparql:URL``    a WDQS-compatible SPARQL endpoint (query.wikidata.org, QLever, Oxigraph...)
================  =========================================================================

>>> kb = open_kb("auto", offline=True)
>>> kb.source.name
'snapshot:bundled'
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from kg.errors import InputError
from linkers.kb import KnowledgeBase
from linkers.snapshot import SnapshotKB

__all__ = ["API_URL_ENV", "CACHE_DIR_ENV", "KB_SPECS", "open_kb"]

#: The spec forms :func:`open_kb` accepts (for help texts).
KB_SPECS = "auto | bundled | snapshot:PATH | api[:URL] | sparql:URL"
#: Environment variables read when the arguments are not given.
API_URL_ENV = "KG_WIKIDATA_API_URL"
CACHE_DIR_ENV = "KG_CACHE_DIR"


def open_kb(
    spec: str = "auto",
    *,
    offline: bool = False,
    cache_dir: Path | None = None,
    session: Any = None,
    user_agent: str | None = None,
    api_url: str | None = None,
    **options: Any,
) -> KnowledgeBase:
    """Open the knowledge base named by ``spec``.

    Parameters
    ----------
    spec
        One of :data:`KB_SPECS`.
    offline
        Never touch the network: ``auto`` becomes the bundled snapshot; ``api`` and
        ``sparql:`` are refused.
    cache_dir
        Directory of the HTTP cache (default: the user cache directory, see
        :func:`linkers.wikidata.api.default_cache_dir`).
    session
        A ``requests.Session`` to use instead of a new cached one (tests, custom proxies).
    user_agent
        User-Agent header (default: ``coalition-kg/<version> (<project URL>; <contact>) ...``).
    api_url
        Action API URL for ``auto`` and ``api`` (default ``$KG_WIKIDATA_API_URL``, else
        Wikidata's; ``api:URL`` wins). ``cache_dir`` defaults to ``$KG_CACHE_DIR`` if set.
    **options
        Passed on to :class:`~linkers.wikidata.api.WikidataAPI` or
        :class:`~linkers.wikidata.sparql.SparqlKB` (``timeout``, ``max_workers``, ``sleep``...).

    Raises
    ------
    InputError
        Unknown spec, missing or empty snapshot file, or a network source asked for while
        offline.
    """
    spec = (spec or "auto").strip()
    api_url = api_url or os.environ.get(API_URL_ENV) or None
    if cache_dir is None and os.environ.get(CACHE_DIR_ENV):
        cache_dir = Path(os.environ[CACHE_DIR_ENV])
    kind, _, arg = spec.partition(":")
    if kind == "snapshot" and arg:
        return SnapshotKB.from_file(Path(arg), name=f"snapshot:{arg}")
    if kind in ("bundled", "snapshot") and not arg:
        return SnapshotKB.bundled()
    if kind == "auto" and not arg:
        bundled = SnapshotKB.bundled()
        if offline:
            return bundled
        from linkers.chain import ChainKB

        live = _api(api_url, cache_dir, session, user_agent, options)
        return ChainKB([bundled, live])
    if kind in ("api", "sparql"):
        if offline:
            raise InputError(f"--kb {spec} needs the network, but offline mode is on")
        if kind == "api":
            return _api(arg or api_url, cache_dir, session, user_agent, options)
        if not arg:
            raise InputError("--kb sparql:URL needs the endpoint URL")
        from linkers.wikidata.sparql import SparqlKB

        return SparqlKB(arg, session=session, user_agent=user_agent, **options)
    raise InputError(f"unknown knowledge base {spec!r}; expected {KB_SPECS}")


def _api(
    url: str | None,
    cache_dir: Path | None,
    session: Any,
    user_agent: str | None,
    options: dict[str, Any],
) -> KnowledgeBase:
    from linkers.wikidata.api import DEFAULT_API_URL, WikidataAPI

    return WikidataAPI(
        url or DEFAULT_API_URL,
        cache_dir=cache_dir,
        session=session,
        user_agent=user_agent,
        **options,
    )
