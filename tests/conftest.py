"""Shared fixtures. Sockets are limited to loopback by pytest-socket (see pyproject addopts)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
SEED_LETTER = REPO / "examples" / "letters" / "global-call-un-mechanism-china-2020.txt"


@pytest.fixture(scope="session")
def seed_letter_path() -> Path:
    """The bundled first real letter (Amnesty index ASA 17/3026/2020)."""
    return SEED_LETTER


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA
