"""Copying a database table by table, shared by ``migrate-to`` (a file to a server) and the
snapshot of a server (a server to a file): the order, the batches, the rows' order.

It imports only the models (never :mod:`.database`): the snapshot module, which
:mod:`.database` itself uses, reads it without an import cycle."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, String, Table, select

from grants.models import Base

#: Rows per INSERT batch (and per fetch from the source).
BATCH = 2000


def tables() -> list[Table]:
    """Every table of the models, parents before children."""
    return list(Base.metadata.sorted_tables)


def ordered(conn: Connection, table: Table) -> Any:
    """SELECT * ordered by primary key; text keys in byte order on both sides (COLLATE "C")."""
    keys: list[Any] = []
    for col in table.primary_key.columns:
        keys.append(col.collate("C") if conn.dialect.name == "postgresql" and isinstance(col.type, String) else col)
    return select(table).order_by(*keys)
