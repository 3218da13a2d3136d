"""The one way to write from the GUI: ``run_operation`` runs the write off the GUI thread, the
context's ``changed`` signal (then ``data_changed``) announces what it changed, and a locked
database is a message to the user, not the crash dialog."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import event, text

from grants.services import query_guard
from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary
from grants.ui.context import AppContext
from grants.ui.tasks import Operation, run_operation, wait_idle


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _names(db: Any) -> list[str]:
    with db.engine.connect() as con:
        return [r[0] for r in con.execute(text("SELECT name_fr FROM beneficiary WHERE name_fr LIKE 'ASBL Operation%' "
                                               "ORDER BY name_fr"))]


def _input(name: str) -> BeneficiaryInput:
    return BeneficiaryInput(name_fr=name, name_nl=name, category="asbl_private", bce="0403.019.261",
                            iban="BE54000000000097")


def test_a_save_runs_off_the_gui_thread_and_announces_what_it_changed(qtbot, db):  # type: ignore[no-untyped-def]
    ctx = AppContext(db, lang="fr")
    parent = QWidget()
    parent.ctx = ctx  # type: ignore[attr-defined]
    qtbot.addWidget(parent)
    ops: list[Operation] = []
    kinds: list[str] = []
    done: list[Operation] = []
    ctx.changed.connect(ops.append)
    ctx.data_changed.connect(kinds.append)
    with query_guard.collect_main_thread_queries() as on_gui_thread:
        run_operation(parent, "Saving", lambda: save_beneficiary(db, _input("ASBL Operation 1")), done.append,
                      changed=["beneficiary"])
        assert wait_idle()
    assert on_gui_thread == [], on_gui_thread
    assert len(ops) == 1 and ops[0].changed == frozenset({"beneficiary"}) and ops[0].touches("beneficiary")
    assert isinstance(ops[0].result, int) and done == ops
    assert kinds == ["beneficiary"]  # the views still listening to data_changed refresh too
    assert _names(db) == ["ASBL Operation 1"]
    assert not _boxes()


@pytest.mark.sqlite_only("locks the SQLite file with a second sqlite3 connection (BEGIN EXCLUSIVE); on a server "
                        "writers queue on an advisory lock instead (tests/test_postgres.py)")
def test_a_locked_database_is_a_message_and_nothing_is_saved(qtbot, db):  # type: ignore[no-untyped-def]
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _short_wait(dbapi_conn: Any, _record: Any) -> None:  # a test need not wait the 30 s
        dbapi_conn.execute("PRAGMA busy_timeout = 200")

    ctx = AppContext(db, lang="en")
    parent = QWidget()
    parent.ctx = ctx  # type: ignore[attr-defined]
    qtbot.addWidget(parent)
    parent.show()
    ops: list[Operation] = []
    ctx.changed.connect(ops.append)
    other = sqlite3.connect(db.path, isolation_level=None, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        run_operation(parent, "Saving", lambda: save_beneficiary(db, _input("ASBL Operation 2")), ops.append,
                      changed=["beneficiary"])
        assert wait_idle()
        boxes = _boxes()
        assert len(boxes) == 1, [b.text() for b in boxes]
        assert "busy" in boxes[0].text() and "Nothing was saved" in boxes[0].text()
        assert boxes[0].icon() == QMessageBox.Icon.Information
        boxes[0].close()
    finally:
        other.rollback()
        other.close()
    assert ops == [] and _names(db) == []


@pytest.mark.sqlite_only("locks the SQLite file with a second sqlite3 connection (BEGIN EXCLUSIVE); on a server "
                        "writers queue on an advisory lock instead (tests/test_postgres.py)")
def test_a_form_save_on_a_locked_database_is_a_message(qtbot, db, monkeypatch):  # type: ignore[no-untyped-def]
    """The beneficiary form's Save while another program holds the database: a plain message,
    the form stays dirty, nothing saved, no signal."""
    from PySide6.QtCore import Qt

    from grants.ui.forms import open_record
    from grants.ui.forms.base import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _short_wait(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA busy_timeout = 200")

    ctx = AppContext(db, lang="en")
    ops: list[Operation] = []
    ctx.changed.connect(ops.append)
    form = open_record(ctx, "beneficiary", None)
    qtbot.addWidget(form)
    form.show()
    wait_idle()
    qtbot.keyClicks(form.name_fr, "ASBL Operation 3")
    qtbot.keyClicks(form.bce, "0403.019.261")
    qtbot.keyClicks(form.iban, "BE54 0000 0000 0097")
    other = sqlite3.connect(db.path, isolation_level=None, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        boxes = _boxes()
        assert len(boxes) == 1 and "busy" in boxes[0].text(), [b.text() for b in boxes]
        boxes[0].close()
    finally:
        other.rollback()
        other.close()
    assert form.dirty and ops == [] and _names(db) == []
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # free again: saved, announced once
    assert not form.dirty and _names(db) == ["ASBL Operation 3"]
    assert len(ops) == 1 and ops[0].changed == frozenset({"beneficiary"})
