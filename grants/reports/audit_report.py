"""The audit checks report, in Excel or PDF: a summary (pass/fail per check) and every record at
fault with its reason, plus where the figures come from (database or snapshot, its date, author
and content hash)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from grants.services.audit_checks import AuditReport
from grants.services.errors import QT_TRANSLATE_NOOP

from .common import atomic_output, no_formulas

T_TITLE = QT_TRANSLATE_NOOP("rules", "Audit checks")
T_SUMMARY = QT_TRANSLATE_NOOP("rules", "Summary")
T_FAULTS = QT_TRANSLATE_NOOP("rules", "Records at fault")
T_NOTES = QT_TRANSLATE_NOOP("rules", "Notes")
T_CHECK = QT_TRANSLATE_NOOP("rules", "Check")
T_RESULT = QT_TRANSLATE_NOOP("rules", "Result")
T_CHECKED = QT_TRANSLATE_NOOP("rules", "Records checked")
T_AT_FAULT = QT_TRANSLATE_NOOP("rules", "At fault")
T_RECORD = QT_TRANSLATE_NOOP("rules", "Record")
T_TYPE = QT_TRANSLATE_NOOP("rules", "Record type")
T_REASON = QT_TRANSLATE_NOOP("rules", "Reason")
T_PASS = QT_TRANSLATE_NOOP("rules", "PASS")
T_FAIL = QT_TRANSLATE_NOOP("rules", "FAIL")
T_DATABASE = QT_TRANSLATE_NOOP("rules", "Database")
T_YEAR = QT_TRANSLATE_NOOP("rules", "Year")
T_ALL_YEARS = QT_TRANSLATE_NOOP("rules", "all years")
T_AS_OF = QT_TRANSLATE_NOOP("rules", "Overdue as of")
T_BY = QT_TRANSLATE_NOOP("rules", "Run by")
T_AT = QT_TRANSLATE_NOOP("rules", "Run at")
T_SNAPSHOT = QT_TRANSLATE_NOOP("rules", "Snapshot taken")
T_HASH = QT_TRANSLATE_NOOP("rules", "Snapshot content SHA-256")
T_NO_FAULT = QT_TRANSLATE_NOOP("rules", "No record at fault.")


def _tr(lang: str) -> Callable[[str], str]:
    from grants.i18n import translator_for

    t = translator_for(lang)
    return lambda text: t("rules", text)


def _about(report: AuditReport, lang: str) -> list[tuple[str, str]]:
    from grants.i18n import format_date, format_value

    tr = _tr(lang)
    rows = [(tr(T_DATABASE), report.database),
            (tr(T_YEAR), str(report.year) if report.year else tr(T_ALL_YEARS)),
            (tr(T_AS_OF), format_date(report.as_of, lang)),
            (tr(T_BY), report.user),
            (tr(T_AT), format_value(report.generated_at, lang))]
    if report.snapshot_taken_at:
        rows.append((tr(T_SNAPSHOT), f"{format_value(report.snapshot_taken_at, lang)} UTC, {report.snapshot_taken_by}"))
        rows.append((tr(T_HASH), report.snapshot_content_sha256 or ""))
    return rows


def write_report(report: AuditReport, out: str | os.PathLike[str], lang: str | None = None) -> Path:
    from grants.i18n import user_language

    lang = lang or user_language()
    path = Path(out)
    if path.suffix.lower() == ".pdf":
        return write_pdf(report, path, lang)
    return write_xlsx(report, path, lang)


# -- Excel -----------------------------------------------------------------------------------------

def write_xlsx(report: AuditReport, out: Path, lang: str) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    tr = _tr(lang)
    head_font, head_fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1F4E79")
    ok_fill, bad_fill = PatternFill("solid", fgColor="E2EFDA"), PatternFill("solid", fgColor="FCE4D6")
    wb = Workbook()
    ws = wb.active
    ws.title = tr(T_SUMMARY)[:31]
    ws.append([tr(T_TITLE)])
    ws["A1"].font = Font(bold=True, size=14)
    for k, v in _about(report, lang):
        ws.append([k, v])
    ws.append([])
    header_row = ws.max_row + 1
    ws.append(["#", tr(T_CHECK), tr(T_RESULT), tr(T_CHECKED), tr(T_AT_FAULT)])
    for cell in ws[header_row]:
        cell.font, cell.fill = head_font, head_fill
    for c in report.checks:
        ws.append([c.number, c.title_in(lang), tr(T_PASS) if c.passed else tr(T_FAIL), c.checked, len(c.faults)])
        ws.cell(ws.max_row, 3).fill = ok_fill if c.passed else bad_fill
        ws.cell(ws.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDE", (6, 70, 10, 16, 10), strict=True):
        ws.column_dimensions[col].width = width
    ws.column_dimensions["A"].width = 26  # the about block's labels

    faults = wb.create_sheet(tr(T_FAULTS)[:31])
    faults.append(["#", tr(T_CHECK), tr(T_RECORD), tr(T_TYPE), tr(T_REASON)])
    for cell in faults[1]:
        cell.font, cell.fill = head_font, head_fill
    for c in report.checks:
        title = c.title_in(lang)
        for f in c.faults:
            faults.append([c.number, title, f.ref, f.entity, f.reason(lang)])
    faults.freeze_panes = "A2"
    faults.auto_filter.ref = f"A1:E{faults.max_row}"
    for col, width in zip("ABCDE", (5, 40, 30, 18, 100), strict=True):
        faults.column_dimensions[col].width = width
    if any(c.notes for c in report.checks):
        notes = wb.create_sheet(tr(T_NOTES)[:31])
        notes.append(["#", tr(T_CHECK), tr(T_NOTES)])
        for cell in notes[1]:
            cell.font, cell.fill = head_font, head_fill
        for c in report.checks:
            for n in c.notes:
                notes.append([c.number, c.title_in(lang), n.reason(lang)])
        notes.column_dimensions["B"].width, notes.column_dimensions["C"].width = 40, 100
    no_formulas(wb)  # references and reasons quote what users typed: never a formula
    with atomic_output(out) as tmp:
        wb.save(tmp)
    return out


# -- PDF -------------------------------------------------------------------------------------------

_ROWS_PER_TABLE = 40  # one reportlab Table grows quadratically: chunk it


def write_pdf(report: AuditReport, out: Path, lang: str) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from grants.i18n import format_datetime

    from .common import register_fonts

    FONT, FONT_BOLD = register_fonts()  # noqa: N806 - the embedded TrueType fonts, as in pdf.py
    tr = _tr(lang)
    blue, light = colors.HexColor("#1F4E79"), colors.HexColor("#DDEBF7")
    base = ParagraphStyle("base", fontName=FONT, fontSize=8.5, leading=10.5)
    h1 = ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19, textColor=blue)
    h2 = ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14, textColor=blue,
                        spaceBefore=8, spaceAfter=4)

    def p(text: Any, style: ParagraphStyle = base) -> Paragraph:
        from xml.sax.saxutils import escape

        return Paragraph(escape(str(text)), style)

    def style(result_col: int | None = None, results: list[bool] | None = None) -> TableStyle:
        cmds: list[Any] = [
            ("BACKGROUND", (0, 0), (-1, 0), blue), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#A6A6A6")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        for i, ok in enumerate(results or [], start=1):
            cmds.append(("BACKGROUND", (result_col, i), (result_col, i),
                         colors.HexColor("#E2EFDA") if ok else colors.HexColor("#FCE4D6")))
        return TableStyle(cmds)

    width = landscape(A4)[0] - 30 * mm
    story: list[Any] = [p(tr(T_TITLE), h1), Spacer(1, 4)]
    about = Table([[p(k), p(v)] for k, v in _about(report, lang)], colWidths=[50 * mm, width - 50 * mm])
    about.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), light), ("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                               ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#A6A6A6"))]))
    story += [about, p(tr(T_SUMMARY), h2)]
    rows = [[p("#"), p(tr(T_CHECK)), p(tr(T_RESULT)), p(tr(T_CHECKED)), p(tr(T_AT_FAULT))]]
    rows += [[str(c.number), p(c.title_in(lang)), tr(T_PASS) if c.passed else tr(T_FAIL), str(c.checked),
              str(len(c.faults))] for c in report.checks]
    summary = Table(rows, colWidths=[10 * mm, width - 90 * mm, 25 * mm, 30 * mm, 25 * mm], repeatRows=1)
    summary.setStyle(style(2, [c.passed for c in report.checks]))
    story.append(summary)
    for c in report.checks:
        if c.passed and not c.notes:
            continue
        story.append(p(f"{c.number}. {c.title_in(lang)}", h2))
        for n in c.notes:
            story.append(p(f"({n.reason(lang)})"))
        if not c.faults:
            story.append(p(tr(T_NO_FAULT)))
            continue
        header = [p(tr(T_RECORD)), p(tr(T_REASON))]
        body = [[p(f.ref), p(f.reason(lang))] for f in c.faults]
        for start in range(0, len(body), _ROWS_PER_TABLE):
            t = Table([header, *body[start:start + _ROWS_PER_TABLE]], colWidths=[55 * mm, width - 55 * mm], repeatRows=1)
            t.setStyle(style())
            story.append(t)
    printed = format_datetime(dt.datetime.now(), lang)

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor("#595959"))
        canvas.drawString(15 * mm, 8 * mm, f"{tr(T_TITLE)} - {report.database} - {printed}")
        canvas.drawRightString(landscape(A4)[0] - 15 * mm, 8 * mm, str(doc.page))
        canvas.restoreState()

    with atomic_output(out) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                                topMargin=12 * mm, bottomMargin=14 * mm, title=tr(T_TITLE), author=report.user,
                                initialFontName=FONT)
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out
