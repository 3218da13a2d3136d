"""The ``grants`` command line: the same services as the GUI (see ../shared/spec/interfaces.md).

Exit status: 0 done; 1 refused (one line per problem on stderr); 2 bad usage.
Heavy libraries are imported inside the commands, so that ``grants`` (the GUI) starts fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    from . import admin, core, export

    parser = argparse.ArgumentParser(prog="grants", description="Subsidies management (safe.brussels)")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="SQLite file or SQLAlchemy URL (default: GRANTS_DB, "
                        "else grants.db in the user's data folder)")
    parser.add_argument("--read-only", action="store_true", help="open the database read-only")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the application (the default)")
    gui.set_defaults(handler=run_gui)
    for module in (core, export, admin):
        module.register(sub)
    return parser


def open_db(args: argparse.Namespace, *, must_exist: bool = False) -> Any:
    """The database named by --db (created and initialised on first use unless read-only)."""
    from grants.services.database import Database
    from grants.services.schema import ensure_ready

    db = Database(args.db, read_only=args.read_only)
    if not db.read_only and not must_exist:  # a snapshot is read-only even without --read-only
        ensure_ready(db)
    return db


def run_gui(args: argparse.Namespace) -> int:
    from grants.ui.app import run

    return run(db=args.db, read_only=args.read_only)


def report_problems(problems: Sequence[Any]) -> None:
    from grants.i18n import render_problem

    for p in problems:
        print(render_problem(p), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = getattr(args, "handler", run_gui)
    from grants.services.errors import RuleError

    try:
        return handler(args)
    except RuleError as e:
        report_problems(e.problems)
        return 1
    except KeyboardInterrupt:
        print("interrupted: nothing was saved", file=sys.stderr)
        return 1
    except Exception as e:  # environment errors (disk full, locked database) told plainly
        from sqlalchemy.exc import OperationalError

        if isinstance(e, OperationalError):
            print(f"database error: {e.orig}", file=sys.stderr)
            return 1
        raise


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main(["gui", *sys.argv[1:]] if len(sys.argv) == 1 or sys.argv[1].startswith("-") else sys.argv[1:])
