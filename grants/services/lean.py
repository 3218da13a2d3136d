"""A command's read of a SQLite file without SQLAlchemy: the exports of one year start in a tenth of
the time (importing SQLAlchemy, its ORM and the models is most of a short command's work).

The queries are the services' own statements, compiled ahead for SQLite
(:mod:`grants.services.compiled_sql`, written by :mod:`grants.services.precompile` and checked by
tests/test_lean.py); their rows become ``GrantRow`` and ``PublicationRow`` through the same
functions as on the SQLAlchemy path (:mod:`grants.services.rows`). Only a plain file at the very
schema revision the queries were compiled for, in WAL mode (an auditor's snapshot never is), is read
here; anything else (a server, an older or newer schema, a snapshot, a missing or foreign file) is
left to the SQLAlchemy path, which reads, upgrades or refuses it as it always did.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from grants import vocabulary

from . import local
from .compiled_sql import HEAD, QUERIES
from .rows import (
    ExportInfo,
    GrantRow,
    Progress,
    PublicationRow,
    assemble_grant_rows,
    assemble_publication,
    iter_in_chunks,
    make_export_info,
)

#: SQLite's header: "SQLite format 3\0", then at offsets 18 and 19 the file format versions (2: WAL).
_HEADER = b"SQLite format 3\x00"
_DATE = re.compile(r"(\d+)-(\d+)-(\d+)")  # how SQLAlchemy's SQLite Date reads a stored date


def _date(value: Any) -> dt.date | None:
    if value is None:
        return None
    m = _DATE.match(value)
    if m is None:
        raise ValueError(f"Couldn't parse date string: {value!r}")
    return dt.date(*map(int, m.groups()))


def _reader(kind: str) -> Callable[[Any], Any] | None:
    """The conversion SQLAlchemy applies to a result column on SQLite (see ``precompile._reader``)."""
    if kind == "raw":
        return None
    if kind == "date":
        return _date
    if kind.startswith("decimal:"):
        places = int(kind.split(":", 1)[1])
        return lambda v: None if v is None else Decimal(f"%.{places}f" % v)
    if kind.startswith("enum:"):
        cls = getattr(vocabulary, kind.split(":", 1)[1])
        return lambda v: None if v is None else cls(v)
    raise ValueError(f"unknown reader {kind!r}")


class SQLiteFile:
    """A read-only sqlite3 connection in one read transaction (every query sees the same data)."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self._conn = conn
        self._readers: dict[str, list[tuple[int, Callable[[Any], Any]]]] = {}

    def run(self, name: str, **params: Any) -> Iterable[Sequence[Any]]:
        """The rows of the compiled query ``name``, its columns read as SQLAlchemy reads them."""
        sql, spec, kinds = QUERIES[name]
        args = tuple(params[v] if op == ":" else v for op, v in spec)
        cursor = self._conn.execute(sql, args)
        readers = self._readers.get(name)
        if readers is None:
            readers = self._readers[name] = [(i, f) for i, k in enumerate(kinds) if (f := _reader(k)) is not None]
        if not readers:
            return cursor
        return (_converted(row, readers) for row in cursor)

    def export_info(self, what: str, **parameters: object) -> ExportInfo:
        return make_export_info(str(self.path), local.current_user(), what, **parameters)

    def iter_grant_rows(self, year: int, progress: Progress = None) -> Iterator[GrantRow]:
        """As ``reporting.iter_grant_rows``: the year's grants by reference, in chunks."""
        refs = [r for (r,) in self.run("grants.refs", year=year)]

        def rows_between(lo: str, hi: str) -> list[GrantRow]:
            return assemble_grant_rows(lambda name: self.run(f"grants.{name}", year=year, lo=lo, hi=hi))

        return iter_in_chunks(refs, rows_between, progress)

    def publication_rows(self, year: int) -> list[PublicationRow]:
        """As ``implementation.publication_rows``: the year's decided grants, by beneficiary and reference."""
        return assemble_publication(lambda name: self.run(f"publication.{name}", year=year))

    def close(self) -> None:
        try:
            self._conn.rollback()
        finally:
            self._conn.close()


def _converted(row: Sequence[Any], readers: list[tuple[int, Callable[[Any], Any]]]) -> tuple[Any, ...]:
    values = list(row)
    for i, read in readers:
        values[i] = read(values[i])
    return tuple(values)


def open_file(db: str | os.PathLike[str] | None) -> SQLiteFile | None:
    """The database ``db`` names (as ``--db`` takes it), opened read-only here when it is a plain
    SQLite file in WAL mode at revision :data:`HEAD`; None otherwise (the SQLAlchemy path's turn)."""
    path = local.sqlite_file(db)
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            header = fh.read(20)
    except OSError:
        return None
    if len(header) < 20 or not header.startswith(_HEADER) or header[18] != 2 or header[19] != 2:
        return None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=30)
    except sqlite3.Error:
        return None
    try:
        conn.execute("BEGIN")
        revisions = [r for (r,) in conn.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.Error:
        conn.close()
        return None
    if revisions != [HEAD]:
        conn.close()
        return None
    return SQLiteFile(path, conn)
