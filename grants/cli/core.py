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
    p = sub.add_parser("application", help="a selected application that waits (not granted yet), then its grant")
    asub = p.add_subparsers(dest="action", required=True)
    q = asub.add_parser("hold", help="selected by the jury, not granted yet: record why it waits")
    q.add_argument("ref", metavar="APPLICATION_REF")
    q.add_argument("--reason", required=True, help="e.g. no budget validation")
    q.set_defaults(handler=cmd_application_hold)
    q = asub.add_parser("grant", help="grant a waiting application in one action (its draft grant on a budget line)")
    q.add_argument("ref", metavar="APPLICATION_REF")
    q.add_argument("--line", required=True, metavar="CODE", help="budget line code of the call's year")
    q.set_defaults(handler=cmd_application_grant)
    p = sub.add_parser("reference", help="PGSP plan editions: load one from a workbook, or write its template")
    rsub = p.add_subparsers(dest="reference_command", metavar="ACTION", required=True)
    q = rsub.add_parser("load", help="load a PGSP plan edition (thematics, measures, fr and nl), all or nothing")
    q.add_argument("file", type=Path, metavar="FILE.xlsx")
    q.set_defaults(handler=cmd_reference_load)
    q = rsub.add_parser("template", help="write an empty PGSP edition workbook (Edition, Thematics, Measures)")
    q.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    q.set_defaults(handler=cmd_reference_template)


def cmd_init(args: argparse.Namespace) -> int:
    from grants.cli import resume_collector
    from grants.services.database import Database
    from grants.services.schema import init_database

    resume_collector()
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


def cmd_budget_year(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.services.budget import set_provisional

    db = open_db(args, must_exist=True)
    set_provisional(db, args.year, bool(args.provisional), args.note)
    regime = "provisional (commitments by twelfths)" if args.provisional else "voted"
    print(f"budget year {args.year}: {regime}")
    return 0


def _application(db: object, ref: str) -> tuple[int, int]:
    """(application id, its programme's year), or NotFound naming the reference."""
    from grants.models import Application, Programme
    from grants.services.common import by_ref

    with db.reading() as s:  # type: ignore[attr-defined]
        a = by_ref(s, Application, ref, "application")
        return int(a.id), int(s.get(Programme, a.programme_id).year)


def cmd_application_hold(args: argparse.Namespace) -> int:
    import datetime as dt

    from grants.cli import open_db
    from grants.services.programmes import hold_application

    db = open_db(args, must_exist=True)
    app_id, _ = _application(db, args.ref)
    hold_application(db, app_id, args.reason, dt.date.today())
    print(f"application {args.ref}: selected, not granted ({args.reason.strip()})")
    return 0


def cmd_application_grant(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from grants.cli import open_db
    from grants.models import BudgetLine, Grant
    from grants.services.errors import QT_TRANSLATE_NOOP, NotFound
    from grants.services.programmes import grant_waiting

    db = open_db(args, must_exist=True)
    app_id, year = _application(db, args.ref)
    with db.reading() as s:
        line_id = s.scalar(select(BudgetLine.id).where(BudgetLine.year == year, BudgetLine.code == args.line))
    if line_id is None:
        raise NotFound.single(QT_TRANSLATE_NOOP("rules", "No budget line {code} in {year}"), "line",
                              code=args.line, year=year)
    gid = grant_waiting(db, app_id, line_id)
    with db.reading() as s:
        ref = s.get(Grant, gid).ref
    print(f"application {args.ref}: granted as draft grant {ref}")
    return 0


def cmd_reference_load(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.services.reference import load_edition

    if not args.file.exists():
        print(f"{args.file}: no such file", file=sys.stderr)
        return 1
    db = open_db(args)
    print(load_edition(db, args.file).describe())
    return 0


def cmd_reference_template(args: argparse.Namespace) -> int:
    from grants.services.reference import write_reference_template

    write_reference_template(args.out)
    print(f"template written: {args.out}")
    return 0
