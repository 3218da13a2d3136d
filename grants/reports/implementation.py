"""The PGSP implementation table (Word or PDF) and the yearly publication list (Excel or PDF).

Per thematic and measure of the edition that applies to the year: the projects (grant reference,
beneficiary, purpose), their amounts (granted; allocated and paid by the grant's measure shares)
and their indicators. Texts typed by users are written as text (runs and escaped paragraphs,
never fields or markup). Every file is written under a temporary name and renamed when complete.
The writers take the dataclasses of ``grants.services.implementation``; they never touch the database.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from grants.i18n import format_date, format_money
from grants.services.rows import ExportInfo, PublicationRow
from grants.services.validators import format_bce

from .common import atomic_output
from .labels import label, norm_lang

if TYPE_CHECKING:
    from grants.services.implementation import ImplementationReport, Project

#: Columns of the projects table (both formats) and of the indicators table.
PROJECT_COLUMNS = ("col.ref", "col.beneficiary", "col.title", "col.granted", "col.allocated", "col.paid")
INDICATOR_COLUMNS = ("col.ref", "col.indicator", "col.unit", "col.target", "col.achieved")
PUBLICATION_COLUMNS = ("col.beneficiary", "col.bce", "col.title", "col.granted", "col.decision_date", "col.code")


def _name(fr: str, nl: str, lang: str) -> str:
    return (nl or fr) if lang == "nl" else fr


def _number(value: Decimal | None, lang: str) -> str:
    if value is None:
        return ""
    text = f"{value.normalize():f}"
    return text if lang == "en" else text.replace(".", ",")


def project_cells(p: Project, lang: str) -> list[str]:
    return [p.ref, _name(p.beneficiary_fr, p.beneficiary_nl, lang), p.purpose,
            format_money(p.granted, lang), format_money(p.allocated, lang), format_money(p.paid, lang)]


def indicator_rows(projects: Sequence[Project], lang: str) -> list[list[str]]:
    return [[p.ref, i.name, i.unit or "", _number(i.target, lang), _number(i.achieved, lang)]
            for p in projects for i in p.indicators]


PLPP_COLUMNS = ("col.thematic", "col.activities", "col.communes", "col.peace_guardians", "col.street_educators",
                "col.mediators")


def plpp_rows(report: ImplementationReport, lang: str) -> list[list[str]]:
    """The PLPP part: per thematic, the activities, the communes and the staff funded; then the total."""
    rows = [[f"T{c.number} - {_name(c.label_fr, c.label_nl, lang)}", str(c.activities), str(c.communes),
             str(c.peace_guardians), str(c.street_educators), str(c.mediators)] for c in report.plpp]
    if report.plpp:
        p = report.plpp
        rows.append([label("total", lang), str(sum(c.activities for c in p)), str(report.plpp_communes),
                     str(sum(c.peace_guardians for c in p)), str(sum(c.street_educators for c in p)),
                     str(sum(c.mediators for c in p))])
    return rows


def _headings(report: ImplementationReport, lang: str) -> tuple[str, str | None]:
    title = label("impl.title", lang, year=report.year)
    if report.edition is None:
        return title, label("impl.no_edition", lang, year=report.year)
    edition = label("pgsp.edition", lang, edition=report.edition)
    if report.edition_basis in ("assigned", "nearest"):  # never a silent choice (README "PGSP plan editions")
        edition += f" ({label('pgsp.basis_' + report.edition_basis, lang, year=report.year)})"
    sub = _name(report.edition_title_fr, report.edition_title_nl, lang)
    return title, f"{edition} - {sub}" if sub else edition


# --- Word ---------------------------------------------------------------------------------------

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: str) -> str:
    """A user's text as Word takes it: characters XML cannot hold are dropped (the rest stays as typed)."""
    return _NOT_XML.sub("", value)


def _docx_table(document: Any, header: Sequence[str], rows: Sequence[Sequence[str]], numeric_from: int) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(_text(text)).bold = True
    for row in rows:
        cells = table.add_row().cells
        for n, (cell, text) in enumerate(zip(cells, row, strict=True)):
            cell.text = ""
            cell.paragraphs[0].add_run(_text(text))
            if 0 <= numeric_from <= n:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def write_implementation_docx(report: ImplementationReport, out: str | os.PathLike[str], lang: str = "fr") -> Path:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    lang = norm_lang(lang)
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(15))
    title, sub = _headings(report, lang)
    document.core_properties.title = title
    document.core_properties.author = "safe.brussels"
    document.add_heading(title, level=0)
    if sub:
        document.add_paragraph(_text(sub))
    document.add_paragraph(label("impl.note", lang))
    for t in report.thematics:
        document.add_heading(_text(f"T{t.number} - {_name(t.label_fr, t.label_nl, lang)}"), level=1)
        for m in t.measures:
            document.add_heading(_text(f"{m.code} - {_name(m.description_fr, m.description_nl, lang)}"), level=2)
            if not m.projects:
                document.add_paragraph(label("impl.no_project", lang))
                continue
            rows = [project_cells(p, lang) for p in m.projects]
            rows.append([label("total", lang), "", "", "", format_money(m.allocated, lang),
                         format_money(m.paid, lang)])
            _docx_table(document, [label(k, lang) for k in PROJECT_COLUMNS], rows, 3)
            inds = indicator_rows(m.projects, lang)
            if inds:
                document.add_paragraph(label("col.indicators", lang)).runs[0].bold = True
                _docx_table(document, [label(k, lang) for k in INDICATOR_COLUMNS], inds, 3)
    document.add_heading(label("impl.plpp", lang), level=1)
    plpp = plpp_rows(report, lang)
    if plpp:
        _docx_table(document, [label(k, lang) for k in PLPP_COLUMNS], plpp, 1)
    else:
        document.add_paragraph(label("impl.plpp_none", lang, year=report.year))
    with atomic_output(out) as tmp:
        document.save(str(tmp))
    return Path(out)


# --- PDF ----------------------------------------------------------------------------------------

def write_implementation_pdf(report: ImplementationReport, out: str | os.PathLike[str], lang: str = "fr",
                             when: dt.datetime | None = None) -> Path:
    """Landscape A4; one small table per measure (and per 40 rows), never one table per document."""
    from reportlab.lib.units import mm

    from .pdf import _build, _h2, _p, _title_block, tables

    lang = norm_lang(lang)
    title, sub = _headings(report, lang)
    story: list[Any] = _title_block("impl.title", lang, year=report.year)
    if sub:
        story.append(_p(sub, "body"))
    story.append(_p(label("impl.note", lang), "small"))
    widths = [28 * mm, 60 * mm, 90 * mm, 30 * mm, 30 * mm, 30 * mm]
    ind_widths = [28 * mm, 120 * mm, 40 * mm, 40 * mm, 40 * mm]
    for t in report.thematics:
        story.append(_p(f"T{t.number} - {_name(t.label_fr, t.label_nl, lang)}", "h2"))
        for m in t.measures:
            story.append(_p(f"{m.code} - {_name(m.description_fr, m.description_nl, lang)}", "strong"))
            if not m.projects:
                story.append(_p(label("impl.no_project", lang), "small"))
                continue
            rows: list[list[Any]] = [[_p(c) if i < 3 else c for i, c in enumerate(project_cells(p, lang))]
                                     for p in m.projects]
            story += tables([label(k, lang) for k in PROJECT_COLUMNS], rows, widths, numeric_from=3,
                            total=[label("total", lang), "", "", "", format_money(m.allocated, lang),
                                   format_money(m.paid, lang)])
            inds = indicator_rows(m.projects, lang)
            if inds:
                story.append(_h2("col.indicators", lang))
                story += tables([label(k, lang) for k in INDICATOR_COLUMNS],
                                [[_p(r[0]), _p(r[1]), _p(r[2]), r[3], r[4]] for r in inds], ind_widths,
                                numeric_from=3)
    story.append(_p(label("impl.plpp", lang), "h2"))
    plpp = plpp_rows(report, lang)
    if plpp:
        story += tables([label(k, lang) for k in PLPP_COLUMNS], [[_p(r[0]), *r[1:]] for r in plpp[:-1]],
                        [110 * mm, 30 * mm, 30 * mm, 35 * mm, 35 * mm, 30 * mm], numeric_from=1, total=plpp[-1])
    else:
        story.append(_p(label("impl.plpp_none", lang, year=report.year), "small"))
    return _build(out, story, lang, title, when, wide=True)


# --- the publication list -------------------------------------------------------------------------

def publication_cells(r: PublicationRow, lang: str) -> list[Any]:
    return [_name(r.beneficiary_fr, r.beneficiary_nl, lang), format_bce(r.bce) if r.bce else "", r.purpose,
            r.amount, r.decision_date, r.budget_code]


def write_publication_xlsx(rows: Sequence[PublicationRow], year: int, info: ExportInfo,
                           out: str | os.PathLike[str], lang: str = "fr") -> Path:
    from .xlsx import Column, _about_sheet, _Book, _print_setup, _save, _write_table

    lang = norm_lang(lang)
    columns = (Column("col.beneficiary", 40), Column("col.bce", 15), Column("col.title", 50),
               Column("col.granted", 16, "euro", "sum"), Column("col.decision_date", 13, "date"),
               Column("col.code", 15))
    with atomic_output(out) as tmp:
        book = _Book(tmp, lang=lang)
        try:
            title = label("sheet.publication", lang, year=year)
            ws = book.sheet(title)
            _print_setup(ws, title, info, lang)
            _write_table(book, ws, columns, (publication_cells(r, lang) for r in rows), lang,
                         total_label=label("total", lang))
            _about_sheet(book, info, lang, "about.note_publication")
        except BaseException:
            book.abandon()
            raise
        _save(book)
    return Path(out)


def write_publication_pdf(rows: Sequence[PublicationRow], year: int, out: str | os.PathLike[str],
                          lang: str = "fr", when: dt.datetime | None = None) -> Path:
    from reportlab.lib.units import mm

    from .pdf import _build, _p, _title_block, tables

    lang = norm_lang(lang)
    story: list[Any] = _title_block("publication.title", lang, year=year)
    body = []
    total = Decimal("0.00")
    for r in rows:
        name, bce, purpose, amount, decided, code = publication_cells(r, lang)
        total += amount
        body.append([_p(name), bce, _p(purpose), format_money(amount, lang),
                     format_date(decided, lang) if decided else "", code])
    story += tables([label(k, lang) for k in PUBLICATION_COLUMNS], body,
                    [70 * mm, 26 * mm, 90 * mm, 30 * mm, 24 * mm, 27 * mm], numeric_from=3, numeric_to=3,
                    total=[label("total", lang), "", "", format_money(total, lang), "", ""])
    return _build(out, story, lang, label("publication.title", lang, year=year), when, wide=True)
