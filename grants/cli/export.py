"""Export commands: budget and grants workbooks, statements, SEPA payment file, call and PGSP PDFs.

See ../shared/spec/interfaces.md (``export budget``, ``export grants``, ``export statement`` are
the contract; the others are additions). Refusals raise RuleError: one line on stderr, exit 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def _lang_default() -> str:
    from grants.i18n import user_language

    return user_language()


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = sub.add_parser("export", help="export workbooks, statements and payment files")
    esub = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)

    def lang_option(p: argparse.ArgumentParser, auto: bool = False) -> None:
        choices = ["fr", "nl", "en"] + (["auto"] if auto else [])
        help_text = ("language of the statement (default, or auto: each beneficiary's own language)" if auto
                     else "language of the headings (default: the user's language)")
        p.add_argument("--lang", choices=choices, default=None, help=help_text)

    p = esub.add_parser("budget", help="budget tables (by category, execution, PGSP measures, payments by month)")
    p.add_argument("--from", dest="year_from", type=int, required=True, metavar="YEAR")
    p.add_argument("--to", dest="year_to", type=int, required=True, metavar="YEAR")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    lang_option(p)
    p.set_defaults(handler=cmd_budget)

    p = esub.add_parser("grants", help="the year's grants, one row each")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    lang_option(p)
    p.set_defaults(handler=cmd_grants)

    p = esub.add_parser("statement", help="a beneficiary's statement of the year (PDF)")
    p.add_argument("--beneficiary", required=True, metavar="REF")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    lang_option(p, auto=True)
    p.set_defaults(handler=cmd_statement)

    p = esub.add_parser("statements", help="one statement per beneficiary of the year, in a folder")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    lang_option(p, auto=True)
    p.set_defaults(handler=cmd_statements)

    p = esub.add_parser("sepa", help="approved payments not yet sent, as a SEPA credit-transfer file (pain.001)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.xml")
    p.add_argument("--date", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                   help="requested execution date (default: today)")
    p.add_argument("--reissue", metavar="MSGID", help="write the recorded file MSGID again, identical, "
                   "from the database (its payments stay as they are)")
    p.set_defaults(handler=cmd_sepa)

    p = esub.add_parser("call", help="a call's selected projects and amounts by measure (PDF)")
    p.add_argument("--programme", required=True, metavar="REF")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    lang_option(p)
    p.set_defaults(handler=cmd_call)

    p = esub.add_parser("publication", help="the year's list of grants to publish (Excel or PDF)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx|FILE.pdf")
    lang_option(p)
    p.set_defaults(handler=cmd_publication)

    p = esub.add_parser("implementation", help="PGSP implementation: projects, amounts, indicators by measure "
                        "(Word or PDF)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.docx|FILE.pdf")
    lang_option(p)
    p.set_defaults(handler=cmd_implementation)

    p = esub.add_parser("fse", help="the European Summits Fund: each police zone's convention and the zones' "
                        "contributions by measure (Excel)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    lang_option(p)
    p.set_defaults(handler=cmd_fse)

    p = esub.add_parser("pgsp", help="the PGSP annex: amounts by thematic and measure (PDF)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    lang_option(p)
    p.set_defaults(handler=cmd_pgsp)


def _db(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from grants.cli import open_db

    return open_db(args)


def cmd_budget(args: argparse.Namespace) -> int:
    from grants.reports import exports

    path = exports.budget_workbook(_db(args), args.year_from, args.year_to, args.out, args.lang or _lang_default())
    print(f"budget workbook written: {path}")
    return 0


@contextmanager
def _read_source(args: argparse.Namespace) -> Iterator[Any]:
    """The database to export from: a plain SQLite file at the current schema opened for reading
    without SQLAlchemy (``grants.services.lean``: the same queries, compiled ahead), closed after;
    else the database opened as every command opens it."""
    from grants.cli import resume_collector
    from grants.services.lean import open_file

    plain = open_file(args.db)
    resume_collector()  # the start-up's imports are done: the command's work starts (as connect() does)
    if plain is None:
        yield _db(args)
        return
    try:
        yield plain
    finally:
        plain.close()


def cmd_grants(args: argparse.Namespace) -> int:
    from grants.reports import exports

    with _read_source(args) as source:
        path, count = exports.grants_workbook(source, args.year, args.out, args.lang or _lang_default())
    print(f"grants workbook written: {path} ({count} grants)")
    return 0


def _statement_lang(value: str | None) -> str | None:
    """A statement is in the beneficiary's own language unless --lang names one."""
    return None if value in (None, "auto") else value


def cmd_statement(args: argparse.Namespace) -> int:
    from grants.reports import exports

    path = exports.statement_pdf(_db(args), args.beneficiary, args.year, args.out, _statement_lang(args.lang))
    print(f"statement written: {path}")
    return 0


def cmd_statements(args: argparse.Namespace) -> int:
    from grants.reports import exports

    paths = exports.statements_pdf(_db(args), args.year, args.out, _statement_lang(args.lang))
    print(f"{len(paths)} statements written in {args.out}")
    return 0


def cmd_sepa(args: argparse.Namespace) -> int:
    from grants.i18n import format_money
    from grants.services import sepa

    db = _db(args)
    if args.reissue:
        result = sepa.reissue(db, args.reissue, args.out)
        print(f"SEPA file re-issued: {result.path} (message {result.message_id}, {result.count} transfers, "
              f"{format_money(result.total, 'en')}, SHA-256 {result.checksum})")
        return 0
    result = sepa.export_sepa(db, args.out, args.date)
    print(f"SEPA file written: {result.path} (message {result.message_id}, {result.count} transfers, "
          f"{format_money(result.total, 'en')}, SHA-256 {result.checksum})")
    for f in sepa.unwritten_files(db):
        print(f"warning: the SEPA file {f.message_id} ({f.count} transfers) is recorded as sent but missing from "
              f"{f.path}: run grants export sepa --reissue {f.message_id} --out FILE", file=sys.stderr)
    return 0


def cmd_call(args: argparse.Namespace) -> int:
    from grants.reports import exports

    path = exports.call_pdf(_db(args), args.programme, args.out, args.lang or _lang_default())
    print(f"call report written: {path}")
    return 0


def cmd_pgsp(args: argparse.Namespace) -> int:
    from grants.reports import exports

    path = exports.pgsp_pdf(_db(args), args.year, args.out, args.lang or _lang_default())
    print(f"PGSP annex written: {path}")
    return 0


def _check_suffix(out: Path, suffixes: tuple[str, ...]) -> None:
    """An --out whose extension is not one of ``suffixes``: refused (exit 1) before any work."""
    from grants.services.errors import QT_TRANSLATE_NOOP, RuleError

    if out.suffix.lower() not in suffixes:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Output: the file is written as {kinds}, not {name}"),
                               "out", kinds=" or ".join(suffixes), name=out.name)


def cmd_publication(args: argparse.Namespace) -> int:
    from grants.reports import exports

    _check_suffix(args.out, (".xlsx", ".pdf"))
    with _read_source(args) as source:
        path, count = exports.publication_list(source, args.year, args.out, args.lang or _lang_default())
    print(f"publication list written: {path} ({count} grants)")
    return 0


def cmd_implementation(args: argparse.Namespace) -> int:
    from grants.reports import exports

    _check_suffix(args.out, (".docx", ".pdf"))
    path = exports.implementation_report(_db(args), args.year, args.out, args.lang or _lang_default())
    print(f"PGSP implementation written: {path}")
    return 0


def cmd_fse(args: argparse.Namespace) -> int:
    from grants.reports import exports

    _check_suffix(args.out, (".xlsx",))
    path, count = exports.fse_synthesis(_db(args), args.year, args.out, args.lang or _lang_default())
    print(f"FSE synthesis written: {path} ({count} conventions)")
    return 0
