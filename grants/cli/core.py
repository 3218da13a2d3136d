"""Commands of the foundation: init, demo, template, import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="create the database or upgrade it; load the reference data")
    p.set_defaults(handler=cmd_init)
    p = sub.add_parser("demo", help="load the demonstration dataset (idempotent)")
    p.set_defaults(handler=cmd_demo)
    p = sub.add_parser("template", help="write an empty import workbook")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    p.set_defaults(handler=cmd_template)
    p = sub.add_parser("import", help="import a workbook, all or nothing")
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="check and show what would change, save nothing")
    p.set_defaults(handler=cmd_import)


def cmd_init(args: argparse.Namespace) -> int:
    from grants.services.database import Database
    from grants.services.schema import init_database

    db = Database(args.db, read_only=args.read_only)
    try:
        result = init_database(db)
    finally:
        db.dispose()
    if result.backup:
        print(f"backup: {result.backup}")
    state = "created" if result.created else (f"upgraded from {result.upgraded_from}" if result.upgraded_from else "up to date")
    print(f"database {db.url} {state} (schema {result.revision})")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.demo import load_demo

    db = open_db(args, create=True)
    summary = load_demo(db)
    print(summary)
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from grants.services.workbook import write_template

    write_template(args.out)
    print(f"template written: {args.out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.services.importer import import_workbook

    if not args.file.exists():
        print(f"{args.file}: no such file", file=sys.stderr)
        return 1
    db = open_db(args)
    result = import_workbook(db, args.file, dry_run=args.dry_run)
    print(result.describe())
    return 0
