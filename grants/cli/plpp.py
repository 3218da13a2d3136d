"""The PLPP allocation key (README "PLPP allocation key").

    grants [--db ...] plpp key --year Y [--from FILE.xlsx]     show the key of Y, or set it from a workbook
    grants [--db ...] plpp derogation --year Y --commune NIS (--reason TEXT | --withdraw)
"""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("plpp", help="local prevention plans: the allocation key among the communes, derogations")
    psub = p.add_subparsers(dest="plpp_command", metavar="ACTION", required=True)
    q = psub.add_parser("key", help="show the key of a year (share, previous and this year's subsidy, change), "
                                     "or set it from a workbook (columns nis, share)")
    q.add_argument("--year", required=True, metavar="Y")
    q.add_argument("--from", dest="source", type=Path, metavar="FILE.xlsx",
                   help="set the key from the first sheet (columns nis and share in percent, adding up to 100)")
    q.set_defaults(handler=cmd_key)
    q = psub.add_parser("derogation", help="record why a commune's subsidy may move outside -1 %% / +2 %%")
    q.add_argument("--year", required=True, metavar="Y")
    q.add_argument("--commune", required=True, metavar="NIS", help="the commune's NIS code (21004)")
    how = q.add_mutually_exclusive_group(required=True)
    how.add_argument("--reason", help="the derogation's reason (government decision...)")
    how.add_argument("--withdraw", action="store_true", help="withdraw the derogation")
    q.set_defaults(handler=cmd_derogation)


def cmd_key(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.i18n import format_money
    from grants.services import local_plans, plpp

    shares = plpp.read_key_workbook(args.source) if args.source is not None else None  # before the database
    db = open_db(args, must_exist=shares is None)
    try:
        if shares is not None:
            changed = plpp.set_key(db, args.year, shares)
            print(f"PLPP key {args.year}: {len(shares)} communes, {changed} share(s) changed")
            return 0
        rows = local_plans.overview(db, args.year, "en")
    finally:
        db.dispose()
    print("nis\tcommune\tshare\tprevious\tamount\tchange\tband\tderogation")
    for r in sorted(rows, key=lambda r: r.nis):
        share = "" if r.share is None else f"{r.share} %"
        change = "" if r.change is None else f"{r.change:+} %"
        band = "" if r.change is None else ("ok" if r.in_band else ("derogation" if r.derogation else "OUTSIDE"))
        print(f"{r.nis}\t{r.commune}\t{share}\t{format_money(r.previous, 'en')}\t{format_money(r.amount, 'en')}\t"
              f"{change}\t{band}\t{r.derogation or ''}")
    return 0


def cmd_derogation(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.services import plpp

    db = open_db(args, must_exist=True)
    try:
        plpp.set_derogation(db, args.year, args.commune, None if args.withdraw else args.reason)
    finally:
        db.dispose()
    done = "withdrawn" if args.withdraw else "recorded"
    print(f"PLPP derogation {args.year} for {args.commune} {done}")
    return 0
