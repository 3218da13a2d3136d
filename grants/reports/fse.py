"""The yearly synthesis of the European Summits Fund (Excel): each police zone's convention and the
zones' contributions by PGSP measure (``grants export fse``). Texts stay text; totals are formulas
carrying their values. Written under a temporary name and renamed when complete."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from grants.services.fse import FseSynthesis, ZoneConvention, ZoneMeasure
from grants.services.reporting import ExportInfo

from .common import atomic_output
from .labels import label, norm_lang


def _name(fr: str, nl: str, lang: str) -> str:
    return (nl or fr) if lang == "nl" else fr


def zone_cells(z: ZoneConvention, lang: str) -> list[Any]:
    return [z.zone, _name(z.zone_fr, z.zone_nl, lang), z.ref or None, z.decision_ref, z.decision_date, z.granted,
            z.justified, z.paid, z.to_pay]


def measure_cells(m: ZoneMeasure, lang: str) -> list[Any]:
    return [m.code, _name(m.description_fr, m.description_nl, lang), m.zone, m.zone_short, m.share / 100,
            m.granted, m.justified, m.paid]


def write_fse_workbook(report: FseSynthesis, info: ExportInfo, out: str | os.PathLike[str], lang: str = "fr") -> Path:
    from .xlsx import Column, _about_sheet, _Book, _print_setup, _save, _write_table

    lang = norm_lang(lang)
    zones = (Column("col.zone_code", 8), Column("col.zone", 40), Column("col.convention", 20),
             Column("col.decision_ref", 22), Column("col.decision_date", 13, "date"),
             Column("col.granted", 16, "euro", "sum"), Column("col.justified", 16, "euro", "sum"),
             Column("col.paid", 16, "euro", "sum"), Column("col.to_pay", 16, "euro", "sum"))
    measures = (Column("col.measure", 10), Column("col.description", 60), Column("col.zone_code", 8),
                Column("col.zone", 14), Column("col.share", 9, "percent"),
                Column("col.granted", 16, "euro", "sum"), Column("col.justified", 16, "euro", "sum"),
                Column("col.paid", 16, "euro", "sum"))
    with atomic_output(out) as tmp:
        book = _Book(tmp, lang=lang)
        try:
            title = label("sheet.fse_zones", lang, year=report.year)
            ws = book.sheet(title)
            _print_setup(ws, label("fse.title", lang, year=report.year), info, lang)
            _write_table(book, ws, zones, (zone_cells(z, lang) for z in report.zones), lang,
                         total_label=label("total", lang))
            title = label("sheet.fse_measures", lang, year=report.year)
            ws = book.sheet(title)
            _print_setup(ws, label("fse.title", lang, year=report.year), info, lang)
            _write_table(book, ws, measures, (measure_cells(m, lang) for m in report.measures), lang,
                         total_label=label("total", lang))
            _about_sheet(book, info, lang, "about.note_fse")
        except BaseException:
            book.abandon()
            raise
        _save(book)
    return Path(out)
