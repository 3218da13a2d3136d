"""A payment and a recovery claim as records: their facts and the actions they allow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from grants.i18n import format_date, format_money
from grants.models.enums import GrantStatus, PaymentKind, PaymentStatus, RecoveryStatus

from .base import FormDialog
from .grant import combo_data, searchable
from .labels import label


def _comm(value: str | None) -> str:
    from grants.services.validators import format_communication

    return format_communication(value) if value else "—"


class _RecordView(FormDialog):
    """Facts on top, workflow buttons below; reloads after each action."""

    def __init__(self, ctx: Any, parent: QWidget | None, title: str):
        super().__init__(ctx, parent, title=title)
        self.active_dialog: QDialog | None = None
        self.form = self.new_form()
        self.setMinimumWidth(560)

    def facts(self, rows: list[tuple[str, str]]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        for k, v in rows:
            val = QLabel(v, self)
            val.setWordWrap(True)
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(QLabel(k, self), val)

    def run(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: self.load())
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def open_grant(self) -> None:
        from . import open_record

        open_record(self.ctx, "grant", self.grant_id, self.parent())

    def load(self) -> None:  # pragma: no cover - subclasses
        raise NotImplementedError


class PaymentForm(_RecordView):
    entity = "payment"

    def __init__(self, ctx: Any, payment_id: int | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent, QCoreApplication.translate("Forms", "Payment"))
        self.record_id = payment_id
        self.grant_id: int | None = None
        if payment_id is None:  # a new payment is prepared on a grant: choose it
            from grants.services.records import grant_options

            self.title_label.setText(QCoreApplication.translate("Forms", "Prepare a payment"))
            self.grant = searchable(QComboBox(self))
            for o in grant_options(ctx.db, [GrantStatus.COMMITTED, GrantStatus.ADVANCE_PAID, GrantStatus.JUSTIFIED]):
                self.grant.addItem(o.label, o.id)
            self.grant.setCurrentIndex(-1)
            self.add_field(self.form, "grant", QCoreApplication.translate("Forms", "Grant"), self.grant, required=True)
            self.next_button = self.add_button(QCoreApplication.translate("Forms", "Continue…"), self.prepare, role=QDialogButtonBox.ButtonRole.AcceptRole,
                                               name="next")
            self.add_button(QCoreApplication.translate("Forms", "Close"), self.reject, role=QDialogButtonBox.ButtonRole.RejectRole, edit=False)
            self.finish()
            return
        self.approve_button = self.add_button(QCoreApplication.translate("Forms", "Approve…"), lambda: self.action("approve"), name="approve")
        self.cancel_pay_button = self.add_button(QCoreApplication.translate("Forms", "Cancel the payment…"), lambda: self.action("cancel"), name="cancel")
        self.add_button(QCoreApplication.translate("Forms", "Open the grant"), self.open_grant, edit=False, name="grant")
        self.add_button(QCoreApplication.translate("Forms", "Close"), self.reject, role=QDialogButtonBox.ButtonRole.RejectRole, edit=False)
        self.load()
        self.finish()

    def prepare(self) -> QDialog | None:
        from grants.services.records import grant_detail

        from .workflows import PaymentDialog

        gid = combo_data(self.grant)
        if gid is None:
            self.show_problems([_problem("grant", QCoreApplication.translate("Forms", "Choose a grant from the list"))])
            return None
        d = grant_detail(self.ctx.db, gid)
        kind = PaymentKind.BALANCE if d.status == GrantStatus.JUSTIFIED else PaymentKind.ADVANCE
        dialog = PaymentDialog(self.ctx, d, kind, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda pid: setattr(self, "record_id", pid))
        dialog.accepted.connect(self.accept)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def load(self) -> None:
        from grants.services.records import payment_detail

        p = self.payment = payment_detail(self.ctx.db, self.record_id)
        self.grant_id = p.grant_id
        self.title_label.setText(f"{label(p.kind)} · {format_money(p.amount, self.lang)}")
        self.subtitle_label.setText(f"{label(p.status)} · {format_date(p.date)}")
        self.facts([(QCoreApplication.translate("Forms", "Kind"), label(p.kind)), (QCoreApplication.translate("Forms", "Date"), format_date(p.date)),
                    (QCoreApplication.translate("Forms", "Amount"), format_money(p.amount, self.lang)), (QCoreApplication.translate("Forms", "Status"), label(p.status)),
                    (QCoreApplication.translate("Forms", "Reference"), p.reference or "—"), (QCoreApplication.translate("Forms", "Structured communication"), _comm(p.communication)),
                    (QCoreApplication.translate("Forms", "Prepared by"), p.prepared_by or "—"), (QCoreApplication.translate("Forms", "Approved by"), p.approved_by or "—"),
                    (QCoreApplication.translate("Forms", "Derogation"), p.derogation or "—")])
        prepared = p.status == PaymentStatus.PREPARED
        self.approve_button.setVisible(prepared)
        self.cancel_pay_button.setVisible(prepared)

    def action(self, key: str) -> QDialog | None:
        from .workflows import ApproveDialog, CancelPaymentDialog

        if self.read_only:
            return None
        dlg = ApproveDialog(self.ctx, self.payment, self) if key == "approve" else CancelPaymentDialog(self.ctx, self.payment, self)
        return self.run(dlg)


class ClaimForm(_RecordView):
    entity = "recovery_claim"

    def __init__(self, ctx: Any, claim_id: int | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent, QCoreApplication.translate("Forms", "Recovery claim"))
        self.record_id = claim_id
        if claim_id is None:
            self.title_label.setText(QCoreApplication.translate("Forms", "Recovery claims are raised by settling a grant"))
            self.subtitle_label.setText(QCoreApplication.translate("Forms", "Open the grant, receive its justification, then Settle: when more was paid "
                                           "than accepted, the claim is raised with its structured communication."))
            self.add_button(QCoreApplication.translate("Forms", "Close"), self.reject, role=QDialogButtonBox.ButtonRole.RejectRole, edit=False)
            self.finish()
            return
        self.buttons_by_key = {
            "refund": self.add_button(QCoreApplication.translate("Forms", "Record a refund…"), lambda: self.action("refund"), name="refund"),
            "remind": self.add_button(QCoreApplication.translate("Forms", "Send a reminder…"), lambda: self.action("remind"), name="remind"),
            "cancel": self.add_button(QCoreApplication.translate("Forms", "Cancel the claim…"), lambda: self.action("cancel"), name="cancel"),
        }
        self.add_button(QCoreApplication.translate("Forms", "Open the grant"), self.open_grant, edit=False, name="grant")
        self.add_button(QCoreApplication.translate("Forms", "Close"), self.reject, role=QDialogButtonBox.ButtonRole.RejectRole, edit=False)
        self.load()
        self.finish()

    def load(self) -> None:
        from grants.services.records import claim_detail

        c = self.claim = claim_detail(self.ctx.db, self.record_id)
        self.grant_id = c.grant_id
        self.title_label.setText(_comm(c.communication))
        self.subtitle_label.setText(f"{label(c.status)} · {format_money(c.amount, self.lang)}")
        self.facts([(QCoreApplication.translate("Forms", "Structured communication"), _comm(c.communication)), (QCoreApplication.translate("Forms", "Date"), format_date(c.date)),
                    (QCoreApplication.translate("Forms", "Claimed"), format_money(c.amount, self.lang)),
                    (QCoreApplication.translate("Forms", "Still due"), format_money(c.outstanding, self.lang)), (QCoreApplication.translate("Forms", "Due by"), format_date(c.due_date)),
                    (QCoreApplication.translate("Forms", "Status"), label(c.status)), (QCoreApplication.translate("Forms", "Reminders sent"), str(c.reminders_sent)),
                    (QCoreApplication.translate("Forms", "Last reminder"), format_date(c.last_reminder_on) or "—"),
                    (QCoreApplication.translate("Forms", "Closed on"), format_date(c.closed_on) or "—"), (QCoreApplication.translate("Forms", "Reason"), c.reason or "—")])
        for b in self.buttons_by_key.values():
            b.setVisible(c.status == RecoveryStatus.OPEN)

    def action(self, key: str) -> QDialog | None:
        from .workflows import CancelClaimDialog, RefundDialog, RemindDialog

        if self.read_only:
            return None
        cls = {"refund": RefundDialog, "remind": RemindDialog, "cancel": CancelClaimDialog}[key]
        return self.run(cls(self.ctx, self.claim, self))


def _problem(field: str, message: str) -> Any:
    from grants.services.errors import Problem

    return Problem(message, {}, field)
