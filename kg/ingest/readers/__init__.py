"""Readers: letter files (``.txt``, ``.md``, ``.html``, ``.pdf``, ``.docx``) to a :class:`Document`.

:func:`read_document` checks the file before reading it (exists, not empty, not above
:data:`MAX_BYTES`, a supported extension) and dispatches on the extension.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg.errors import InputError
from kg.ingest.readers.document import Document, Line, LineKind
from kg.ingest.readers.docx import read_docx
from kg.ingest.readers.html import read_html
from kg.ingest.readers.pdf import read_pdf
from kg.ingest.readers.text import read_markdown, read_text

__all__ = [
    "MAX_BYTES",
    "READERS",
    "Document",
    "Line",
    "LineKind",
    "read_bytes",
    "read_document",
]

MAX_BYTES = 20 * 1024 * 1024
"""Largest letter file accepted (20 MiB): real letters are far smaller; bigger files are
refused before they are read."""

Reader = Callable[..., Document]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
}


def read_bytes(data: bytes, *, suffix: str, source: str = "<bytes>") -> Document:
    """Read letter bytes with the reader for ``suffix`` (``".txt"``, ``".pdf"`` ...).

    Examples
    --------
    >>> read_bytes(b"Dear all,\\n\\n1. Access Now\\n", suffix=".txt").lines[2].text
    '1. Access Now'
    """
    reader = READERS.get(suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise InputError(f"{source}: unsupported file type {suffix or '(none)'!r} (use {known})")
    if not data.strip():
        raise InputError(f"{source} is empty")
    return reader(data, source=source)


def read_document(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read a letter file into a :class:`Document`.

    Parameters
    ----------
    path : str or Path
        The letter file; its extension chooses the reader.
    max_bytes : int
        Files larger than this are refused before reading (default :data:`MAX_BYTES`).

    Raises
    ------
    InputError
        Missing, empty, too large, unsupported or unreadable files.
    """
    path = Path(path)
    if path.suffix.lower() not in READERS:
        known = ", ".join(sorted(READERS))
        raise InputError(f"{path}: unsupported file type {path.suffix or '(none)'!r} (use {known})")
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from exc
    if path.is_dir():
        raise InputError(f"{path} is a directory, not a letter file")
    if size == 0:
        raise InputError(f"{path} is empty")
    if size > max_bytes:
        raise InputError(
            f"{path} is {size / 1048576:.1f} MiB, above the {max_bytes / 1048576:.0f} MiB "
            "limit for one letter"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from exc
    return read_bytes(data, suffix=path.suffix, source=str(path))
