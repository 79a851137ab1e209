"""HTTP front of the reconciliation service (standard-library ``http.server``).

Routes: ``GET /`` and ``GET /reconcile`` give the manifest, or results when a ``queries``
parameter is present; ``POST /``, ``/reconcile`` or ``/match`` take ``queries`` as a form
field or a JSON body; ``GET /suggest/entity?prefix=`` autocompletes. JSONP via ``callback``.
Bad requests get a 400 with ``{"error": ...}``; nothing crashes the server.
"""

from __future__ import annotations

import json
import logging
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import InputError, KGError
from linkers.reconcile.service import ReconcileService

__all__ = ["MAX_BODY", "make_server", "serve"]

log = logging.getLogger(__name__)

MAX_BODY = 1_000_000
_CALLBACK = re.compile(r"^[A-Za-z_$][\w$.]{0,63}$")


def _first(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    return values[0] if values else None


def _handler(service: ReconcileService) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "coalition-kg-reconcile/0.2"

        def log_message(self, format: str, *args: Any) -> None:
            log.debug("%s - " + format, self.address_string(), *args)

        def _send(self, status: int, body: Any, callback: str | None = None) -> None:
            text = json.dumps(body, ensure_ascii=False)
            ctype = "application/json"
            if callback and _CALLBACK.match(callback):
                text, ctype = f"{callback}({text});", "application/javascript"
            data = text.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", f"{ctype}; charset=utf-8")
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _base(self) -> str:
            address: Any = self.server.server_address
            host = self.headers.get("Host") or f"{address[0]}:{address[1]}"
            return f"http://{host}"

        def _answer(self, params: dict[str, list[str]], body_queries: str | None = None) -> None:
            callback = _first(params, "callback")
            raw = body_queries if body_queries is not None else _first(params, "queries")
            if raw is None:
                self._send(200, service.manifest(self._base()), callback)
                return
            try:
                queries = json.loads(raw)
                result = service.reconcile(queries)
            except json.JSONDecodeError as exc:
                self._send(400, {"error": f"queries is not valid JSON: {exc.msg}"}, callback)
                return
            except (KGError, TypeError, ValueError, AttributeError) as exc:
                self._send(400, {"error": str(exc)}, callback)
                return
            self._send(200, result, callback)

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            params = parse_qs(url.query)
            if url.path in ("/", "/reconcile", "/match"):
                self._answer(params)
            elif url.path == "/suggest/entity":
                prefix = (params.get("prefix") or [""])[0]
                self._send(200, service.suggest_entity(prefix), _first(params, "callback"))
            else:
                self._send(404, {"error": f"no such path: {url.path}"})

        def do_POST(self) -> None:
            url = urlsplit(self.path)
            if url.path not in ("/", "/reconcile", "/match"):
                self._send(404, {"error": f"no such path: {url.path}"})
                return
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                self._send(413, {"error": f"request body over {MAX_BODY} bytes"})
                return
            body = self.rfile.read(length).decode("utf-8", errors="replace")
            ctype = self.headers.get("Content-Type", "")
            if "json" in ctype:
                self._answer(parse_qs(url.query), body)
            else:
                params = parse_qs(body)
                params.update(parse_qs(url.query))
                self._answer(params)

    return Handler


def make_server(
    service: ReconcileService, host: str = "127.0.0.1", port: int = 0
) -> ThreadingHTTPServer:
    """A ready server (``port=0`` picks a free port: see ``server.server_address``).

    Raises
    ------
    InputError
        When the address cannot be bound (port in use or out of range, unknown host).
    """
    try:
        server = ThreadingHTTPServer((host, port), _handler(service))
    except (OSError, OverflowError) as exc:
        raise InputError(f"cannot listen on {host}:{port}: {exc}") from exc
    server.daemon_threads = True
    return server


def serve(service: ReconcileService, host: str = "127.0.0.1", port: int = 8765) -> None:
    """Serve until interrupted."""
    server = make_server(service, host, port)
    log.warning("reconciliation service on http://%s:%d/", *server.server_address[:2])
    try:
        server.serve_forever()
    finally:
        server.server_close()
