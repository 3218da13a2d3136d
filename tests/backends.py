"""Where the tests' databases live: SQLite files (the default) or databases on a PostgreSQL server.

``pytest --backend=postgresql`` (or GRANTS_TEST_BACKEND=postgresql), with GRANTS_TEST_PG_URL naming a
server where the URL's login may create databases and roles: the common fixtures of conftest.py
(``db_url``, ``db``, ``demo_url``) then give each test its own database on that server, cloned from
a template built once per session (``CREATE DATABASE t_... TEMPLATE ...`` takes a few tens of
milliseconds; migrating or loading the demo takes seconds) and dropped after the test.

A value of ``db_url`` is what ``--db`` and ``Database(...)`` accept on both backends: a file path
for SQLite, an SQLAlchemy URL for PostgreSQL.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path
from typing import Any

NAMES = {"sqlite": "sqlite", "postgresql": "postgresql", "pg": "postgresql", "postgres": "postgresql"}
#: The user the fixtures' databases are created as (conftest's ``os_user``).
TESTER = "tester"


def chosen(option: str | None) -> str:
    value = (option or os.environ.get("GRANTS_TEST_BACKEND") or "sqlite").strip().lower()
    if value not in NAMES:
        raise ValueError(f"unknown test backend {value!r}: sqlite or postgresql")
    return NAMES[value]


class SqliteBackend:
    name = "sqlite"

    def __init__(self, root: Path) -> None:
        self.root = root
        self._demo: Path | None = None

    def empty(self, folder: Path) -> str:
        """Where a database may be created (``grants init``): nothing there yet."""
        return str(folder / "grants.db")

    def initialised(self, folder: Path) -> str:
        from grants.services.database import Database
        from grants.services.schema import init_database

        path = folder / "grants.db"
        database = Database(path, user=TESTER)
        init_database(database)
        database.dispose()
        return str(path)

    def demo(self, folder: Path, name: str = "demo.db") -> str:
        """A copy of the demo database (built once per session)."""
        if self._demo is None:
            from grants.demo import load_demo
            from grants.services.database import Database
            from grants.services.schema import init_database

            path = self.root / "demo.db"
            database = Database(path, user=TESTER)
            init_database(database)
            load_demo(database)
            database.dispose()
            self._demo = path
        target = folder / name
        shutil.copyfile(self._demo, target)
        return str(target)

    def drop(self, url: str) -> None:
        """Files go with the test's temporary folder."""

    def close(self) -> None:
        pass


class PostgresBackend:
    name = "postgresql"

    def __init__(self, server: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.server = make_url(server).set(drivername="postgresql+psycopg")
        self.admin = create_engine(self.server, isolation_level="AUTOCOMMIT", pool_size=1)
        self.prefix = f"t{uuid.uuid4().hex[:8]}"
        self._templates: dict[str, str] = {}
        self._made: list[str] = []

    def url(self, name: str) -> str:
        return str(self.server.set(database=name).render_as_string(hide_password=False))

    def _sql(self, statement: str) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(statement)

    def _create(self, template: str | None) -> str:
        name = f"{self.prefix}_{uuid.uuid4().hex[:10]}"
        self._sql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        self._made.append(name)
        if template:  # the clone's own group roles (migration 0010 names them after the database)
            self._server_roles(name)
        return name

    def _server_roles(self, name: str) -> None:
        import importlib

        from sqlalchemy import create_engine, text

        roles: Any = importlib.import_module("grants.migrations.versions.20261207_0010_pg_server_roles")
        engine = create_engine(self.url(name), pool_size=1)
        try:
            with engine.begin() as conn:
                conn.execute(text(roles.UPGRADE.format(groups=roles._array(roles.GROUPS),
                                                       read_only=roles._array(roles.READ_ONLY),
                                                       deleting=roles._array(roles.DELETING))))
        finally:
            engine.dispose()

    def _template(self, kind: str) -> str:
        if kind not in self._templates:
            from grants.services.database import Database
            from grants.services.schema import init_database

            if kind == "initialised":
                name = self._create(None)
                database = Database(self.url(name), user=TESTER)
                init_database(database)
            else:
                from grants.demo import load_demo

                name = self._create(self._template("initialised"))
                database = Database(self.url(name), user=TESTER)
                load_demo(database)
            database.dispose()
            self._templates[kind] = name
        return self._templates[kind]

    def empty(self, folder: Path) -> str:
        return self.url(self._create(None))

    def initialised(self, folder: Path) -> str:
        return self.url(self._create(self._template("initialised")))

    def demo(self, folder: Path, name: str = "demo.db") -> str:
        return self.url(self._create(self._template("demo")))

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        if not name or name in self._templates.values():
            return
        _let_the_screens_finish()
        self._drop(name)

    def _drop(self, name: str, roles: bool = True) -> None:
        self._sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if roles:  # the templates' roles go last: their clones hold privileges for them
            self._drop_roles(name)
        if name in self._made:
            self._made.remove(name)

    def _drop_roles(self, name: str) -> None:
        for group in ("officer", "finance", "auditor", "admin"):
            self._sql(f'DROP ROLE IF EXISTS "{name}_{group}"')

    def close(self) -> None:
        made = list(self._made)
        for name in made:
            self._drop(name, roles=False)
        for name in made:
            self._drop_roles(name)
        self.admin.dispose()


def _let_the_screens_finish() -> None:
    """A screen's read still running in the task runner would lose its connection to the dropped
    database (a SQLite file outlives it): let the runner finish first."""
    import sys

    tasks = sys.modules.get("grants.ui.tasks")
    if tasks is not None:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            tasks.wait_idle(15_000)


def honour_named_users() -> None:
    """On a server the user is the login (``session_user``), whoever the program names. The common
    suite impersonates as it does on SQLite (a fixture, never a variable users can set): a
    ``Database(..., user=NAME)`` acts as NAME, else as the patched OS account. The tests marked pg
    check the real logins; they do not run under this backend."""
    from grants.services import database

    original = database.Database.__init__

    def init(self: Any, db: Any = None, *, user: str | None = None, **options: Any) -> None:
        if db is None and not os.environ.get("GRANTS_DB"):
            raise AssertionError("a test opened the default database (db.path is None on a server: use db.url)")
        original(self, db, user=user, **options)
        if not self.is_sqlite:
            self.user = user or database.current_user()

    database.Database.__init__ = init  # type: ignore[method-assign]


def content_digest(url: str) -> str:
    """A database's content on either backend: every table's rows, in key order (nothing saved by a
    refused action leaves it unchanged; WAL or server alike)."""
    import hashlib

    from sqlalchemy import MetaData, create_engine, select

    from grants.services.database import resolve_url

    engine = create_engine(resolve_url(url))
    digest = hashlib.sha256()
    try:
        meta = MetaData()
        meta.reflect(engine)
        with engine.connect() as conn:
            for table in sorted(meta.sorted_tables, key=lambda t: t.name):
                order = list(table.primary_key.columns) or list(table.columns)
                digest.update(table.name.encode())
                for row in conn.execute(select(table).order_by(*order)):
                    digest.update(repr(tuple(row)).encode())
    finally:
        engine.dispose()
    return digest.hexdigest()


def location(db: Any) -> str:
    """Where a database is, as the application names it: the file, or (part of) the server's name."""
    from sqlalchemy.engine import make_url

    return str(db.path) if db.path is not None else str(make_url(db.url).database)
