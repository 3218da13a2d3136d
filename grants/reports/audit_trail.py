"""Excel export of the audit trail: one row per entry (who, when, what, before, after), streamed
in openpyxl's write-only mode so that a long trail never sits in memory."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from grants.services import audit_queries
from grants.services.database import Database, hidden_url
from grants.services.errors import QT_TRANSLATE_NOOP, tick

from .common import atomic_output, text_cell

_HEADERS = (
    QT_TRANSLATE_NOOP("rules", "No."), QT_TRANSLATE_NOOP("rules", "When"), QT_TRANSLATE_NOOP("rules", "User"),
    QT_TRANSLATE_NOOP("rules", "Action"), QT_TRANSLATE_NOOP("rules", "Record type"), QT_TRANSLATE_NOOP("rules", "Record"),
    QT_TRANSLATE_NOOP("rules", "Changes"), QT_TRANSLATE_NOOP("rules", "Before"), QT_TRANSLATE_NOOP("rules", "After"),
)
_WIDTHS = (8, 18, 14, 10, 18, 16, 70, 50, 50)
_FILL = PatternFill("solid", fgColor="1F4E79")
_CELL_MAX = 32000  # Excel's limit per cell is 32 767 characters


def _tr(lang: str | None) -> Callable[[str], str]:
    from grants.i18n import translator_for, user_language

    t = translator_for(lang or user_language())
    return lambda text: t("rules", text)


def _in_chunks(rows: Iterable[Any], size: int = 1000) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for r in rows:
        chunk.append(r)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def write_trail_workbook(rows: Iterable[Any], out: Path, f: Any, *, lang: str | None = None, total: int = 0,
                         progress: Callable[[int, int], bool] | None = None, database: str = "", user: str = "",
                         references: Callable[[list[Any]], Mapping[tuple[str, str], str]] | None = None) -> int:
    """One row per entry, in the words of the audit screen (``grants.services.audit_labels``):
    local time, the action, the record type and reference, the changes with labels and Belgian
    formats; the stored before/after JSON follow for the record."""
    from grants.i18n import user_language
    from grants.services import audit_labels as al

    tr = _tr(lang)
    lang = lang or user_language()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(tr(QT_TRANSLATE_NOOP("rules", "Audit trail")))
    for i, w in enumerate(_WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    ws.freeze_panes = "A2"
    header = []
    for h in _HEADERS:
        c = WriteOnlyCell(ws, tr(h))
        c.font, c.fill = Font(bold=True, color="FFFFFF"), _FILL
        header.append(c)
    ws.append(header)
    n = 0
    wrap = Alignment(wrap_text=False, vertical="top")
    for chunk in _in_chunks(rows):
        refs = references(chunk) if references else {}
        for r in chunk:
            n += 1
            when = WriteOnlyCell(ws, al.local_time(r.at))
            when.number_format = "DD/MM/YYYY HH:MM:SS"
            changes = WriteOnlyCell(ws, al.summary(r, lang, refs, _CELL_MAX))
            changes.alignment = wrap
            if isinstance(changes.value, str) and changes.value.startswith("="):
                changes.data_type = "s"  # text from users stays text
            ws.append([r.id, when, text_cell(ws, r.user), al.action_label(r.action, lang),
                       al.entity_label(r.entity, lang), text_cell(ws, al.record_label(r, refs, lang)), changes,
                       text_cell(ws, (r.before or "")[:_CELL_MAX]), text_cell(ws, (r.after or "")[:_CELL_MAX])])
            if n % 500 == 0:
                tick(progress, n, max(total, n))
    ws.auto_filter.ref = f"A1:I{n + 1}"
    about = wb.create_sheet(tr(QT_TRANSLATE_NOOP("rules", "About")))
    for k, v in (
        (QT_TRANSLATE_NOOP("rules", "Database"), database),
        (QT_TRANSLATE_NOOP("rules", "Exported by"), user),
        (QT_TRANSLATE_NOOP("rules", "Exported at"), dt.datetime.now().replace(microsecond=0)),
        (QT_TRANSLATE_NOOP("rules", "Record type"),
         al.entity_label(f.entity, lang) if getattr(f, "entity", None) else "*"),
        (QT_TRANSLATE_NOOP("rules", "Record"), getattr(f, "record", None) or "*"),
        (QT_TRANSLATE_NOOP("rules", "User"), getattr(f, "user", None) or "*"),
        (QT_TRANSLATE_NOOP("rules", "From"), getattr(f, "date_from", None) or "*"),
        (QT_TRANSLATE_NOOP("rules", "To"), getattr(f, "date_to", None) or "*"),
        (QT_TRANSLATE_NOOP("rules", "Entries"), n),
    ):
        about.append([tr(k), text_cell(about, v)])
    with atomic_output(out) as tmp:
        wb.save(tmp)
    tick(progress, max(total, n), max(total, n))
    return n


def export_trail(db: Database, f: audit_queries.AuditFilter, out: str | os.PathLike[str], lang: str | None = None,
                 progress: Callable[[int, int], bool] | None = None) -> int:
    """Write the matching entries to an Excel workbook; returns how many. Cancellable."""
    total = audit_queries.count(db, f)
    tick(progress, 0, total)
    return write_trail_workbook(audit_queries.iter_entries(db, f), Path(out), f, lang=lang, total=total,
                                progress=progress, database=str(db.path) if db.path is not None else str(hidden_url(db.url)), user=db.user,
                                references=lambda chunk: audit_queries.references(db, chunk))
