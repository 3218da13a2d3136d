"""The bare libraries doing the same work as each measured command, run as a whole process.

    python -m benchmarks.baselines budget DB OUT.xlsx YEAR_FROM YEAR_TO
    python -m benchmarks.baselines audit DB
    python -m benchmarks.baselines snapshot DB OUT
    python -m benchmarks.baselines verify FILE
    python -m benchmarks.baselines import FILE.xlsx

No SQLAlchemy, no grants import: sqlite3, XlsxWriter, hashlib and openpyxl alone.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from decimal import Decimal
from typing import Any


def _ro(path: str) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _money(cents: Any) -> float:
    return float(Decimal(round(cents or 0)) / 100)


def budget(db: str, out: str, year_from: int, year_to: int) -> None:
    """The budget workbook's figures with plain GROUP BY queries, written with XlsxWriter."""
    import xlsxwriter  # type: ignore[import-untyped]

    conn = _ro(db)
    start, end = f"{year_from}-01-01", f"{year_to + 1}-01-01"
    by_cat = conn.execute(
        "SELECT b.category, g.year, SUM(ROUND(g.initial_amount * 100)) + COALESCE((SELECT SUM(ROUND(a.amount_delta * 100))"
        " FROM amendment a JOIN grant g2 ON g2.id = a.grant_id JOIN beneficiary b2 ON b2.id = g2.beneficiary_id"
        " WHERE b2.category = b.category AND g2.year = g.year), 0)"
        " FROM grant g JOIN beneficiary b ON b.id = g.beneficiary_id WHERE g.year BETWEEN ? AND ?"
        " GROUP BY b.category, g.year", (year_from, year_to)).fetchall()
    lines = conn.execute("SELECT id, year, code, label, commitment_credits, payment_credits FROM budget_line"
                         " WHERE year BETWEEN ? AND ? ORDER BY year, code", (year_from, year_to)).fetchall()
    amended = ("SELECT g.id AS gid, g.budget_line_id AS lid, g.status AS status, ROUND(g.initial_amount * 100)"
               " + COALESCE(SUM(ROUND(a.amount_delta * 100)), 0) AS amount FROM grant g"
               " LEFT JOIN amendment a ON a.grant_id = g.id WHERE g.year BETWEEN ? AND ? GROUP BY g.id")
    reserved = dict(conn.execute(
        f"SELECT t.lid, SUM(CASE WHEN t.status = 'closed' THEN COALESCE(c.c, 0) WHEN COALESCE(c.c, 0) > t.amount"
        f" THEN c.c ELSE t.amount END) FROM ({amended}) t LEFT JOIN (SELECT grant_id, SUM(ROUND(amount * 100)) AS c"
        f" FROM commitment GROUP BY grant_id) c ON c.grant_id = t.gid GROUP BY t.lid", (year_from, year_to)).fetchall())
    committed = dict(conn.execute("SELECT budget_line_id, SUM(ROUND(amount * 100)) FROM commitment"
                                  " GROUP BY budget_line_id").fetchall())
    paid: dict[tuple[str, str, str], float] = {}
    for y, code, status, c in conn.execute(
            "SELECT strftime('%Y', p.date), l.code, p.status, SUM(ROUND(p.amount * 100)) FROM payment p"
            " JOIN grant g ON g.id = p.grant_id JOIN budget_line l ON l.id = g.budget_line_id"
            " WHERE p.date >= ? AND p.date < ? AND p.kind != 'recovery' AND p.status != 'cancelled'"
            " GROUP BY 1, 2, 3", (start, end)):
        paid[(y, code, status)] = c
    # the grants' current amounts (decision plus amendments) by their measures' shares, as the
    # application's sheet (which also shares a grant on several measures out to the cent, per grant)
    measures = conn.execute(
        "SELECT g.year, m.code, COUNT(*), SUM(ROUND((ROUND(g.initial_amount * 100) + COALESCE(a.c, 0)) * gm.share / 100))"
        " FROM grant g LEFT JOIN (SELECT grant_id, SUM(ROUND(amount_delta * 100)) AS c FROM amendment GROUP BY grant_id) a"
        " ON a.grant_id = g.id JOIN grant_measure gm ON gm.grant_id = g.id JOIN measure m ON m.id = gm.measure_id"
        " WHERE g.year BETWEEN ? AND ? GROUP BY g.year, m.code ORDER BY g.year, m.code", (year_from, year_to)).fetchall()
    months = conn.execute(
        "SELECT strftime('%Y-%m', date), kind = 'recovery', SUM(ROUND(amount * 100)), COUNT(*) FROM payment"
        " WHERE status = 'approved' AND date >= ? AND date < ? GROUP BY 1, 2 ORDER BY 1", (start, end)).fetchall()
    wb = xlsxwriter.Workbook(out)
    euro = wb.add_format({"num_format": "#,##0.00"})
    bold = wb.add_format({"bold": True})
    ws = wb.add_worksheet("By category")
    years = list(range(year_from, year_to + 1))
    ws.write_row(0, 0, ["Category", *years], bold)
    cats = sorted({c for c, _, _ in by_cat})
    cells = {(c, y): v for c, y, v in by_cat}
    for r, cat in enumerate(cats, start=1):
        ws.write(r, 0, cat)
        for i, y in enumerate(years, start=1):
            ws.write_number(r, i, _money(cells.get((cat, y))), euro)
    ws = wb.add_worksheet("Execution")
    ws.write_row(0, 0, ["Year", "Code", "Label", "CE", "Reserved", "Committed", "Available CE", "CL", "Paid",
                        "To approve", "Available CL"], bold)
    for r, (lid, y, code, label, ce, cl) in enumerate(lines, start=1):
        res, com = reserved.get(lid, 0), committed.get(lid, 0)
        p, prep = paid.get((str(y), code, "approved"), 0), paid.get((str(y), code, "prepared"), 0)
        ws.write_row(r, 0, [y, code, label])
        ce_c, cl_c = round(Decimal(str(ce)) * 100), round(Decimal(str(cl)) * 100)
        for i, v in enumerate((ce_c, res, com, ce_c - res, cl_c, p, prep, cl_c - p - prep), start=3):
            ws.write_number(r, i, _money(v), euro)
    ws = wb.add_worksheet("Measures")
    for r, (y, code, n, c) in enumerate(measures, start=1):
        ws.write_row(r, 0, [y, code, n])
        ws.write_number(r, 3, _money(c), euro)
    ws = wb.add_worksheet("Payments")
    for r, (ym, back, c, n) in enumerate(months, start=1):
        ws.write_row(r, 0, [ym, bool(back), n])
        ws.write_number(r, 3, _money(c), euro)
    wb.close()
    conn.close()


_SEP = "\x1f"


def audit(db: str) -> None:
    """The audit checks' queries in sqlite3: per-line credits, per-grant order of acts and sums,
    separation of duties, publication, and the audit chain recomputed entry by entry."""
    conn = _ro(db)
    n = 0
    for q in (
        "SELECT g.id, g.ref, g.year, g.status, g.title, g.initial_amount, g.decision_date, g.decision_ref,"
        " g.beneficiary_id, g.programme_id FROM grant g",
        "SELECT grant_id, MIN(date) FROM commitment GROUP BY grant_id",
        "SELECT grant_id, MIN(date) FROM payment GROUP BY grant_id",
        "SELECT grant_id, MIN(received_on) FROM justification GROUP BY grant_id",
        "SELECT gm.grant_id, m.code FROM grant_measure gm JOIN measure m ON m.id = gm.measure_id",
        "SELECT grant_id, MAX(date) FROM amendment GROUP BY grant_id",
        "SELECT budget_line_id, SUM(ROUND(amount * 100)) FROM commitment GROUP BY budget_line_id",
        "SELECT l.code, strftime('%Y', p.date), SUM(ROUND(p.amount * 100)) FROM payment p JOIN grant g ON"
        " g.id = p.grant_id JOIN budget_line l ON l.id = g.budget_line_id WHERE p.status != 'cancelled'"
        " AND p.kind != 'recovery' GROUP BY 1, 2",
        "SELECT p.id, p.date, p.amount, p.prepared_by, p.approved_by, g.ref FROM payment p JOIN grant g ON"
        " g.id = p.grant_id WHERE p.status = 'approved' AND (p.prepared_by = p.approved_by OR p.approved_by IS NULL)",
        "SELECT COUNT(*) FROM payment WHERE status != 'cancelled'",
        "SELECT id, ref, name_fr, name_nl, bce FROM beneficiary",
        "SELECT entity, entity_id FROM audit_entry WHERE action = 'insert' GROUP BY entity, entity_id",
    ):
        for _ in conn.execute(q):
            n += 1
    prev, broken = "0" * 64, 0
    sha = hashlib.sha256
    for at, user, action, entity, eid, before, after, prev_hash, h in conn.execute(
            "SELECT at, user, action, entity, entity_id, before, after, prev_hash, hash FROM audit_entry ORDER BY id"):
        at_text = at.replace(" ", "T")[:19]
        computed = sha(_SEP.join((prev_hash, at_text, user, action, entity, eid, "\x00" if before is None else before,
                                  "\x00" if after is None else after)).encode("utf-8")).hexdigest()
        if prev_hash != prev or computed != h:
            broken += 1
        prev = h
    conn.close()
    print(f"{n} rows, {broken} broken links")


def _file_sha(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def snapshot(db: str, out: str) -> None:
    """Backup API copy, integrity_check of the copy, SHA-256 of its bytes."""
    src = _ro(db)
    dst = sqlite3.connect(out)
    src.backup(dst)
    src.close()
    assert dst.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    dst.close()
    print(_file_sha(out))


def verify(path: str) -> None:
    """SHA-256 of the file's bytes and integrity_check."""
    digest = _file_sha(path)
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    print(digest)


def import_(path: str) -> None:
    """openpyxl read-only reading every value of every sheet."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    n = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            n += len(row)
    wb.close()
    print(f"{n} cells")


def main(argv: list[str]) -> int:
    what, args = argv[0], argv[1:]
    if what == "budget":
        budget(args[0], args[1], int(args[2]), int(args[3]))
    elif what == "audit":
        audit(args[0])
    elif what == "snapshot":
        snapshot(args[0], args[1])
    elif what == "verify":
        verify(args[0])
    elif what == "import":
        import_(args[0])
    else:
        print(f"unknown baseline {what}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
