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
    p = sub.add_parser("budget-year", help="a fiscal year's budget regime: provisional (twelfths) or voted")
    p.add_argument("year", type=int)
    regime = p.add_mutually_exclusive_group(required=True)
    regime.add_argument("--provisional", action="store_true",
                        help="no budget voted: commitments limited month by month to twelfths of last year's credits")
    regime.add_argument("--voted", action="store_true", help="the budget is voted: no twelfths limit")
    p.add_argument("--note", help="why (e.g. budget not voted on 1 January)")
    p.set_defaults(handler=cmd_budget_year)


def cmd_init(args: argparse.Namespace) -> int:
    from grants.services.database import Database
    from grants.services.schema import init_database

    db = Database(args.db, read_only=args.read_only)
    result = init_database(db)
    if result.backup:
        print(f"backup: {result.backup}")
    state = "created" if result.created else (f"upgraded from {result.upgraded_from}" if result.upgraded_from else "up to date")
    print(f"database {db.url} {state} (schema {result.revision})")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.demo import load_demo

    db = open_db(args)
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


def cmd_budget_year(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.services.budget import set_provisional

    db = open_db(args, must_exist=True)
    set_provisional(db, args.year, bool(args.provisional), args.note)
    regime = "provisional (commitments by twelfths)" if args.provisional else "voted"
    print(f"budget year {args.year}: {regime}")
    return 0
