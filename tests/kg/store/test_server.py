"""`kg serve`: the real Oxigraph server answers SPARQL over HTTP, refuses updates, stops cleanly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.queries import catalogue
from kg.server import free_port, start_server

pytestmark = pytest.mark.server


def _http_select(url: str, sparql: str) -> list[dict]:
    request = urllib.request.Request(
        url + "?" + urllib.parse.urlencode({"query": sparql}),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)["results"]["bindings"]


def test_served_store_answers_a_catalogue_query_over_http(mini_store: Path):
    with start_server(mini_store) as server:
        rows = _http_select(server.query_url, catalogue()["letter-counts"].sparql)
        with urllib.request.urlopen(server.url, timeout=10) as page:
            html = page.read().decode("utf-8", "replace")
    counts = {r["letter"]["value"]: int(r["listed"]["value"]) for r in rows}
    assert counts == {
        "https://example.org/kg/letter/l1": 5,
        "https://example.org/kg/letter/l2": 3,
        "https://example.org/kg/letter/l3": 2,
    }
    assert "yasgui" in html.lower()


def test_served_store_refuses_updates(mini_store: Path):
    with start_server(mini_store) as server:
        request = urllib.request.Request(
            server.url + "update",
            data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
            headers={"Content-Type": "application/sparql-update"},
            method="POST",
        )
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(request, timeout=10)
        assert 400 <= info.value.code < 500
        assert _http_select(server.query_url, "SELECT * WHERE { <urn:a> ?p ?o }") == []


def test_non_loopback_bind_is_refused_without_public(mini_store: Path):
    with pytest.raises(InputError, match="--public"):
        start_server(mini_store, host="0.0.0.0")


@contextmanager
def _kg_serve(store: Path, port: int) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``kg serve`` as a subprocess; kill it on the way out if the test left it running."""
    kg = Path(sys.executable).parent / "kg"
    process = subprocess.Popen(
        [str(kg), "serve", "--store", str(store), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "200"},
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def _port_closed(port: int) -> bool:
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=2)
    except urllib.error.URLError:
        return True
    return False


def test_kg_serve_prints_the_url_and_stops_on_sigterm(mini_store: Path):
    port = free_port()
    with _kg_serve(mini_store, port) as process:
        line = process.stdout.readline().decode()
        assert f"http://127.0.0.1:{port}/query" in line
        rows = _http_select(
            f"http://127.0.0.1:{port}/query", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
        )
        assert int(rows[0]["n"]["value"]) > 100
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
    time.sleep(0.2)
    assert _port_closed(port)


def test_sigterm_right_after_the_url_line_still_stops_the_server(mini_store: Path):
    """Regression: a SIGTERM landing while the URL line was flushed left oxigraph running."""
    for _ in range(4):
        port = free_port()
        with _kg_serve(mini_store, port) as process:
            assert b"/query" in process.stdout.readline()
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=15) == 0
        time.sleep(0.2)
        assert _port_closed(port)


def test_busy_port_error_names_the_cause_not_a_rust_backtrace(
    mini_store: Path, monkeypatch: pytest.MonkeyPatch
):
    # Bug: with RUST_BACKTRACE=1 the message kept the last 300 characters of oxigraph's stderr,
    # i.e. backtrace frames, and dropped "Address already in use".
    import socket

    from kg.errors import StoreError

    monkeypatch.setenv("RUST_BACKTRACE", "1")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(StoreError, match="stopped at start") as caught:
            start_server(mini_store, port=port)
    assert "in use" in str(caught.value)
    assert "backtrace" not in str(caught.value).lower()
