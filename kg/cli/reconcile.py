"""``kg reconcile serve``: the W3C Reconciliation Service API over the linker (for OpenRefine)."""

from __future__ import annotations

import typer

from kg.cli.app import app
from kg.cli.options import KbOption, not_blank

__all__ = ["reconcile_app"]

reconcile_app = typer.Typer(help="W3C Reconciliation Service API (0.2).", no_args_is_help=True)
app.add_typer(reconcile_app, name="reconcile")


@reconcile_app.command("serve")
def serve(
    host: str = typer.Option(
        "127.0.0.1", "--host", callback=not_blank, help="Interface (loopback by default)."
    ),
    port: int = typer.Option(8765, "--port", min=0, max=65535, help="TCP port."),
    kb: KbOption = "auto",
    offline: bool = typer.Option(False, "--offline", help="Never use the network."),
    batch_size: int = typer.Option(
        10, "--batch-size", min=1, help="Queries per request (declared)."
    ),
) -> None:
    """Serve reconciliation on http://HOST:PORT/ until interrupted."""
    from linkers.factory import open_kb
    from linkers.linker import Linker
    from linkers.reconcile import ReconcileService, make_server

    service = ReconcileService(Linker(open_kb(kb, offline=offline)), batch_size=batch_size)
    server = make_server(service, host, port)  # announced only once it listens, on its real port
    try:
        bound_host, bound_port = str(server.server_address[0]), server.server_address[1]
        typer.echo(f"reconciliation service on http://{bound_host}:{bound_port}/ (Ctrl-C to stop)")
        server.serve_forever()
    finally:
        server.server_close()
