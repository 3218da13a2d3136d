"""Bulk inserts for the import: the same values SQLAlchemy would bind, without its per-row cost.

Each column's bind processor (Decimal, date, enum...) is looked up once and applied in a tight
loop, then the DBAPI's ``executemany`` runs the statement. On a dialect with named parameters
(or anything unexpected) it falls back to ``session.execute(table.insert(), rows)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session


def insert_rows(s: Session, table: Table, rows: Sequence[dict[str, Any]],
                constants: dict[str, Any] | None = None) -> None:
    """Insert ``rows`` (dicts by column key); ``constants`` are values shared by every row,
    converted once."""
    if not rows:
        return
    if constants:
        if s.connection().dialect.paramstyle not in ("qmark", "format"):
            s.execute(table.insert(), [dict(r, **constants) for r in rows])
            return
        _insert_with_constants(s, table, rows, constants)
        return
    conn = s.connection()
    dialect = conn.dialect
    if dialect.paramstyle not in ("qmark", "format"):
        s.execute(table.insert(), list(rows))
        return
    keys = set().union(*(r.keys() for r in rows[:50]))
    if any(set(r) - keys for r in rows):  # irregular rows: let SQLAlchemy handle them
        s.execute(table.insert(), list(rows))
        return
    # every column but an omitted autoincrement key; omitted columns take their scalar default
    cols = [c for c in table.columns if c.key in keys or not (c.primary_key and c.autoincrement in (True, "auto"))]
    defaults: dict[str, Any] = {}
    for c in cols:
        if c.key not in keys and c.default is not None:
            if not c.default.is_scalar:
                s.execute(table.insert(), list(rows))
                return
            defaults[c.key] = c.default.arg
    procs = [_bind_processor(c, dialect) for c in cols]
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in cols)}) "
           f"VALUES ({', '.join([mark] * len(cols))})")
    pairs = [(c.key, p, defaults.get(c.key)) for c, p in zip(cols, procs, strict=True)]
    data = [tuple(p(r.get(k, d)) if p is not None else r.get(k, d) for k, p, d in pairs) for r in rows]
    conn.exec_driver_sql(sql, data)


def _bind_processor(column: Column[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """The function that turns a Python value into what the driver takes for this column (None:
    the value as it is), through SQLAlchemy's public API."""
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def _insert_with_constants(s: Session, table: Table, rows: Sequence[dict[str, Any]], constants: dict[str, Any]) -> None:
    conn = s.connection()
    dialect = conn.dialect
    keys = [k for k in rows[0]]
    cols = [table.c[k] for k in keys]
    const_cols = [table.c[k] for k in constants]
    procs = [_bind_processor(c, dialect) for c in cols]
    fixed = tuple((p(constants[c.key]) if (p := _bind_processor(c, dialect)) else constants[c.key])
                  for c in const_cols)
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    quote = dialect.identifier_preparer.quote
    names = [quote(c.name) for c in cols + const_cols]
    sql = f"INSERT INTO {quote(table.name)} ({', '.join(names)}) VALUES ({', '.join([mark] * len(names))})"
    if all(p is None for p in procs):
        data = [tuple(r.values()) + fixed for r in rows]  # rows built with the keys in this order
    else:
        pairs = list(zip(keys, procs, strict=True))
        data = [tuple(p(r[k]) if p is not None else r[k] for k, p in pairs) + fixed for r in rows]
    conn.exec_driver_sql(sql, data)
