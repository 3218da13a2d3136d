"""The ``grants`` command line: the same services as the GUI (see ../shared/spec/interfaces.md).

Exit status: 0 done; 1 refused (one line per problem on stderr); 2 bad usage.
Heavy libraries are imported inside the commands, so that ``grants`` (the GUI) starts fast.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

Handler = Callable[[argparse.Namespace], int]
log = logging.getLogger("grants.cli")

#: True while ``main`` holds Python's cycle collector paused for the start-up (see _pause_collector).
_collector_paused = False


def _pause_collector() -> None:
    """Pause the cycle collector for the command's start-up. Importing SQLAlchemy, the models, the
    services and the writers creates some 400 000 long-lived objects and no garbage cycle: the
    collector's passes over them were ~4% of a short command's CPU. It is back (as it was) as soon as
    the command opens its database (``connect``), starts the GUI, or returns."""
    global _collector_paused
    if gc.isenabled():
        gc.disable()
        _collector_paused = True


def resume_collector() -> None:
    """The cycle collector back on, if ``main`` paused it (idempotent)."""
    global _collector_paused
    if _collector_paused:
        _collector_paused = False
        gc.enable()


def check_years(args: argparse.Namespace) -> None:
    """Year arguments (--year, --from, --to) between 1990 and 2100 (``parse_year``), else refused (exit 1)."""
    for attr in ("year", "year_from", "year_to"):
        value = getattr(args, attr, None)
        if value is not None:
            from grants.services.validators import parse_year  # imported only when a year is given

            setattr(args, attr, parse_year(value, "year"))


#: The commands each module of grants.cli registers, in the order of the help (tests/test_cli_conventions.py
#: holds this to what each module registers).
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "core": ("init", "demo", "template", "import", "budget-year", "application", "reference"),
    "export": ("export",),
    "admin": ("snapshot", "verify", "audit", "roles", "migrate-to", "settings"),
    "records": ("attach", "renew", "cofunding"),
    "letters": ("letter", "letters"),
    "plpp": ("plpp",),
}


def command_word(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names (``export`` in ``--db X export grants ...``) after the global
    options; None when something else comes first (``--help``, ``--version``, a typo)."""
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        if token == "--db" and rest:
            rest.pop(0)
        elif token == "--read-only" or (token.startswith("--db=") and len(token) > 5):
            continue
        else:
            return None if token.startswith("-") else token
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``command`` (a command word), only the module that registers it
    (the same parser for that command, without importing and building the others: a short command's
    start-up). An unknown word builds the whole parser, whose error lists the commands."""
    from importlib import import_module

    from grants import __version__

    owners = [m for m, words in COMMAND_MODULES.items() if command in words]
    modules = [import_module(f"grants.cli.{m}") for m in (owners or COMMAND_MODULES)]
    parser = argparse.ArgumentParser(prog="grants", description="Subsidies management (safe.brussels)")
    parser.add_argument("--version", action="version", version=f"grants {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="SQLite file or SQLAlchemy URL (default: GRANTS_DB, "
                        "else grants.db in the user's data folder)")
    parser.add_argument("--read-only", action="store_true", help="open the database read-only")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the application (the default)")
    gui.set_defaults(handler=run_gui)
    for module in modules:
        module.register(sub)
    return parser


def connect(db: str | None, *, read_only: bool = False) -> Any:
    """``Database(db)``; when a server asks for a password that libpq found nowhere (PGPASSWORD,
    the pgpass file), asked on the terminal (never echoed, never kept), else refused in one line."""
    from grants.services.database import Database, needs_password, resolve_url, with_password
    from grants.services.errors import QT_TRANSLATE_NOOP, RuleError

    resume_collector()  # the start-up's imports are done: the command's work starts
    try:
        return Database(db, read_only=read_only)
    except Exception as exc:
        if not needs_password(exc):
            raise
        from sqlalchemy.engine import make_url

        url = resolve_url(db)
        shown = make_url(url).render_as_string(hide_password=True)
        if not (sys.stdin.isatty() and sys.stderr.isatty()):
            raise RuleError.single(QT_TRANSLATE_NOOP(
                "rules", "Password: the server asks for a password for {url}; set PGPASSWORD or a pgpass file, or run "
                         "the command in a terminal to be asked"), "password", url=shown) from None
        import getpass

        password = getpass.getpass(f"password for {shown}: ")
        return Database(with_password(url, password), read_only=read_only)


def open_db(args: argparse.Namespace, *, must_exist: bool = False, create: bool = False) -> Any:
    """The database named by --db, brought to the latest schema unless read-only or ``must_exist``.

    A missing database is refused ("no database at PATH: run grants init") and nothing is created,
    unless ``create`` (init, demo); a file that is not a database, or a database written by a newer
    version, is refused untouched."""
    from grants.services.database import resolve_url, sqlite_path
    from grants.services.errors import QT_TRANSLATE_NOOP, RuleError
    from grants.services.schema import check_database_file, check_schema_known, ensure_ready

    path = sqlite_path(resolve_url(args.db))
    if path is not None:
        if not path.exists() and not create:
            raise RuleError.single(QT_TRANSLATE_NOOP("rules", "no database at {path}: run grants init"), "db",
                                   path=str(path))
        check_database_file(path)
    db = connect(args.db, read_only=args.read_only)
    try:
        if db.snapshot is None:
            check_schema_known(db)
        if not db.read_only and not must_exist:  # a snapshot is read-only even without --read-only
            ensure_ready(db)
    except BaseException:
        db.dispose()
        raise
    return db


def run_gui(args: argparse.Namespace) -> int:
    resume_collector()
    from grants.ui.app import run

    return run(db=args.db, read_only=args.read_only)


def report_problems(problems: Sequence[Any]) -> None:
    from grants.i18n import render_problem

    for p in problems:
        print(render_problem(p), file=sys.stderr)


def _start_log(argv: Sequence[str]) -> None:
    """The command line logs to the GUI's rotating log file (never failing a command for it)."""
    from grants.services.logfile import setup_file_logging

    try:
        setup_file_logging(fallback_to_stderr=False)
    except Exception:  # noqa: BLE001 - no log is better than no command
        return
    import re

    # a password in a database URL (postgresql://user:secret@host/db) never reaches the log
    log.info("command: grants %s", re.sub(r"(://[^:/@\s]+):\S*@", r"\1:***@", " ".join(argv)))


def check_out(args: argparse.Namespace) -> None:
    """An --out whose folder is in fact a file is refused before any work (one line naming it)."""
    import errno
    from pathlib import Path

    out = getattr(args, "out", None)
    if out is None:
        return
    for parent in Path(out).parents:
        if parent.exists():
            if not parent.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "Not a folder", str(parent))
            return


def _os_error_line(e: OSError) -> str:
    """One line naming the path: "PATH: reason"."""
    reason = e.strerror or str(e)
    if e.filename is None:
        return f"file error: {reason}"
    return f"{e.filename}: {reason}" + (f" ({e.filename2})" if e.filename2 else "")


def main(argv: Sequence[str] | None = None) -> int:
    _pause_collector()
    try:
        return _main(argv)
    finally:
        resume_collector()


def gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of the GUI's own command lines (``grants``, ``grants --db X``, ``--db=X``,
    ``--read-only``, then ``gui`` or nothing), read without building every command's parser (its
    imports and registrations come before the window's first paint); anything else: None, for the
    full parser (its help, its errors)."""
    db: str | None = None
    read_only, rest = False, list(argv)
    while rest and rest[0] not in ("gui",):
        token = rest.pop(0)
        if token == "--read-only":
            read_only = True
        elif token == "--db" and rest and not rest[0].startswith("-"):
            db = rest.pop(0)
        elif token.startswith("--db=") and len(token) > 5:
            db = token[5:]
        else:
            return None
    if rest not in ([], ["gui"]):
        return None
    return argparse.Namespace(db=db, read_only=read_only, command=rest[0] if rest else None, handler=run_gui)


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = gui_arguments(argv) or build_parser(command_word(argv)).parse_args(argv)
    handler: Handler = getattr(args, "handler", run_gui)
    if handler is not run_gui:
        _start_log(argv)
    from grants.services.errors import RuleError

    try:
        check_years(args)
        check_out(args)
        status = handler(args)
    except RuleError as e:
        report_problems(e.problems)
        log.info("refused: %s", "; ".join(str(p.render()) for p in e.problems))
        return 1
    except KeyboardInterrupt:
        print("interrupted: nothing was saved", file=sys.stderr)
        log.info("interrupted")
        return 1
    except OSError as e:  # a file that cannot be written or read: one line naming it
        print(_os_error_line(e), file=sys.stderr)
        log.info("file error: %s", _os_error_line(e))
        return 1
    except Exception as e:  # environment errors (disk full, locked database) told plainly
        import sqlite3

        if isinstance(e, sqlite3.Error):  # read by grants.services.lean, without SQLAlchemy
            print(f"database error: {e}", file=sys.stderr)
            log.info("database error: %s", e)
            return 1
        from sqlalchemy.exc import DatabaseError

        if isinstance(e, DatabaseError):
            print(f"database error: {e.orig}", file=sys.stderr)
            log.info("database error: %s", e.orig)
            return 1
        log.exception("failed")
        raise
    log.info("exit %s", status)
    return status


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows): the command line itself, whose
    default is the GUI, so that ``--db PATH`` and ``--read-only`` reach it (README "Installer")."""
    return main(sys.argv[1:])
