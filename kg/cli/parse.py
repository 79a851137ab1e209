"""`kg` commands of this area (see ARCHITECTURE.md)."""

from __future__ import annotations

from kg.cli.app import app  # noqa: F401
