"""Commands on a grant's records: its files (``attach``) and, for multi-year projects, ``renew``.

    grants [--db ...] attach REF FILE [--kind K] [--note TEXT]   keep a file with a grant
    grants [--db ...] renew REF [--amount A]    next year's draft grant of the same multi-year project
"""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("attach", help="keep a file with a grant (signed convention, report...)")
    p.add_argument("ref", metavar="REF", help="the grant's reference")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--kind", default="other", metavar="K",
                   help="signed_convention, justification, activity_report, invoice or other (the default)")
    p.add_argument("--note", help="a short note kept with the file")
    p.set_defaults(handler=cmd_attach)
    p = sub.add_parser("renew", help="renew a grant for next year: a draft grant of the same project")
    p.add_argument("ref", metavar="REF", help="the grant's reference")
    p.add_argument("--amount", metavar="A", help="next year's amount (default: the grant's current amount)")
    p.set_defaults(handler=cmd_renew)


def cmd_attach(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.services.attachments import attach, check_kind, grant_id_by_ref

    check_kind(args.kind)  # a bad kind is refused before the database is opened
    db = open_db(args, must_exist=True)
    try:
        gid = grant_id_by_ref(db, args.ref)
        done = attach(db, gid, args.file, args.kind, note=args.note)
    finally:
        db.dispose()
    print(done.sha256)
    return 0


def cmd_renew(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.domain.parse import ParseError, parse_amount
    from grants.i18n import format_money
    from grants.services.attachments import grant_id_by_ref
    from grants.services.errors import Problem, RuleError
    from grants.services.projects import renew

    amount = None
    if args.amount is not None:  # read before the database is opened: a typo changes nothing
        try:
            amount = parse_amount(args.amount)
        except ParseError as e:
            raise RuleError(Problem(e.message, e.params, "amount")) from None
    db = open_db(args, must_exist=True)
    try:
        done = renew(db, grant_id_by_ref(db, args.ref), amount)
    finally:
        db.dispose()
    print(f"grant {args.ref} renewed for {done.year}: draft grant {done.ref} of "
          f"{format_money(done.amount, 'en')} (project {done.project_ref})")
    return 0
