"""The installer (README "Installer"): what the PyInstaller folder ships, the launcher, the Inno Setup script.

The bundle itself is built and run by installer/build.sh in .ci/run (too slow for the test suite);
these tests check, in seconds, the parts that decide whether it starts.
"""

from __future__ import annotations

import importlib.util
import re
import runpy
import sys
from pathlib import Path, PurePosixPath
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"


def _bundle_files() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_files", INSTALLER / "bundle_files.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _shipped(datas: list[tuple[str, str]]) -> set[str]:
    """The bundle's relative paths of (source, folder) pairs."""
    return {str(PurePosixPath(folder) / Path(source).name) for source, folder in datas}


def test_the_bundle_ships_the_alembic_scripts() -> None:
    shipped = _shipped(_bundle_files().bundle_datas(ROOT))
    # "Can't find .../migrations/env.py" was the frozen build's first error
    assert {"grants/migrations/env.py", "grants/migrations/script.py.mako"} <= shipped
    versions = {f"grants/migrations/versions/{p.name}" for p in (ROOT / "grants/migrations/versions").glob("*.py")}
    assert len(versions) >= 9
    assert versions <= shipped


def test_the_bundle_ships_what_the_application_reads_and_not_the_developer_tools() -> None:
    shipped = _shipped(_bundle_files().bundle_datas(ROOT))
    for lang in ("en", "fr", "nl"):
        assert f"grants/resources/translations/grants_{lang}.qm" in shipped
    for csv in (ROOT / "resources/reference").glob("*.csv"):
        assert f"grants/resources/reference/{csv.name}" in shipped
    assert {"grants/resources/__init__.py", "grants/resources/icons/grants.png", "grants/resources/icons/grants.ico"} <= shipped
    assert not {"grants/resources/translations/update.sh", "grants/resources/translations/fold.py",
                "grants/resources/icons/grants.py"} & shipped
    assert not any("__pycache__" in s or s.endswith(".pyc") for s in shipped)


def test_a_new_resources_folder_is_shipped_without_editing_the_spec(tmp_path: Path) -> None:
    (tmp_path / "resources/letters/fr").mkdir(parents=True)
    (tmp_path / "resources/letters/fr/notification.docx").write_bytes(b"PK")
    (tmp_path / "resources/fonts").mkdir()
    (tmp_path / "resources/fonts/DejaVuSans.ttf").write_bytes(b"\0")
    (tmp_path / "resources/__init__.py").write_text("")
    (tmp_path / "grants/migrations/versions").mkdir(parents=True)
    (tmp_path / "grants/migrations/env.py").write_text("")
    (tmp_path / "grants/migrations/versions/20270101_0010_letters.py").write_text("")
    shipped = _shipped(_bundle_files().bundle_datas(tmp_path))
    assert {"grants/resources/letters/fr/notification.docx", "grants/resources/fonts/DejaVuSans.ttf",
            "grants/migrations/versions/20270101_0010_letters.py"} <= shipped


def _launch(monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, dict[str, Any]]:
    """Runs installer/launch.py as the frozen program would, with the GUI replaced by a recorder."""
    import grants.ui.app

    opened: dict[str, Any] = {}

    def fake_run(db: str | None = None, read_only: bool = False) -> int:
        opened.update(db=db, read_only=read_only)
        return 0

    monkeypatch.setattr(grants.ui.app, "run", fake_run)
    monkeypatch.setattr(sys, "argv", ["Grants.exe", *args])
    with pytest.raises(SystemExit) as exit_:
        runpy.run_path(str(INSTALLER / "launch.py"), run_name="__main__")
    code = exit_.value.code
    return (code if isinstance(code, int) else 1), opened


def test_the_launcher_opens_the_application_without_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _launch(monkeypatch) == (0, {"db": None, "read_only": False})


def test_the_launcher_passes_db_and_read_only_to_the_application(monkeypatch: pytest.MonkeyPatch,
                                                                 tmp_path: Path) -> None:
    # the Start-menu "read-only" shortcut; before, the launcher refused these arguments (exit 2)
    assert _launch(monkeypatch, "--read-only") == (0, {"db": None, "read_only": True})
    db = str(tmp_path / "office.db")
    assert _launch(monkeypatch, "--db", db, "--read-only") == (0, {"db": db, "read_only": True})


def test_the_launcher_runs_sub_commands(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "grants.db"
    assert _launch(monkeypatch, "--db", str(db), "init")[0] == 0
    assert db.exists()
    out = tmp_path / "budget.xlsx"
    code, opened = _launch(monkeypatch, "--db", str(db), "--read-only", "export", "budget", "--from", "2024",
                           "--to", "2024", "--out", str(out))
    assert (code, opened) == (0, {})
    assert out.exists()
    code, _ = _launch(monkeypatch, "--db", str(tmp_path / "missing.db"), "export", "budget", "--from", "2024",
                      "--to", "2024", "--out", str(tmp_path / "x.xlsx"))
    assert code == 1
    assert "no database at" in capsys.readouterr().err
    assert not (tmp_path / "missing.db").exists()


def test_the_launcher_says_its_version(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from grants import __version__

    assert _launch(monkeypatch, "--version")[0] == 0
    assert capsys.readouterr().out.strip() == f"grants {__version__}"


def _iss() -> str:
    return (INSTALLER / "grants.iss").read_text(encoding="utf-8")


def _defines(iss: str) -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', iss, re.M))


def test_the_inno_setup_script_matches_the_bundle() -> None:
    spec = (INSTALLER / "grants.spec").read_text(encoding="utf-8")
    iss = _iss()
    defines = _defines(iss)
    # the programs the spec builds (EXE names) and the folder it collects into
    exes = set(re.findall(r'_exe\("([^"]+)", console=', spec))
    assert exes == {"Grants", "grants-cli"}
    assert re.search(r'COLLECT\(.*name="Grants"', spec, re.S)
    assert defines["AppExe"] == "Grants.exe"
    assert defines["CliExe"] == "grants-cli.exe"
    # Windows file names ignore case: the two programs must differ by more than case
    assert len({e.lower() for e in exes}) == 2
    assert r'Source: "..\dist\Grants\*"' in iss
    assert "recursesubdirs" in iss  # _internal\ and everything under it
    icon = re.search(r"^SetupIconFile=(.+)$", iss, re.M)
    assert icon is not None
    assert (INSTALLER / icon.group(1).strip().replace("\\", "/")).is_file()
    for line in re.findall(r"^(?:Name|Filename): .*$", iss, re.M):
        target = re.search(r'Filename: "\{app\}\\([^"]+)"', line)
        if target:
            exe = target.group(1).replace("{#AppExe}", defines["AppExe"]).replace("{#CliExe}", defines["CliExe"])
            assert exe.removesuffix(".exe") in exes, line


def test_every_shortcut_argument_is_understood_by_the_command_line() -> None:
    from grants.cli import build_parser, run_gui

    shortcuts = re.findall(r'^Name: "([^"]+)"; Filename: "\{app\}[^"]*"(?:; Parameters: "([^"]*)")?', _iss(), re.M)
    assert any(params == "--read-only" for _, params in shortcuts)
    for name, params in shortcuts:
        args = build_parser().parse_args(params.split())  # exits 2 on an argument it does not know
        assert getattr(args, "handler", run_gui) is run_gui, name  # every shortcut opens the application
        assert args.read_only == ("read-only" in name), name


@pytest.mark.sqlite_only("the installer's launcher checks a bundle on the default SQLite file")
def test_the_launcher_gui_check_opens_every_page_in_french(qtbot, db, db_path: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """What installer/build.sh runs inside the bundle (GRANTS_BUNDLE_GUI_CHECK): here on the sources."""
    from grants.ui import translation

    spec = importlib.util.spec_from_file_location("grants_launch", INSTALLER / "launch.py")
    assert spec is not None and spec.loader is not None
    launch = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(launch)
    picture = tmp_path / "dashboard.png"
    try:
        assert launch.gui_check(str(db_path), str(picture)) == 0
    finally:
        translation.install("en")
    assert picture.stat().st_size > 10_000
    assert "navigation: Tableau de bord, " in capsys.readouterr().out


def test_the_grants_gui_entry_point_passes_db_and_read_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """pip's grants-gui (gui_main) refused `--read-only` and `--db` like the old frozen launcher (exit 2)."""
    import grants.ui.app
    from grants.cli import gui_main

    opened: dict[str, Any] = {}
    monkeypatch.setattr(grants.ui.app, "run", lambda db=None, read_only=False: opened.update(db=db, read_only=read_only) or 0)
    db = str(tmp_path / "office.db")
    monkeypatch.setattr(sys, "argv", ["grants-gui", "--db", db, "--read-only"])
    assert gui_main() == 0
    assert opened == {"db": db, "read_only": True}
    monkeypatch.setattr(sys, "argv", ["grants-gui"])
    assert gui_main() == 0
    assert opened == {"db": None, "read_only": False}
