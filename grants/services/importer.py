"""Importing a workbook (see interfaces.md): all or nothing, every problem with sheet, row, column.

Pipeline: read (python-calamine, each sheet's rows streamed in dependency order) -> parse
and check each row -> plan against the database (add / change / same, by ``ref``; existing
records looked up per batch of rows) -> check the rules on the final state, in bulk -> apply
with Core bulk statements by batches of 5 000, in ONE transaction, with their audit entries.
A refused workbook, a cancelled import or a killed process leaves the database as it was.
Memory: the plan keeps one slotted item per grant and payment, the applied ones are let go,
SQLite's page cache is small during the import: ~285 MB at 200 000 rows (BENCHMARKS.md).
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from grants.domain import checks, lifecycle
from grants.domain import figures as domain_figures
from grants.domain.parse import NEGATIVE, ParseError, parse_amount, parse_date, parse_share
from grants.models import (
    Amendment,
    Beneficiary,
    BudgetLine,
    BudgetYear,
    Category,
    Commitment,
    Commune,
    FunderStatus,
    Grant,
    GrantCofunder,
    GrantMeasure,
    GrantNature,
    GrantStatus,
    Indicator,
    Language,
    Measure,
    Payment,
    PaymentKind,
    PaymentStatus,
    PlanEdition,
    PoliceZone,
    Programme,
    ProgrammeKind,
)

from . import figures, organisation
from .audit import Change, record_many
from .bulk import insert_rows
from .common import lock_lines
from .database import Database
from .errors import QT_TRANSLATE_NOOP, Problem, RuleError, tick
from .security import require
from .validators import check_bce, check_iban, parse_measures, parse_year
from .workbook import IGNORED_SHEETS, SHEET_BY_NAME, SHEETS, NotAWorkbook, XlsxReader

ZERO = Decimal("0.00")
CENT = Decimal("0.01")

# -- bounds: what one import accepts (a larger workbook is refused before it is read whole) --------

#: Size of the .xlsx file.
MAX_FILE_MB = 40
#: Size of its sheets once unpacked (a small file can unpack to gigabytes).
MAX_UNPACKED_MB = 600
#: Rows read over all sheets, blank rows included (they cost as much to read).
MAX_ROWS = 250_000
#: Problems listed; the others are counted ("and N more").
MAX_PROBLEMS = 200


@dataclass(frozen=True)
class RowChange:
    sheet: str
    row: int
    ref: str
    action: str  # add | change | same
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)


@dataclass
class ImportResult:
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    changes: list[RowChange] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    applied: bool = False
    #: Keep every added and changed row in :attr:`changes` (what a preview shows); an import that
    #: writes keeps only the counts (200 000 rows' details would double its memory).
    detailed: bool = True

    def describe(self) -> str:
        parts = []
        for sheet in (s.name for s in SHEETS):
            c = self.counts.get(sheet)
            if c and any(c.values()):
                parts.append(f"{sheet}: {c.get('add', 0)} added, {c.get('change', 0)} changed, {c.get('same', 0)} unchanged")
        head = "imported" if self.applied else "checked (nothing saved)"
        return f"{head}: " + ("; ".join(parts) if parts else "no rows")


class _DryRun(Exception):
    pass


class Problems(list[Problem]):
    """The problems of an import: the first :data:`MAX_PROBLEMS` kept, the others only counted, so
    that a million bad rows neither fill the memory nor the screen."""

    def __init__(self, cap: int | None = None):
        super().__init__()
        self.cap = MAX_PROBLEMS if cap is None else cap
        self.more = 0

    def append(self, problem: Problem) -> None:
        if len(self) < self.cap:
            super().append(problem)
        else:
            self.more += 1

    def extend(self, problems: Iterable[Problem]) -> None:
        for p in problems:
            self.append(p)

    def listed(self) -> list[Problem]:
        """What to show: the problems kept, then "and N more problems" if any were left out."""
        if not self.more:
            return list(self)
        return [*self, Problem(QT_TRANSLATE_NOOP("rules", "... and {n} more problems (correct these, then import again)"),
                               {"n": self.more})]


def _too_big(path: Path) -> None:
    """Refuse a workbook over the bounds from its size alone (before it is read)."""
    import zipfile

    name = Path(path).name
    try:
        size = Path(path).stat().st_size
    except OSError:
        return  # opening it says it plainly
    if size > MAX_FILE_MB * 2**20:
        raise RuleError.single(QT_TRANSLATE_NOOP(
            "rules", "File {file}: {size} MB, more than the {limit} MB one import accepts; split the workbook"),
            "file", file=name, size=round(size / 2**20, 1), limit=MAX_FILE_MB)
    try:
        with zipfile.ZipFile(path) as z:
            unpacked = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    if unpacked > MAX_UNPACKED_MB * 2**20:
        raise RuleError.single(QT_TRANSLATE_NOOP(
            "rules", "File {file}: {size} MB once unpacked, more than the {limit} MB one import accepts; "
                     "split the workbook"),
            "file", file=name, size=round(unpacked / 2**20), limit=MAX_UNPACKED_MB)


def _too_many_rows(path: Path, found: int | str) -> RuleError:
    return RuleError.single(QT_TRANSLATE_NOOP(
        "rules", "File {file}: {rows} rows, more than the {limit} one import accepts (blank rows count: delete "
                 "them); split the workbook"), "file", file=Path(path).name, rows=found, limit=MAX_ROWS)


# -- reading -----------------------------------------------------------------------------------

Row = dict[str, Any]


def _cell(value: Any) -> Any:
    """A cell's value as the import reads it, whatever the reader gave: the ONE place where the
    reader's types are normalised (python-calamine since speed4; openpyxl read-only before, whose
    values these are): text stripped (blank, or calamine's ``""`` for an empty cell -> None), a
    whole number as an ``int`` (calamine gives every number as a float; openpyxl gave ``1234`` as
    int), a date cell as a ``datetime`` at midnight (openpyxl's type; calamine gives a ``date``).
    Any other float (0.1 + 0.2, 12.345) is kept as it is: the parsers refuse more than 2 decimals."""
    kind = type(value)
    if kind is str:
        value = value.strip()
        return value or None
    if kind is float:
        return int(value) if value.is_integer() and abs(value) < _EXACT_INT else value
    if kind is dt.date:
        return dt.datetime(value.year, value.month, value.day)
    return value


def _unreadable(path: Path, e: Exception) -> RuleError:
    name = str(e) if isinstance(e, NotAWorkbook) else type(e).__name__
    return RuleError.single(QT_TRANSLATE_NOOP("rules", "File {file}: not a readable Excel workbook ({error})"),
                            "file", file=Path(path).name, error=name)


def _header_cell(value: Any) -> Any:
    """A header cell as openpyxl gave it (text kept as written: the refusal names it so)."""
    if value == "" or isinstance(value, str):
        return value or None
    return _cell(value)


#: Whole floats below 2**53 are exact integers (openpyxl read a ``1234567890123456`` cell as int).
_EXACT_INT = 2.0**53


class _Workbook:
    """The workbook opened for reading (python-calamine, see :class:`workbook.XlsxReader`): every
    sheet's header row is read (and its problems listed) when it opens; the rows of a sheet are
    then streamed, row by row, when the plan asks for them, in the order the plan needs them (what
    a later sheet refers to first). calamine loads a sheet whole: a sheet loaded for its header
    stays loaded until it is planned (up to :attr:`KEEP_CELLS` cells over all sheets; a sheet
    beyond is let go and loaded again when planned), and is let go once planned."""

    #: Cells (rows x columns) of the sheets kept loaded between their header and their rows: the
    #: large import (71 500 grants, 128 700 payments) keeps 1.64 million, ~60 MB, without raising
    #: its peak (reached while the payments are planned, when the grants' sheet is gone); each sheet
    #: not kept costs its loading twice (~0.7 s for the grants).
    KEEP_CELLS = 2_000_000

    def __init__(self, path: Path, progress: Callable[[int, int], bool] | None = None):
        _too_big(path)
        self.path, self.progress = path, progress
        self.problems: Problems = Problems()
        self.read = 0  # rows read over all sheets, blank rows included
        self.done = 0
        self.wb: XlsxReader | None = None
        try:
            self.wb = XlsxReader(path)
        except Exception as e:  # noqa: BLE001 - any unreadable file is the same refusal for the user
            raise _unreadable(path, e) from None
        self.sheets: dict[str, tuple[str, list[str | None]]] = {}
        self._kept: dict[str, Iterator[list[Any]]] = {}
        self._kept_cells: dict[str, int] = {}
        try:
            self._headers()
        except RuleError:
            self.close()
            raise
        except Exception as e:  # noqa: BLE001 - a sheet calamine cannot read: the same refusal
            self.close()
            raise _unreadable(path, e) from None
        except BaseException:
            self.close()
            raise

    def _load(self, title: str) -> Iterator[list[Any]]:
        """The rows of a sheet (loaded by calamine at the first one); a sheet it cannot read is
        refused as an unreadable workbook, not a traceback."""
        assert self.wb is not None
        try:
            yield from self.wb.rows(title)
        except Exception as e:  # noqa: BLE001
            raise _unreadable(self.path, e) from None

    def close(self) -> None:
        """Close the file and let go of what is loaded."""
        if self.wb is not None:
            self.wb.close()
        self.wb = None
        self.sheets.clear()
        self._kept.clear()
        self._kept_cells.clear()

    def __enter__(self) -> _Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _headers(self) -> None:
        problems, wb = self.problems, self.wb
        assert wb is not None
        # the sizes the sheets declare (their <dimension>, read without reading the rows)
        declared = wb.declared_rows()
        if declared > MAX_ROWS + len(wb.sheet_names):
            raise _too_many_rows(self.path, declared)
        for title in wb.sheet_names:
            spec = SHEET_BY_NAME.get(title.strip().lower())
            if spec is None:
                if title.strip().lower() not in IGNORED_SHEETS:
                    problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Unknown sheet (expected {expected})"),
                                            {"expected": ", ".join(s.name for s in SHEETS)}, sheet=title))
                continue
            rows = self._load(title)
            header = next(rows, None)
            self._kept.pop(spec.name, None)
            self._kept_cells.pop(spec.name, None)
            if header is None:
                self.sheets.pop(spec.name, None)
                continue
            if sum(self._kept_cells.values()) + wb.loaded_cells <= self.KEEP_CELLS:
                self._kept[spec.name], self._kept_cells[spec.name] = rows, wb.loaded_cells
            names: list[str | None] = []
            for h in header:
                h = _header_cell(h)
                name = None if h is None or str(h).strip() == "" else str(h).strip().lower()
                if name is not None and name not in spec.columns:
                    problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Unknown column (expected {expected})"),
                                            {"expected": ", ".join(spec.columns)}, sheet=spec.name, row=1, column=str(h)))
                if name is not None and name in names:
                    problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Column appears twice"), {},
                                            sheet=spec.name, row=1, column=name))
                names.append(name)
            for c in spec.required:
                if c not in names:
                    problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Required column is missing"), {},
                                            sheet=spec.name, row=1, column=c))
            self.sheets[spec.name] = (title, names)  # a sheet given twice: the last one, as before

    def get(self, sheet: str) -> Iterator[tuple[int, Row]]:
        """The rows of a sheet with a value, as ``(excel_row_number, {column: value})``, streamed."""
        if sheet not in self.sheets:
            return
        title, names = self.sheets[sheet]
        spec = SHEET_BY_NAME[sheet.lower()]
        problems, progress = self.problems, self.progress
        rows = self._kept.pop(sheet, None)
        self._kept_cells.pop(sheet, None)
        if rows is None:
            rows = self._load(title)
            next(rows, None)  # the header, read when the workbook opened
        if None not in names:  # the usual case: a tight loop
            width = len(names)
            for n, values in enumerate(rows, start=2):
                self.read += 1
                if self.read > MAX_ROWS:
                    raise _too_many_rows(self.path, f"> {MAX_ROWS}")
                row = dict(zip(names, map(_cell, values[:width]), strict=False))
                if len(values) > width and any(_cell(v) is not None for v in values[width:]):
                    problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Value in a column without a header"),
                                            {}, sheet=spec.name, row=n))
                self.done += 1
                if self.done % 2000 == 0:
                    tick(progress, self.done, 0)
                    gc.collect(0)
                if any(v is not None for v in row.values()):
                    yield n, row  # type: ignore[misc]
            return
        for n, values in enumerate(rows, start=2):
            self.read += 1
            if self.read > MAX_ROWS:
                raise _too_many_rows(self.path, f"> {MAX_ROWS}")
            if values is None or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            row: Row = {}
            for name, v in zip(names, values, strict=False):
                v = _cell(v)
                if name is None:
                    if v is not None:
                        problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Value in a column without a header"),
                                                {}, sheet=spec.name, row=n))
                    continue
                if name in spec.columns:
                    row[name] = v
            self.done += 1
            if self.done % 2000 == 0:
                tick(progress, self.done, 0)
                gc.collect(0)
            yield n, row


_T = TypeVar("_T")


def _batches(items: Iterable[_T], size: int = 5000) -> Iterator[list[_T]]:
    """Items by batches of ``size`` (rows looked up, inserted and audited a batch at a time)."""
    chunk: list[_T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def read_workbook(path: Path, progress: Callable[[int, int], bool] | None = None
                  ) -> tuple[dict[str, list[tuple[int, Row]]], list[Problem]]:
    """Rows of each known sheet as ``(excel_row_number, {column: value})``, and header problems
    (whole, for tools and tests; the import streams them through :class:`_Workbook`)."""
    with _Workbook(path, progress) as wb:
        out = {name: list(wb.get(name)) for name in wb.sheets}
        return out, wb.problems


# -- parsing rows --------------------------------------------------------------------------------

class _Rows:
    """Collects the problems of one sheet, located by row and column."""

    def __init__(self, sheet: str, problems: list[Problem]):
        self.sheet, self.problems = sheet, problems

    def err(self, row: int, column: str, message: str, **params: Any) -> None:
        self.problems.append(Problem(message, params, column, self.sheet, row, column))

    def found(self, row: int, found: Iterable[Problem], column: str | None = None) -> None:
        """Problems of a domain check (grants.domain.checks), placed at this row and their field's column."""
        for p in found:
            self.problems.append(p.located(self.sheet, row, column or p.field))

    def take(self, row: int, column: str, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        try:
            return fn(*args, **kw)
        except RuleError as e:
            for p in e.problems:
                self.problems.append(Problem(p.message, p.params, column, self.sheet, row, column))
            return None

    def required(self, n: int, row: Row, column: str) -> Any:
        v = row.get(column)
        if v is None:
            self.err(n, column, QT_TRANSLATE_NOOP("rules", "A value is required"))
        return v

    def text(self, n: int, row: Row, column: str, required: bool = False, max_length: int = 255) -> str | None:
        v = self.required(n, row, column) if required else row.get(column)
        if v is None:
            return None
        if isinstance(v, (dt.date, dt.datetime)):
            v = v.isoformat()
        s = str(v).strip()
        if len(s) > max_length:
            self.err(n, column, QT_TRANSLATE_NOOP("rules", "At most {max} characters"), max=max_length)
            return None
        return s

    def parsed(self, row: int, column: str, parse: Callable[[Any], Any], value: Any) -> Any:
        """``parse(value)`` (grants.domain.parse), or None with the refusal located (both readings
        of an ambiguous amount are in its parameters)."""
        try:
            return parse(value)
        except ParseError as e:
            self.problems.append(Problem(e.message, dict(e.params), column, self.sheet, row, column))
            return None

    def amount(self, n: int, row: Row, column: str, required: bool = True, allow_negative: bool = False) -> Decimal | None:
        v = self.required(n, row, column) if required else row.get(column)
        if v is None:
            return None
        if type(v) is int and (v >= 0 or allow_negative) and abs(v) < 10**12:
            return Decimal(v).quantize(CENT)  # fast path: whole euros
        amount: Decimal | None = self.parsed(n, column, parse_amount, v)
        if amount is not None and amount < 0 and not allow_negative:
            self.err(n, column, NEGATIVE, text=v if isinstance(v, str) else str(v))
            return None
        return amount

    def share(self, n: int, row: Row, column: str, required: bool = False) -> Decimal | None:
        v = self.required(n, row, column) if required else row.get(column)
        return None if v is None else self.parsed(n, column, parse_share, v)

    def date(self, n: int, row: Row, column: str, required: bool = False) -> dt.date | None:
        v = self.required(n, row, column) if required else row.get(column)
        if type(v) is dt.datetime:
            return v.date()  # fast path: a date cell
        return None if v is None else self.parsed(n, column, parse_date, v)

    def year(self, n: int, row: Row, column: str = "year") -> int | None:
        v = self.required(n, row, column)
        return None if v is None else self.take(n, column, parse_year, v, column)

    def choice(self, n: int, row: Row, column: str, enum_cls: Any, required: bool = True) -> Any:
        v = self.required(n, row, column) if required else row.get(column)
        if v is None:
            return None
        try:
            return enum_cls(str(v).strip().lower())
        except ValueError:
            self.err(n, column, QT_TRANSLATE_NOOP("rules", "{value} is not one of {allowed}"),
                     value=v, allowed=", ".join(m.value for m in enum_cls))
            return None


class _Keys:
    """The keys of a long sheet's rows, for :func:`_dupes`: the first row of each key and the rows
    that repeat one, without a list of every row's key."""

    def __init__(self) -> None:
        self.first: dict[Any, int] = {}
        self.again: list[tuple[int, Any]] = []

    def append(self, item: tuple[int, Any]) -> None:
        n, key = item
        if key is None:
            return
        if key in self.first:
            self.again.append(item)
        else:
            self.first[key] = n


def _dupes(rows: _Rows, keyed: Iterable[tuple[int, Any]] | _Keys, column: str) -> None:
    if isinstance(keyed, _Keys):
        for n, key in keyed.again:
            rows.err(n, column, QT_TRANSLATE_NOOP("rules", "{key} already appears on row {first}"),
                     key=key if not isinstance(key, tuple) else " / ".join(map(str, key)), first=keyed.first[key])
        return
    seen: dict[Any, int] = {}
    for n, key in keyed:
        if key is None:
            continue
        if key in seen:
            rows.err(n, column, QT_TRANSLATE_NOOP("rules", "{key} already appears on row {first}"),
                     key=key if not isinstance(key, tuple) else " / ".join(map(str, key)), first=seen[key])
        else:
            seen[key] = n


# -- the import ----------------------------------------------------------------------------------

class _Item:
    """One planned row of the sheets with many (grants, payments, indicators): a slotted record,
    read as the dict it replaces (``item["values"]``) at a third of a dict's memory."""

    __slots__ = ("action", "old", "row", "values")

    def __init__(self, row: int, old: Any, action: str, values: dict[str, Any]):
        self.row, self.old, self.action, self.values = row, old, action, values

    def __getitem__(self, key: str) -> Any:
        return getattr(self, key)


@dataclass
class _Plan:
    """What the workbook does to the database; ids of existing records where they exist."""

    lines: dict[tuple[int, str], dict[str, Any]] = field(default_factory=dict)
    beneficiaries: dict[str, dict[str, Any]] = field(default_factory=dict)
    programmes: dict[str, dict[str, Any]] = field(default_factory=dict)
    grants: dict[str, Any] = field(default_factory=dict)  # _Item
    payments: list[Any] = field(default_factory=list)  # _Item
    indicators: list[Any] = field(default_factory=list)  # _Item
    cofunders: list[Any] = field(default_factory=list)  # _Item (sheet Cofunding)


def preview_workbook(db: Database, path: Path | str, progress: Callable[[int, int], bool] | None = None) -> ImportResult:
    """What the workbook would add, change and refuse; nothing is saved."""
    try:
        return import_workbook(db, path, dry_run=True, progress=progress)
    except RuleError as e:
        result = getattr(e, "result", None) or ImportResult()
        result.problems = e.problems
        return result


def import_workbook(db: Database, path: Path | str, *, dry_run: bool = False,
                    progress: Callable[[int, int], bool] | None = None) -> ImportResult:
    """Import the workbook in one transaction; any problem refuses all of it (RuleError)."""
    path = Path(path)
    db.check_writable()
    with _collector_paused():
        return _import(db, path, dry_run, progress)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The import builds hundreds of thousands of long-lived objects (rows, plan, audit entries);
    the cyclic garbage collector would walk them all again at every generation-2 pass (a third of
    the import's time for 50 000 grants). Reference counting still frees everything; the collector
    is back on, as it was, when the import ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _update_by_id(s: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """UPDATE rows by id in one executemany per set of columns, raising the record's version (an
    open form then refuses to save over the import: services.common.check_version)."""
    table = model.__table__
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[tuple(k for k in r if k != "id")].append(r)
    for keys, group in groups.items():
        values: dict[str, Any] = {k: bindparam(f"v_{k}", type_=table.c[k].type) for k in keys}
        if "version" in table.c:
            values["version"] = table.c.version + 1
        s.execute(update(table).where(table.c.id == bindparam("v_id")).values(values),
                  [{f"v_{k}": v for k, v in r.items()} for r in group])


#: SQLite's page cache during an import, in KiB (the connection's usual 64 MiB kept the whole
#: import's pages in the process: 200 000 rows then peaked near 400 MB; beyond this, SQLite
#: spills the transaction's pages to the WAL file, still all or nothing).
IMPORT_PAGE_CACHE_KIB = 4096


@contextmanager
def _page_cache(s: Session, is_sqlite: bool) -> Iterator[None]:
    if not is_sqlite:
        yield
        return
    conn = s.connection()
    usual = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_PAGE_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(usual or -2000)}")


def _import(db: Database, path: Path, dry_run: bool, progress: Callable[[int, int], bool] | None) -> ImportResult:
    result = ImportResult(detailed=dry_run)
    try:
        with _Workbook(path, progress) as sheets, db.transaction() as s, _page_cache(s, db.is_sqlite):
            problems = sheets.problems
            require(s, db.user, "write")
            lock_lines(s)  # concurrent imports and acts are checked against the credits one after the other
            plan = _plan(s, sheets, problems, result)
            sheets.close()  # every sheet is planned: the workbook's strings are no longer needed
            _check_rules(s, plan, problems)  # on the rows that passed their own checks
            if problems:
                err = RuleError(problems.listed() if isinstance(problems, Problems) else problems)
                err.result = result  # type: ignore[attr-defined]
                raise err
            tick(progress, 2, 3)
            _apply(s, db.user, plan, path.name)
            tick(progress, 3, 3)
            if dry_run:
                raise _DryRun()
    except _DryRun:
        return result
    result.applied = True
    return result


def _count(result: ImportResult, sheet: str, action: str) -> None:
    result.counts.setdefault(sheet, {"add": 0, "change": 0, "same": 0})[action] += 1


def _diff(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    keys = [k for k in after if after[k] != before.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


#: The "before" of every added row (one shared empty mapping: nothing before an add).
_NOTHING: dict[str, Any] = {}


def _record(result: ImportResult, sheet: str, n: int, ref: str, existing: dict[str, Any] | None,
            values: dict[str, Any]) -> str:
    if existing is None:
        action, b, a = "add", _NOTHING, values
    else:
        b, a = _diff(existing, values)
        action = "change" if a else "same"
    _count(result, sheet, action)
    if action != "same" and result.detailed:
        result.changes.append(RowChange(sheet, n, ref, action, b, a))
    return action


def _plan(s: Session, sheets: _Workbook, problems: list[Problem], result: ImportResult) -> _Plan:
    plan = _Plan()
    # Budget lines ------------------------------------------------------------------------------
    r = _Rows("BudgetLines", problems)
    existing_lines = {(ln.year, ln.code): ln for ln in s.scalars(select(BudgetLine))}
    keys = []
    for n, row in sheets.get("BudgetLines"):
        year, code = r.year(n, row), r.text(n, row, "code", True, 40)
        label = r.text(n, row, "label", True)
        ce, cl = r.amount(n, row, "commitment_credits"), r.amount(n, row, "payment_credits")
        keys.append((n, (year, code) if year and code else None))
        if None in (year, code, label, ce, cl):
            continue
        values = {"year": year, "code": code, "label": label, "commitment_credits": ce, "payment_credits": cl}
        old = existing_lines.get((year, code))
        before = None if old is None else {"year": old.year, "code": old.code, "label": old.label,
                                           "commitment_credits": old.commitment_credits, "payment_credits": old.payment_credits}
        action = _record(result, "BudgetLines", n, f"{year} {code}", before, values)
        plan.lines[(year, code)] = {"row": n, "id": old.id if old else None, "action": action, "values": values, "before": before}
    _dupes(r, keys, "code")

    # Beneficiaries -----------------------------------------------------------------------------
    r = _Rows("Beneficiaries", problems)
    communes = set(s.scalars(select(Commune.nis_code)))
    zones = set(s.scalars(select(PoliceZone.code)))
    existing_b = {b.ref: b for b in s.scalars(select(Beneficiary))}
    bce_owner = {b.bce: b.ref for b in existing_b.values() if b.bce}
    keys, bces = [], []
    for n, row in sheets.get("Beneficiaries"):
        ref = r.text(n, row, "ref", True, 40)
        name = r.text(n, row, "name", True)
        category = r.choice(n, row, "category", Category)
        language = r.choice(n, row, "language", Language, required=False) or Language.FR
        bce = r.take(n, "bce", check_bce, str(row["bce"])) if row.get("bce") is not None else None
        iban = r.take(n, "iban", check_iban, str(row["iban"])) if row.get("iban") is not None else None
        nis = r.text(n, row, "commune_nis")
        if nis is not None and nis not in communes:
            r.err(n, "commune_nis", QT_TRANSLATE_NOOP("rules", "{value} is not the NIS code of one of the 19 Brussels communes"), value=nis)
            nis = None
        zone = row.get("police_zone_code")
        if zone is not None:
            try:
                zone = int(zone)
                if zone not in zones:
                    raise ValueError
            except (TypeError, ValueError):
                r.err(n, "police_zone_code", QT_TRANSLATE_NOOP("rules", "{value} is not a Brussels police zone"), value=zone)
                zone = None
        keys.append((n, ref))
        if bce:
            bces.append((n, bce))
            owner = bce_owner.get(bce)
            if owner and owner != ref:
                r.err(n, "bce", QT_TRANSLATE_NOOP("rules", "Enterprise number {value} already belongs to beneficiary {other}"), value=bce, other=owner)
        if None in (ref, name, category):
            continue
        values = {"ref": ref, "name_fr": name, "name_nl": r.text(n, row, "name_nl") or name, "category": category,
                  "bce": bce, "iban": iban, "bic": (r.text(n, row, "bic", max_length=11) or "").upper() or None,
                  "commune_nis": nis, "police_zone_code": zone, "language": language, "address": r.text(n, row, "address")}
        old = existing_b.get(ref)
        before = None if old is None else {k: getattr(old, k) for k in values}
        action = _record(result, "Beneficiaries", n, ref, before, values)
        plan.beneficiaries[ref] = {"row": n, "id": old.id if old else None, "action": action, "values": values, "before": before}
    _dupes(r, keys, "ref")
    _dupes(r, bces, "bce")
    refused_b = {ref for _, ref in keys if ref is not None and ref not in plan.beneficiaries}

    # Programmes ------------------------------------------------------------------------------
    r = _Rows("Programmes", problems)
    existing_p = {p.ref: p for p in s.scalars(select(Programme))}
    keys = []
    for n, row in sheets.get("Programmes"):
        ref, title = r.text(n, row, "ref", True, 40), r.text(n, row, "title", True)
        kind, year = r.choice(n, row, "kind", ProgrammeKind), r.year(n, row)
        envelope = r.amount(n, row, "envelope", required=False)
        opens, closes = r.date(n, row, "opens"), r.date(n, row, "closes")
        if opens and closes and closes < opens:
            r.err(n, "closes", QT_TRANSLATE_NOOP("rules", "{closes} is before the opening {opens}"), opens=opens, closes=closes)
        keys.append((n, ref))
        if None in (ref, title, kind, year):
            continue
        values = {"ref": ref, "title": title, "kind": kind, "year": year, "envelope": envelope, "opens": opens, "closes": closes}
        old = existing_p.get(ref)
        before = None if old is None else {k: getattr(old, k) for k in values}
        action = _record(result, "Programmes", n, ref, before, values)
        plan.programmes[ref] = {"row": n, "id": old.id if old else None, "action": action, "values": values, "before": before}
    _dupes(r, keys, "ref")

    # Grants ----------------------------------------------------------------------------------
    r = _Rows("Grants", problems)
    editions = list(s.execute(select(PlanEdition.id, PlanEdition.code, PlanEdition.start_year, PlanEdition.end_year)
                              .order_by(PlanEdition.start_year)))
    assigned_editions = organisation.assigned_editions(s)
    measure_ids: dict[int, dict[str, int]] = defaultdict(dict)
    code_of: dict[int, str] = {}
    for ed_id, code, mid in s.execute(select(Measure.edition_id, Measure.code, Measure.id)):
        measure_ids[ed_id][code] = mid
        code_of[mid] = code
    line_ids = {key: ln.id for key, ln in existing_lines.items()}
    existing_g: dict[str, dict[str, Any]] = {}
    shared: dict[Any, Any] = {}
    keys = []
    for n, row in _batched(sheets.get("Grants"), lambda chunk: existing_g.update(_existing_grants(
            s, [str(t) for _, row in chunk if (t := _cell(row.get("ref"))) is not None]))):
        ref = r.text(n, row, "ref", True, 40)
        bref = r.text(n, row, "beneficiary_ref", True, 40)
        code = r.text(n, row, "budget_line_code", True, 40)
        year = r.year(n, row)
        title = r.text(n, row, "title", True)
        amount = r.amount(n, row, "amount")
        pref = r.text(n, row, "programme_ref", max_length=40)
        decision_ref = r.text(n, row, "decision_ref", max_length=80)
        decision_date = r.date(n, row, "decision_date")
        share = ZERO if row.get("advance_share") is None else r.share(n, row, "advance_share")
        start, end = r.date(n, row, "period_start"), r.date(n, row, "period_end")
        deadline = r.date(n, row, "justification_deadline")
        nature = r.choice(n, row, "nature", GrantNature, required=False)  # optional columns: blank keeps
        project_budget = r.amount(n, row, "project_budget", required=False)
        if start and end and end < start:
            r.err(n, "period_end", QT_TRANSLATE_NOOP("rules", "The end {end} is before the start {start}"), start=start, end=end)
        if amount is not None and amount <= 0:
            r.err(n, "amount", QT_TRANSLATE_NOOP("rules", "The amount must be above zero ({amount})"), amount=amount)
            amount = None
        if decision_ref and decision_date is None:
            r.err(n, "decision_date", QT_TRANSLATE_NOOP("rules", "A decision reference needs its decision date"))
        keys.append((n, ref))
        if bref in refused_b:
            bref = None  # its own row is refused already
        elif bref is not None and bref not in plan.beneficiaries and bref not in existing_b:
            r.err(n, "beneficiary_ref", QT_TRANSLATE_NOOP("rules", "No beneficiary {ref} (in this workbook or the database)"), ref=bref)
            bref = None
        if pref is not None and pref not in plan.programmes and pref not in existing_p:
            r.err(n, "programme_ref", QT_TRANSLATE_NOOP("rules", "No programme {ref} (in this workbook or the database)"), ref=pref)
        if year is not None and code is not None and (year, code) not in plan.lines and (year, code) not in line_ids:
            r.err(n, "budget_line_code", QT_TRANSLATE_NOOP("rules", "No budget line {code} in {year} (a grant commits the line of its own year)"),
                  code=code, year=year)
            code = None
        edition = None
        if year is not None:  # grants.edition_choice: in force, else assigned (setting), else the nearest
            covering = ([e for e in editions if e.start_year <= year <= e.end_year]
                        or [e for e in editions if e.code == assigned_editions.get(year)]
                        or [e for e in editions if e.start_year <= year] or editions[:1])
            edition = covering[-1] if covering else None  # the plan in force, else the nearest one
        measures: list[tuple[int, Decimal]] = []
        spec = row.get("measures")
        if spec is not None:
            parsed = r.take(n, "measures", _measures_of, str(spec)) or ()
            if parsed and edition is None:
                r.err(n, "measures", QT_TRANSLATE_NOOP("rules", "No PGSP plan edition covers {year}"), year=year)
            elif parsed:
                known = measure_ids[edition.id]
                missing = [c for c, _ in parsed if c not in known]
                if missing:
                    r.err(n, "measures", QT_TRANSLATE_NOOP("rules", "{codes} not in the PGSP {edition}"),
                          codes=", ".join(missing), edition=edition.code)
                measures = [(known[c], sh) for c, sh in parsed if c in known]
        # The checks the application runs at the act (grants.domain.checks): plausible dates, a
        # programme kind that funds the beneficiary's category, its compulsory measures.
        r.found(n, checks.check_dates({"decision_date": decision_date, "period_start": start, "period_end": end,
                                       "justification_deadline": deadline}, year))
        kind = _programme_kind(pref, plan, existing_p)
        category = _category(bref, plan, existing_b)
        r.found(n, checks.check_programme_fits(kind, category), "programme_ref")
        if spec is not None and decision_date is not None and measures:
            r.found(n, checks.check_measures([code_of[m] for m, _ in measures], kind))
        if None in (ref, bref, code, year, title, amount, share):
            continue
        old = existing_g.get(ref)
        # the few distinct budget lines and measure lists shared by the grants (not one copy each)
        line_key = shared.setdefault((year, code), (year, code))
        measures_key = tuple(sorted(measures))
        measures_key = shared.setdefault(measures_key, measures_key)
        values = {"ref": ref, "beneficiary_ref": bref, "budget_line": line_key, "year": year, "title": title,
                  "amount": amount, "programme_ref": pref, "measures": measures_key, "decision_ref": decision_ref,
                  "decision_date": decision_date, "advance_share": share, "period_start": start, "period_end": end,
                  "justification_deadline": deadline, "edition_id": edition.id if edition else None}
        if nature is not None:
            values["nature"] = nature
        if project_budget is not None:
            values["project_budget"] = project_budget
        if old is not None:
            for fld, label in (("beneficiary_ref", "beneficiary_ref"), ("budget_line", "budget_line_code"), ("year", "year")):
                if old[fld] != values[fld]:
                    r.err(n, label, QT_TRANSLATE_NOOP("rules", "Grant {ref} exists with another {column}; it cannot be moved by an import"),
                          ref=ref, column=label)
            if old["decision_date"] and decision_date != old["decision_date"] and old["has_payments"]:
                r.err(n, "decision_date", QT_TRANSLATE_NOOP("rules", "Grant {ref} already has payments: its decision date cannot change"), ref=ref)
        shown = {k: v for k, v in values.items() if k not in ("edition_id",)}
        shown["measures"] = _measure_text(measures, code_of)
        before = None if old is None else {k: old.get(k) for k in shown}
        if before is not None:
            before["measures"] = _measure_text(old["measures"], code_of)
        action = _record(result, "Grants", n, ref, before, shown)
        plan.grants[ref] = _Item(n, old, action, values)
    _dupes(r, keys, "ref")
    refused_g = {ref for _, ref in keys if ref is not None and ref not in plan.grants}
    _plpp_band(s, r, plan, existing_b, existing_p)

    # Payments --------------------------------------------------------------------------------
    r = _Rows("Payments", problems)
    existing_pay: dict[int, list[dict[str, Any]]] = {}
    looked_up: set[str] = set()  # grant refs whose payments are fetched

    def look_up(chunk: list[tuple[int, Row]]) -> None:
        """The existing grants and payments a batch of payment rows refers to (once each)."""
        refs = {t for _, row in chunk if (t := r.text(0, row, "grant_ref")) is not None} - looked_up
        looked_up.update(refs)
        unknown = sorted(ref for ref in refs if ref not in plan.grants and ref not in existing_g)
        if unknown:
            existing_g.update(_existing_grants(s, unknown))
        ids = [existing_g[ref]["id"] for ref in refs if ref in existing_g]
        existing_pay.update(_existing_payments(s, ids))
        existing_pay.update({i: [] for i in ids if i not in existing_pay})

    used: set[int] = set()
    pay_keys = _Keys()
    for n, row in _batched(sheets.get("Payments"), look_up):
        gref = r.text(n, row, "grant_ref", True, 40)
        date = r.date(n, row, "date", True)
        kind = r.choice(n, row, "kind", PaymentKind)
        amount = r.amount(n, row, "amount", allow_negative=kind == PaymentKind.RECOVERY)
        reference = r.text(n, row, "reference", max_length=80)
        if amount is not None:
            if kind == PaymentKind.RECOVERY:
                amount = abs(amount)
            if amount == 0:
                r.err(n, "amount", QT_TRANSLATE_NOOP("rules", "The amount must not be zero"))
                amount = None
        if gref in refused_g:
            gref = None  # its own row is refused already
        elif gref is not None and gref not in plan.grants and gref not in existing_g:
            r.err(n, "grant_ref", QT_TRANSLATE_NOOP("rules", "No grant {ref} (in this workbook or the database)"), ref=gref)
            gref = None
        if reference is not None:
            pay_keys.append((n, (gref, reference)))
        if date is not None:
            r.found(n, checks.check_date(date, "date", checks.DATE_LABELS["date"]))
        if None in (gref, date, kind, amount):
            continue
        values = {"grant_ref": gref, "date": date, "amount": amount, "kind": kind, "reference": reference}
        old = None
        gid = existing_g.get(gref, {}).get("id")
        for p in existing_pay.get(gid, []) if gid else []:
            if p["id"] in used:
                continue
            if (reference is not None and p["reference"] == reference) or (
                    reference is None and p["reference"] is None and (p["date"], p["amount"], p["kind"]) == (date, amount, kind)):
                old = p
                break
        if old is not None:
            used.add(old["id"])
            changed = (old["date"], old["amount"], old["kind"]) != (date, amount, kind)
            managed = (old["status"] == PaymentStatus.CANCELLED or old["recovery_claim_id"] is not None
                       or old["origin"] != "import" or old["sent"])
            if changed and managed:
                r.err(n, "reference", QT_TRANSLATE_NOOP("rules", "Payment {reference} of grant {ref} is managed in the application and cannot be changed by an import"),
                      reference=reference or "-", ref=gref)
        before = None if old is None else {k: old[k] for k in values if k in old} | {"grant_ref": gref}
        action = _record(result, "Payments", n, f"{gref} {reference or date}", before, values)
        plan.payments.append(_Item(n, old, action, values))
    _dupes(r, pay_keys, "reference")

    # Indicators ------------------------------------------------------------------------------
    ind_rows = list(sheets.get("Indicators"))
    if ind_rows:
        _plan_indicators(s, _Rows("Indicators", problems), ind_rows, plan, existing_g, refused_g, code_of, result)
    cof_rows = list(sheets.get("Cofunding"))
    if cof_rows or any(_budgeted(g) for g in plan.grants.values()):
        _plan_cofunding(s, _Rows("Cofunding", problems), cof_rows, plan, existing_g, refused_g, result)
    return plan


def _batched(rows: Iterable[tuple[int, Row]], before: Callable[[list[tuple[int, Row]]], None]
             ) -> Iterator[tuple[int, Row]]:
    """The rows again, read by batches of 5 000: ``before(batch)`` looks up in the database what
    the batch refers to, once for the batch, before its rows are planned."""
    for chunk in _batches(rows):
        before(chunk)
        yield from chunk


def _plan_indicators(s: Session, r: _Rows, ind_rows: list[tuple[int, Row]], plan: _Plan,
                     existing_g: dict[str, dict[str, Any]], refused_g: set[Any], code_of: dict[int, str],
                     result: ImportResult) -> None:
    """Indicators: keyed by grant_ref + name, under one of the grant's measures as the import leaves them."""
    refs = {t for _, row in ind_rows if (t := _cell(row.get("grant_ref"))) is not None}
    existing_g.update(_existing_grants(s, [str(ref) for ref in refs if ref not in existing_g and ref not in plan.grants]))
    existing_i: dict[tuple[str, str], dict[str, Any]] = {}
    ref_list = [str(x) for x in refs]
    for i in range(0, len(ref_list), 900):
        for ind, held_by, code in s.execute(select(Indicator, Grant.ref, Measure.code)
                                         .join(Grant, Grant.id == Indicator.grant_id)
                                         .join(Measure, Measure.id == Indicator.measure_id)
                                         .where(Grant.ref.in_(ref_list[i:i + 900]))):
            existing_i[(held_by, ind.name)] = {
                "id": ind.id, "grant_ref": held_by, "measure": code, "name": ind.name, "unit": ind.unit,
                "target": None if ind.target is None else Decimal(ind.target).quantize(CENT),
                "achieved": None if ind.achieved is None else Decimal(ind.achieved).quantize(CENT),
                "source": ind.source, "comment": ind.comment}
    keys = []
    for n, row in ind_rows:
        gref = r.text(n, row, "grant_ref", True, 40)
        measure = r.text(n, row, "measure", True, 10)
        name = r.text(n, row, "name", True, 200)
        unit = r.text(n, row, "unit", max_length=40)
        # negative figures are parsed, then refused by the rule (checks.check_indicator) naming the figure
        target = r.amount(n, row, "target", required=False, allow_negative=True)
        achieved = r.amount(n, row, "achieved", allow_negative=True)
        source = r.text(n, row, "source", max_length=255)
        comment = r.text(n, row, "comment", max_length=4000)
        keys.append((n, (gref, name)))
        if gref in refused_g:
            continue  # its own row is refused already
        if gref is not None and gref in plan.grants:
            grant_measures = [code_of[m] for m, _ in plan.grants[gref]["values"]["measures"]]
        elif gref is not None and gref in existing_g:
            grant_measures = [code_of[m] for m, _ in existing_g[gref]["measures"]]
        else:
            if gref is not None:
                r.err(n, "grant_ref", QT_TRANSLATE_NOOP("rules", "No grant {ref} (in this workbook or the database)"), ref=gref)
            continue
        if measure is not None and name is not None:
            r.found(n, checks.check_indicator(name=name, measure=measure, grant_measures=grant_measures, target=target,
                                              achieved=achieved, ref=gref))
        if None in (measure, name, achieved) or (target is not None and target < 0) or (achieved or ZERO) < 0:
            continue
        assert name is not None
        values = {"grant_ref": gref, "measure": measure, "name": name, "unit": unit, "target": target,
                  "achieved": achieved, "source": source, "comment": comment}
        old = existing_i.get((gref, name))
        before = None if old is None else {k: old[k] for k in values}
        action = _record(result, "Indicators", n, f"{gref} {name}", before, values)
        plan.indicators.append(_Item(n, old, action, values))
    _dupes(r, keys, "name")


def _plpp_band(s: Session, r: _Rows, plan: _Plan, existing_b: dict[str, Any], existing_p: dict[str, Any]) -> None:
    """A commune's PLPP subsidy of a year (its grants in the database and in the workbook) moves by
    -1 % / +2 % at most from the previous year's, unless a derogation is recorded
    (``grants.domain.checks.check_plpp_band``, as at the act): refused at the commune's last row."""
    from .plpp import derogations, plpp_amounts

    rows: dict[tuple[str, int], list[tuple[int, Decimal]]] = {}
    ids: list[int] = []
    for g in plan.grants.values():
        v = g["values"]
        if g["old"] is not None:
            ids.append(g["old"]["id"])
        bref = v["beneficiary_ref"]
        if (_programme_kind(v["programme_ref"], plan, existing_p) != ProgrammeKind.LOCAL_PLAN
                or _category(bref, plan, existing_b) != Category.COMMUNE):
            continue
        nis = (plan.beneficiaries[bref]["values"]["commune_nis"] if bref in plan.beneficiaries
               else existing_b[bref].commune_nis if bref in existing_b else None)
        if nis is not None:
            rows.setdefault((nis, v["year"]), []).append((g["row"], v["amount"]))
    if not rows:
        return
    totals: dict[int, dict[str, Decimal]] = {}

    def total(nis: str, year: int) -> Decimal:
        if year not in totals:
            totals[year] = plpp_amounts(s, year, exclude=ids)
        return totals[year].get(nis, ZERO) + sum((a for _, a in rows.get((nis, year), [])), ZERO)

    for (nis, year), found in sorted(rows.items()):
        commune = s.get(Commune, nis)
        r.found(max(n for n, _ in found), checks.check_plpp_band(
            commune=commune.name_fr if commune else nis, year=year, previous=total(nis, year - 1),
            amount=total(nis, year), derogation=derogations(s, year).get(nis)), "amount")


def _programme_kind(ref: str | None, plan: _Plan, existing: dict[str, Any]) -> ProgrammeKind | None:
    if ref is None:
        return None
    if ref in plan.programmes:
        return plan.programmes[ref]["values"]["kind"]  # type: ignore[no-any-return]
    return existing[ref].kind if ref in existing else None


def _category(ref: str | None, plan: _Plan, existing: dict[str, Any]) -> Category | None:
    if ref is None:
        return None
    if ref in plan.beneficiaries:
        return plan.beneficiaries[ref]["values"]["category"]  # type: ignore[no-any-return]
    return existing[ref].category if ref in existing else None


def _measure_text(measures: list[tuple[int, Decimal]], code_of: dict[int, str]) -> str:
    return "; ".join(f"{code_of[m]}:{share}" for m, share in sorted(measures, key=lambda t: code_of[t[0]]))


@lru_cache(maxsize=4096)
def _measures_of(spec: str) -> tuple[tuple[str, Decimal], ...]:
    """Parsed measure specs: a workbook repeats the same few thousand specs (cached)."""
    return tuple(parse_measures(spec, "measures"))


def _existing_grants(s: Session, refs: list[str]) -> dict[str, dict[str, Any]]:
    """Existing grants by ref, with what the import compares and checks."""
    out: dict[str, dict[str, Any]] = {}
    refs = list(dict.fromkeys(refs))
    for i in range(0, len(refs), 900):
        chunk = refs[i:i + 900]
        rows = s.execute(select(Grant, Beneficiary.ref, BudgetLine.year, BudgetLine.code, Programme.ref)
                         .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id)
                         .join(BudgetLine, BudgetLine.id == Grant.budget_line_id)
                         .outerjoin(Programme, Programme.id == Grant.programme_id)
                         .where(Grant.ref.in_(chunk))).all()
        ids = [g.id for g, *_ in rows]
        amounts = figures.amounts(s, ids)
        committed = figures.committed(s, ids)
        with_payments = set(s.scalars(select(Payment.grant_id).where(Payment.grant_id.in_(ids)).distinct()))
        gm: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
        for gid, mid, share in s.execute(select(GrantMeasure.grant_id, GrantMeasure.measure_id, GrantMeasure.share)
                                         .where(GrantMeasure.grant_id.in_(ids))):
            gm[gid].append((mid, Decimal(share).quantize(Decimal("0.01"))))
        for g, bref, year, code, pref in rows:
            out[g.ref] = {"id": g.id, "ref": g.ref, "beneficiary_ref": bref, "budget_line": (year, code), "year": g.year,
                          "title": g.title, "amount": amounts[g.id], "programme_ref": pref, "measures": tuple(sorted(gm[g.id])),
                          "decision_ref": g.decision_ref, "decision_date": g.decision_date,
                          "advance_share": Decimal(g.advance_share).quantize(Decimal("0.01")),
                          "period_start": g.period_start, "period_end": g.period_end,
                          "justification_deadline": g.justification_deadline, "status": g.status,
                          "committed": committed.get(g.id, ZERO), "has_payments": g.id in with_payments,
                          "budget_line_id": g.budget_line_id, "edition_id": g.edition_id, "nature": g.nature,
                          "project_budget": None if g.project_budget is None else Decimal(g.project_budget).quantize(CENT)}
    return out


def _existing_payments(s: Session, grant_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for i in range(0, len(grant_ids), 900):
        for p in s.scalars(select(Payment).where(Payment.grant_id.in_(grant_ids[i:i + 900])).order_by(Payment.id)):
            out[p.grant_id].append({"id": p.id, "date": p.date, "amount": Decimal(p.amount).quantize(Decimal("0.01")),
                                    "kind": p.kind, "reference": p.reference, "status": p.status,
                                    "recovery_claim_id": p.recovery_claim_id, "origin": p.origin,
                                    "sent": p.sepa_message_id is not None})
    return out


# -- rules on the final state ----------------------------------------------------------------------

class _Final:
    """A grant as the import leaves it, for the payment checks (slotted: one per grant)."""

    __slots__ = ("amount", "decision_date", "line", "row")

    def __init__(self, amount: Decimal, decision_date: dt.date | None, line: tuple[int, str], row: int | None):
        self.amount, self.decision_date, self.line, self.row = amount, decision_date, line, row

    def __getitem__(self, key: str) -> Any:
        return getattr(self, key)


def _check_rules(s: Session, plan: _Plan, problems: list[Problem]) -> None:
    lines_final: dict[tuple[int, str], dict[str, Any]] = {
        (ln.year, ln.code): {"ce": ln.commitment_credits, "cl": ln.payment_credits, "id": ln.id}
        for ln in s.scalars(select(BudgetLine))}
    for key, p in plan.lines.items():
        v = p["values"]
        lines_final.setdefault(key, {"id": None})
        lines_final[key].update(ce=v["commitment_credits"], cl=v["payment_credits"])

    # Final amount and decision of every grant the workbook touches.
    final: dict[str, Any] = {}  # _Final
    for ref, g in plan.grants.items():
        final[ref] = _Final(g["values"]["amount"], g["values"]["decision_date"], g["values"]["budget_line"], g["row"])

    # Commitment credits: per line, what the line's grants reserve after the import.
    touched_line_keys = {g["values"]["budget_line"] for g in plan.grants.values()} | {
        k for k, p in plan.lines.items() if p["action"] == "change"}
    touched_ids = {lines_final[k]["id"] for k in touched_line_keys if lines_final.get(k, {}).get("id")}
    workbook_grant_ids = {g["old"]["id"] for g in plan.grants.values() if g["old"]}
    reserved_outside: dict[int, Decimal] = defaultdict(lambda: ZERO)
    if touched_ids:
        rows = s.execute(select(Grant.id, Grant.budget_line_id, Grant.status).where(Grant.budget_line_id.in_(touched_ids))).all()
        others = [r for r in rows if r.id not in workbook_grant_ids]
        if others:
            ids = [r.id for r in others]
            amt, com = figures.amounts(s, ids), figures.committed(s, ids)
            for r_ in others:
                reserved_outside[r_.budget_line_id] += domain_figures.reserved(r_.status, amt[r_.id], com.get(r_.id, ZERO))
    totals: dict[tuple[int, str], Decimal] = {}
    for key in touched_line_keys:
        lid = lines_final[key]["id"]
        totals[key] = reserved_outside[lid] if lid else ZERO
    over: set[tuple[int, str]] = set()  # lines already reported: one problem per line
    for g in sorted(plan.grants.values(), key=lambda t: t["row"]):
        key = g["values"]["budget_line"]
        # what the grant reserves once imported (its status and commitment as the import leaves them)
        before, decided = g["old"] or {}, bool(g["values"]["decision_date"])
        committed_after = g["values"]["amount"] if decided else before.get("committed", ZERO)
        this = domain_figures.reserved(lifecycle.imported_status(before.get("status"), decided),
                                       g["values"]["amount"], committed_after)
        totals[key] += this
        if key not in over:
            found = checks.check_commitment_credits(reserved=totals[key], credits=lines_final[key]["ce"],
                                                    code=key[1], year=key[0], amount=this)
            if found:
                over.add(key)
                problems.extend(p.located("Grants", g["row"], "amount") for p in found)
    for key, p in plan.lines.items():
        if p["action"] == "change" and key in totals and key not in over:
            problems.extend(q.located("BudgetLines", p["row"], "commitment_credits")
                            for q in checks.check_commitment_credits(
                                reserved=totals[key], credits=p["values"]["commitment_credits"], code=key[1],
                                year=key[0], field="commitment_credits"))

    _check_twelfths(s, plan, lines_final, problems)

    # Payments: decision first, within the grant's amount, within the payment credits.
    if not plan.payments and not any(p["action"] == "change" for p in plan.lines.values()):
        return
    existing_refs = [p["values"]["grant_ref"] for p in plan.payments if p["values"]["grant_ref"] not in final]
    info = _existing_grants(s, existing_refs)
    for ref, e in info.items():
        final[ref] = _Final(e["amount"], e["decision_date"], e["budget_line"], None)
    replaced = {p["old"]["id"] for p in plan.payments if p["old"]}
    # what existing payments (not replaced by the workbook) already use, per grant and per (year, code)
    grant_ids = {ref: (plan.grants[ref]["old"] or {}).get("id") if ref in plan.grants else info[ref]["id"] for ref in final}
    paid_outside: dict[str, Decimal] = defaultdict(lambda: ZERO)
    ids = [i for i in grant_ids.values() if i]
    ref_of = {i: ref for ref, i in grant_ids.items() if i}
    for i in range(0, len(ids), 900):
        for p in s.execute(select(Payment.id, Payment.grant_id, Payment.amount).where(
                Payment.grant_id.in_(ids[i:i + 900]), domain_figures.IS_PAID_OR_PREPARED)):
            if p.id not in replaced:
                paid_outside[ref_of[p.grant_id]] += Decimal(p.amount).quantize(Decimal("0.01"))
    year_code = {(p["values"]["date"].year, final[p["values"]["grant_ref"]]["line"][1]) for p in plan.payments} | {
        k for k, p in plan.lines.items() if p["action"] == "change"}
    cl_used: dict[tuple[int, str], Decimal] = {}
    for year, code in year_code:
        cl_used[(year, code)] = figures.cl_used(s, year, code)
    for p in plan.payments:  # remove what the workbook replaces
        if p["old"] and p["old"]["kind"] != PaymentKind.RECOVERY and p["old"]["status"] != PaymentStatus.CANCELLED:
            key = (p["old"]["date"].year, final[p["values"]["grant_ref"]]["line"][1])
            if key in cl_used:
                cl_used[key] -= p["old"]["amount"]
    paid = dict(paid_outside)
    fse = _fse_figures(s, plan, info, grant_ids)
    reported_cl: set[tuple[int, str]] = set()
    reported_grant: set[str] = set()
    for p in sorted(plan.payments, key=lambda t: t["row"]):
        v, n = p["values"], p["row"]
        g = final[v["grant_ref"]]
        # A payment on a grant whose decision date the workbook does not give is history as it was
        # recorded: it is imported (the contract refuses only a payment BEFORE the decision) and the
        # audit checks (order of acts, complete decisions) point at it.
        # The import commits a decided grant's amount at its decision date: the order of acts is
        # checked against that commitment. A grant with no decision date is history as recorded.
        if g["decision_date"] is not None:
            for problem in checks.check_order_of_acts(decision_date=g["decision_date"], committed_on=g["decision_date"],
                                                      first_payment=v["date"]):
                problems.append(problem.located("Payments", n, "date"))
        if v["kind"] == PaymentKind.RECOVERY:
            if v["grant_ref"] in fse:  # money paid back: the FSE rule counts payments net of it
                justified, back = fse[v["grant_ref"]]
                fse[v["grant_ref"]] = (justified, back + v["amount"])
            continue
        # The payment rule the application applies (grants.domain.checks), with the grant's amount
        # as what is committed. The advance share is the officer's limit at the act, not a rule of
        # the recorded history.
        before = paid.get(v["grant_ref"], ZERO)
        paid[v["grant_ref"]] = before + v["amount"]
        if v["grant_ref"] not in reported_grant:
            found = checks.check_payment_amounts(amount=v["amount"], kind=v["kind"], paid=before, committed=g["amount"],
                                                 granted=g["amount"], ref=v["grant_ref"])
            if found:
                reported_grant.add(v["grant_ref"])
                problems.extend(p.located("Payments", n, "amount") for p in found)
        if v["grant_ref"] in fse and v["grant_ref"] not in reported_grant:
            # FSE: paid up to the justified amount, the rule of a payment entered by hand
            justified, back = fse[v["grant_ref"]]
            found = checks.check_paid_up_to_justified(kind=v["kind"], amount=v["amount"], paid=before - back,
                                                      justified=justified, ref=v["grant_ref"])
            if found:
                reported_grant.add(v["grant_ref"])
                problems.extend(p.located("Payments", n, "amount") for p in found)
        key = (v["date"].year, g["line"][1])
        line = lines_final.get(key)
        used_cl = cl_used.get(key, ZERO)
        cl_used[key] = used_cl + v["amount"]
        if key not in reported_cl:
            found = checks.check_payment_credits(amount=v["amount"], used=used_cl,
                                                 credits=None if line is None else line["cl"], code=key[1], year=key[0])
            if found:
                reported_cl.add(key)
                problems.extend(p.located("Payments", n, p.field) for p in found)
    for key, p in plan.lines.items():
        if p["action"] == "change" and key in cl_used and key not in reported_cl:
            problems.extend(q.located("BudgetLines", p["row"], "payment_credits")
                            for q in checks.check_payment_credits(amount=None, used=cl_used[key],
                                                                  credits=p["values"]["payment_credits"],
                                                                  code=key[1], year=key[0]))


def _check_twelfths(s: Session, plan: _Plan, lines_final: dict[tuple[int, str], dict[str, Any]],
                    problems: list[Problem]) -> None:
    """A provisional year (no budget voted): what the import commits on a line at the decision dates
    stays within the twelfths of the previous year's credits (grants.domain.checks), date by date."""
    years = set(s.scalars(select(BudgetYear.year).where(BudgetYear.provisional.is_(True))))
    if not years:
        return
    flows: dict[tuple[int, str], list[tuple[dt.date, int, Decimal]]] = defaultdict(list)
    released: dict[tuple[int, str], Decimal] = defaultdict(lambda: ZERO)
    for g in plan.grants.values():
        key, v, old = g["values"]["budget_line"], g["values"], g["old"] or {}
        if key[0] not in years or not v["decision_date"]:
            continue
        released[key] += old.get("committed", ZERO)  # replaced by what the import commits
        flows[key].append((v["decision_date"], g["row"], v["amount"]))
    for key, items in flows.items():
        lid = lines_final.get(key, {}).get("id")
        committed = (figures.line_committed(s, lid) if lid else ZERO) - released[key]
        previous = lines_final.get((key[0] - 1, key[1]), {}).get("ce")
        for on, row, amount in sorted(items):
            found = checks.check_provisional_twelfths(amount=amount, committed=committed, on=on, year=key[0],
                                                      code=key[1], previous_credits=previous)
            if found:
                problems.extend(p.located("Grants", row, "amount") for p in found)
                break  # one problem per line
            committed += amount


# -- applying ----------------------------------------------------------------------------------------

def _max_id(s: Session, model: Any) -> int:
    return int(s.scalar(select(func.max(model.id))) or 0)


def _insert_many(s: Session, model: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows (plain executemany: twice as fast as RETURNING here) and return their new ids,
    in the order of ``rows``: ids are given in insertion order within this one transaction (the
    writer holds the database's write lock from BEGIN IMMEDIATE)."""
    if not rows:
        return []
    before = _max_id(s, model)
    insert_rows(s, model.__table__, rows)
    ids = list(s.scalars(select(model.id).where(model.id > before).order_by(model.id)))
    if len(ids) != len(rows):  # pragma: no cover - would mean another writer got in
        raise RuntimeError(f"{model.__tablename__}: expected {len(rows)} new rows, found {len(ids)}")
    return ids


#: Audit entries written at a time by the import (same transaction: all or nothing still).
AUDIT_BATCH = 5000


def _apply(s: Session, user: str, plan: _Plan, filename: str) -> None:
    changes: list[Change] = []
    source = f"import {filename}"

    def add_change(action: str, entity: str, ident: Any, before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
        changes.append(Change(action, entity, str(ident), before, after))
        if len(changes) >= AUDIT_BATCH:  # written per batch, in order (the chain is the same), not held
            record_many(s, user, changes)
            changes.clear()

    # Budget lines
    new = [p["values"] | {"_k": k} for k, p in plan.lines.items() if p["action"] == "add"]
    ids: dict[tuple[int, str], int] = {}
    if new:
        rows = [{k: v for k, v in r.items() if k != "_k"} for r in new]
        for r, new_id in zip(new, _insert_many(s, BudgetLine, rows), strict=True):
            ids[r["_k"]] = new_id
            add_change("insert", "budget_line", new_id, None, {k: v for k, v in r.items() if k != "_k"} | {"id": new_id})
    upd = [(p["id"], p) for p in plan.lines.values() if p["action"] == "change"]
    if upd:
        s.execute(update(BudgetLine), [{"id": i} | p["values"] for i, p in upd])
        for i, p in upd:
            b, a = _diff(p["before"], p["values"])
            add_change("update", "budget_line", i, b, a)
    line_id = {(ln.year, ln.code): ln.id for ln in s.execute(select(BudgetLine.id, BudgetLine.year, BudgetLine.code))}

    # Beneficiaries and programmes
    for model, entity, items in ((Beneficiary, "beneficiary", plan.beneficiaries), (Programme, "programme", plan.programmes)):
        new = [p["values"] for p in items.values() if p["action"] == "add"]
        for ref, new_id in zip([v["ref"] for v in new], _insert_many(s, model, new), strict=True):
            items[ref]["id"] = new_id
            add_change("insert", entity, new_id, None, items[ref]["values"] | {"id": new_id})
        upd = [p for p in items.values() if p["action"] == "change"]
        if upd:
            _update_by_id(s, model, [{"id": p["id"]} | p["values"] for p in upd])
            for p in upd:
                b, a = _diff(p["before"], p["values"])
                add_change("update", entity, p["id"], b, a)
    bene_id = dict(s.execute(select(Beneficiary.ref, Beneficiary.id)).all()) if plan.grants else {}
    prog_id = dict(s.execute(select(Programme.ref, Programme.id)).all()) if plan.grants else {}

    # Grants
    grant_measures: list[dict[str, Any]] = []
    commitments: list[dict[str, Any]] = []
    amendments: list[dict[str, Any]] = []
    status_of: dict[str, GrantStatus] = {}
    grant_id: dict[str, int] = {}
    # new grants by batches: their rows, ids, measures and audit entries are not all held at once
    added = [ref for ref, g in plan.grants.items() if g["action"] == "add"]
    for refs in _batches(added):
        batch = [(ref, plan.grants.pop(ref)) for ref in refs]  # applied: let go as we go
        new_grants = []
        for ref, g in batch:
            v = g["values"]
            status = lifecycle.imported_status(None, bool(v["decision_date"]))
            status_of[ref] = status
            new_grants.append({
                "ref": ref, "beneficiary_id": bene_id[v["beneficiary_ref"]], "budget_line_id": line_id[v["budget_line"]],
                "programme_id": prog_id.get(v["programme_ref"]) if v["programme_ref"] else None,
                "edition_id": v["edition_id"], "year": v["year"], "title": v["title"], "advance_share": v["advance_share"],
                "period_start": v["period_start"], "period_end": v["period_end"],
                "justification_deadline": v["justification_deadline"], "decision_ref": v["decision_ref"],
                "decision_date": v["decision_date"], "initial_amount": v["amount"], "status": status,
                "nature": v.get("nature") or checks.economic_nature(v["budget_line"][1]),
                "project_budget": v.get("project_budget")})
        measures_batch: list[dict[str, Any]] = []
        commitments_batch: list[dict[str, Any]] = []
        for (ref, g), row, gid in zip(batch, new_grants, _insert_many(s, Grant, new_grants), strict=True):
            grant_id[ref] = gid
            v = g["values"]
            audit_after = row | {"id": gid, "measures": "; ".join([f"{mid}:{sh}" for mid, sh in v["measures"]])}
            add_change("insert", "grant", gid, None, audit_after)
            measures_batch.extend({"grant_id": gid, "measure_id": mid, "share": sh} for mid, sh in v["measures"])
            if v["decision_date"]:
                commitments_batch.append({"grant_id": gid, "budget_line_id": row["budget_line_id"],
                                          "date": v["decision_date"], "amount": v["amount"],
                                          "reference": v["decision_ref"] or source})
        if measures_batch:
            insert_rows(s, GrantMeasure.__table__, measures_batch)
        # the batch's commitments (the decided amount at the decision date) right after it
        for row, new_id in zip(commitments_batch, _insert_many(s, Commitment, commitments_batch), strict=True):
            add_change("insert", "commitment", new_id, None, row | {"id": new_id})
    for ref, g in plan.grants.items():
        if g["action"] != "change":
            continue
        old, v = g["old"], g["values"]
        gid = old["id"]
        grant_id[ref] = gid
        fields = {k: v[k] for k in ("title", "advance_share", "period_start", "period_end", "justification_deadline",
                                    "decision_ref", "decision_date")}
        fields.update({k: v[k] for k in ("nature", "project_budget") if k in v})  # blank: as recorded
        fields["programme_id"] = prog_id.get(v["programme_ref"]) if v["programme_ref"] else None
        before = {k: old.get(k) for k in fields if k != "programme_id"} | {"programme_ref": old["programme_ref"]}
        after = {k: fields[k] for k in fields if k != "programme_id"} | {"programme_ref": v["programme_ref"]}
        b, a = _diff(before, after)
        status = lifecycle.imported_status(old["status"], bool(v["decision_date"]))
        delta = v["amount"] - old["amount"]
        if delta and old["decision_date"] is None:
            fields["initial_amount"] = v["amount"]
        elif delta:
            amendments.append({"grant_id": gid, "date": dt.date.today(), "reason": f"{source}, Grants row {g['row']}",
                               "amount_delta": delta, "decision_ref": v["decision_ref"]})
        if v["measures"] != old["measures"]:
            s.execute(GrantMeasure.__table__.delete().where(GrantMeasure.grant_id == gid))
            grant_measures.extend({"grant_id": gid, "measure_id": mid, "share": sh} for mid, sh in v["measures"])
            b["measures"], a["measures"] = "; ".join(f"{m}:{sh}" for m, sh in old["measures"]), "; ".join(
                f"{m}:{sh}" for m, sh in v["measures"])
        if delta:
            b["amount"], a["amount"] = old["amount"], v["amount"]
        s.execute(update(Grant).where(Grant.id == gid).values(**fields, status=status, version=Grant.version + 1))
        if status != old["status"]:
            b["status"], a["status"] = old["status"], status
        status_of[ref] = status
        if b or a:
            add_change("update", "grant", gid, b, a)
        # keep the import's commitment in step with the decided amount
        if v["decision_date"]:
            target = v["amount"]
            if target != old["committed"]:
                commitments.append({"grant_id": gid, "budget_line_id": old["budget_line_id"],
                                    "date": max(v["decision_date"], dt.date.today()) if old["committed"] else v["decision_date"],
                                    "amount": target - old["committed"], "reference": source})
    if grant_measures:
        insert_rows(s, GrantMeasure.__table__, grant_measures)
    for model, entity, rows in ((Commitment, "commitment", commitments), (Amendment, "amendment", amendments)):
        for batch_rows in _batches(rows):
            for row, new_id in zip(batch_rows, _insert_many(s, model, batch_rows), strict=True):
                add_change("insert", entity, new_id, None, row | {"id": new_id})
    commitments.clear()
    plan.grants.clear()  # applied: what the payments need is in grant_id and status_of

    # Payments
    if plan.payments:
        refs_needed = {p["values"]["grant_ref"] for p in plan.payments} - set(grant_id)
        for ref, info in _existing_grants(s, list(refs_needed)).items():
            grant_id[ref] = info["id"]
            status_of.setdefault(ref, info["status"])
        kinds: dict[str, frozenset[PaymentKind]] = {}
        pending = plan.payments
        pending.reverse()
        while pending:  # by batches, in the workbook's order, each let go once applied
            pay_batch = [pending.pop() for _ in range(min(AUDIT_BATCH, len(pending)))]
            new_p = []
            for p in pay_batch:
                v = p["values"]
                kinds[v["grant_ref"]] = _with_kind(kinds.get(v["grant_ref"], frozenset()), v["kind"])
                row = {"grant_id": grant_id[v["grant_ref"]], "date": v["date"], "amount": v["amount"], "kind": v["kind"],
                       "reference": v["reference"]}
                if p["action"] == "add":
                    new_p.append(row | {"status": PaymentStatus.APPROVED, "prepared_by": user, "origin": "import"})
                elif p["action"] == "change":
                    s.execute(update(Payment).where(Payment.id == p["old"]["id"]).values(**row))
                    b, a = _diff({k: p["old"].get(k) for k in ("date", "amount", "kind", "reference")},
                                 {k: v[k] for k in ("date", "amount", "kind", "reference")})
                    add_change("update", "payment", p["old"]["id"], b, a)
            for row, new_id in zip(new_p, _insert_many(s, Payment, new_p), strict=True):
                add_change("insert", "payment", new_id, None, row | {"id": new_id})
        # statuses move forward with what was paid
        moved: dict[GrantStatus, list[dict[str, int]]] = defaultdict(list)
        for ref, ks in kinds.items():
            current = status_of.get(ref, GrantStatus.COMMITTED)
            target = lifecycle.status_after_imported_payments(current, ks)
            if target != current:
                moved[target].append({"v_id": grant_id[ref]})
                add_change("update", "grant", grant_id[ref], {"status": current}, {"status": target})
        for target, ids in moved.items():  # one executemany per status reached
            s.execute(update(Grant.__table__).where(Grant.__table__.c.id == bindparam("v_id"))
                      .values(status=target, version=Grant.__table__.c.version + 1), ids)
    _apply_indicators(s, plan, add_change)
    _apply_cofunding(s, plan, add_change)
    record_many(s, user, changes)


@lru_cache(maxsize=64)
def _with_kind(kinds: frozenset[PaymentKind], kind: PaymentKind) -> frozenset[PaymentKind]:
    """``kinds | {kind}``, the few distinct sets shared by every grant (not one set per grant)."""
    return kinds | {kind}


def _apply_indicators(s: Session, plan: _Plan, add_change: Callable[..., None]) -> None:
    todo = [p for p in plan.indicators if p["action"] != "same"]
    if not todo:
        return
    refs = list({p["values"]["grant_ref"] for p in todo})
    gid: dict[str, int] = {}
    measure_of: dict[tuple[int, str], int] = {}
    for i in range(0, len(refs), 900):
        gid.update(dict(s.execute(select(Grant.ref, Grant.id).where(Grant.ref.in_(refs[i:i + 900]))).all()))
    ids = list(gid.values())
    for i in range(0, len(ids), 900):
        for g, code, mid in s.execute(select(GrantMeasure.grant_id, Measure.code, Measure.id)
                                      .join(Measure, Measure.id == GrantMeasure.measure_id)
                                      .where(GrantMeasure.grant_id.in_(ids[i:i + 900]))):
            measure_of[(g, code)] = mid
    new = []
    for p in todo:
        v = p["values"]
        g = gid[v["grant_ref"]]
        row = {"grant_id": g, "measure_id": measure_of[(g, v["measure"])], "name": v["name"], "unit": v["unit"],
               "target": v["target"], "achieved": v["achieved"], "source": v["source"], "comment": v["comment"]}
        if p["action"] == "add":
            new.append(row)
        else:
            s.execute(update(Indicator).where(Indicator.id == p["old"]["id"]).values(**row))
            b, a = _diff({k: p["old"][k] for k in v}, v)
            add_change("update", "indicator", p["old"]["id"], b, a)
    for row, new_id in zip(new, _insert_many(s, Indicator, new), strict=True):
        add_change("insert", "indicator", new_id, None, row | {"id": new_id})


def count_rows(db: Database) -> dict[str, int]:
    with db.reading() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (BudgetLine, Beneficiary, Programme, Grant, GrantMeasure, Commitment, Payment, Amendment)}


# --- co-financing (sheet Cofunding, columns nature and project_budget of Grants) -----------------------

def _fse_figures(s: Session, plan: _Plan, info: dict[str, dict[str, Any]],
                 grant_ids: dict[str, int | None]) -> dict[str, tuple[Decimal, Decimal]]:
    """The grants of a ``police_fund`` programme (FSE) the workbook's payments touch: grant ref ->
    (justified: accepted expenses, paid back), as recorded (a workbook carries no justification)."""
    prog_of = {ref: (plan.grants[ref]["values"]["programme_ref"] if ref in plan.grants else info[ref]["programme_ref"])
               for ref in {p["values"]["grant_ref"] for p in plan.payments}}
    wanted = sorted({pref for pref in prog_of.values() if pref})
    if not wanted:
        return {}
    kinds = {ref: p["values"]["kind"] for ref, p in plan.programmes.items()}
    for i in range(0, len(wanted), 900):
        for ref, kind in s.execute(select(Programme.ref, Programme.kind).where(Programme.ref.in_(wanted[i:i + 900]))):
            kinds.setdefault(ref, kind)
    refs = [ref for ref, pref in prog_of.items() if pref and kinds.get(pref) == ProgrammeKind.POLICE_FUND]
    ids = [gid for ref in refs if (gid := grant_ids.get(ref))]
    accepted = figures.accepted(s, ids) if ids else {}
    back = figures.recovered(s, ids) if ids else {}
    out = {}
    for ref in refs:
        known = grant_ids.get(ref)
        out[ref] = (accepted.get(known, ZERO), back.get(known, ZERO)) if known else (ZERO, ZERO)
    return out


def _budgeted(g: Any) -> bool:
    """A grant row of the workbook whose project has a total budget (given or recorded)."""
    return "project_budget" in g["values"] or (g["old"] or {}).get("project_budget") is not None


def _plan_cofunding(s: Session, r: _Rows, rows: list[tuple[int, Row]], plan: _Plan,
                    existing_g: dict[str, dict[str, Any]], refused_g: set[Any], result: ImportResult) -> None:
    """Other funders keyed by grant_ref + name (a second import updates them); then every grant the
    workbook touches stays within its project's budget minus its other funders (checks.check_cofunding)."""
    refs = {str(t) for _, row in rows if (t := _cell(row.get("grant_ref"))) is not None}
    existing_g.update(_existing_grants(s, [ref for ref in refs if ref not in existing_g and ref not in plan.grants]))
    held: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)  # grant ref -> name -> funder
    budgeted = {ref for ref, g in plan.grants.items() if _budgeted(g)}
    wanted = sorted(refs | budgeted)
    for i in range(0, len(wanted), 900):
        for c, held_by in s.execute(select(GrantCofunder, Grant.ref).join(Grant, Grant.id == GrantCofunder.grant_id)
                                    .where(Grant.ref.in_(wanted[i:i + 900])).order_by(GrantCofunder.id)):
            held[held_by][c.name] = {"id": c.id, "grant_ref": held_by, "name": c.name,
                                  "amount": Decimal(c.amount).quantize(CENT), "status": FunderStatus(c.status)}
    after: dict[str, dict[str, tuple[Decimal, FunderStatus]]] = {
        ref: {who: (f["amount"], f["status"]) for who, f in funders.items()} for ref, funders in held.items()}
    first_row: dict[str, int] = {}
    keys = []
    for n, row in rows:
        gref = r.text(n, row, "grant_ref", True, 40)
        name = r.text(n, row, "name", True, 200)
        amount = r.amount(n, row, "amount")
        status = r.choice(n, row, "status", FunderStatus, required=False) or FunderStatus.REQUESTED
        keys.append((n, (gref, name)))
        if gref in refused_g:
            continue  # its own row is refused already
        if gref is not None and gref not in plan.grants and gref not in existing_g:
            r.err(n, "grant_ref", QT_TRANSLATE_NOOP("rules", "No grant {ref} (in this workbook or the database)"), ref=gref)
            continue
        if amount is not None and amount <= 0:
            r.err(n, "amount", QT_TRANSLATE_NOOP("rules", "The amount must be above zero ({amount})"), amount=amount)
            continue
        if None in (gref, name, amount):
            continue
        assert gref is not None and name is not None and amount is not None
        first_row.setdefault(gref, n)
        values = {"grant_ref": gref, "name": name, "amount": amount, "status": status}
        old = held.get(gref, {}).get(name)
        before = None if old is None else {k: old[k] for k in values}
        action = _record(result, "Cofunding", n, f"{gref} {name}", before, values)
        plan.cofunders.append(_Item(n, old, action, values))
        after.setdefault(gref, {})[name] = (amount, status)
    _dupes(r, keys, "name")
    # the ceiling, on the figures as the import leaves them
    for ref in sorted(set(first_row) | budgeted):
        g = plan.grants.get(ref)
        old = existing_g.get(ref) or {}
        amount = g["values"]["amount"] if g is not None else old.get("amount")
        budget = g["values"].get("project_budget", old.get("project_budget")) if g is not None else old.get("project_budget")
        funders = [(name, a, st) for name, (a, st) in after.get(ref, {}).items()]
        for p in checks.check_cofunding(amount=amount, project_budget=budget, funders=funders):
            if g is not None:
                r.problems.append(p.located("Grants", g["row"], "amount"))
            else:
                r.problems.append(p.located("Cofunding", first_row[ref], "amount"))


def _apply_cofunding(s: Session, plan: _Plan, add_change: Callable[..., None]) -> None:
    todo = [p for p in plan.cofunders if p["action"] != "same"]
    if not todo:
        return
    refs = list({p["values"]["grant_ref"] for p in todo})
    gid: dict[str, int] = {}
    for i in range(0, len(refs), 900):
        gid.update(dict(s.execute(select(Grant.ref, Grant.id).where(Grant.ref.in_(refs[i:i + 900]))).all()))
    new = []
    for p in todo:
        v = p["values"]
        row = {"grant_id": gid[v["grant_ref"]], "name": v["name"], "amount": v["amount"], "status": v["status"]}
        if p["action"] == "add":
            new.append(row)
        else:
            s.execute(update(GrantCofunder).where(GrantCofunder.id == p["old"]["id"]).values(**row))
            b, a = _diff({k: p["old"][k] for k in v}, v)
            add_change("update", "grant_cofunder", p["old"]["id"], b, a)
    for row, new_id in zip(new, _insert_many(s, GrantCofunder, new), strict=True):
        add_change("insert", "grant_cofunder", new_id, None, row | {"id": new_id})
