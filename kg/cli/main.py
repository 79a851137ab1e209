"""Entry point of the ``kg`` command: registers every command module and maps errors to exits.

A :class:`~kg.errors.KGError` or an :class:`OSError` (a path that cannot be written, a full
disk) becomes a one-line ``error: ...`` on stderr and exit code 1; a bad option or argument
(Click's usage errors) a one-line ``error: ...`` and exit code 2; any other exception is a
bug, reported in one line with exit code 70 (set ``KG_DEBUG=1`` for the traceback).
"""

from __future__ import annotations

import logging
import os
import sys

from kg.cli import (  # noqa: F401  (imported for their commands)
    graph,
    link,
    network,
    parse,
    reconcile,
    review,
    store,
    wikidata,
)
from kg.cli.app import app
from kg.errors import KGError, one_line

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code (also used by tests)."""
    logging.basicConfig(level=os.environ.get("KG_LOG_LEVEL", "WARNING"), format="%(message)s")
    try:
        code = app(args=argv, prog_name="kg", standalone_mode=False)
    except KGError as exc:
        print(f"error: {one_line(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    except OSError as exc:  # the file system refused (a path, permissions, a full disk)
        if os.environ.get("KG_DEBUG"):
            raise
        print(f"error: {one_line(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:  # last resort: never a traceback for users
        if _is_usage_error(exc):
            return _usage_error(exc)
        if type(exc).__name__ == "Abort":
            print("error: aborted", file=sys.stderr)
            return 1
        if os.environ.get("KG_DEBUG"):
            raise
        print(f"error: internal error: {type(exc).__name__}: {one_line(exc)}", file=sys.stderr)
        return 70
    # With standalone_mode=False Click returns the code of ``typer.Exit(code)`` instead of exiting.
    return code if isinstance(code, int) else 0


def _is_usage_error(exc: Exception) -> bool:
    """Click's (or Typer's vendored Click's) own errors: bad options, unknown commands."""
    return any(cls.__name__ == "ClickException" for cls in type(exc).__mro__)


def _usage_error(exc: Exception) -> int:
    """A bad option or argument in one line, pointing at the command's ``--help``.

    A group called without a command (``kg review``) still shows its help, as Click would.
    """
    if type(exc).__name__ == "NoArgsIsHelpError":
        exc.show()  # type: ignore[attr-defined]
    else:
        message = one_line(exc.format_message())  # type: ignore[attr-defined]
        ctx = getattr(exc, "ctx", None)
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        print(f"error: {message}{hint}", file=sys.stderr)
    return int(getattr(exc, "exit_code", 2))


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
