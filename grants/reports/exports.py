"""Each export in one call: the service's figures, then the writer. Shared by the CLI and the GUI.

Every function takes ``progress(done, total) -> bool`` (False cancels: ``Cancelled`` is raised and
no file is left behind) and returns what it wrote.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from grants.services.errors import tick

from .labels import norm_lang

if TYPE_CHECKING:
    from grants.services import reporting
    from grants.services.database import Database
    from grants.services.lean import SQLiteFile
    from grants.services.rows import ExportInfo, GrantRow, PublicationRow

Progress = Callable[[int, int], bool] | None


class _Services:
    """The grants list and the list to publish read through the services (SQLAlchemy): what
    :class:`grants.services.lean.SQLiteFile` reads from a plain SQLite file, by the same names."""

    def __init__(self, db: Database):
        from grants.services import reporting

        self.db = db
        self.reporting = reporting

    def export_info(self, what: str, **parameters: object) -> ExportInfo:
        return self.reporting.export_info(self.db, what, **parameters)

    def iter_grant_rows(self, year: int, progress: Progress = None) -> Iterator[GrantRow]:
        return self.reporting.iter_grant_rows(self.db, year, progress)

    def publication_rows(self, year: int) -> list[PublicationRow]:
        from grants.services.implementation import publication_rows

        return publication_rows(self.db, year)


def _source(db: Database | SQLiteFile) -> _Services | SQLiteFile:
    from grants.services.lean import SQLiteFile

    return db if isinstance(db, SQLiteFile) else _Services(db)


def _account(db: Database, statements: list[reporting.Statement]) -> object:
    """The Region's account, printed where a statement asks to pay back (open recovery claims).

    Refused while the organisation settings lack it, if any statement needs it."""
    from grants.services.organisation import debtor_account

    from .pdf import Account

    if not any(st.open_claims for st in statements):
        return None
    d = debtor_account(db)
    return Account(d.name, d.iban, d.bic)


def budget_workbook(db: Database, year_from: int, year_to: int, out: str | os.PathLike[str], lang: str = "fr",
                    progress: Progress = None) -> Path:
    from grants.services import reporting

    from .xlsx import write_budget_workbook

    report = reporting.budget_report(db, year_from, year_to, progress)
    info = reporting.export_info(db, "about.budget", **{"from": year_from, "to": year_to, "lang": norm_lang(lang)})
    return write_budget_workbook(report, info, out, lang)


def grants_workbook(db: Database | SQLiteFile, year: int, out: str | os.PathLike[str], lang: str = "fr",
                    progress: Progress = None) -> tuple[Path, int]:
    """The year's grants workbook, read through the services, or from a plain SQLite file by a
    command (``grants.services.lean``: the same queries and rows)."""
    from .xlsx import write_grants_workbook

    source = _source(db)
    info = source.export_info("about.grants", year=year, lang=norm_lang(lang))
    count = 0

    def counted():  # type: ignore[no-untyped-def]
        nonlocal count
        for row in source.iter_grant_rows(year, progress):
            count += 1
            yield row

    return write_grants_workbook(counted(), year, info, out, lang), count


def statement_pdf(db: Database, beneficiary_ref: str, year: int, out: str | os.PathLike[str],
                  lang: str | None = "fr", progress: Progress = None) -> Path:
    from grants.services import reporting

    from .pdf import write_statement

    tick(progress, 0, 2)
    st = reporting.statement(db, beneficiary_ref, year)
    tick(progress, 1, 2)
    path = write_statement(st, out, lang, _account(db, [st]))  # type: ignore[arg-type]
    tick(progress, 2, 2)
    return path


def statements_pdf(db: Database, year: int, out_dir: str | os.PathLike[str], lang: str | None = "fr",
                   progress: Progress = None) -> list[Path]:
    from grants.services import reporting

    from .pdf import write_statements

    items = list(reporting.statements(db, year))
    return write_statements(items, out_dir, lang, _account(db, items), progress=progress)  # type: ignore[arg-type]


def call_pdf(db: Database, programme_ref: str, out: str | os.PathLike[str], lang: str = "fr",
             progress: Progress = None) -> Path:
    from grants.services import reporting

    from .pdf import write_call

    tick(progress, 0, 1)
    path = write_call(reporting.call_report(db, programme_ref), out, lang)
    tick(progress, 1, 1)
    return path


def pgsp_pdf(db: Database, year: int, out: str | os.PathLike[str], lang: str = "fr",
             progress: Progress = None) -> Path:
    from grants.services import reporting

    from .pdf import write_pgsp

    tick(progress, 0, 1)
    path = write_pgsp(reporting.pgsp_report(db, year), out, lang)
    tick(progress, 1, 1)
    return path


def implementation_report(db: Database, year: int, out: str | os.PathLike[str], lang: str = "fr",
                          progress: Progress = None) -> Path:
    """The PGSP implementation table of ``year``: Word (.docx) or PDF (.pdf), by the file's extension."""
    from grants.services.implementation import implementation_report as build

    from .implementation import write_implementation_docx, write_implementation_pdf

    tick(progress, 0, 2)
    report = build(db, year)
    tick(progress, 1, 2)
    write = write_implementation_pdf if Path(out).suffix.lower() == ".pdf" else write_implementation_docx
    path = write(report, out, lang)
    tick(progress, 2, 2)
    return path


def publication_list(db: Database | SQLiteFile, year: int, out: str | os.PathLike[str], lang: str = "fr",
                     progress: Progress = None) -> tuple[Path, int]:
    """The year's grants to publish: Excel (.xlsx) or PDF (.pdf), by the file's extension (read as
    :func:`grants_workbook` reads)."""
    from .implementation import write_publication_pdf, write_publication_xlsx

    source = _source(db)
    tick(progress, 0, 2)
    rows = source.publication_rows(year)
    tick(progress, 1, 2)
    if Path(out).suffix.lower() == ".pdf":
        path = write_publication_pdf(rows, year, out, lang)
    else:
        info = source.export_info("about.publication", year=year, lang=norm_lang(lang))
        path = write_publication_xlsx(rows, year, info, out, lang)
    tick(progress, 2, 2)
    return path, len(rows)


def fse_synthesis(db: Database, year: int, out: str | os.PathLike[str], lang: str = "fr") -> tuple[Path, int]:
    """The European Summits Fund of ``year``: each zone's convention and the contributions by measure (.xlsx)."""
    from grants.services import reporting
    from grants.services.fse import synthesis

    from .fse import write_fse_workbook

    report = synthesis(db, year)
    info = reporting.export_info(db, "about.fse", year=year, lang=norm_lang(lang))
    return write_fse_workbook(report, info, out, lang), sum(1 for z in report.zones if z.ref)


def sepa_file(db: Database, out: str | os.PathLike[str], progress: Progress = None) -> Path:
    from grants.services.sepa import export_sepa

    return export_sepa(db, out, progress=progress).path
