"""A W3C Reconciliation Service API (0.2) over the linker: OpenRefine can reconcile against it.

:mod:`linkers.reconcile.service` turns queries into linker mentions and candidates into
results; :mod:`linkers.reconcile.server` serves it over HTTP (standard library only).
"""

from __future__ import annotations

from linkers.reconcile.server import make_server, serve
from linkers.reconcile.service import ReconcileService

__all__ = ["ReconcileService", "make_server", "serve"]
