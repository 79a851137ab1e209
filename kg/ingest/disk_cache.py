"""Reference tables built from libraries, kept on disk so a new process (``kg parse``) does
not rebuild them.

Building the gazetteer reads several libraries (a few seconds), the word lists a few tenths of
a second; loading the results takes a fraction of that. Each file lives in the user cache
directory (``$KG_CACHE_DIR`` if set, else ``platformdirs.user_cache_dir("coalition-kg")``, the
directory the Wikidata HTTP cache uses) and is named by a key over everything the result
depends on: the libraries' versions, the source of the modules that build it, and
:data:`FORMAT`. A change to any of them gives a new
file (older ones are removed). The file is written atomically (a temporary file renamed over
it), so a reader never sees a half-written one; a file that cannot be read is rebuilt, and a
cache directory that cannot be written is only logged.

The file is a pickle: only files this module wrote in the user's own cache directory are read.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from kg.atomic import atomic_write_bytes

__all__ = ["CACHE_DIR_ENV", "FORMAT", "cache_key", "default_cache_dir", "load_or_build"]

log = logging.getLogger(__name__)

#: Bump when the cached object's shape changes in a way the source hash would not show.
FORMAT = 1
#: Environment variable naming the cache directory (shared with the Wikidata HTTP cache).
CACHE_DIR_ENV = "KG_CACHE_DIR"

T = TypeVar("T")


def default_cache_dir() -> Path:
    """``$KG_CACHE_DIR`` if set, else the platform's user cache directory for coalition-kg."""
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("coalition-kg", appauthor=False))


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "absent"


def cache_key(distributions: Iterable[str], sources: Iterable[Path]) -> str:
    """A short hash of the libraries' versions, the sources' bytes, Python and :data:`FORMAT`.

    >>> key = cache_key(["pycountry"], [])
    >>> len(key), key == cache_key(["pycountry"], []), key == cache_key(["babel"], [])
    (16, True, False)
    """
    digest = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]}".encode())
    for name in sorted(distributions):
        digest.update(f"\0{name}={_version(name)}".encode())
    for path in sources:
        digest.update(b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: unpickling ~100 000 small containers otherwise
    triggers it again and again (loading is about four times faster without it)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read(path: Path) -> object | None:
    try:
        with path.open("rb") as handle, _no_gc():
            return pickle.load(handle)
    except FileNotFoundError:
        return None
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as exc:
        log.warning("ignoring unreadable cache file %s: %s", path, exc)
        return None


def _write(path: Path, value: object) -> None:
    """Write ``value`` next to ``path`` and rename it into place; remove older versions."""
    try:
        atomic_write_bytes(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as exc:
        log.info("cannot write cache file %s: %s", path, exc)
        return
    stem = path.stem.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{stem}-*{path.suffix}"):
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()


def load_or_build(
    build: Callable[[], T], *, name: str, key: str, cache_dir: Path | None = None
) -> T:
    """The object cached as ``<name>-<key>.pickle`` in ``cache_dir``, else ``build()`` (saved).

    Parameters
    ----------
    build : callable
        Builds the object when there is no usable cached copy.
    name : str
        The file's stem (``gazetteer``).
    key : str
        What the object depends on (:func:`cache_key`).
    cache_dir : Path, optional
        Default :func:`default_cache_dir`.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> load_or_build(lambda: {"a": 1}, name="demo", key="k1", cache_dir=folder)
    {'a': 1}
    >>> load_or_build(lambda: {"b": 2}, name="demo", key="k1", cache_dir=folder)  # cached
    {'a': 1}
    """
    path = (cache_dir or default_cache_dir()) / f"{name}-{key}.pickle"
    cached = _read(path)
    if cached is not None:
        log.debug("loaded %s from %s", name, path)
        return cached  # type: ignore[return-value]
    value = build()
    _write(path, value)
    return value
