"""The coalition-kg ontology, SHACL shapes and theme scheme (Turtle files in this package)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["resource_path"]


def resource_path(name: str) -> Path:
    """Path of a Turtle file shipped in this package (``ckg.ttl``, ``shapes.ttl`` ...)."""
    return Path(str(resources.files(__package__).joinpath(name)))
