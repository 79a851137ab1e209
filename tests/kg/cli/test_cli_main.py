"""The CLI entry point turns errors into one-line messages and exit codes."""

from __future__ import annotations

import pytest

from kg.cli.app import app
from kg.cli.main import main
from kg.errors import InputError


def test_version_prints_the_distribution_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["version"]) == 0
    assert capsys.readouterr().out.startswith("coalition-kg ")


def test_unknown_command_is_a_usage_error_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["no-such-command"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err
    assert "no-such-command" in err


def test_kg_error_becomes_one_line_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    @app.command("_raise-input-error", hidden=True)
    def _boom() -> None:
        raise InputError("the file 'x.txt' is empty")

    try:
        code = main(["_raise-input-error"])
    finally:
        app.registered_commands = [
            c for c in app.registered_commands if c.name != "_raise-input-error"
        ]
    err = capsys.readouterr().err
    assert code == 1
    assert err == "error: the file 'x.txt' is empty\n"


def test_typer_exit_code_is_kept() -> None:
    import typer

    @app.command("_exit-3", hidden=True)
    def _exit() -> None:
        raise typer.Exit(3)

    try:
        code = main(["_exit-3"])
    finally:
        app.registered_commands = [c for c in app.registered_commands if c.name != "_exit-3"]
    assert code == 3


def test_multi_line_error_message_is_printed_on_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    # Bug: `kg validate bad.ttl` printed rdflib's three-line parser message after "error:".
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix : <x")
    code = main(["validate", str(bad)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("error: cannot parse ") and "bad.ttl" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_file_system_error_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    # Bug: `kg network --out /proc/x/y.html`, `kg export rdf --out /proc/x` and
    # `kg review export --out /proc/x/r.csv` ended with "internal error: FileNotFoundError" (70).
    @app.command("_raise-os-error", hidden=True)
    def _boom() -> None:
        raise FileNotFoundError(2, "No such file or directory", "/proc/x")

    try:
        code = main(["_raise-os-error"])
    finally:
        app.registered_commands = [
            c for c in app.registered_commands if c.name != "_raise-os-error"
        ]
    err = capsys.readouterr().err
    assert code == 1
    assert err == "error: [Errno 2] No such file or directory: '/proc/x'\n"
