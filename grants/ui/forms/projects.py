"""Multi-year projects in the grant form: "Renew for next year…" and the "Project" tab listing the
project's yearly grants (double-click opens one)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTableWidget, QVBoxLayout, QWidget

from grants.i18n import format_money

from .base import ActionDialog, MoneyEdit, Problems, Write, money_item, read_table, text_item
from .labels import label


class RenewDialog(ActionDialog):
    """Renew a grant for next year: a draft grant of the same project, its amount to confirm."""

    entity = "grant"

    def __init__(self, ctx: Any, grant: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Renew for next year"),
                         action_text=QCoreApplication.translate("Forms", "Create next year's draft"),
                         explanation=QCoreApplication.translate(
                             "Forms", "A draft grant for {year}: same beneficiary, purpose, PGSP measures and shares, "
                                      "on budget line {code} of {year}, in the same multi-year project.").format(
                             year=grant.year + 1, code=grant.line_code))
        self.grant = grant
        self.renewed: Any = None
        self.subtitle_label.setText(f"{grant.ref} · {grant.year} · {label(grant.status)}")
        caption = QCoreApplication.translate("Forms", "Amount for {year}").format(year=grant.year + 1)
        self.amount = self.add_field(self.form, "amount", caption, MoneyEdit(self, self.lang), required=True)
        self.amount.set_value(grant.figures.amount)
        self.finish()

    def submit(self) -> Write:
        from grants.services.projects import renew

        p = Problems()
        amount = p.money("amount", self.amount, required=True)
        p.raise_if_any()
        db, gid = self.ctx.db, self.grant.id

        def work() -> int:
            self.renewed = renew(db, gid, amount)  # a plain attribute, no widget
            return int(gid)
        return work

    def done_ok(self) -> None:
        r = self.renewed
        text = QCoreApplication.translate("Forms", "Draft grant {ref} created for {year} ({amount}).").format(
            ref=r.ref, year=r.year, amount=format_money(r.amount, self.lang))
        from grants.ui.errors import show_information

        self.info = show_information(self.parentWidget(), QCoreApplication.translate("Forms", "Renew for next year"),
                                     text)
        self.accept()


class ProjectPanel(QWidget):
    """The yearly grants of the grant's multi-year project."""

    def __init__(self, form: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form
        self.view: Any = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel("", self)
        self.caption.setWordWrap(True)
        lay.addWidget(self.caption)
        self.table: QTableWidget = read_table([
            QCoreApplication.translate("Forms", "Year"), QCoreApplication.translate("Forms", "Reference"),
            QCoreApplication.translate("Forms", "Purpose"), QCoreApplication.translate("Forms", "Status"),
            QCoreApplication.translate("Forms", "Amount")], self)
        self.table.setObjectName("table_project")
        self.table.doubleClicked.connect(lambda *_: self.open_selected())
        lay.addWidget(self.table, 1)

    def set_grant(self, grant_id: int) -> None:
        from grants.services.projects import project_view

        v = self.view = project_view(self.form.ctx.db, grant_id)
        rows = list(v.grants) if v is not None else []
        self.caption.setText("" if v is None else QCoreApplication.translate(
            "Forms", "Project {ref}, since {year}: {title}").format(ref=v.ref, year=v.first_year, title=v.title))
        self.table.setRowCount(len(rows))
        for i, g in enumerate(rows):
            cells = [text_item(str(g.year), g.id), text_item(g.ref), text_item(g.title), text_item(label(g.status)),
                     money_item(g.amount, self.form.lang)]
            for j, item in enumerate(cells):
                if g.id == grant_id:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()

    def open_selected(self) -> Any:
        from . import open_record

        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        gid = item.data(Qt.ItemDataRole.UserRole)
        if gid == self.form.record_id:
            return self.form
        return open_record(self.form.ctx, "grant", gid)
