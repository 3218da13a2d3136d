"""The Reports screen drives the real exports off the GUI thread and opens the file."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_reports_data import YEAR, build_dataset  # noqa: E402

from grants.ui.context import AppContext  # noqa: E402

SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens"


@pytest.fixture
def page(qtbot, db, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDesktopServices

    from grants.ui.reports_page import ReportsPage

    build_dataset(db)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    ctx = AppContext(db, lang="fr")
    w = ReportsPage(ctx)
    w.opened = opened  # type: ignore[attr-defined]
    w.out = tmp_path / "exports"  # type: ignore[attr-defined]
    w.ask_save_path = lambda suggested, _filter: w.out / suggested  # type: ignore[method-assign]
    w.ask_directory = lambda: w.out / "statements"  # type: ignore[method-assign]
    qtbot.addWidget(w)
    w.resize(1100, 760)
    w.show()
    from grants.ui.tasks import wait_idle

    assert wait_idle()  # the choices and years are read in the task runner
    return w


def _wait_export(qtbot, page, button) -> str:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.exported, timeout=30_000) as blocker:
        qtbot.mouseClick(button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_budget_and_grants_exports_open_the_file(qtbot, page):  # type: ignore[no-untyped-def]
    page.budget_from.setValue(YEAR)
    page.budget_to.setValue(YEAR)
    path = _wait_export(qtbot, page, page.budget_button)
    assert path.endswith(f"budget_{YEAR}-{YEAR}.xlsx") and page.opened == [path]
    ws = openpyxl.load_workbook(path)["By category"]
    assert ws["A2"].value == "Communes" and ws["B1"].value == YEAR
    page.grants_year.setValue(YEAR)
    page.grants_lang.setCurrentIndex(page.grants_lang.findData("nl"))
    path = _wait_export(qtbot, page, page.grants_button)
    assert openpyxl.load_workbook(path).sheetnames[0] == f"Subsidies {YEAR}"
    assert "Written" in page.status.text() or path in page.status.text()


def test_statement_call_pgsp_and_sepa(qtbot, page):  # type: ignore[no-untyped-def]
    page.statement_year.setValue(YEAR)
    page.statement_beneficiary.setCurrentIndex(page.statement_beneficiary.findData("B-GAMS"))
    path = _wait_export(qtbot, page, page.statement_button)
    assert "GAMS Belgique" in PdfReader(path).pages[0].extract_text()
    _wait_export(qtbot, page, page.statements_button)
    assert len(list((page.out / "statements").glob("*.pdf"))) == 5
    page.call_programme.setCurrentIndex(page.call_programme.findData("AAP-2024"))
    assert _wait_export(qtbot, page, page.call_button).endswith("call_AAP-2024.pdf")
    page.pgsp_year.setValue(YEAR)
    _wait_export(qtbot, page, page.pgsp_button)
    # SEPA: the file is written, not opened; afterwards nothing is waiting any more
    assert page.sepa_button.isEnabled() and "approved payment" in page.sepa_info.text()
    opened = len(page.opened)
    path = _wait_export(qtbot, page, page.sepa_button)
    assert Path(path).read_bytes().startswith(b"<?xml") and len(page.opened) == opened
    qtbot.waitUntil(lambda: not page.sepa_button.isEnabled(), timeout=5000)
    assert "No approved payment" in page.sepa_info.text()


def test_refusal_is_shown_and_no_file(qtbot, page, monkeypatch):  # type: ignore[no-untyped-def]
    from grants.ui import tasks

    shown: list[BaseException] = []
    monkeypatch.setattr(tasks, "default_on_error", lambda parent, exc: shown.append(exc))
    page.budget_from.setValue(YEAR + 1)
    page.budget_to.setValue(YEAR)
    qtbot.mouseClick(page.budget_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "before the first" in str(shown[0])
    assert not list(page.out.glob("*.xlsx")) if page.out.exists() else True


def test_screenshot(qtbot, page):  # type: ignore[no-untyped-def]
    SCREENS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)
    assert page.grab().save(str(SCREENS / "reports.png"))


def test_years_start_on_the_latest_year_with_grants_even_when_a_change_overtakes_the_first_read(
        qtbot, db):  # type: ignore[no-untyped-def]
    """The years were read only by the first reload: a change notified before its answer (the demo's
    day in the status bar, a save elsewhere) dropped it, and the page showed the real year."""
    from grants.ui.reports_page import ReportsPage
    from grants.ui.tasks import wait_idle

    build_dataset(db)
    ctx = AppContext(db, lang="fr")
    w = ReportsPage(ctx)
    qtbot.addWidget(w)
    ctx.notify("grant")  # overtakes the first read, which is then dropped
    assert wait_idle()
    assert {w.grants_year.value(), w.statement_year.value(), w.pgsp_year.value(), w.budget_to.value()} == {YEAR}
    assert w.budget_from.value() in (YEAR - 1, YEAR)
