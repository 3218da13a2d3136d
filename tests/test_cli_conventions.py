"""Command-line conventions: --version, exit status, missing/foreign/newer databases refused untouched,
file-system errors on one line naming the path, year arguments checked, the log shared with the GUI."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from grants import __version__
from grants.cli import main


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "grants", *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def ready(tmp_path_factory: pytest.TempPathFactory, backend) -> Iterator[str]:  # type: ignore[no-untyped-def]
    url = backend.empty(tmp_path_factory.mktemp("conv"))
    assert main(["--db", url, "init"]) == 0
    yield url
    backend.drop(url)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"grants {__version__}"


@pytest.mark.parametrize("command", [
    ["export", "grants", "--year", "2024", "--out", "OUT/g.xlsx"],
    ["export", "sepa", "--out", "OUT/p.xml"],
    ["roles", "list"],
    ["audit"],
    ["settings"],
    ["snapshot", "--out", "OUT/s.db"],
    ["import", "OUT/none.xlsx"],
])
def test_a_missing_database_is_refused_and_nothing_created(tmp_path: Path, command: list[str],
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "typo" / "grnats.db"
    out = tmp_path / "out"
    out.mkdir()
    args = [a.replace("OUT", str(out)) for a in command]
    if command[0] == "import":
        (out / "none.xlsx").write_bytes(b"")
    assert main(["--db", str(db), *args]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"no database at {db}: run grants init"
    assert not db.parent.exists()
    assert sorted(p.name for p in out.iterdir()) == (["none.xlsx"] if command[0] == "import" else [])


def test_init_creates_a_missing_database(tmp_path: Path) -> None:
    db = tmp_path / "new" / "g.db"
    assert main(["--db", str(db), "init"]) == 0
    assert db.exists()


@pytest.mark.parametrize("command", [["init"], ["roles", "list"], ["export", "grants", "--year", "2024", "--out", "X"],
                                     ["demo"]])
def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "notes.db"
    db.write_text("minutes of the meeting, not a database\n")
    before = digest(db)
    args = [a if a != "X" else str(tmp_path / "g.xlsx") for a in command]
    result = run("--db", str(db), *args)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"Database: {db} is not a grants database (not an SQLite file); it was left untouched"]
    assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]  # no .bak, no -wal, no export


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "g.db"
    assert main(["--db", str(db), "init"]) == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.execute("INSERT INTO user_role (username, role, active) VALUES ('boss', 'admin', 1)")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = digest(db)
    names = sorted(p.name for p in tmp_path.iterdir())
    for args in (["init"], ["roles", "list"], ["audit"], ["export", "budget", "--from", "2024", "--to", "2024",
                                                           "--out", str(tmp_path / "b.xlsx")]):
        result = run("--db", str(db), *args)
        assert result.returncode == 1, args
        assert result.stderr.strip().splitlines() == [
            f"Database: {db} was written by a newer version of grants (schema 0099); it was left untouched: "
            "use that version or a later one"], args
        assert digest(db) == before
        assert not list(tmp_path.glob("*.bak")) and sorted(p.name for p in tmp_path.iterdir()) == names


def test_file_system_errors_are_one_line_naming_the_path(ready: str, tmp_path: Path) -> None:
    folder = tmp_path / "a folder.xlsx"
    folder.mkdir()
    result = run("--db", str(ready), "export", "budget", "--from", "2024", "--to", "2024", "--out", str(folder))
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert str(folder) in result.stderr and "Traceback" not in result.stderr
    blocker = tmp_path / "file"
    blocker.write_text("")
    inside = blocker / "g.xlsx"  # a folder that is a file
    result = run("--db", str(ready), "export", "grants", "--year", "2024", "--out", str(inside))
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert str(blocker) in result.stderr and "Traceback" not in result.stderr
    result = run("--db", str(ready), "template", "--out", str(inside))
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert str(blocker) in result.stderr


def test_os_error_line() -> None:
    from grants.cli import _os_error_line

    assert _os_error_line(PermissionError(13, "Permission denied", "/ro/g.xlsx")) == "/ro/g.xlsx: Permission denied"
    assert _os_error_line(IsADirectoryError(21, "Is a directory", "/tmp/x")) == "/tmp/x: Is a directory"


@pytest.mark.parametrize("args", [["export", "grants", "--year", "0"], ["export", "grants", "--year", "2101"],
                                  ["export", "budget", "--from", "1989", "--to", "2024"],
                                  ["export", "statement", "--beneficiary", "X", "--year", "3000"]])
def test_years_are_checked(ready: str, tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "o.xlsx"
    assert main(["--db", str(ready), *args, "--out", str(out)]) == 1
    assert "is not a year" in capsys.readouterr().err
    assert not out.exists()


def test_audit_exits_1_when_a_check_fails_and_0_when_all_pass(ready: str) -> None:
    assert main(["--db", str(ready), "audit"]) == 0  # nothing recorded: every check passes
    # a failing check exits 1: tests/test_audit_checks.py::test_cli_audit_prints_a_line_per_check


def test_the_command_line_logs_to_the_gui_log(ready: str, tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    assert run("--db", str(ready), "roles", "list", env={"GRANTS_LOG_DIR": str(logs)}).returncode == 0
    assert run("--db", str(tmp_path / "none.db"), "audit", env={"GRANTS_LOG_DIR": str(logs)}).returncode == 1
    text = (logs / "grants.log").read_text(encoding="utf-8")
    assert "command: grants --db" in text and "roles list" in text and "exit 0" in text
    assert "refused: no database at" in text
    from grants.services import logfile
    from grants.ui import errors

    assert errors.log_dir.__doc__ and logfile.log_dir() != logs  # the GUI reads the same setting


def test_a_password_in_the_database_url_is_not_logged(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    run("--db", "postgresql://bob:s3cr@t@127.0.0.1:1/none", "roles", "list",
        env={"GRANTS_LOG_DIR": str(logs), "PGPASSWORD": "unused", "PGCONNECT_TIMEOUT": "2"})
    text = (logs / "grants.log").read_text(encoding="utf-8")
    assert "postgresql://bob:***@127.0.0.1:1/none" in text and "s3cr" not in text


def test_the_collector_paused_for_the_start_up_only(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """``main`` pauses Python's cycle collector while the command imports its libraries, and puts it
    back when the command opens its database, and when it returns (or is refused, or exits)."""
    import gc

    import grants.cli as cli
    from grants.services import database

    seen: list[bool] = []
    real = database.Database.__init__

    def spy(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        real(self, *args, **kwargs)

    monkeypatch.setattr(database.Database, "__init__", spy)
    assert gc.isenabled()
    assert cli.main(["--db", str(tmp_path / "none.db"), "audit"]) == 1  # refused before opening anything
    assert gc.isenabled()
    assert cli.main(["--db", str(tmp_path / "g.db"), "init"]) == 0
    assert cli.main(["--db", str(tmp_path / "g.db"), "budget-year", "2024", "--voted"]) == 0
    assert seen and all(seen)  # the database is opened with the collector on
    assert gc.isenabled()
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert gc.isenabled()
    gc.disable()  # a caller that paused it itself keeps it paused
    try:
        cli.main(["--db", str(tmp_path / "g.db"), "budget-year", "2024", "--voted"])
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("argv", [[], ["gui"], ["--db", "x.db"], ["--db=x.db"], ["--read-only"],
                                  ["--db", "x.db", "--read-only", "gui"], ["--read-only", "--db", "a", "--db", "b"],
                                  ["--db", "postgresql://u@h/db", "gui"]])
def test_the_gui_command_lines_are_read_as_the_full_parser_reads_them(argv: list[str]) -> None:
    """The GUI's command lines skip building every command's parser (the window paints sooner): the
    same database, the same read-only flag, the GUI as the handler."""
    from grants.cli import build_parser, gui_arguments, run_gui

    quick, full = gui_arguments(argv), build_parser().parse_args(argv)
    assert quick is not None
    assert (quick.db, quick.read_only, quick.handler) == (full.db, full.read_only, getattr(full, "handler", run_gui))


@pytest.mark.parametrize("argv", [["--help"], ["-h"], ["--version"], ["audit"], ["--db"], ["--db", "x", "audit"],
                                  ["gui", "--db", "x"], ["--db", "--read-only"], ["--bogus"], ["gui", "gui"]])
def test_every_other_command_line_goes_to_the_full_parser(argv: list[str]) -> None:
    from grants.cli import gui_arguments

    assert gui_arguments(argv) is None


def test_each_cli_module_registers_the_commands_the_table_gives_it() -> None:
    """``COMMAND_MODULES`` (what ``build_parser(command)`` builds alone) is what each module registers."""
    import argparse
    from importlib import import_module

    from grants.cli import COMMAND_MODULES

    for name, words in COMMAND_MODULES.items():
        parser = argparse.ArgumentParser(prog="grants")
        sub = parser.add_subparsers(dest="command")
        import_module(f"grants.cli.{name}").register(sub)
        assert tuple(sub.choices) == words, name


@pytest.mark.parametrize("argv", [
    ["--db", "x.db", "export", "grants", "--year", "2024", "--out", "g.xlsx"],
    ["--db=x.db", "--read-only", "export", "publication", "--year", "2024", "--out", "p.pdf", "--lang", "nl"],
    ["audit", "--year", "2023"], ["--db", "x", "snapshot", "--out", "s.db"], ["init"], ["letters", "--help"],
    ["export", "grants"], ["export", "grants", "--year", "abc", "--out", "x"], ["bogus"], ["--db", "--read-only"],
    ["plpp", "key", "--help"], ["--help"], ["--version"],
])
def test_a_command_line_reads_the_same_with_only_its_command_s_parser(
        argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """``build_parser(command_word(argv))`` (a command's start-up) gives what the whole parser gives:
    the same arguments, or the same exit code and the same help or error text."""
    from grants.cli import build_parser, command_word

    def parse(parser):  # type: ignore[no-untyped-def]
        try:
            ns = vars(parser.parse_args(argv))
            return 0, {k: (v.__name__ if callable(v) else v) for k, v in ns.items()}, capsys.readouterr()
        except SystemExit as exc:
            return exc.code, None, capsys.readouterr()

    assert parse(build_parser(command_word(argv))) == parse(build_parser())
