"""``kg serve``: the real Oxigraph SPARQL server over a built store, read-only, on loopback.

Runs the ``oxigraph`` command of the PyPI ``oxigraph`` package (``serve-read-only``), which
answers SPARQL 1.1 Protocol queries at ``/query`` and serves the YASGUI query page at ``/``.
Queries see the union of the named graphs as their default graph, as ``kg query`` does.
Binding to anything but a loopback address needs ``public=True``.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kg.errors import InputError, StoreError

__all__ = ["RunningServer", "free_port", "is_loopback", "oxigraph_command", "start_server"]

log = logging.getLogger(__name__)


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses.

    Examples
    --------
    >>> is_loopback("127.0.0.1"), is_loopback("::1"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on ``host`` right now."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host.strip("[]"), 0))
        return int(sock.getsockname()[1])


def oxigraph_command() -> str:
    """Path of the ``oxigraph`` executable (next to this Python first, then on ``PATH``).

    Raises
    ------
    kg.errors.StoreError
        The PyPI ``oxigraph`` package is not installed.
    """
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.exists():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise StoreError("the oxigraph server is not installed (pip install oxigraph)")
    return found


@dataclass
class RunningServer:
    """A started Oxigraph server; :meth:`stop` ends it (also as a context manager)."""

    process: subprocess.Popen[bytes]
    url: str
    log: IO[bytes]  # the server's stderr (a temporary file, so a full pipe never blocks it)

    @property
    def query_url(self) -> str:
        """The SPARQL query endpoint."""
        return f"{self.url}query"

    @property
    def store_url(self) -> str:
        """The Graph Store Protocol endpoint (read-write servers only)."""
        return f"{self.url}store"

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate the server and wait for it; kill it if it does not stop in time."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _wait_ready(server: RunningServer, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    probe = f"{server.query_url}?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            server.log.seek(0)
            text = server.log.read().decode("utf-8", "replace")
            text = text.split("Stack backtrace:", 1)[0]  # RUST_BACKTRACE=1 appends one
            message = " ".join(text.split())[-300:]
            raise StoreError(f"the oxigraph server stopped at start: {message}")
        with contextlib.suppress(OSError), urllib.request.urlopen(probe, timeout=1) as response:
            if response.status == 200:
                return
        time.sleep(0.1)
    server.stop()
    raise StoreError(f"the oxigraph server did not answer within {timeout:g} s")


def start_server(
    store: Path,
    *,
    host: str = "127.0.0.1",
    port: int | None = None,
    public: bool = False,
    read_only: bool = True,
    query_timeout: float | None = 60.0,
    ready_timeout: float = 30.0,
) -> RunningServer:
    """Start Oxigraph on ``store`` and wait until it answers.

    Parameters
    ----------
    store : Path
        A store directory written by ``kg build`` (``OUT/store``).
    host, port : str, int
        Address to bind; ``port=None`` picks a free port.
    public : bool
        Allow a non-loopback ``host``.
    read_only : bool
        ``serve-read-only`` (the default); ``False`` starts a read-write server (tests use
        it as a Graph Store Protocol target).
    query_timeout : float or None
        Seconds the server allows one query.
    ready_timeout : float
        Seconds to wait for the server to answer.

    Raises
    ------
    kg.errors.InputError
        A non-loopback bind without ``public``.
    kg.errors.StoreError
        No store at ``store`` (read-only), oxigraph missing, or the server failed to start.
    """
    if not is_loopback(host) and not public:
        raise InputError(f"refusing to bind {host}: not a loopback address (use --public)")
    if read_only and not (store / "CURRENT").exists() and not any(store.glob("*")):
        raise StoreError(f"no store at {store} (run `kg build` first)")
    port = port or free_port(host)
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    command = [oxigraph_command(), "serve-read-only" if read_only else "serve"]
    command += ["--location", str(store), "--bind", f"{shown}:{port}", "--union-default-graph"]
    if query_timeout:
        command += ["--timeout-s", str(max(1, int(query_timeout)))]
    log.info("starting %s", " ".join(command))
    errors = tempfile.TemporaryFile()  # noqa: SIM115  (closed by RunningServer.stop)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
    server = RunningServer(process, f"http://{shown}:{port}/", errors)
    _wait_ready(server, ready_timeout)
    return server
