"""Export speed against the bare libraries, measured in the same run.

1. 100 000 grant rows to Excel (``grants export grants``: queries + writer) against bare openpyxl
   write-only writing the same cells with the same formats. Goal: ratio <= 1.3; peak resident
   memory (VmHWM) of a fresh process running only the export (interpreter included) < 300 MB.
2. 1 000 statements to PDF (``grants export statements``: queries + writer) against bare reportlab
   drawing the same content (same tables, header and footer) with a plain SimpleDocTemplate.
   Goal: ratio <= 1.3.

Run: ``.venv/bin/python benchmarks/bench_export.py [--grants 100000] [--statements 1000]``.
Results are printed and written as JSON to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select  # noqa: E402

from grants.models import (  # noqa: E402
    Beneficiary,
    BudgetLine,
    Category,
    Commitment,
    Grant,
    GrantMeasure,
    GrantStatus,
    Measure,
    Payment,
    PaymentKind,
    PaymentStatus,
)
from grants.services.database import Database  # noqa: E402
from grants.services.schema import init_database  # noqa: E402

YEAR = 2024
RESULTS = Path(__file__).resolve().parent / "results"


def build(db: Database, n_grants: int, n_beneficiaries: int) -> None:
    """Grants, measures, commitments and payments written with Core inserts (not through services)."""
    rnd = random.Random(4)
    cats = list(Category)
    with db.transaction() as s:
        s.execute(insert(BudgetLine), [{"year": YEAR, "code": "33.001.00.01", "label": "Subsides",
                                        "commitment_credits": Decimal("999999999999.00"),
                                        "payment_credits": Decimal("999999999999.00")}])
        line_id = s.scalar(select(BudgetLine.id))
        s.execute(insert(Beneficiary), [{"ref": f"B-{i:05d}", "name_fr": f"Bénéficiaire n° {i} ASBL",
                                         "name_nl": f"Begunstigde nr. {i} vzw", "category": cats[i % len(cats)],
                                         "iban": "BE88363000000141", "language": "nl" if i % 3 == 0 else "fr",
                                         "active": True} for i in range(n_beneficiaries)])
        ben_ids = list(s.scalars(select(Beneficiary.id).order_by(Beneficiary.id)))
        measures = list(s.scalars(select(Measure.id).limit(40)))
        grants = []
        for i in range(n_grants):
            grants.append({"ref": f"G-{YEAR}-{i:06d}", "beneficiary_id": ben_ids[i % len(ben_ids)],
                           "budget_line_id": line_id, "year": YEAR, "title": f"Projet de prévention n° {i}",
                           "initial_amount": Decimal(rnd.randint(100_000, 50_000_000)) / 100,
                           "advance_share": Decimal("80"), "period_start": dt.date(YEAR, 1, 1),
                           "period_end": dt.date(YEAR, 12, 31), "decision_ref": f"AR-{i}",
                           "decision_date": dt.date(YEAR, 2, 1), "status": GrantStatus.ADVANCE_PAID})
        s.execute(insert(Grant), grants)
        rows = s.execute(select(Grant.id, Grant.initial_amount).order_by(Grant.id)).all()
        s.execute(insert(GrantMeasure), [{"grant_id": gid, "measure_id": measures[gid % len(measures)],
                                          "share": Decimal("100")} for gid, _ in rows])
        s.execute(insert(Commitment), [{"grant_id": gid, "budget_line_id": line_id, "date": dt.date(YEAR, 2, 2),
                                        "amount": amt} for gid, amt in rows])
        s.execute(insert(Payment), [{"grant_id": gid, "date": dt.date(YEAR, 3, 1 + gid % 28),
                                     "amount": (Decimal(amt) * Decimal("0.8")).quantize(Decimal("0.01")),
                                     "kind": PaymentKind.ADVANCE, "status": PaymentStatus.APPROVED,
                                     "origin": "import"} for gid, amt in rows])
    # One bulk transaction leaves a WAL as big as the data; fold it into the file, as SQLite's
    # regular checkpoints do in everyday use (otherwise readers map a huge WAL index).
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# --- 1. the grants workbook ---------------------------------------------------------------------

def bare_openpyxl(values: list[list[object]], kinds: list[str], headers: list[str], out: Path) -> None:
    """What a developer would write with openpyxl alone: write-only, formatted cells."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    from grants.reports.xlsx import DATE, EURO

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Grants")
    ws.freeze_panes = "C2"
    header = []
    for h in headers:
        c = WriteOnlyCell(ws, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
        header.append(c)
    ws.append(header)
    fmt = {"euro": EURO, "date": DATE}
    styled = [(i, fmt[k]) for i, k in enumerate(kinds) if k in fmt]
    for row in values:
        row = list(row)
        for i, f in styled:
            if row[i] is not None:
                c = WriteOnlyCell(ws, row[i])
                c.number_format = f
                row[i] = c
        ws.append(row)
    wb.save(out)


def export_peak_memory(db: Database, out: Path) -> int:
    """Peak resident memory (bytes) of a fresh process that only runs the export."""
    # VmHWM, not ru_maxrss: the latter survives exec and would report the (big) parent's peak.
    code = ("import sys; from grants.services.database import Database; "
            "from grants.reports import exports; "
            f"exports.grants_workbook(Database(sys.argv[1], user='bench'), {YEAR}, sys.argv[2], 'fr'); "
            "print([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0])")
    done = subprocess.run([sys.executable, "-c", code, str(db.path), str(out)], capture_output=True, text=True,
                          check=True)
    return int(done.stdout.strip().splitlines()[-1]) * 1024  # kB on Linux


def bench_grants(db: Database, tmp: Path) -> dict[str, float]:
    from grants.models import Category as C
    from grants.models import GrantStatus as S
    from grants.reports import exports
    from grants.reports.labels import enum_label, label
    from grants.reports.xlsx import GRANT_COLUMNS, grant_values
    from grants.services.reporting import iter_grant_rows

    # the same cells, computed beforehand (not timed) for the baseline
    cats = {c: enum_label("cat", c, "fr") for c in C}
    statuses = {s: enum_label("status", s, "fr") for s in S}
    values = [grant_values(r, "fr", cats, statuses) for r in iter_grant_rows(db, YEAR)]
    headers = [label(c.key, "fr") for c in GRANT_COLUMNS]
    kinds = [c.kind for c in GRANT_COLUMNS]
    t0 = time.perf_counter()
    bare_openpyxl(values, kinds, headers, tmp / "bare.xlsx")
    bare = time.perf_counter() - t0
    del values

    t0 = time.perf_counter()
    _, count = exports.grants_workbook(db, YEAR, tmp / "grants.xlsx", "fr")
    ours = time.perf_counter() - t0
    peak = export_peak_memory(db, tmp / "grants_mem.xlsx")
    return {"rows": count, "bare_openpyxl_s": round(bare, 2), "export_s": round(ours, 2),
            "ratio": round(ours / bare, 3), "peak_mb": round(peak / 2**20, 1)}


# --- 2. statements ------------------------------------------------------------------------------

def bare_reportlab(statements: list, out_dir: Path) -> None:  # type: ignore[type-arg]
    """Plain reportlab: the same header, titles and tables per statement, nothing else, in the same
    embedded TrueType font (DejaVu Sans) as the application's PDFs."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from grants.i18n import format_money
    from grants.reports.common import logo_path, register_fonts

    font, bold = register_fonts()
    styles = getSampleStyleSheet()
    for s in styles.byName.values():
        s.fontName = bold if "Bold" in getattr(s, "fontName", "") else font
    logo = str(logo_path())
    style = TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79")),
                        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("FONTNAME", (0, 0), (-1, -1), font),
                        ("FONTSIZE", (0, 0), (-1, -1), 8.5)])
    out_dir.mkdir(parents=True, exist_ok=True)
    for st in statements:
        def page(c, doc):  # type: ignore[no-untyped-def]
            c.setFont(font, 8)
            c.drawImage(logo, 15 * mm, 270 * mm, 12 * mm, 12 * mm, mask="auto")
            c.drawString(30 * mm, 280 * mm, "safe.brussels")
            c.drawRightString(195 * mm, 280 * mm, f"Relevé des subsides {st.year} - {st.name_fr}")
            c.drawString(15 * mm, 10 * mm, "Édité le 01/01/2025")
            c.drawRightString(195 * mm, 10 * mm, f"Page {doc.page}")

        story = [Paragraph(f"Relevé des subsides {st.year}", styles["Title"]),
                 Paragraph(f"Overzicht van de subsidies {st.year}", styles["Normal"]),
                 Paragraph(f"<b>{st.name_fr}</b><br/>{st.name_nl}", styles["Normal"]),
                 Table([["Total octroyé", format_money(st.granted)], ["Total payé (net)", format_money(st.paid_net)],
                        ["Total accepté", format_money(st.accepted)]]),
                 Paragraph("Subsides de l'année", styles["Heading2"])]
        rows = [["Réf.", "Objet", "Mesures", "Octroyé", "Payé", "Accepté", "Solde", "Statut"]] + [
            [g.ref, Paragraph(g.title, styles["Normal"]), g.measures, format_money(g.amount, "fr", currency=False),
             format_money(g.paid, "fr", currency=False), format_money(g.accepted, "fr", currency=False), "",
             Paragraph(g.status.value, styles["Normal"])] for g in st.grants]
        t = Table(rows, repeatRows=1)
        t.setStyle(style)
        story.append(t)
        story.append(Paragraph("Paiements", styles["Heading2"]))
        t = Table([["Date", "Réf.", "Type", "Statut", "Référence", "Montant"]] + [
            [p.date.strftime("%d/%m/%Y"), p.grant_ref, p.kind.value, p.status.value, p.reference or "",
             format_money(p.amount)] for p in st.payments], repeatRows=1)
        t.setStyle(style)
        story.append(t)
        story.append(Paragraph("Justifications", styles["Heading2"]))
        story.append(Paragraph("Aucun", styles["Normal"]))
        doc = SimpleDocTemplate(str(out_dir / f"{st.beneficiary_ref}.pdf"), pagesize=A4, topMargin=32 * mm,
                                initialFontName=font)
        doc.build(story, onFirstPage=page, onLaterPages=page)


def bench_statements(db: Database, tmp: Path) -> dict[str, float]:
    from grants.reports import exports
    from grants.services import reporting

    statements = reporting.statements(db, YEAR)
    t0 = time.perf_counter()
    bare_reportlab(statements, tmp / "bare_statements")
    bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    written = exports.statements_pdf(db, YEAR, tmp / "statements", "fr")
    ours = time.perf_counter() - t0
    return {"statements": len(written), "bare_reportlab_s": round(bare, 2), "export_s": round(ours, 2),
            "ratio": round(ours / bare, 3)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--grants", type=int, default=100_000)
    parser.add_argument("--statements", type=int, default=1000)
    args = parser.parse_args()
    results: dict[str, object] = {"when": dt.datetime.now().isoformat(timespec="seconds"),
                                  "python": sys.version.split()[0]}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        db = Database(tmp / "bench.db", user="bench")
        init_database(db)
        t0 = time.perf_counter()
        build(db, args.grants, 2000)
        results["build_s"] = round(time.perf_counter() - t0, 2)
        results["grants_xlsx"] = g = bench_grants(db, tmp)
        print(f"grants workbook: {g['rows']} rows, export {g['export_s']} s vs bare openpyxl {g['bare_openpyxl_s']} s: "
              f"ratio {g['ratio']} (goal <= 1.3); peak memory {g['peak_mb']} MB (goal < 300)")
        db.dispose()

        db2 = Database(tmp / "bench_statements.db", user="bench")
        init_database(db2)
        build(db2, args.statements, args.statements)  # one grant per beneficiary
        results["statements_pdf"] = st = bench_statements(db2, tmp)
        print(f"statements: {st['statements']} PDFs, export {st['export_s']} s vs bare reportlab "
              f"{st['bare_reportlab_s']} s: ratio {st['ratio']} (goal <= 1.3)")
        db2.dispose()
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"export_{dt.datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps(results, indent=2))
    print(f"results: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
