"""Audit and administration commands: snapshot, verify, audit, roles (see the auditors issue).

    grants [--db ...] snapshot --out FILE [--force]     consistent, read-only, checksummed copy
    grants verify FILE [--expect SHA256] [--since EARLIER]
                                                        exit 0 only if intact; 1 names what is wrong
    grants [--db ...] audit [--year Y] [--out F.xlsx|F.pdf] [--details] [--lang fr|nl|en]
    grants [--db ...] roles list | set USER ROLE | remove USER
    grants [--db ...] settings [KEY [VALUE]]            organisation settings (admin sets them)
    grants [--db SQLITE] migrate-to URL                 copy to an empty server database, verified
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("snapshot", help="consistent, read-only, checksummed copy of the database for auditors")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(handler=cmd_snapshot)

    p = sub.add_parser("verify", help="check a snapshot's integrity; exit 0 only if intact")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--expect", metavar="SHA256",
                   help="the snapshot hash sent with it (covers the manifest and the content)")
    p.add_argument("--since", metavar="EARLIER",
                   help="an earlier snapshot, or the audit head (ID:HASH) it printed: fail if that history "
                        "was rewritten, cut short or removed since")
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("audit", help="run the ten audit checks; print a line per check")
    p.add_argument("--year", metavar="YEAR", help="only the grants, lines and payments of this year")
    p.add_argument("--out", type=Path, metavar="FILE.xlsx|FILE.pdf", help="write the report (Excel or PDF)")
    p.add_argument("--details", action="store_true", help="list the records at fault under each check")
    p.add_argument("--lang", choices=("fr", "nl", "en"), help="language of the report (default: the user's)")
    p.set_defaults(handler=cmd_audit)

    p = sub.add_parser("roles", help="who may do what (admin only)")
    rs = p.add_subparsers(dest="roles_command", metavar="ACTION", required=True)
    q = rs.add_parser("list", help="list the users and their roles")
    q.set_defaults(handler=cmd_roles_list)
    q = rs.add_parser("set", help="give USER a ROLE (officer, finance, auditor, admin)")
    q.add_argument("user", metavar="USER")
    q.add_argument("role", metavar="ROLE", choices=("officer", "finance", "auditor", "admin"))
    q.add_argument("--password", action="store_true",
                   help="on a server: prompt for the login's password and set it (else the DBA sets it)")
    q.set_defaults(handler=cmd_roles_set)
    q = rs.add_parser("remove", help="take USER's role away")
    q.add_argument("user", metavar="USER")
    q.set_defaults(handler=cmd_roles_remove)

    p = sub.add_parser("migrate-to", help="copy a SQLite database (--db) into an empty PostgreSQL database, verified: "
                       "row counts, content hash and audit chain; all or nothing")
    p.add_argument("url", metavar="URL",
                   help="postgresql://USER@HOST:PORT/DB (USER: the login that will own the tables)")
    p.set_defaults(handler=cmd_migrate_to)

    p = sub.add_parser("settings", help="organisation settings: name, address, iban, bic, logo, signatories, "
                       "letters_folder, attachment_max_mb, pgsp_editions (the PGSP edition of years no edition "
                       "covers: 2025=2021-2024; 2031=2025-2030) "
                       "(show; set with KEY VALUE, admin only; clear with KEY \"\")")
    p.add_argument("key", nargs="?", metavar="KEY", choices=("name", "address", "iban", "bic", "logo", "signatories",
                                                                       "letters_folder", "attachment_max_mb",
                                                                       "pgsp_editions"))
    p.add_argument("value", nargs="?", metavar="VALUE")
    p.set_defaults(handler=cmd_settings)


def _progress_printer() -> object:
    state = {"last": -1}

    def progress(done: int, total: int) -> bool:
        if sys.stderr.isatty() and total:
            pct = 100 * done // total
            if pct != state["last"]:
                state["last"] = pct
                print(f"\r{pct:3d} %", end="", file=sys.stderr, flush=True)
        return True

    return progress


def cmd_snapshot(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.i18n import format_value
    from grants.services.snapshot import take_snapshot

    db = open_db(args, must_exist=True)
    try:
        info = take_snapshot(db, args.out, overwrite=args.force, progress=_progress_printer())  # type: ignore[arg-type]
    finally:
        db.dispose()
    if sys.stderr.isatty():
        print("", file=sys.stderr)
    print(f"snapshot: {info.path}")
    print(f"taken: {format_value(info.taken_at)} UTC by {info.taken_by}, from {info.source}")
    print(f"schema: {info.schema_revision or '-'}; rows: {info.total_rows}")
    print(f"snapshot SHA-256: {info.snapshot_sha256}")
    print("send this hash separately (not with the file); check with: grants verify FILE --expect HASH")
    print(f"audit head: {info.audit_head or '-'}")
    print("keep the audit head (or the file): a later snapshot is checked with: grants verify NEW --since HEAD|FILE")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from grants.i18n import format_value
    from grants.services.snapshot import detect, verify

    problems = verify(args.file, expect=args.expect, since=args.since)
    if problems:
        for line in problems:
            print(f"{args.file}: {line}", file=sys.stderr)
        return 1
    info = detect(args.file)
    assert info is not None
    print(f"{args.file}: intact")
    print(f"taken: {format_value(info.taken_at)} UTC by {info.taken_by}, from {info.source}")
    print(f"schema: {info.schema_revision or '-'}; rows: {info.total_rows}")
    print(f"content SHA-256: {info.content_sha256}")
    print(f"snapshot SHA-256: {info.snapshot_sha256}")
    print(f"audit head: {info.audit_head or '-'}")
    # verify hashed every stored file against its SHA-256 and checked the row counts: all are intact
    print(f"{info.row_counts.get('attachment', 0)} attachments verified")
    if args.since is not None:
        print(f"history since {args.since}: intact")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.i18n import user_language
    from grants.services.audit_checks import run_checks
    from grants.services.errors import QT_TRANSLATE_NOOP, RuleError
    from grants.services.validators import parse_year

    year = parse_year(args.year, "year") if args.year is not None else None
    out: Path | None = args.out
    if out is not None and out.suffix.lower() not in (".xlsx", ".pdf"):
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Output: the report is written as .xlsx or .pdf, not {name}"),
                               "out", name=out.name)
    lang = args.lang or user_language()
    db = open_db(args, must_exist=True)
    try:
        # the summary prints each check's count and first reference: only the details and the
        # report list every fault, so only they build every one
        report = run_checks(db, year=year, limit=None if args.details or out is not None else 1)
    finally:
        db.dispose()
    for check in report.checks:
        print(check.line(lang))
        if args.details:
            for fault in check.faults:
                print(f"    {fault.render(lang)}")
            for note in check.notes:
                print(f"    ({note.render(lang)})")
    failed = sum(1 for c in report.checks if not c.passed)
    print(f"{len(report.checks) - failed} passed, {failed} failed")
    if out is not None:
        from grants.reports.audit_report import write_report

        write_report(report, out, lang=lang)
        print(f"report written: {out}")
    return 1 if failed else 0


def cmd_roles_list(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.services.roles import list_roles

    db = open_db(args, must_exist=True)
    try:
        listing = list_roles(db)
    finally:
        db.dispose()
    if not listing.users:
        print(f"no roles given: single-user mode ({db.user} acts as admin)")
        return 0
    for u in listing.users:
        state = "" if u.active else " (inactive)"
        print(f"{u.username}\t{u.role}{state}")
    return 0


def cmd_roles_set(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.services.errors import QT_TRANSLATE_NOOP, RuleError
    from grants.services.roles import set_role

    password = None
    db = open_db(args)
    try:
        if args.password:
            if db.is_sqlite:
                raise RuleError.single(QT_TRANSLATE_NOOP(
                    "rules", "Password: only a server login has a password (this database is a file)"), "password")
            import getpass

            password = getpass.getpass(f"password for {args.user}: ")
            if not password or password != getpass.getpass("again: "):
                raise RuleError.single(QT_TRANSLATE_NOOP(
                    "rules", "Password: empty, or the two entries differ; nothing was changed"), "password")
        set_role(db, args.user, args.role, password=password)
    finally:
        db.dispose()
    print(f"{args.user}: {args.role}")
    return 0


def cmd_roles_remove(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.services.roles import remove_role

    db = open_db(args, must_exist=True)
    try:
        remove_role(db, args.user)
    finally:
        db.dispose()
    print(f"{args.user}: role removed")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.services import organisation

    db = open_db(args)
    try:
        if args.value is not None:
            settings = organisation.set_setting(db, args.key, args.value)
            value = dict(settings.items())[args.key]
            print(f"{args.key}: {value if value is not None else '(not set)'}")
            return 0
        for key, value in organisation.get_settings(db).items():
            if args.key in (None, key):
                print(f"{key}: {value if value is not None else '(not set)'}")
        return 0
    finally:
        db.dispose()


def _target_with_password(url: str) -> str:
    """The target server's URL, with the password asked on the terminal when the server wants one
    that libpq found nowhere (as ``--db`` does: ``grants.cli.connect``); anything else unchanged
    (``migrate_to`` names what is wrong with it)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from grants.cli import connect
    from grants.services.database import Database, needs_password

    try:
        if make_url(url).get_backend_name() != "postgresql":
            return url
    except ArgumentError:
        return url
    try:
        probe = Database(url)
    except Exception as exc:  # noqa: BLE001 - not about a password: migrate_to reports it in one line
        if not needs_password(exc):
            return url
        probe = connect(url)  # asked on a terminal, else refused in one line; a wrong one as for --db
    try:
        return str(probe.url)
    finally:
        probe.dispose()


def cmd_migrate_to(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.services.database import resolve_url
    from grants.services.migrate import check_source, migrate_to

    check_source(resolve_url(args.db))
    target = _target_with_password(args.url)
    db = open_db(args)
    try:
        summary = migrate_to(db, target)
    finally:
        db.dispose()
    print(f"copied: {summary.source} -> {summary.target} (schema {summary.revision})")
    for name, n in sorted(summary.row_counts.items()):
        print(f"  {name}\t{n}")
    print(f"tables: {len(summary.row_counts)}; rows: {summary.total_rows}")
    print(f"content SHA-256: {summary.content_sha256} (the same on both sides)")
    chain = "intact" if not summary.audit_breaks else f"{summary.audit_breaks} break(s), as in the source"
    print(f"audit head: {summary.audit_head or '-'}; audit chain: {chain}")
    print("verified: row counts, content hash and audit chain match")
    return 0
