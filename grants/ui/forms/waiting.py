"""The call form's waiting section (issue 12 item 3): the applications the jury selected that wait
for their grant (e.g. no budget validation), with their reason, and "Grant now…": the draft grant
on a budget line of the call's year in one action (``programmes.grant_waiting``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QPushButton, QTableWidget, QVBoxLayout, QWidget

from grants.i18n import format_date, format_money

from .base import (
    ActionDialog,
    DateEdit,
    MoneyEdit,
    Problems,
    ShareEdit,
    Write,
    money_item,
    read_table,
    section,
    text_item,
)


class GrantWaitingDialog(ActionDialog):
    """Grant a waiting application now: its draft grant on the chosen line (credits checked)."""

    entity = "grant"

    def __init__(self, ctx: Any, application: Any, year: int, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Grant the waiting application"),
                         action_text=QCoreApplication.translate("Forms", "Create the draft grant"),
                         explanation=QCoreApplication.translate(
                             "Forms", "The application waited: {reason}. Its draft grant is created on the budget "
                                      "line chosen, if its commitment credits allow it; the application then no "
                                      "longer waits.").format(reason=application.reason))
        self.application = application
        self.grant_id: int | None = None
        who = application.beneficiary_name(self.lang)
        self.subtitle_label.setText(f"{application.ref} · {who} · {application.title}")
        self.line = QComboBox(self)
        self.line.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.line.setMinimumContentsLength(36)
        self.add_field(self.form, "budget_line", QCoreApplication.translate("Forms", "Budget line"), self.line,
                       required=True)
        self.amount = self.add_field(self.form, "amount", QCoreApplication.translate("Forms", "Amount"),
                                     MoneyEdit(self, self.lang), required=True)
        self.amount.set_value(application.requested)
        self.advance = self.add_field(self.form, "advance_share", QCoreApplication.translate("Forms", "Advance share"),
                                      ShareEdit(self, self.lang))
        self.advance.set_value(Decimal(80))
        self.start_date = self.add_field(self.form, "period_start", QCoreApplication.translate("Forms", "Period from"),
                                         DateEdit(self))
        self.end_date = self.add_field(self.form, "period_end", QCoreApplication.translate("Forms", "Period to"),
                                       DateEdit(self))
        self.deadline = self.add_field(self.form, "justification_deadline",
                                       QCoreApplication.translate("Forms", "Justification deadline"), DateEdit(self))
        self.start_date.set_value(dt.date(year, 1, 1))
        self.end_date.set_value(dt.date(year, 12, 31))
        self.deadline.set_value(dt.date(year + 1, 3, 31))
        from grants.services import records

        for o in records.budget_line_options(ctx.db, year):
            available = QCoreApplication.translate("Forms", "available {amount}").format(
                amount=format_money(o.available, self.lang))
            self.line.addItem(f"{o.code} · {o.label} — {available}", o.id)
        if self.line.count() == 0:
            self.ok_button.setEnabled(False)
            self.error_box.setText(QCoreApplication.translate(
                "Forms", "There is no budget line for {year} yet: the grant needs one.").format(year=year))
            self.error_box.show()
        self.dirty = False
        self.finish()

    def submit(self) -> Write:
        from grants.services.programmes import grant_waiting

        p = Problems()
        line = self.line.currentData()
        if line is None:
            p.add("budget_line", QCoreApplication.translate("Forms", "Choose a budget line"))
        amount = p.money("amount", self.amount, required=True)
        advance = p.share("advance_share", self.advance, required=True)
        start = p.date("period_start", self.start_date)
        end = p.date("period_end", self.end_date)
        deadline = p.date("justification_deadline", self.deadline)
        p.raise_if_any()
        assert advance is not None
        db, aid = self.ctx.db, self.application.id

        def work() -> Any:
            self.grant_id = grant_waiting(db, aid, line, amount, advance, start, end, deadline)  # no widget
            return self.grant_id
        return work


class WaitingPanel(QWidget):
    """Selected, not granted: the waiting applications of the call, and "Grant now…"."""

    def __init__(self, form: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form
        self.ctx = form.ctx
        self.programme_id: int | None = None
        self.year = dt.date.today().year
        self.rows: list[Any] = []
        self.active_dialog: QDialog | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = section(QCoreApplication.translate("Forms", "Selected, not granted (waiting)"), self)
        lay.addWidget(self.title)
        self.table: QTableWidget = read_table([
            QCoreApplication.translate("Forms", "Reference"), QCoreApplication.translate("Forms", "Applicant"),
            QCoreApplication.translate("Forms", "Project"), QCoreApplication.translate("Forms", "Requested"),
            QCoreApplication.translate("Forms", "Waiting since"), QCoreApplication.translate("Forms", "Reason")], self)
        self.table.setObjectName("waiting")
        self.table.setMaximumHeight(150)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.grant_button = QPushButton(QCoreApplication.translate("Forms", "Grant now…"), self)
        self.grant_button.setObjectName("action_grant_waiting")
        self.grant_button.setAutoDefault(False)
        self.grant_button.clicked.connect(lambda _=False: self.grant_now())
        row.addWidget(self.grant_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda *_: self.grant_now())

    def set_programme(self, programme_id: int | None, year: int) -> None:
        from grants.services.regimes import waiting_applications

        self.programme_id, self.year = programme_id, year
        self.rows = [] if programme_id is None else waiting_applications(self.ctx.db, programme_id)
        lang = self.form.lang
        self.table.setRowCount(len(self.rows))
        for r, a in enumerate(self.rows):
            reason = text_item(a.reason)
            reason.setToolTip(a.reason)
            for c, item in enumerate((text_item(a.ref, a.id), text_item(a.beneficiary_name(lang)), text_item(a.title),
                                      money_item(a.requested, lang), text_item(format_date(a.since)), reason)):
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.title.setText(QCoreApplication.translate("Forms", "Selected, not granted (waiting): {n}").format(
            n=len(self.rows)))
        self.setVisible(bool(self.rows))
        self._update_buttons()

    def selected(self) -> Any:
        r = self.table.currentRow()
        item = self.table.item(r, 0) if r >= 0 else None
        if item is None or not item.isSelected():
            return None
        aid = item.data(Qt.ItemDataRole.UserRole)
        return next((a for a in self.rows if a.id == aid), None)

    def _update_buttons(self) -> None:
        self.grant_button.setEnabled(self.selected() is not None and not self.form.read_only)

    def grant_now(self) -> GrantWaitingDialog | None:
        chosen = self.selected()
        if chosen is None or self.form.read_only:
            return None
        dialog = GrantWaitingDialog(self.ctx, chosen, self.year, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: self._done())
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _done(self) -> None:
        self.active_dialog = None
        self.form.load()
