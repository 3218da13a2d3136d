"""Commands on a grant's records: its files (``attach``) and, for multi-year projects, ``renew``.

    grants [--db ...] attach REF FILE [--kind K] [--note TEXT]   keep a file with a grant
    grants [--db ...] renew REF [--amount A]    next year's draft grant of the same multi-year project
    grants [--db ...] cofunding REF [--project-budget X|none] [--funder NAME [--amount X] [--status S] [--remove]]
                                                a decided grant's co-financing: shown, or changed (ceiling re-checked)
"""

from __future__ import annotations

import argparse
from decimal import Decimal
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
    p = sub.add_parser("cofunding", help="a decided grant's co-financing: the project's total budget and its other "
                                         "funders, shown or changed (the amount stays within the budget minus them)")
    p.add_argument("ref", metavar="REF", help="the grant's reference")
    p.add_argument("--project-budget", metavar="X", help="the project's total budget ('none': not given)")
    p.add_argument("--funder", metavar="NAME", help="the other funder to add, change or remove (found by name)")
    p.add_argument("--amount", metavar="X", help="the funder's amount (required for a new funder)")
    p.add_argument("--status", choices=("requested", "granted", "refused"),
                   help="the funder's status (a new funder: requested by default)")
    p.add_argument("--remove", action="store_true", help="remove the funder")
    p.set_defaults(handler=cmd_cofunding, parser=p)


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


def cmd_cofunding(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.domain.parse import ParseError, parse_amount
    from grants.i18n import format_money
    from grants.models import FunderStatus
    from grants.services import cofunding
    from grants.services.attachments import grant_id_by_ref
    from grants.services.errors import Problem, RuleError

    if args.funder is None and (args.amount is not None or args.status is not None or args.remove):
        args.parser.error("--amount, --status and --remove need --funder NAME")
    if args.remove and (args.amount is not None or args.status is not None):
        args.parser.error("--remove takes no --amount or --status")
    problems: list[Problem] = []

    def amount(text: str | None, field: str) -> Decimal | None:
        if text is None or (text.strip().lower() == "none" and field == "project_budget"):
            return None
        try:
            return parse_amount(text)
        except ParseError as e:
            problems.append(Problem(e.message, e.params, field))
            return None

    budget: Decimal | cofunding.Keep | None = cofunding.KEEP
    if args.project_budget is not None:
        budget = amount(args.project_budget, "project_budget")
    value = amount(args.amount, "amount")
    if problems:  # read before the database is opened: a typo changes nothing
        raise RuleError(problems)
    change = args.funder is not None or args.project_budget is not None
    db = open_db(args, must_exist=True)
    try:
        gid = grant_id_by_ref(db, args.ref)
        if args.funder is not None:
            done = cofunding.set_funder(db, gid, args.funder, amount=value, remove=args.remove,
                                        status=FunderStatus(args.status) if args.status else None,
                                        project_budget=budget)
        elif change:
            done = cofunding.set_cofunding(db, gid, project_budget=budget)
        else:
            done = cofunding.cofunding_of(db, gid)
    finally:
        db.dispose()

    def money(v: Decimal | None) -> str:
        return "-" if v is None else format_money(v, "en")

    rate = "-" if done.rate is None else f"{done.rate} %"
    print(f"grant {done.ref}: amount {money(done.amount)}, project budget {money(done.project_budget)}, "
          f"other funding {money(done.other_funding)}, ceiling {money(done.ceiling)}, co-financing rate {rate}")
    for name, a, st in done.funders:
        print(f"{name}\t{money(a)}\t{st.value}")
    return 0
