"""The bare libraries doing the same work as each measured command, run as a whole process.

    python -m benchmarks.baselines budget DB OUT.xlsx YEAR_FROM YEAR_TO
    python -m benchmarks.baselines audit DB
    python -m benchmarks.baselines snapshot DB OUT
    python -m benchmarks.baselines verify FILE
    python -m benchmarks.baselines import FILE.xlsx
    python -m benchmarks.baselines grants-list DB OUT.xlsx YEAR TEXTS.json
    python -m benchmarks.baselines publication DB OUT.xlsx YEAR TEXTS.json
    python -m benchmarks.baselines statements DB OUT_DIR YEAR TEXTS.json LOGO.png FONTS_DIR

No SQLAlchemy, no grants import: sqlite3, XlsxWriter, hashlib, openpyxl and reportlab alone. The
export baselines get their constant texts (headings, labels, number formats) from TEXTS.json,
written beforehand by ``python -m benchmarks.texts`` (not timed): a bare script has them as literals.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import sys
from decimal import Decimal
from pathlib import Path
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


# --- exports: the grants list (XlsxWriter) and the statements (reportlab) -----------------------

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _year_figures(conn: sqlite3.Connection, year: int) -> dict[str, dict[int, int]]:
    """Per-grant sums of ``year``'s grants, in cents, one GROUP BY each."""
    def grouped(sql: str) -> dict[int, int]:
        return {gid: round(c or 0) for gid, c in conn.execute(sql, (year,))}

    g = " JOIN grant g ON g.id = x.grant_id WHERE g.year = ?"
    return {
        "amend": grouped("SELECT x.grant_id, SUM(ROUND(x.amount_delta * 100)) FROM amendment x" + g
                         + " GROUP BY x.grant_id"),
        "com": grouped("SELECT x.grant_id, SUM(ROUND(x.amount * 100)) FROM commitment x" + g + " GROUP BY x.grant_id"),
        "paid": grouped("SELECT x.grant_id, SUM(ROUND(x.amount * 100)) FROM payment x" + g
                        + " AND x.status = 'approved' AND x.kind != 'recovery' GROUP BY x.grant_id"),
        "back": grouped("SELECT x.grant_id, SUM(ROUND(x.amount * 100)) FROM payment x" + g
                        + " AND x.status = 'approved' AND x.kind = 'recovery' GROUP BY x.grant_id"),
        "acc": grouped("SELECT x.grant_id, SUM(ROUND(l.accepted * 100)) FROM justification x JOIN justification_line l"
                       " ON l.justification_id = x.id" + g + " AND x.admissible = 1 GROUP BY x.grant_id"),
        "claimed": grouped("SELECT x.grant_id, SUM(ROUND(x.amount * 100)) FROM recovery_claim x" + g
                           + " AND x.status != 'cancelled' GROUP BY x.grant_id"),
        "other": grouped("SELECT x.grant_id, SUM(ROUND(x.amount * 100)) FROM grant_cofunder x" + g
                         + " AND x.status != 'refused' GROUP BY x.grant_id"),
    }


def _measures_text(conn: sqlite3.Connection, year: int) -> dict[int, str]:
    by: dict[int, list[tuple[str, Any]]] = {}
    for gid, code, share in conn.execute(
            "SELECT gm.grant_id, m.code, gm.share FROM grant_measure gm JOIN measure m ON m.id = gm.measure_id"
            " JOIN grant g ON g.id = gm.grant_id WHERE g.year = ? ORDER BY gm.grant_id, m.code", (year,)):
        by.setdefault(gid, []).append((code, share))
    return {gid: ms[0][0] if len(ms) == 1 else "; ".join(f"{c} ({Decimal(str(s)).normalize():f} %)" for c, s in ms)
            for gid, ms in by.items()}


def _grant_rows(conn: sqlite3.Connection, year: int) -> list[tuple[Any, ...]]:
    """The year's grants by reference: (id, ref, beneficiary ref, fr, nl, category, programme ref, code,
    title, measures, amount, committed, paid, paid back, accepted, balance, claimed back, status, decided,
    notified, start, end, deadline, nature, project budget, other funding): money in cents, dates as dates."""
    f = _year_figures(conn, year)
    measures = _measures_text(conn, year)
    periods: dict[int, tuple[Any, Any]] = {}
    for gid, start, end in conn.execute(
            "SELECT a.grant_id, a.new_period_start, a.new_period_end FROM amendment a JOIN grant g ON g.id = a.grant_id"
            " WHERE g.year = ? AND (a.new_period_start IS NOT NULL OR a.new_period_end IS NOT NULL)"
            " ORDER BY a.grant_id, a.date, a.id", (year,)):
        old = periods.get(gid, (None, None))
        periods[gid] = (start or old[0], end or old[1])
    day = dt.date.fromisoformat
    known = ("justified", "balance_paid", "recovery", "closed")
    out = []
    for (gid, ref, bref, bfr, bnl, cat, pref, code, title, status, decided, notified, start, end, deadline, nature,
         budget, initial) in conn.execute(
            "SELECT g.id, g.ref, b.ref, b.name_fr, b.name_nl, b.category, p.ref, l.code, g.title, g.status,"
            " g.decision_date, g.notified_on, g.period_start, g.period_end, g.justification_deadline, g.nature,"
            " g.project_budget, ROUND(g.initial_amount * 100) FROM grant g JOIN beneficiary b ON b.id = g.beneficiary_id"
            " JOIN budget_line l ON l.id = g.budget_line_id LEFT JOIN programme p ON p.id = g.programme_id"
            " WHERE g.year = ? ORDER BY g.ref", (year,)):
        amount = round(initial) + f["amend"].get(gid, 0)
        paid, back, acc = f["paid"].get(gid, 0), f["back"].get(gid, 0), f["acc"].get(gid, 0)
        if gid in periods:
            start, end = periods[gid][0] or start, periods[gid][1] or end
        out.append((gid, ref, bref, bfr, bnl, cat, pref, code, title, measures.get(gid, ""), amount,
                    f["com"].get(gid, 0), paid, back, acc, min(acc, amount) - (paid - back) if status in known else None,
                    f["claimed"].get(gid, 0), status, decided and day(decided), notified and day(notified),
                    start and day(start), end and day(end), deadline and day(deadline), nature,
                    None if budget is None else round(budget * 100), f["other"].get(gid, 0)))
    return out


class _BareBook:
    """What the two bare workbooks share: XlsxWriter's options, the header, euro, date and total
    formats, the print set-up of a sheet and the About sheet, as the application writes them."""

    def __init__(self, out: str, t: dict[str, Any], constant_memory: bool = False):
        import datetime as dt_

        import xlsxwriter

        self.t = t
        options = {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False,
                   "default_date_format": "DD/MM/YYYY"}
        self.wb = wb = xlsxwriter.Workbook(out, {"constant_memory": True, **options} if constant_memory else options)
        grey = "#A6A6A6"
        total = {"bold": True, "bg_color": "#DDEBF7", "pattern": 1, "top": 1, "top_color": grey}
        self.head = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E79", "pattern": 1,
                                   "align": "center", "valign": "vcenter", "text_wrap": True, "border": 1,
                                   "border_color": grey})
        self.euro = wb.add_format({"num_format": t["euro"]})
        self.date = wb.add_format({"num_format": "DD/MM/YYYY", "align": "center"})
        self.quoted, self.total = wb.add_format({"quote_prefix": True}), wb.add_format(total)
        self.total_euro = wb.add_format({**total, "num_format": t["euro"]})
        self.now = dt_.datetime.now().replace(microsecond=0)
        self.printed = t["printed_on"].format(date=self.now.strftime("%d/%m/%Y %H:%M")).replace("&", "&&")
        self.org = t["org"].replace("&", "&&")

    def setup(self, ws: Any, title: str, repeat: bool) -> None:
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
        if repeat:
            ws.repeat_rows(0, 0)
        ws.set_header(f"&L{self.org}&R{title.replace('&', '&&')}")
        ws.set_footer(f"&L{self.printed}&R{self.t['page']}")

    def about(self, db: str, what: str, note: str) -> None:
        import getpass
        import os

        t, wb = self.t, self.wb
        about = wb.add_worksheet(t["about_sheet"])
        about.set_column(0, 0, 24)
        about.set_column(1, 1, 100)
        bold = wb.add_format({"bold": True})
        wrap = wb.add_format({"text_wrap": True, "valign": "top"})
        when = wb.add_format({"num_format": "DD/MM/YYYY HH:MM", "align": "left"})
        values = [what, os.path.abspath(db), self.now, getpass.getuser(), t["about_params"], t["application"], note]
        for i, (k, v) in enumerate(zip(t["about"], values, strict=True)):
            about.write_string(i, 0, k, bold)
            if isinstance(v, dt.datetime):
                about.write_datetime(i, 1, v, when)
            else:
                about.write_string(i, 1, v, wrap)
        self.setup(about, t["about_sheet"], False)


def grants_list(db: str, out: str, year: int, texts_path: str) -> None:
    """The grants list workbook: the same cells (values, formats, totals with their values, About
    sheet, print set-up) written by bare XlsxWriter in constant_memory mode, read with sqlite3."""
    import datetime as dt_
    import json

    import xlsxwriter

    t = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    conn = _ro(db)
    rows = _grant_rows(conn, year)
    book = _BareBook(out, t, constant_memory=True)
    wb, head, quoted, f_total, f_total_euro = book.wb, book.head, book.quoted, book.total, book.total_euro
    fmt = {"euro": book.euro, "percent": wb.add_format({"num_format": "0.0%"}), "date": book.date, "text": None}
    ws = wb.add_worksheet(t["sheet"])
    for i, w in enumerate(t["widths"]):
        ws.set_column(i, i, w)
    ws.freeze_panes(1, 2)
    book.setup(ws, t["sheet"], True)
    for c, h in enumerate(t["headings"]):
        ws.write_string(0, c, h, head)
    formats = [fmt[k] for k in t["kinds"]]
    summed = [i for i, k in enumerate(t["totals"]) if k]
    sums = dict.fromkeys(summed, 0)
    cat, status, nature = t["category"], t["status"], t["nature"]
    nl = t["lang"] == "nl"
    r = 0
    for r, g in enumerate(rows, start=1):
        amount, budget = g[10], g[24]
        values = [g[1], g[4] if nl else g[3], g[2], cat[g[5]], g[6], g[7], g[8], g[9], amount / 100, g[11] / 100,
                  g[12] / 100, g[13] / 100, g[14] / 100, None if g[15] is None else g[15] / 100, g[16] / 100,
                  status[g[17]], g[18], g[19], g[20], g[21], g[22], nature[g[23]],
                  None if budget is None else budget / 100, g[25] / 100,
                  None if not budget else float((Decimal(amount) * 100 / budget).quantize(Decimal("0.01"),
                                                rounding="ROUND_HALF_UP") / 100)]
        for c, v in enumerate(values):
            if v is None:
                if formats[c] is not None:
                    ws.write_blank(r, c, None, formats[c])
            elif isinstance(v, str):
                ws.write_string(r, c, v, quoted if v.startswith(_FORMULA) else formats[c])
            elif isinstance(v, dt_.date):
                ws.write_datetime(r, c, v, formats[c])
            else:
                ws.write_number(r, c, v, formats[c])
        for c in summed:
            sums[c] += g[{8: 10, 9: 11, 10: 12, 11: 13, 12: 14, 13: 15, 14: 16, 23: 25}[c]] or 0
    ws.autofilter(0, 0, r, len(t["headings"]) - 1)
    last, tr = r + 1, r + 1
    for c in range(len(t["headings"])):
        euro = t["kinds"][c] == "euro"
        if c == 0:
            ws.write_string(tr, 0, t["total"], f_total)
        elif c in sums:
            v = Decimal(sums[c]) / 100
            letter = xlsxwriter.utility.xl_col_to_name(c)
            ws.write_formula(tr, c, f"=SUBTOTAL(109,{letter}2:{letter}{max(last, 2)})", f_total_euro if euro else f_total,
                             int(v) if v == v.to_integral_value() else float(v))
        else:
            ws.write_blank(tr, c, None, f_total_euro if euro else f_total)
    book.about(db, t["about_what"], t["about_note"])
    wb.close()
    conn.close()


def publication(db: str, out: str, year: int, texts_path: str) -> None:
    """The list to publish (decided grants of the year: beneficiary, enterprise number, purpose,
    current amount, decision date, budget line), by beneficiary and reference, with its total formula,
    About sheet and print set-up: sqlite3 and bare XlsxWriter."""
    import json

    t = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    pub, nl = t["publication"], t["lang"] == "nl"
    conn = _ro(db)
    amend = dict(conn.execute("SELECT a.grant_id, SUM(ROUND(a.amount_delta * 100)) FROM amendment a JOIN grant g"
                              " ON g.id = a.grant_id WHERE g.year = ? AND g.status != 'draft' GROUP BY a.grant_id",
                              (year,)))
    rows = []
    for gid, ref, fr, nl_name, bce, title, cents, decided, code in conn.execute(
            "SELECT g.id, g.ref, b.name_fr, b.name_nl, b.bce, g.title, ROUND(g.initial_amount * 100), g.decision_date,"
            " l.code FROM grant g JOIN beneficiary b ON b.id = g.beneficiary_id JOIN budget_line l ON"
            " l.id = g.budget_line_id WHERE g.year = ? AND g.status != 'draft'", (year,)):
        rows.append((fr.lower(), ref, (nl_name or fr) if nl else fr, f"{bce[:4]}.{bce[4:7]}.{bce[7:]}" if bce else "",
                     title, round(cents) + round(amend.get(gid, 0)), decided and dt.date.fromisoformat(decided), code))
    conn.close()
    rows.sort(key=lambda r: (r[0], r[1]))
    book = _BareBook(out, t)
    head, euro, date, quoted = book.head, book.euro, book.date, book.quoted
    f_total, f_total_euro = book.total, book.total_euro
    ws = book.wb.add_worksheet(pub["sheet"])
    book.setup(ws, pub["sheet"], True)
    for i, w in enumerate((40, 15, 50, 16, 13, 15)):
        ws.set_column(i, i, w)
    ws.freeze_panes(1, 1)
    for c, h in enumerate(pub["headings"]):
        ws.write_string(0, c, h, head)
    ws.set_row(0, 32)
    cents_total, r = 0, 0
    for r, (_k, _ref, name, bce, title, cents, decided, code) in enumerate(rows, start=1):
        for c, v in ((0, name), (1, bce), (2, title), (5, code)):
            ws.write_string(r, c, v, quoted if v.startswith(_FORMULA) else None)
        ws.write_number(r, 3, cents / 100, euro)
        if decided is None:
            ws.write_blank(r, 4, None, date)
        else:
            ws.write_datetime(r, 4, decided, date)
        cents_total += cents
    if r:
        ws.autofilter(0, 0, r, 5)
    tr = r + 1
    ws.write_string(tr, 0, t["total"], f_total)
    for c in (1, 2, 4, 5):
        ws.write_blank(tr, c, None, f_total)
    v = Decimal(cents_total) / 100
    ws.write_formula(tr, 3, f"=SUM(D2:D{max(r + 1, 2)})", f_total_euro, int(v) if v == v.to_integral_value() else float(v))
    book.about(db, pub["what"], pub["note"])
    book.wb.close()


def statements(db: str, out_dir: str, year: int, texts_path: str, logo: str, fonts: str) -> None:
    """One PDF per beneficiary of ``year``: the same story as the application's statement (title
    in both languages, identity, position, the grants in tables of 40 rows, payments, justifications,
    recovery claims; logo, header and "page x of y" on every page, DejaVu Sans embedded), drawn by
    bare reportlab from sqlite3 queries. Not drawn: the line telling where to pay an open recovery
    claim (it needs the organisation's account from the settings; the benchmark dataset has no claims)."""
    import json
    import os
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    t = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    lang, st_, other = t["lang"], t["st"], t["st_other"]
    font, bold = "DejaVuSans", "DejaVuSans-Bold"
    pdfmetrics.registerFont(TTFont(font, os.path.join(fonts, "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(bold, os.path.join(fonts, "DejaVuSans-Bold.ttf")))
    from reportlab.lib.fonts import addMapping
    for b, i in ((0, 1), (1, 1), (0, 0), (1, 0)):
        addMapping(font, b, i, bold if b else font)
    blue, light, grey = colors.HexColor("#1F4E79"), colors.HexColor("#DDEBF7"), colors.HexColor("#595959")
    base = ParagraphStyle("base", fontName=font, fontSize=9, leading=11.5)
    sty = {
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=16, leading=20, textColor=blue),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=11, leading=14, textColor=grey),
        "h2": ParagraphStyle("h2", base, fontName=bold, fontSize=11.5, leading=15, textColor=blue, spaceBefore=9,
                             spaceAfter=4),
        "body": base,
        "head": ParagraphStyle("head", base, fontName=bold, fontSize=7.5, leading=9, textColor=colors.white),
        "head_right": ParagraphStyle("head_right", base, fontName=bold, fontSize=7.5, leading=9,
                                     textColor=colors.white, alignment=TA_RIGHT),
        "total": ParagraphStyle("total", base, fontName=bold, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10),
        "cell_small": ParagraphStyle("cell_small", base, fontSize=7.5, leading=9),
        "small_right": ParagraphStyle("small_right", base, fontSize=7, leading=8.5, textColor=grey, alignment=TA_RIGHT),
    }
    seps = {"fr": ("\u202f", ","), "nl": (".", ","), "en": (",", ".")}[lang]
    table = str.maketrans({",": seps[0], ".": seps[1]})

    def num(cents: int | None) -> str:
        return "" if cents is None else f"{abs(cents) / 100 if cents == 0 else cents / 100:,.2f}".translate(table)

    def money(cents: int | None) -> str:
        if cents is None:
            return ""
        n = num(cents)
        return f"€\u00a0{n}" if lang == "nl" else (f"-€{n[1:]}" if n.startswith("-") else f"€{n}") if lang == "en" \
            else f"{n}\u00a0€"

    def para(text: str, style: str = "cell") -> Paragraph:
        return Paragraph(escape(text or ""), sty[style])

    def wrap(v: Any, style: str, width: float | None = None) -> Any:
        if not isinstance(v, str) or not v:
            return v
        st = sty[style]
        if width is not None and " " not in v and stringWidth(v, st.fontName, st.fontSize) > width - 6:
            lines = [""]
            for piece in _REF_PIECES.findall(v):
                if lines[-1] and stringWidth(lines[-1] + piece, st.fontName, st.fontSize) > width - 6:
                    lines.append(piece)
                else:
                    lines[-1] += piece
            return Paragraph("<br/>".join(escape(x) for x in lines), st)
        return para(v, style)

    def style(numeric_from: int | None, total_row: bool, numeric_to: int = -1) -> TableStyle:
        cmds: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, 0), bold, 7.5), ("FONT", (0, 1), (-1, -1), font, 8),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("BACKGROUND", (0, 0), (-1, 0), blue),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BFBFBF")),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
        if numeric_from is not None:
            cmds.append(("ALIGN", (numeric_from, 0), (numeric_to, -1), "RIGHT"))
        if total_row:
            cmds += [("FONT", (0, -1), (-1, -1), bold, 8), ("BACKGROUND", (0, -1), (-1, -1), light)]
        return TableStyle(cmds)

    def tables(header: list[str], rows: list[list[Any]], widths: list[float], numeric_from: int | None = None,
               total: list[Any] | None = None, numeric_to: int = -1) -> list[Any]:
        n = len(widths)
        numeric = set() if numeric_from is None else set(range(numeric_from, (numeric_to % n) + 1))
        head = [wrap(h, "head_right" if c in numeric else "head") for c, h in enumerate(header)]
        foot = None if total is None else [v if c in numeric else wrap(v, "total", widths[c]) for c, v in enumerate(total)]
        pieces = [rows[i:i + 40] for i in range(0, len(rows), 40)] or [[]]
        out = []
        for k, piece in enumerate(pieces):
            last = k == len(pieces) - 1
            body = [[v if c in numeric else wrap(v, "cell", widths[c]) for c, v in enumerate(r)] for r in piece]
            tb = Table([head] + body + ([foot] if last and foot is not None else []), colWidths=widths, repeatRows=1,
                       hAlign="LEFT")
            tb.setStyle(style(numeric_from, last and total is not None, numeric_to))
            out.append(tb)
        return out

    def h2(key: str) -> Paragraph:
        text = escape(st_[key])
        if other:
            text += f' <font color="#7F7F7F" size="9">/ {escape(other[key])}</font>'
        return Paragraph(text, sty["h2"])

    conn = _ro(db)
    grants = _grant_rows(conn, year)
    ben_of = dict(conn.execute("SELECT id, beneficiary_id FROM grant WHERE year = ?", (year,)))
    refs = {g[0]: g[1] for g in grants}
    by_ben: dict[int, list[tuple[Any, ...]]] = {}
    for g in grants:
        by_ben.setdefault(ben_of[g[0]], []).append(g)
    pays: dict[int, list[tuple[Any, ...]]] = {}
    for gid, date, kind, status, cents, ref in conn.execute(
            "SELECT p.grant_id, p.date, p.kind, p.status, ROUND(p.amount * 100), p.reference FROM payment p"
            " JOIN grant g ON g.id = p.grant_id WHERE p.status != 'cancelled' AND g.year = ? ORDER BY p.date, p.id",
            (year,)):
        pays.setdefault(ben_of[gid], []).append((date, refs[gid], kind, status, round(cents), ref))
    justifs: dict[int, list[tuple[Any, ...]]] = {}
    for gid, received, claimed, accepted in conn.execute(
            "SELECT j.grant_id, j.received_on, SUM(ROUND(l.claimed * 100)), SUM(ROUND(l.accepted * 100))"
            " FROM justification j JOIN justification_line l ON l.justification_id = j.id JOIN grant g ON"
            " g.id = j.grant_id WHERE g.year = ? GROUP BY j.id ORDER BY j.received_on, j.id", (year,)):
        justifs.setdefault(ben_of[gid], []).append((refs[gid], received, round(claimed or 0), round(accepted or 0)))
    refunded = dict(conn.execute(
        "SELECT p.recovery_claim_id, SUM(ROUND(p.amount * 100)) FROM payment p JOIN grant g ON g.id = p.grant_id"
        " WHERE p.recovery_claim_id IS NOT NULL AND p.status = 'approved' AND p.kind = 'recovery' AND g.year = ?"
        " GROUP BY p.recovery_claim_id", (year,)))
    claims: dict[int, list[tuple[Any, ...]]] = {}
    for cid, gid, date, cents, comm, due, status in conn.execute(
            "SELECT c.id, c.grant_id, c.date, ROUND(c.amount * 100), c.communication, c.due_date, c.status"
            " FROM recovery_claim c JOIN grant g ON g.id = c.grant_id WHERE c.status != 'cancelled' AND g.year = ?"
            " ORDER BY c.date", (year,)):
        claims.setdefault(ben_of[gid], []).append((refs[gid], date, round(cents), round(cents) - round(
            refunded.get(cid, 0) or 0), comm, due, status))
    bens = conn.execute("SELECT id, ref, name_fr, name_nl, bce, iban, address FROM beneficiary WHERE id IN"
                        " (SELECT beneficiary_id FROM grant WHERE year = ?) ORDER BY ref", (year,)).fetchall()
    conn.close()
    os.makedirs(out_dir, exist_ok=True)
    printed = t["printed_on"].format(date=dt.date.today().strftime("%d/%m/%Y"))
    org = t["org"].split(" - ", 1)[-1]
    colon = "\u00a0: " if lang == "fr" else ": "

    def dmy(iso: str | None) -> str:
        return "" if not iso else f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"

    for bid, bref, name_fr, name_nl, bce, iban, address in bens:
        name, other_name = (name_nl, name_fr) if lang == "nl" else (name_fr, name_nl)
        title = f"{st_['statement.title']} - {name}"
        story: list[Any] = [para(st_["statement.title"], "title")]
        if other:
            story.append(para(other["statement.title"], "subtitle"))
        story.append(Spacer(0, 4 * mm))
        ident = [f"<b>{escape(name)}</b>"] + ([escape(other_name)] if other_name and other_name != name else [])
        details = [f"{escape(st_['col.ref'])}{colon}{escape(bref)}"]
        if bce:
            details.append(f"{escape(st_['col.bce'])}{colon}{bce[:4]}.{bce[4:7]}.{bce[7:]}")
        if iban:
            details.append(f"{escape(st_['statement.account'])}{colon}"
                           f"{escape(' '.join(iban[i:i + 4] for i in range(0, len(iban), 4)))}")
        ident.append(" - ".join(details))
        if address:
            ident.append(escape(address))
        story += [Paragraph("<br/>".join(ident), sty["body"]), Spacer(0, 3 * mm), h2("statement.summary")]
        gs = by_ben[bid]
        granted, net, accepted = sum(g[10] for g in gs), sum(g[12] - g[13] for g in gs), sum(g[14] for g in gs)
        due = sum(g[15] for g in gs if g[15] is not None and g[15] > 0)
        back = -sum(g[15] for g in gs if g[15] is not None and g[15] < 0)
        summary = [[st_["statement.granted_total"], money(granted)], [st_["statement.paid_total"], money(net)],
                   [st_["statement.accepted_total"], money(accepted)]]
        if due:
            summary.append([st_["statement.balance_due"], money(due)])
        if back:
            summary.append([st_["statement.to_pay_back"], money(back)])
        if not due and not back:
            summary.append([st_["statement.settled"], ""])
        tb = Table(summary, colWidths=[110 * mm, 45 * mm], hAlign="LEFT")
        tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 9), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                                ("FONT", (0, -1), (-1, -1), bold, 9.5), ("LINEABOVE", (0, -1), (-1, -1), 0.6, blue),
                                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        story.append(tb)
        open_claims = [c for c in claims.get(bid, []) if c[6] == "open" and c[3] > 0]
        if max(back - sum(c[3] for c in open_claims), 0):
            story += [Spacer(0, 2 * mm), para(st_["statement.claim_to_come"], "body")]
        story.append(h2("statement.grants"))
        header = [st_["col.grant"], st_["col.title"], st_["col.measures_short"]] + [
            f"{st_[k]} (€)" for k in ("col.granted", "col.paid", "col.accepted", "col.balance")] + [st_["col.status"]]
        rows = [[g[1], para(g[8]), para(g[9]), num(g[10]), num(g[12] - g[13]), num(g[14]),
                 num(g[15]) if g[15] is not None else para(st_["statement.pending"], "small_right"),
                 para(t["status"][g[17]], "cell_small")] for g in gs]
        story += tables(header, rows, [22 * mm, 29 * mm, 21 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm, 20 * mm],
                        numeric_from=3, numeric_to=6,
                        total=[st_["total"], "", "", num(granted), num(net), num(accepted), "", ""])
        story.append(h2("statement.payments"))
        if pays.get(bid):
            header = [st_["col.date"], st_["col.grant"], st_["col.kind"], st_["col.status"], st_["col.payment_reference"],
                      st_["col.amount"]]
            rows = [[dmy(d), ref, t["kind"][k], t["pstatus"][s], r or "", money(-c if k == "recovery" else c)]
                    for d, ref, k, s, c, r in pays[bid]]
            story += tables(header, rows, [20 * mm, 24 * mm, 28 * mm, 22 * mm, 59 * mm, 27 * mm], numeric_from=5)
        else:
            story.append(para(st_["statement.none"], "body"))
        story.append(h2("statement.justifications"))
        if justifs.get(bid):
            rows = [[ref, dmy(d), money(c), money(a)] for ref, d, c, a in justifs[bid]]
            story += tables([st_["col.grant"], st_["col.received_on"], st_["col.claimed"], st_["col.accepted"]], rows,
                            [30 * mm, 30 * mm, 35 * mm, 35 * mm], numeric_from=2)
        else:
            story.append(para(st_["statement.none"], "body"))
        if claims.get(bid):
            rows = [[ref, dmy(d), f"+++{c[:3]}/{c[3:7]}/{c[7:]}+++", dmy(due), money(a), money(o)]
                    for ref, d, a, o, c, due, _s in claims[bid]]
            story.append(h2("statement.claims"))
            story.append(KeepTogether(tables([st_[k] for k in ("col.grant", "col.date", "col.communication",
                                                               "col.due_date", "col.amount", "col.outstanding")], rows,
                                             [24 * mm, 22 * mm, 44 * mm, 22 * mm, 28 * mm, 28 * mm], numeric_from=4)))

        class Numbered(Canvas):
            def __init__(self, *a: Any, **k: Any) -> None:
                super().__init__(*a, **k)
                self._kept: list[dict[str, Any]] = []

            def showPage(self) -> None:  # noqa: N802
                self._kept.append(dict(self.__dict__))
                self._startPage()

            def save(self, title: str = title) -> None:
                for state in self._kept:
                    self.__dict__.update(state)
                    w, h = self._pagesize
                    top = h - 12 * mm
                    self.saveState()
                    self.drawImage(logo, 15 * mm, top - 12 * mm, 12 * mm, 12 * mm, mask="auto")
                    self.setFillColor(blue)
                    self.setFont(bold, 10)
                    self.drawString(30 * mm, top - 5 * mm, "safe.brussels")
                    self.setFont(font, 7.5)
                    self.setFillColor(grey)
                    self.drawString(30 * mm, top - 9.5 * mm, org)
                    self.setFont(font, 8)
                    self.drawRightString(w - 15 * mm, top - 5 * mm, title)
                    self.setStrokeColor(blue)
                    self.setLineWidth(0.6)
                    self.line(15 * mm, top - 14 * mm, w - 15 * mm, top - 14 * mm)
                    self.setFont(font, 7.5)
                    self.setFillColor(grey)
                    self.drawString(15 * mm, 10 * mm, printed)
                    self.drawRightString(w - 15 * mm, 10 * mm, t["page_pdf"].format(n=self._pageNumber,
                                                                                     total=len(self._kept)))
                    self.restoreState()
                    super().showPage()
                super().save()

        safe = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in bref)
        doc = SimpleDocTemplate(os.path.join(out_dir, f"statement_{year}_{safe}.pdf"), pagesize=A4, leftMargin=15 * mm,
                                rightMargin=15 * mm, topMargin=32 * mm, bottomMargin=18 * mm, title=title,
                                author="safe.brussels", creator="grants", initialFontName=font,
                                lang={"fr": "fr-BE", "nl": "nl-BE"}.get(lang, "en"))
        doc.build(story, canvasmaker=Numbered)


_REF_PIECES = __import__("re").compile(r"[^-/.]+[-/.]*|[-/.]+")


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
    elif what == "grants-list":
        grants_list(args[0], args[1], int(args[2]), args[3])
    elif what == "publication":
        publication(args[0], args[1], int(args[2]), args[3])
    elif what == "statements":
        statements(args[0], args[1], int(args[2]), args[3], args[4], args[5])
    else:
        print(f"unknown baseline {what}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
