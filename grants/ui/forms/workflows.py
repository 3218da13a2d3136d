"""Workflow dialogs of a grant's life: each calls one service and shows what the rules refuse.

Opinion, decision, commitment, payment (prepare, approve, cancel), justification by expense
category, settlement (balance or recovery claim with its structured communication), amendment,
closure, and on a recovery claim: refund, reminder, cancellation.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from grants.i18n import format_date, format_money
from grants.models.enums import ExpenseCategory, OpinionKind, PaymentKind

from .base import ActionDialog, DateEdit, MoneyEdit, Problems, Write, money_item, section, set_combo
from .cofunders import CofundersEditor
from .labels import label


def _today() -> dt.date:
    return dt.date.today()


def _facts(dialog: ActionDialog, rows: list[tuple[str, str]]) -> None:
    """Read-only lines on top of a dialog: what the user decides on."""
    for name, value in rows:
        v = QLabel(value, dialog)
        v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.setWordWrap(True)
        dialog.form.addRow(QLabel(name, dialog), v)


class OpinionDialog(ActionDialog):
    entity = "grant"

    def __init__(self, ctx: Any, grant: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Record an opinion"), action_text=QCoreApplication.translate("Forms", "Record the opinion"),
                         explanation=QCoreApplication.translate("Forms", "Opinions and agreements the amount requires are recorded before the decision."))
        self.grant = grant
        self.subtitle_label.setText(f"{grant.ref} · {format_money(grant.figures.amount, self.lang)}")
        self.kind = QComboBox(self)
        missing = set(grant.missing_opinions)
        for k in OpinionKind:
            text = label(k) + ("  — " + QCoreApplication.translate("Forms", "required") if k in missing else "")
            self.kind.addItem(text, k.value)
        if grant.missing_opinions:
            set_combo(self.kind, grant.missing_opinions[0].value)
        self.add_field(self.form, "kind", QCoreApplication.translate("Forms", "Opinion"), self.kind, required=True)
        self.date = self.add_field(self.form, "date", QCoreApplication.translate("Forms", "Date"), DateEdit(self), required=True)
        self.reference = self.add_field(self.form, "reference", QCoreApplication.translate("Forms", "Reference"), QLineEdit(self))
        self.finish()

    def submit(self) -> Write:
        from grants.services.grants import add_opinion

        p = Problems()
        date = p.date("date", self.date, required=True)
        p.raise_if_any()
        assert date is not None
        db, gid, kind, ref = self.ctx.db, self.grant.id, OpinionKind(self.kind.currentData()), self.reference.text().strip() or None
        return lambda: add_opinion(db, gid, kind, date, ref)


class DecisionDialog(ActionDialog):
    entity = "grant"
    aliases = {"opinions": "decision_date"}

    def __init__(self, ctx: Any, grant: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Record the decision"), action_text=QCoreApplication.translate("Forms", "Record the decision"),
                         explanation=QCoreApplication.translate("Forms", "The decision (arrêté) is signed: the grant must be complete and have the "
                                        "opinions its amount requires, dated on or before the decision."))
        self.grant = grant
        self.subtitle_label.setText(f"{grant.ref} · {grant.title}")
        have = {o.kind for o in grant.opinions}
        needed = ", ".join(f"{label(k)} {'✔' if k in have else '✘'}" for k in grant.opinions_required) or QCoreApplication.translate("Forms", "none")
        _facts(self, [(QCoreApplication.translate("Forms", "Amount"), format_money(grant.figures.amount, self.lang)),
                      (QCoreApplication.translate("Forms", "Opinions required"), needed)])
        self.decision_ref = self.add_field(self.form, "decision_ref", QCoreApplication.translate("Forms", "Decision reference"), QLineEdit(self),
                                           required=True)
        self.decision_date = self.add_field(self.form, "decision_date", QCoreApplication.translate("Forms", "Decision date"), DateEdit(self),
                                            required=True)
        self.notified_on = self.add_field(self.form, "notified_on", QCoreApplication.translate("Forms", "Notified on"), DateEdit(self))
        self.finish()

    def submit(self) -> Write:
        from grants.services.grants import record_decision

        p = Problems()
        ref = p.text("decision_ref", self.decision_ref, required=True)
        date = p.date("decision_date", self.decision_date, required=True)
        notified = p.date("notified_on", self.notified_on)
        p.raise_if_any()
        assert date is not None
        db, gid = self.ctx.db, self.grant.id

        def work() -> int:
            record_decision(db, gid, ref, date, notified)
            return int(gid)
        return work


class CommitDialog(ActionDialog):
    entity = "grant"

    def __init__(self, ctx: Any, grant: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Commit the grant"), action_text=QCoreApplication.translate("Forms", "Commit"),
                         explanation=QCoreApplication.translate("Forms", "The commitment (engagement) uses the commitment credits of the budget line; "
                                        "it comes after the decision and before the notification."))
        self.grant = grant
        f = grant.figures
        left = f.amount - f.committed
        self.subtitle_label.setText(f"{grant.ref} · {grant.line_code} ({grant.year})")
        _facts(self, [(QCoreApplication.translate("Forms", "Granted"), format_money(f.amount, self.lang)),
                      (QCoreApplication.translate("Forms", "Already committed"), format_money(f.committed, self.lang)),
                      (QCoreApplication.translate("Forms", "Decided on"), format_date(grant.decision_date))])
        self.date = self.add_field(self.form, "date", QCoreApplication.translate("Forms", "Commitment date"), DateEdit(self), required=True)
        self.date.set_value(max(_today(), grant.decision_date) if grant.decision_date else _today())
        self.amount = self.add_field(self.form, "amount", QCoreApplication.translate("Forms", "Amount"), MoneyEdit(self, self.lang), required=True)
        self.amount.set_value(left if left > 0 else None)
        self.reference = self.add_field(self.form, "reference", QCoreApplication.translate("Forms", "Commitment reference"), QLineEdit(self))
        self.finish()

    def submit(self) -> Write:
        from grants.services.grants import commit_grant

        p = Problems()
        date = p.date("date", self.date, required=True)
        amount = p.money("amount", self.amount)
        p.raise_if_any()
        assert date is not None
        db, gid, ref = self.ctx.db, self.grant.id, self.reference.text().strip() or None
        return lambda: commit_grant(db, gid, date, ref, amount)


class PaymentDialog(ActionDialog):
    """Prepare a payment (advance, balance, other); another person approves it."""

    entity = "payment"
    aliases = {"beneficiary": "amount"}

    def __init__(self, ctx: Any, grant: Any, kind: PaymentKind = PaymentKind.ADVANCE, parent: QWidget | None = None):
        title = {PaymentKind.ADVANCE: QCoreApplication.translate("Forms", "Prepare the advance"), PaymentKind.BALANCE: QCoreApplication.translate("Forms", "Prepare the balance payment")}
        super().__init__(ctx, parent, title=title.get(kind, QCoreApplication.translate("Forms", "Prepare a payment")), action_text=QCoreApplication.translate("Forms", "Prepare"),
                         explanation=QCoreApplication.translate("Forms", "The payment is prepared now and paid once another person approved it."))
        self.grant = grant
        f = grant.figures
        self.subtitle_label.setText(f"{grant.ref} · {grant.beneficiary_name(self.lang)}")
        facts = [(QCoreApplication.translate("Forms", "Granted"), format_money(f.amount, self.lang)),
                 (QCoreApplication.translate("Forms", "Committed"), format_money(f.committed, self.lang)),
                 (QCoreApplication.translate("Forms", "Already paid"), format_money(f.net_paid, self.lang))]
        if kind == PaymentKind.ADVANCE and grant.advance_share > 0:
            facts.append((QCoreApplication.translate("Forms", "Advance limit"), f"{format_money(grant.advance_limit, self.lang)} "
                                               f"({format_money(grant.advance_share, self.lang, currency=False)} %)"))
        _facts(self, facts)
        self.kind = QComboBox(self)
        for k in (PaymentKind.ADVANCE, PaymentKind.BALANCE, PaymentKind.OTHER):
            self.kind.addItem(label(k), k.value)
        set_combo(self.kind, kind.value)
        self.add_field(self.form, "kind", QCoreApplication.translate("Forms", "Kind"), self.kind, required=True)
        self.date = self.add_field(self.form, "date", QCoreApplication.translate("Forms", "Payment date"), DateEdit(self), required=True)
        first = grant.commitments[0].date if grant.commitments else None
        self.date.set_value(max(_today(), first) if first else _today())
        self.amount = self.add_field(self.form, "amount", QCoreApplication.translate("Forms", "Amount"), MoneyEdit(self, self.lang), required=True)
        if kind == PaymentKind.ADVANCE:
            limit = grant.advance_limit if grant.advance_share > 0 else f.committed
            due = limit - f.paid_or_prepared  # what the payment rule allows (payments to approve count)
            self.amount.set_value(due if due > 0 else None)
        elif kind == PaymentKind.BALANCE and f.to_settle > 0:
            self.amount.set_value(f.to_settle)
        self.reference = self.add_field(self.form, "reference", QCoreApplication.translate("Forms", "Reference"), QLineEdit(self))
        self.derogation = self.add_field(self.form, "derogation", QCoreApplication.translate("Forms", "Derogation"), QPlainTextEdit(self),
                                         help=QCoreApplication.translate("Forms", "Why a payment on a late justification is allowed"))
        self.derogation.setFixedHeight(60)
        self.finish()

    def submit(self) -> Write:
        from grants.services.payments import prepare_payment

        p = Problems()
        date = p.date("date", self.date, required=True)
        amount = p.money("amount", self.amount, required=True)
        p.raise_if_any()
        assert date is not None and amount is not None
        db, gid, kind = self.ctx.db, self.grant.id, PaymentKind(self.kind.currentData())
        ref, derogation = self.reference.text().strip() or None, self.derogation.toPlainText().strip() or None
        return lambda: prepare_payment(db, gid, date, amount, kind, ref, derogation=derogation)


class ApproveDialog(ActionDialog):
    entity = "payment"
    aliases = {"approved_by": "", "beneficiary": ""}

    def __init__(self, ctx: Any, payment: Any, parent: QWidget | None = None, grant_ref: str = ""):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Approve the payment"), action_text=QCoreApplication.translate("Forms", "Approve"),
                         explanation=QCoreApplication.translate("Forms", "Approving releases the payment. Who prepared a payment may not approve it "
                                        "(except when one person works alone on this database)."))
        self.payment = payment
        self.subtitle_label.setText(grant_ref)
        _facts(self, [(QCoreApplication.translate("Forms", "Kind"), label(payment.kind)), (QCoreApplication.translate("Forms", "Date"), format_date(payment.date)),
                      (QCoreApplication.translate("Forms", "Amount"), format_money(payment.amount, self.lang)),
                      (QCoreApplication.translate("Forms", "Prepared by"), payment.prepared_by or "")])
        self.finish()

    def submit(self) -> Write:
        from grants.services.payments import approve_payment

        db, pid = self.ctx.db, self.payment.id

        def work() -> int:
            approve_payment(db, pid)
            return int(pid)
        return work


class CancelPaymentDialog(ActionDialog):
    entity = "payment"

    def __init__(self, ctx: Any, payment: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Cancel the payment"), action_text=QCoreApplication.translate("Forms", "Cancel the payment"),
                         explanation=QCoreApplication.translate("Forms", "A payment not yet approved can be cancelled; its credits are freed."))
        self.payment = payment
        _facts(self, [(QCoreApplication.translate("Forms", "Kind"), label(payment.kind)), (QCoreApplication.translate("Forms", "Date"), format_date(payment.date)),
                      (QCoreApplication.translate("Forms", "Amount"), format_money(payment.amount, self.lang))])
        self.cancel_button.setText(QCoreApplication.translate("Forms", "Keep it"))
        self.finish()

    def submit(self) -> Write:
        from grants.services.payments import cancel_payment

        db, pid = self.ctx.db, self.payment.id

        def work() -> int:
            cancel_payment(db, pid)
            return int(pid)
        return work


class JustificationDialog(ActionDialog):
    """A justification received: per expense category, claimed and accepted, with evidence."""

    entity = "grant"
    COLS = 5  # category, claimed, accepted, evidence, description

    def __init__(self, ctx: Any, grant: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Receive a justification"), action_text=QCoreApplication.translate("Forms", "Record the justification"),
                         explanation=QCoreApplication.translate("Forms", "Type what the beneficiary claims and what is accepted, per expense category. "
                                        "An evidence reference (invoice, payslip) may count only once."))
        self.grant = grant
        self.subtitle_label.setText(f"{grant.ref} · {grant.beneficiary_name(self.lang)} · "
                                    + QCoreApplication.translate("Forms", "deadline {date}").format(date=format_date(grant.justification_deadline)))
        self.received_on = self.add_field(self.form, "received_on", QCoreApplication.translate("Forms", "Received on"), DateEdit(self), required=True)
        self.received_on.set_value(_today())
        self.checked_on = self.add_field(self.form, "checked_on", QCoreApplication.translate("Forms", "Checked on"), DateEdit(self))
        self.admissible = QCheckBox(QCoreApplication.translate("Forms", "The file is admissible"), self)
        self.admissible.setChecked(True)
        self.add_field(self.form, "admissible", QCoreApplication.translate("Forms", "Admissibility"), self.admissible)
        self.notes = self.add_field(self.form, "notes", QCoreApplication.translate("Forms", "Notes"), QLineEdit(self))

        self.body.addWidget(section(QCoreApplication.translate("Forms", "Expenses by category"), self))
        cats = list(ExpenseCategory)
        self.table = QTableWidget(len(cats) + 1, self.COLS, self)
        self.table.setObjectName("lines")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Forms", "Category"), QCoreApplication.translate("Forms", "Claimed"), QCoreApplication.translate("Forms", "Accepted"), QCoreApplication.translate("Forms", "Evidence reference"),
                                              QCoreApplication.translate("Forms", "Description")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in ((1, 130), (2, 130), (3, 170)):
            self.table.setColumnWidth(col, width)
        for r, c in enumerate(cats):
            item = QTableWidgetItem(label(c))
            item.setData(Qt.ItemDataRole.UserRole, c.value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 0, item)
            for col in (1, 2):
                cell = QTableWidgetItem("")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, col, cell)
            for col in (3, 4):
                self.table.setItem(r, col, QTableWidgetItem(""))
        total = QTableWidgetItem(QCoreApplication.translate("Forms", "Total"))
        font = total.font()
        font.setBold(True)
        total.setFont(font)
        total.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(len(cats), 0, total)
        for col in range(1, self.COLS):
            it = QTableWidgetItem("")
            it.setFlags(Qt.ItemFlag.ItemIsEnabled)
            it.setFont(font)
            it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(len(cats), col, it)
        self.table.itemChanged.connect(self._changed)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * (len(cats) + 2) + 6)
        self.body.addWidget(self.table)
        self.edit_controls.append(self.table)
        self.body.addWidget(self.add_error_place("lines", self.table))
        self.setMinimumWidth(860)
        self.finish()
        self.resize(900, max(self.height(), 660))

    def set_line(self, category: ExpenseCategory, claimed: str, accepted: str, evidence: str = "") -> None:
        r = list(ExpenseCategory).index(category)
        self.table.item(r, 1).setText(claimed)
        self.table.item(r, 2).setText(accepted)
        self.table.item(r, 3).setText(evidence)

    def _changed(self, item: QTableWidgetItem) -> None:
        self.mark_dirty()
        if item.column() in (1, 2) and item.row() < len(ExpenseCategory):
            self._totals()

    def _totals(self) -> None:
        from .base import amount_or_none

        self.table.blockSignals(True)
        try:
            n = len(ExpenseCategory)
            for col in (1, 2):
                total = Decimal("0.00")
                for r in range(n):
                    try:
                        total += amount_or_none(self.table.item(r, col).text()) or 0
                    except ValueError:
                        pass
                self.table.item(n, col).setText(format_money(total, self.lang, currency=False))
        finally:
            self.table.blockSignals(False)

    def submit(self) -> Write:
        from grants.domain.parse import ParseError
        from grants.i18n import render_problem
        from grants.services.errors import Problem
        from grants.services.justifications import ExpenseLine, receive_justification

        from .base import amount_or_none

        p = Problems()
        received = p.date("received_on", self.received_on, required=True)
        checked = p.date("checked_on", self.checked_on)
        lines = []
        for r, cat in enumerate(ExpenseCategory):
            texts = [self.table.item(r, c).text().strip() for c in range(1, self.COLS)]
            if not any(texts):
                continue
            try:
                claimed = amount_or_none(texts[0]) or Decimal("0.00")
                accepted = amount_or_none(texts[1])
            except ParseError as e:
                p.add("lines", QCoreApplication.translate("Forms", "{category}: {problem}").format(
                    category=label(cat), problem=render_problem(Problem(e.message, e.params), self.lang)))
                continue
            lines.append(ExpenseLine(cat, claimed, claimed if accepted is None else accepted,
                                     texts[2] or None, texts[3] or None))
        p.raise_if_any()
        assert received is not None
        db, gid, admissible, notes = self.ctx.db, self.grant.id, self.admissible.isChecked(), self.notes.text().strip() or None
        return lambda: receive_justification(db, gid, received, lines, admissible, checked, notes)


class SettleDialog(ActionDialog):
    """Balance = min(accepted, granted) - paid: the balance payment, a recovery claim, or closure."""

    entity = ""  # grant, payments and claims change together

    def __init__(self, ctx: Any, grant: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Settle the grant"), action_text=QCoreApplication.translate("Forms", "Settle"),
                         explanation=QCoreApplication.translate("Forms", "Balance = the accepted expenses (at most the amount granted) minus what was "
                                        "already paid."))
        self.grant = grant
        self.result: Any = None
        f = grant.figures
        self.subtitle_label.setText(f"{grant.ref} · {grant.beneficiary_name(self.lang)}")
        if f.to_settle > 0:
            outcome = QCoreApplication.translate("Forms", "A balance payment of {amount} will be prepared.").format(amount=format_money(f.to_settle, self.lang))
        elif f.to_settle < 0:
            outcome = QCoreApplication.translate("Forms", "A recovery claim of {amount} will be raised.").format(amount=format_money(-f.to_settle, self.lang))
        else:
            outcome = QCoreApplication.translate("Forms", "Nothing is due either way: the grant will be closed.")
        _facts(self, [(QCoreApplication.translate("Forms", "Granted"), format_money(f.amount, self.lang)),
                      (QCoreApplication.translate("Forms", "Accepted expenses"), format_money(f.accepted, self.lang)),
                      (QCoreApplication.translate("Forms", "Already paid"), format_money(f.net_paid, self.lang)),
                      (QCoreApplication.translate("Forms", "Balance"), format_money(f.to_settle, self.lang)),
                      (QCoreApplication.translate("Forms", "Outcome"), outcome)])
        self.date = self.add_field(self.form, "date", QCoreApplication.translate("Forms", "Date"), DateEdit(self), required=True)
        self.date.set_value(_today())
        self.derogation = self.add_field(self.form, "derogation", QCoreApplication.translate("Forms", "Derogation"), QPlainTextEdit(self),
                                         help=QCoreApplication.translate("Forms", "Why a payment on a late justification is allowed"))
        self.derogation.setFixedHeight(50)
        self.due_date = self.add_field(self.form, "due_date", QCoreApplication.translate("Forms", "Refund due by"), DateEdit(self),
                                       help=QCoreApplication.translate("Forms", "Left empty: 30 days after the claim"))
        self.derogation.setVisible(f.to_settle > 0)
        self.fields["derogation"].label.setVisible(f.to_settle > 0)  # type: ignore[union-attr]
        self.due_date.setVisible(f.to_settle < 0)
        self.fields["due_date"].label.setVisible(f.to_settle < 0)  # type: ignore[union-attr]
        self.result_label = QLabel("", self)
        self.result_label.setObjectName("settlementResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setStyleSheet("background: #e8f3ea; border: 1px solid #9ccaa5; padding: 8px;")
        self.result_label.hide()
        self.body.addWidget(self.result_label)
        self.finish()

    def submit(self) -> Write:
        from grants.services.justifications import settle

        p = Problems()
        date = p.date("date", self.date, required=True)
        due = p.date("due_date", self.due_date)
        p.raise_if_any()
        assert date is not None
        db, gid, derogation = self.ctx.db, self.grant.id, self.derogation.toPlainText().strip() or None

        def work() -> int:
            self.result = settle(db, gid, date, derogation, due)  # a plain attribute, no widget
            return int(gid)
        return work

    def done_ok(self) -> None:
        """Show what was done (and the structured communication to quote) before closing."""
        from grants.services.validators import format_communication

        r = self.result
        if r.outcome == "recovery_raised":
            text = QCoreApplication.translate("Forms", "Recovery claim raised for {amount}. The beneficiary pays it back with the structured "
                      "communication:").format(amount=format_money(-r.balance, self.lang))
            comm = format_communication(r.communication)
            self.result_label.setText(f"{text}<br><span style='font-size:16pt; font-family:monospace'><b>{comm}</b></span>")
            self.result_label.setTextFormat(Qt.TextFormat.RichText)
            self.communication = comm
        elif r.outcome == "balance_prepared":
            self.result_label.setText(QCoreApplication.translate("Forms", "Balance payment of {amount} prepared; it waits for approval.")
                                      .format(amount=format_money(r.balance, self.lang)))
        else:
            self.result_label.setText(QCoreApplication.translate("Forms", "Nothing was due: the grant is closed."))
        self.result_label.show()
        self.ok_button.hide()
        self.cancel_button.setText(QCoreApplication.translate("Forms", "Close"))
        self.cancel_button.setDefault(True)
        for w in self.edit_controls:
            if w is not self.ok_button:
                w.setEnabled(False)
        self.grow_to_fit()


class AmendmentDialog(ActionDialog):
    entity = "grant"

    def __init__(self, ctx: Any, grant: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Amend the grant"), action_text=QCoreApplication.translate("Forms", "Record the amendment"),
                         explanation=QCoreApplication.translate("Forms", "An amendment (avenant) changes the amount and/or the period, dated and "
                                        "reasoned. A cut releases what is no longer granted."))
        self.grant = grant
        self.subtitle_label.setText(f"{grant.ref} · {format_money(grant.figures.amount, self.lang)} · "
                                    f"{format_date(grant.period_start)} – {format_date(grant.period_end)}")
        self.date = self.add_field(self.form, "date", QCoreApplication.translate("Forms", "Date"), DateEdit(self), required=True)
        self.date.set_value(_today())
        self.reason = self.add_field(self.form, "reason", QCoreApplication.translate("Forms", "Reason"), QPlainTextEdit(self), required=True)
        self.reason.setFixedHeight(60)
        self.amount_delta = self.add_field(self.form, "amount_delta", QCoreApplication.translate("Forms", "Amount change (+/−)"),
                                           MoneyEdit(self, self.lang, allow_negative=True))
        self.new_period_start = self.add_field(self.form, "new_period_start", QCoreApplication.translate("Forms", "New period start"), DateEdit(self))
        self.new_period_end = self.add_field(self.form, "new_period_end", QCoreApplication.translate("Forms", "New period end"), DateEdit(self))
        self.decision_ref = self.add_field(self.form, "decision_ref", QCoreApplication.translate("Forms", "Decision reference"), QLineEdit(self))
        self.finish()

    def submit(self) -> Write:
        from grants.services.grants import amend_grant

        p = Problems()
        date = p.date("date", self.date, required=True)
        delta = p.money("amount_delta", self.amount_delta) or Decimal("0")
        start = p.date("new_period_start", self.new_period_start)
        end = p.date("new_period_end", self.new_period_end)
        p.raise_if_any()
        assert date is not None
        db, gid, reason, ref = self.ctx.db, self.grant.id, self.reason.toPlainText(), self.decision_ref.text().strip() or None
        return lambda: amend_grant(db, gid, date, reason, delta, start, end, ref)


class CofundingDialog(ActionDialog):
    """After the decision: the project's total budget and its other funders (a funder's answer came,
    the budget was revised); the grant's amount must stay within the budget minus the other funders."""

    entity = "grant"

    def __init__(self, ctx: Any, grant: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Co-financing"),
                         action_text=QCoreApplication.translate("Forms", "Record the co-financing"),
                         explanation=QCoreApplication.translate(
                             "Forms", "The project's budget and its other funders as they stand now. The grant's amount "
                                      "cannot exceed the budget minus the other funders, requested or granted (a refused "
                                      "funding does not count)."))
        self.grant = grant
        self.amount_value: Decimal = grant.figures.amount
        self.subtitle_label.setText(f"{grant.ref} · {grant.title}")
        _facts(self, [(QCoreApplication.translate("Forms", "Granted"), format_money(self.amount_value, self.lang))])
        self.project_budget = self.add_field(
            self.form, "project_budget", QCoreApplication.translate("Forms", "Project's total budget"),
            MoneyEdit(self, self.lang))
        self.body.addWidget(section(QCoreApplication.translate("Forms", "Other funders of the project"), self))
        self.cofunders = CofundersEditor(self, self)
        self.body.addWidget(self.cofunders)
        self.body.addWidget(self.add_error_place("cofunders", self.cofunders.table))
        self.edit_controls += self.cofunders.controls()
        self.summary = QLabel("", self)
        self.summary.setObjectName("cofunding_summary")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        with self.loading():
            self.project_budget.set_value(grant.project_budget)
            self.cofunders.set_rows([(c.name, c.amount, c.status) for c in grant.cofunders])
        self.project_budget.textChanged.connect(self._update_summary)
        self.cofunders.add_button.clicked.connect(self._watch_rows)  # after the editor added its row
        self.cofunders.table.model().rowsRemoved.connect(self._update_summary)
        self._watch_rows()
        self.setMinimumWidth(640)
        self.finish()

    def _watch_rows(self, *_: Any) -> None:
        t = self.cofunders.table
        for r in range(t.rowCount()):
            for c in (1, 2):
                w = t.cellWidget(r, c)
                if w is not None and not w.property("summarised"):
                    w.setProperty("summarised", True)
                    signal = w.textChanged if isinstance(w, QLineEdit) else w.currentIndexChanged  # type: ignore[attr-defined]
                    signal.connect(self._update_summary)
        self._update_summary()

    def _update_summary(self, *_: Any) -> None:
        """What the figures would be (grants.domain.figures), as the user types; the service decides."""
        from grants.domain import figures
        from grants.domain.parse import ParseError
        from grants.models.enums import FunderStatus

        try:
            budget = self.project_budget.value()
            rows = []
            t = self.cofunders.table
            for r in range(t.rowCount()):
                money, combo = t.cellWidget(r, 1), t.cellWidget(r, 2)
                if not (isinstance(money, MoneyEdit) and isinstance(combo, QComboBox)):
                    continue  # a row being added
                rows.append((money.value() or Decimal(0), FunderStatus(combo.currentData())))
        except ParseError:
            self.summary.setText("")
            return
        other = figures.other_funding(rows)
        ceiling = figures.subsidy_ceiling(budget, other)
        if ceiling is None:
            text = QCoreApplication.translate("Forms", "Other funders: {other}. No total budget: no ceiling.").format(
                other=format_money(other, self.lang))
        else:
            rate = figures.cofinancing_rate(self.amount_value, budget)
            text = QCoreApplication.translate(
                "Forms", "Other funders: {other}. The grant may reach {ceiling}; co-financing rate {rate} %.").format(
                other=format_money(other, self.lang), ceiling=format_money(max(ceiling, Decimal(0)), self.lang),
                rate=format_money(rate, self.lang, currency=False) if rate is not None else "—")
        over = ceiling is not None and self.amount_value > ceiling
        self.summary.setStyleSheet("color: #b3261e;" if over else "color: #444;")
        self.summary.setText(text)

    def submit(self) -> Write:
        from grants.services.cofunding import set_cofunding

        p = Problems()
        budget = p.money("project_budget", self.project_budget)
        funders = self.cofunders.rows(p)
        p.raise_if_any()
        db, gid, version = self.ctx.db, self.grant.id, self.grant.version

        def work() -> int:
            set_cofunding(db, gid, project_budget=budget, funders=funders, version=version)
            return int(gid)
        return work


class CloseDialog(ActionDialog):
    entity = "grant"

    def __init__(self, ctx: Any, grant: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Close the grant"), action_text=QCoreApplication.translate("Forms", "Close the grant"),
                         explanation=QCoreApplication.translate("Forms", "A closed grant releases what stays committed beyond what was spent."))
        self.grant = grant
        self.subtitle_label.setText(f"{grant.ref} · {label(grant.status)}")
        self.date = self.add_field(self.form, "date", QCoreApplication.translate("Forms", "Closing date"), DateEdit(self), required=True)
        self.date.set_value(_today())
        self.cancel_button.setText(QCoreApplication.translate("Forms", "Keep it open"))
        self.finish()

    def submit(self) -> Write:
        from grants.services.grants import close_grant

        p = Problems()
        date = p.date("date", self.date, required=True)
        p.raise_if_any()
        assert date is not None
        db, gid = self.ctx.db, self.grant.id

        def work() -> int:
            close_grant(db, gid, date)
            return int(gid)
        return work


def _claim_facts(dialog: ActionDialog, claim: Any) -> None:
    from grants.services.validators import format_communication

    _facts(dialog, [(QCoreApplication.translate("Forms", "Structured communication"), format_communication(claim.communication)),
                    (QCoreApplication.translate("Forms", "Claimed"), format_money(claim.amount, dialog.lang)),
                    (QCoreApplication.translate("Forms", "Still due"), format_money(claim.outstanding, dialog.lang)),
                    (QCoreApplication.translate("Forms", "Due by"), format_date(claim.due_date)),
                    (QCoreApplication.translate("Forms", "Reminders sent"), str(claim.reminders_sent))])


class RefundDialog(ActionDialog):
    entity = ""

    def __init__(self, ctx: Any, claim: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Record a refund"), action_text=QCoreApplication.translate("Forms", "Record the refund"),
                         explanation=QCoreApplication.translate("Forms", "Money received against the claim. When nothing is left due, the claim is "
                                        "paid and the grant closes."))
        self.claim = claim
        _claim_facts(self, claim)
        self.date = self.add_field(self.form, "date", QCoreApplication.translate("Forms", "Received on"), DateEdit(self), required=True)
        self.date.set_value(_today())
        self.amount = self.add_field(self.form, "amount", QCoreApplication.translate("Forms", "Amount"), MoneyEdit(self, self.lang), required=True)
        self.amount.set_value(claim.outstanding)
        self.reference = self.add_field(self.form, "reference", QCoreApplication.translate("Forms", "Bank statement reference"), QLineEdit(self))
        self.finish()

    def submit(self) -> Write:
        from grants.services.recoveries import record_refund

        p = Problems()
        date = p.date("date", self.date, required=True)
        amount = p.money("amount", self.amount, required=True)
        p.raise_if_any()
        assert date is not None and amount is not None
        db, cid, ref = self.ctx.db, self.claim.id, self.reference.text().strip() or None
        return lambda: record_refund(db, cid, date, amount, ref)


class RemindDialog(ActionDialog):
    entity = "recovery_claim"

    def __init__(self, ctx: Any, claim: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Send a reminder"), action_text=QCoreApplication.translate("Forms", "Record the reminder"))
        self.claim = claim
        _claim_facts(self, claim)
        self.date = self.add_field(self.form, "date", QCoreApplication.translate("Forms", "Sent on"), DateEdit(self), required=True)
        self.date.set_value(_today())
        self.finish()

    def submit(self) -> Write:
        from grants.services.recoveries import remind

        p = Problems()
        date = p.date("date", self.date, required=True)
        p.raise_if_any()
        assert date is not None
        db, cid = self.ctx.db, self.claim.id

        def work() -> int:
            remind(db, cid, date)
            return int(cid)
        return work


class CancelClaimDialog(ActionDialog):
    entity = ""

    def __init__(self, ctx: Any, claim: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Cancel the recovery claim"), action_text=QCoreApplication.translate("Forms", "Cancel the claim"),
                         explanation=QCoreApplication.translate("Forms", "A claim is cancelled only by decision (waiver, error): say why."))
        self.claim = claim
        _claim_facts(self, claim)
        self.date = self.add_field(self.form, "date", QCoreApplication.translate("Forms", "Date"), DateEdit(self), required=True)
        self.date.set_value(_today())
        self.reason = self.add_field(self.form, "reason", QCoreApplication.translate("Forms", "Reason"), QPlainTextEdit(self), required=True)
        self.reason.setFixedHeight(60)
        self.cancel_button.setText(QCoreApplication.translate("Forms", "Keep the claim"))
        self.finish()

    def submit(self) -> Write:
        from grants.services.recoveries import cancel_claim

        p = Problems()
        date = p.date("date", self.date, required=True)
        p.raise_if_any()
        assert date is not None
        db, cid, reason = self.ctx.db, self.claim.id, self.reason.toPlainText()

        def work() -> int:
            cancel_claim(db, cid, date, reason)
            return int(cid)
        return work


__all__ = [
    "AmendmentDialog", "ApproveDialog", "CancelClaimDialog", "CancelPaymentDialog", "CloseDialog", "CofundingDialog",
    "CommitDialog",
    "DecisionDialog", "JustificationDialog", "OpinionDialog", "PaymentDialog", "RefundDialog", "RemindDialog",
    "SettleDialog", "money_item",
]
