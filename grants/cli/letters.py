"""Letter commands (README "Letters"; ../shared/spec/interfaces.md):

    grants [--db ...] letter KIND --grant REF --out FILE.docx|FILE.pdf [--lang fr|nl]
    grants [--db ...] letters KIND (--programme REF | --due) --out DIR

Refusals raise RuleError: one line on stderr, exit 1; a bad KIND is bad usage (exit 2).
"""

from __future__ import annotations

import argparse
from pathlib import Path

KINDS = ("decision", "convention", "notification", "advance", "balance", "reminder", "recovery", "closure")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("letter", help="a letter on a grant, from its (editable) template: Word or PDF")
    p.add_argument("kind", choices=KINDS, metavar="KIND", help="one of " + ", ".join(KINDS))
    p.add_argument("--grant", required=True, metavar="REF")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.docx|FILE.pdf")
    p.add_argument("--lang", choices=["fr", "nl"], default=None,
                   help="language of the letter (default: the beneficiary's, else French)")
    p.set_defaults(handler=cmd_letter)

    p = sub.add_parser("letters", help="one letter per grant of a programme, or every reminder due today, "
                       "in a folder with an index workbook")
    p.add_argument("kind", choices=KINDS, metavar="KIND", help="one of " + ", ".join(KINDS))
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--programme", metavar="REF")
    which.add_argument("--due", action="store_true", help="every reminder due today")
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.add_argument("--lang", choices=["fr", "nl"], default=None,
                   help="language of the letters (default: each beneficiary's, else French)")
    p.set_defaults(handler=cmd_letters)


def cmd_letter(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.reports import letters as writer
    from grants.services.errors import QT_TRANSLATE_NOOP, RuleError

    if args.out.suffix.lower() not in (".docx", ".pdf"):
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Output: the file is written as {kinds}, not {name}"),
                               "out", kinds=".docx or .pdf", name=args.out.name)
    db = open_db(args)
    try:
        result = writer.produce_letter(db, args.grant, args.kind, args.out, args.lang)
    finally:
        db.dispose()
    print(f"{args.kind} letter written: {result.path} ({result.lang}, SHA-256 {result.sha256})")
    return 0


def cmd_letters(args: argparse.Namespace) -> int:
    from grants.cli import open_db
    from grants.reports import letters as writer

    db = open_db(args)
    try:
        results = writer.produce_batch(db, args.kind, args.out, programme=args.programme, due=args.due,
                                        lang=args.lang)
    finally:
        db.dispose()
    if not results:
        why = "no reminder is due" if args.due else "no grant to write to"
        print(f"no letter to write: {why}; {args.out} untouched")
        return 0
    print(f"{len(results)} letters written to {args.out}")
    return 0
