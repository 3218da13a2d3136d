"""The exports of one year read from a plain SQLite file without SQLAlchemy (grants.services.lean):
the services' own statements compiled ahead (grants/services/compiled_sql.py), the same rows, the
same workbooks; anything else left to the SQLAlchemy path (BENCHMARKS.md, issue 11)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from grants.cli import main
from grants.services import implementation, lean, precompile, reporting
from grants.services.database import Database

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.sqlite_only("the lean path reads SQLite files only (a server is read through SQLAlchemy)")


def test_the_compiled_queries_are_what_the_services_statements_compile_to_now() -> None:
    """A changed figure, a new migration or another SQLAlchemy: run ``python -m grants.services.precompile``."""
    assert (ROOT / "grants" / "services" / "compiled_sql.py").read_text(encoding="utf-8") == precompile.generate()


def _years(path: str) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [y for (y,) in conn.execute("SELECT DISTINCT year FROM grant ORDER BY year")]
    finally:
        conn.close()


def test_lean_rows_are_the_services_rows_on_the_demo(demo_url: str) -> None:
    """Every year of the demo (every status, amendments of amount and period, recoveries, measures
    shared, co-financing): the same GrantRow and PublicationRow, field by field, type by type."""
    years = _years(demo_url)
    assert len(years) >= 2
    db = Database(demo_url, read_only=True)
    plain = lean.open_file(demo_url)
    assert plain is not None
    try:
        compared = 0
        for year in years:
            services = reporting.grant_rows(db, year)
            plain_rows = list(plain.iter_grant_rows(year))
            assert plain_rows == services
            for a, b in zip(plain_rows, services, strict=True):
                assert [type(getattr(a, f)) for f in a.__slots__] == [type(getattr(b, f)) for f in b.__slots__]
            published = plain.publication_rows(year)
            assert published == implementation.publication_rows(db, year)
            # the amount published (the domain's SQL figure) is the grants list's current amount
            amounts = {r.ref: r.amount for r in services if r.status.value != "draft"}
            assert {r.ref: r.amount for r in published} == amounts
            compared += len(services)
        assert compared > 100
    finally:
        plain.close()
        db.dispose()


def test_lean_rows_in_chunks_across_many_grants(demo_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunk bounds (first and last reference of each chunk) read exactly the grants between them."""
    from grants.services import rows

    monkeypatch.setattr(rows, "CHUNK", 7)
    db = Database(demo_url, read_only=True)
    year = max(_years(demo_url), key=lambda y: reporting.count_grants(db, y))
    plain = lean.open_file(demo_url)
    assert plain is not None
    try:
        assert list(plain.iter_grant_rows(year)) == reporting.grant_rows(db, year)
    finally:
        plain.close()
        db.dispose()


def _cells(path: Path) -> list[list[tuple[str, Any]]]:
    out = []
    for ws in load_workbook(path).worksheets:
        sheet = []
        for row in ws.iter_rows():
            for c in row:
                value = c.value
                if isinstance(value, dt.datetime) and ws.title != load_workbook(path).worksheets[0].title:
                    value = "(the export's time)"
                sheet.append((c.coordinate, value, c.number_format))
        out.append(sheet)
    return out


@pytest.mark.parametrize("what", ["grants", "publication"])
def test_the_command_writes_the_same_workbook_either_way(demo_url: str, tmp_path: Path, what: str) -> None:
    """``grants --db FILE export grants|publication`` (the plain file: lean) and the same database
    named by its URL (read through SQLAlchemy) write the same cells, formats and About sheet."""
    year = _years(demo_url)[-1]
    lean_out, services_out = tmp_path / "lean.xlsx", tmp_path / "services.xlsx"
    assert main(["--db", demo_url, "export", what, "--year", str(year), "--out", str(lean_out), "--lang", "nl"]) == 0
    url = f"sqlite:///{Path(demo_url).resolve()}"
    assert main(["--db", url, "export", what, "--year", str(year), "--out", str(services_out), "--lang", "nl"]) == 0
    assert _cells(lean_out) == _cells(services_out)


def test_the_export_commands_import_no_sqlalchemy_on_a_plain_file(demo_url: str, tmp_path: Path) -> None:
    """What the start-up saves: the whole process of an export of one year never imports SQLAlchemy,
    the ORM or the models (a fresh interpreter, through the real entry point)."""
    year = str(_years(demo_url)[-1])
    code = ("import sys\nfrom grants.cli import main\n"
            f"rc = main(['--db', {demo_url!r}, 'export', 'grants', '--year', {year!r}, '--out', {str(tmp_path / 'g.xlsx')!r}])\n"
            f"rc += main(['--db', {demo_url!r}, 'export', 'publication', '--year', {year!r}, '--out', {str(tmp_path / 'p.xlsx')!r}])\n"
            "print(rc, sorted({m.split('.')[0] + ('.' + m.split('.')[1] if m.startswith('grants.') else '')"
            " for m in sys.modules if m.startswith(('sqlalchemy', 'alembic', 'grants.models'))}))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip().splitlines()[-1] == "0 []", out.stdout + out.stderr


def test_what_lean_leaves_to_the_sqlalchemy_path(demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a URL, a missing file, a folder, a file that is not SQLite: not read here
    assert lean.open_file(f"sqlite:///{demo_url}") is None
    assert lean.open_file(str(tmp_path / "missing.db")) is None
    assert lean.open_file(str(tmp_path)) is None
    (tmp_path / "notes.db").write_text("not a database")
    assert lean.open_file(str(tmp_path / "notes.db")) is None
    # a database at another schema revision: the services read it (and upgrade it, as always)
    old = tmp_path / "old.db"
    shutil.copy(demo_url, old)
    conn = sqlite3.connect(old)
    conn.execute("UPDATE alembic_version SET version_num = '0018'")
    conn.commit()
    conn.close()
    assert lean.open_file(str(old)) is None
    # a file in rollback-journal mode (an auditor's snapshot is one): not read here either
    rollback = tmp_path / "rollback.db"
    shutil.copy(demo_url, rollback)
    conn = sqlite3.connect(rollback)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    assert lean.open_file(str(rollback)) is None
    # and the command still refuses a missing database in one line, as before
    assert main(["--db", str(tmp_path / "missing.db"), "export", "grants", "--year", "2024",
                 "--out", str(tmp_path / "g.xlsx")]) == 1
    assert "no database at" in capsys.readouterr().err


def test_a_snapshot_is_exported_from_its_own_checked_copy(demo_url: str, tmp_path: Path) -> None:
    """An auditor's snapshot goes through the SQLAlchemy path (read-only, immutable), same workbook."""
    snap = tmp_path / "snap.db"
    assert main(["--db", demo_url, "snapshot", "--out", str(snap)]) == 0
    assert lean.open_file(str(snap)) is None
    year = str(_years(demo_url)[-1])
    assert main(["--db", str(snap), "export", "publication", "--year", year, "--out", str(tmp_path / "s.xlsx")]) == 0
    assert main(["--db", demo_url, "export", "publication", "--year", year, "--out", str(tmp_path / "d.xlsx")]) == 0
    assert _cells(tmp_path / "s.xlsx")[0] == _cells(tmp_path / "d.xlsx")[0]


def test_the_about_sheet_names_the_installed_version() -> None:
    """The exports print ``grants.__version__`` (no package metadata read at start-up): the same as
    the installed distribution's."""
    from importlib.metadata import version

    import grants

    assert grants.__version__ == version("grants")


def test_a_database_error_on_the_lean_path_is_one_line(demo_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A locked or damaged file met while reading without SQLAlchemy: one line, exit 1, no file left."""
    def locked(self: lean.SQLiteFile, name: str, **params: Any) -> Any:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(lean.SQLiteFile, "run", locked)
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["--db", demo_url, "export", "grants", "--year", "2024", "--out", str(folder / "g.xlsx")]) == 1
    assert capsys.readouterr().err.strip() == "database error: database is locked"
    assert list(folder.iterdir()) == []


def test_the_lean_read_works_with_the_collector_back_on(demo_url: str, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """As when a command opens its database through SQLAlchemy: the cycle collector, paused for the
    start-up's imports, is back on while the rows are read and written."""
    import gc

    seen: list[bool] = []
    real = lean.SQLiteFile.publication_rows

    def spy(self: lean.SQLiteFile, year: int) -> Any:
        seen.append(gc.isenabled())
        return real(self, year)

    monkeypatch.setattr(lean.SQLiteFile, "publication_rows", spy)
    year = str(_years(demo_url)[-1])
    assert main(["--db", demo_url, "export", "publication", "--year", year, "--out", str(tmp_path / "p.xlsx")]) == 0
    assert seen == [True]
    assert gc.isenabled()
