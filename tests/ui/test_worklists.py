"""Work lists and their bulk actions, each record still checked on its own."""

from __future__ import annotations

import pytest
import shell_data
from PySide6.QtWidgets import QApplication, QMessageBox

from grants.models import PaymentStatus
from grants.ui.context import AppContext
from grants.ui.tasks import wait_idle
from grants.ui.worklists import WorkListsPage


@pytest.fixture
def setup(qtbot, db):
    ids = shell_data.build(db)
    ctx = AppContext(db, lang="fr")
    page = WorkListsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.reload()
    assert wait_idle()  # the lists are read in the task runner
    return page, ctx, ids


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_lists_show_what_needs_doing(setup):
    page, _ctx, ids = setup
    recoveries = page.lists["recoveries"]
    assert [r.id for r in recoveries.rows] == [ids["claim"]]
    assert recoveries.model.item(0, 3).text() == "2\u202f500,00\u00a0€"
    assert recoveries.model.item(0, 7).text().startswith("+++")
    assert [r.id for r in page.lists["approvals"].rows] == [ids["to_approve"]]
    assert "(1)" in page.tabs.tabText(3)


def test_bulk_approval_lists_each_refusal_and_saves_nothing_refused(setup, db):
    page, ctx, ids = setup
    approvals = page.lists["approvals"]
    approvals.view.selectAll()
    assert approvals.bulk_button.isEnabled()
    approvals.bulk_button.click()
    refused = approvals.last_result[ids["to_approve"]]
    assert refused and "recovery claim" in refused[0].message
    boxes = _boxes()
    assert boxes and "G-2024-00002" in boxes[-1].informativeText()
    for b in boxes:
        b.close()
    from grants.services import records

    assert records.payment_detail(db, ids["to_approve"]).status in (PaymentStatus.PREPARED, "prepared")


def test_bulk_reminders_are_recorded(setup, db):
    page, ctx, ids = setup
    changed = []
    ctx.data_changed.connect(changed.append)
    chase = page.lists["recoveries"]
    chase.view.selectAll()
    chase.run_bulk()
    assert chase.last_result == {ids["claim"]: None}
    assert changed == ["recovery_claim"]
    assert chase.rows[0].extra.endswith("· 1")  # one reminder sent, the list reloaded
    for b in _boxes():
        b.close()


def test_read_only_disables_bulk_actions(qtbot, db):
    shell_data.build(db)
    db.refuse_writes("snapshot")
    page = WorkListsPage(AppContext(db, lang="fr"))
    qtbot.addWidget(page)
    page.reload()
    assert wait_idle()
    chase = page.lists["recoveries"]
    chase.view.selectAll()
    assert not chase.bulk_button.isEnabled()
    assert chase.run_bulk() == {}
