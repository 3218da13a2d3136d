"""Loading a PGSP plan edition (thematics, measures, fr and nl) from a workbook: ``grants reference load``.

The workbook has three sheets, each with a header row (README "PGSP plan editions"):

* ``Edition``: code, title_fr, title_nl, first_year, last_year (one row);
* ``Thematics``: number, title_fr, title_nl;
* ``Measures``: code, thematic, description_fr, description_nl.

All or nothing: every problem is named by sheet, row and column and nothing is saved. An edition
whose years overlap another edition's is refused, unless that edition has the same content. Loading
the same edition again updates its texts (audited) and adds what is new; nothing is deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from grants.domain.problems import Problem
from grants.models import Measure, PlanEdition, Thematic

from .database import Database
from .errors import QT_TRANSLATE_NOOP, RuleError
from .security import require

#: sheet -> columns, all required
SHEETS: dict[str, tuple[str, ...]] = {
    "Edition": ("code", "title_fr", "title_nl", "first_year", "last_year"),
    "Thematics": ("number", "title_fr", "title_nl"),
    "Measures": ("code", "thematic", "description_fr", "description_nl"),
}
#: other spellings accepted for a sheet or a column (those of resources/reference's CSV files)
SHEET_ALIASES = {"editions": "edition", "thematic": "thematics", "measure": "measures"}
COLUMN_ALIASES = {"start_year": "first_year", "end_year": "last_year", "label_fr": "title_fr", "label_nl": "title_nl"}
MIN_YEAR, MAX_YEAR = 1990, 2100


@dataclass(frozen=True)
class EditionData:
    code: str
    title_fr: str
    title_nl: str
    first_year: int
    last_year: int
    thematics: dict[int, tuple[str, str]]  # number -> (fr, nl)
    measures: dict[str, tuple[int, str, str]]  # code -> (thematic number, fr, nl)


@dataclass(frozen=True)
class LoadResult:
    code: str
    created: bool
    changed: int  # rows added or updated
    unchanged: bool

    def describe(self) -> str:
        if self.unchanged:
            return f"PGSP edition {self.code}: already loaded, nothing changed"
        state = "loaded" if self.created else "updated"
        return f"PGSP edition {self.code} {state}: {self.changed} rows added or changed"


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def read_edition(path: Path | str) -> EditionData:
    """The workbook's edition, or RuleError with every problem located (sheet, row, column)."""
    from openpyxl import load_workbook

    path = Path(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # noqa: BLE001 - any unreadable file is the same refusal for the user
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "File {file}: not a readable Excel workbook ({error})"),
                               "file", file=path.name, error=type(e).__name__) from None
    problems: list[Problem] = []
    rows: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    try:
        titles = {SHEET_ALIASES.get(ws.title.strip().lower(), ws.title.strip().lower()): ws for ws in wb.worksheets}
        for sheet, columns in SHEETS.items():
            ws = titles.get(sheet.lower())
            if ws is None:
                problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Sheet {name} is missing"), {"name": sheet},
                                        sheet=sheet))
                continue
            it = ws.iter_rows(values_only=True)
            header = [None if h is None else str(h).strip().lower() for h in (next(it, None) or ())]
            header = [COLUMN_ALIASES.get(h, h) if h else h for h in header]
            for c in columns:
                if c not in header:
                    problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Required column is missing"), {},
                                            sheet=sheet, row=1, column=c))
            data = []
            for n, values in enumerate(it, start=2):
                row = {h: _cell(v) for h, v in zip(header, values, strict=False) if h in columns}
                if any(v is not None for v in row.values()):
                    data.append((n, row))
            rows[sheet] = data
    finally:
        wb.close()
    if problems:
        raise RuleError(problems)

    def text(sheet: str, n: int, row: dict[str, Any], column: str, limit: int | None = None) -> str:
        value = row.get(column)
        if value is None:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "A value is required"), {},
                                    sheet=sheet, row=n, column=column))
            return ""
        value = str(value)
        if limit is not None and len(value) > limit:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "At most {max} characters"), {"max": limit},
                                    sheet=sheet, row=n, column=column))
        return value

    def whole(sheet: str, n: int, row: dict[str, Any], column: str, low: int, high: int) -> int:
        value = row.get(column)
        if value is None:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "A value is required"), {},
                                    sheet=sheet, row=n, column=column))
            return 0
        try:
            number = int(str(value))
        except ValueError:
            number = low - 1
        if not low <= number <= high:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "A whole number from {low} to {high}"),
                                    {"low": str(low), "high": str(high)}, sheet=sheet, row=n, column=column))
            return 0
        return number

    editions = rows["Edition"]
    if len(editions) != 1:
        problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Exactly one edition row expected, {n} found"),
                                {"n": len(editions)}, sheet="Edition", row=2))
        raise RuleError(problems)
    n, head = editions[0]
    code = text("Edition", n, head, "code", 20)
    title_fr, title_nl = text("Edition", n, head, "title_fr"), text("Edition", n, head, "title_nl")
    first = whole("Edition", n, head, "first_year", MIN_YEAR, MAX_YEAR)
    last = whole("Edition", n, head, "last_year", MIN_YEAR, MAX_YEAR)
    if first and last and first > last:
        problems.append(Problem(QT_TRANSLATE_NOOP("rules", "The end {end} is before the start {start}"),
                                {"end": str(last), "start": str(first)}, sheet="Edition", row=n, column="last_year"))
    thematics: dict[int, tuple[str, str]] = {}
    seen: dict[tuple[str, object], int] = {}

    def once(sheet: str, n: int, column: str, key: object) -> None:
        earlier = seen.setdefault((sheet, key), n)
        if earlier != n:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "{key} already appears on row {first}"),
                                    {"key": str(key), "first": earlier}, sheet=sheet, row=n, column=column))

    for n, t in rows["Thematics"]:
        number = whole("Thematics", n, t, "number", 1, 999)
        fr, nl = text("Thematics", n, t, "title_fr"), text("Thematics", n, t, "title_nl")
        if number:
            once("Thematics", n, "number", number)
        thematics[number] = (fr, nl)
    measures: dict[str, tuple[int, str, str]] = {}
    for n, m in rows["Measures"]:
        mcode = text("Measures", n, m, "code", 10)
        number = whole("Measures", n, m, "thematic", 1, 999)
        if number and number not in thematics:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Thematic {number} is not in the sheet Thematics"),
                                    {"number": number}, sheet="Measures", row=n, column="thematic"))
        fr, nl = text("Measures", n, m, "description_fr"), text("Measures", n, m, "description_nl")
        if mcode:
            once("Measures", n, "code", mcode)
        measures[mcode] = (number, fr, nl)
    if not measures:
        problems.append(Problem(QT_TRANSLATE_NOOP("rules", "The edition has no measures"), {}, sheet="Measures"))
    if problems:
        raise RuleError(problems)
    return EditionData(code, title_fr, title_nl, first, last, thematics, measures)


def _content(s: Session, ed: PlanEdition) -> tuple[Any, ...]:
    """What an edition says, to compare with a workbook's (the code aside)."""
    ths = {t.id: t for t in s.scalars(select(Thematic).where(Thematic.edition_id == ed.id))}
    return (ed.start_year, ed.end_year, ed.title_fr, ed.title_nl,
            {t.number: (t.label_fr, t.label_nl) for t in ths.values()},
            {m.code: (ths[m.thematic_id].number, m.description_fr, m.description_nl, m.description_nl_working)
             for m in s.scalars(select(Measure).where(Measure.edition_id == ed.id))})


def _wanted(data: EditionData) -> tuple[Any, ...]:
    """A loaded workbook's texts are official: no Dutch description stays a working translation."""
    return (data.first_year, data.last_year, data.title_fr, data.title_nl, data.thematics,
            {code: (*m, False) for code, m in data.measures.items()})


def load_edition(db: Database, path: Path | str) -> LoadResult:
    """Load (or reload) the workbook's PGSP edition in one audited transaction; RuleError saves nothing."""
    data = read_edition(path)
    with db.transaction() as s:
        require(s, db.user, "settings")
        existing = s.scalar(select(PlanEdition).where(PlanEdition.code == data.code))
        for other in s.scalars(select(PlanEdition).where(PlanEdition.code != data.code,
                                                         PlanEdition.start_year <= data.last_year,
                                                         PlanEdition.end_year >= data.first_year)):
            if _content(s, other) == _wanted(data):
                return LoadResult(other.code, created=False, changed=0, unchanged=True)
            raise RuleError(Problem(
                QT_TRANSLATE_NOOP("rules", "Years {first}-{last} overlap the PGSP edition {code} ({start}-{end})"),
                {"first": str(data.first_year), "last": str(data.last_year), "code": other.code,
                 "start": str(other.start_year), "end": str(other.end_year)},
                sheet="Edition", row=2, column="first_year"))
        if existing is not None and _content(s, existing) == _wanted(data):
            return LoadResult(data.code, created=False, changed=0, unchanged=True)
        changed = 0

        def put(obj: Any, **values: Any) -> None:
            nonlocal changed
            if obj.id is None or any(getattr(obj, k) != v for k, v in values.items()):
                changed += 1
                for k, v in values.items():
                    setattr(obj, k, v)
                s.add(obj)

        ed = existing or PlanEdition(code=data.code)
        put(ed, start_year=data.first_year, end_year=data.last_year, title_fr=data.title_fr, title_nl=data.title_nl)
        s.flush()
        thematics = {t.number: t for t in s.scalars(select(Thematic).where(Thematic.edition_id == ed.id))}
        for number, (fr, nl) in data.thematics.items():
            th = thematics.get(number) or Thematic(edition_id=ed.id, number=number)
            put(th, label_fr=fr, label_nl=nl)
            thematics[number] = th
        s.flush()
        measures = {m.code: m for m in s.scalars(select(Measure).where(Measure.edition_id == ed.id))}
        for mcode, (number, fr, nl) in data.measures.items():
            me = measures.get(mcode) or Measure(edition_id=ed.id, code=mcode)
            put(me, thematic_id=thematics[number].id, description_fr=fr, description_nl=nl,
                description_nl_working=False)
        s.flush()
        return LoadResult(data.code, created=existing is None, changed=changed, unchanged=False)


def write_reference_template(path: Path | str) -> None:
    """An empty edition workbook: the three sheets with their headers."""
    from openpyxl import Workbook

    wb = Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    for sheet, columns in SHEETS.items():
        wb.create_sheet(sheet).append(list(columns))
    wb.save(path)
