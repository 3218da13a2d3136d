"""Local prevention plans (PLPP): the 19 communes side by side; a commune's plan beneath."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from .forms.base import ActionDialog, Problems, ShareEdit
from .labels import value_label
from .widgets import fit_columns_to_width, two_lines, year_header

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class LocalPlansPage(QWidget):
    show_list = Signal(str, dict, str)

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.plans: list[Any] = []
        self.activities: list[Any] = []
        self.setObjectName("localPlans")
        top = year_header(self)
        # the key and the derogations (finance and admin: the services refuse anybody else, naming the role)
        self.key_button = QPushButton(self)
        self.key_button.setObjectName("setKey")
        self.key_button.clicked.connect(lambda: self.set_key())
        self.derogation_button = QPushButton(self)
        self.derogation_button.setObjectName("recordDerogation")
        self.derogation_button.clicked.connect(lambda: self.record_derogation())
        for b in (self.key_button, self.derogation_button):
            b.setAutoDefault(False)
            b.setEnabled(not getattr(ctx, "read_only", False))
        self.active_dialog: ActionDialog | None = None

        self.communes_model = QStandardItemModel(self)
        self.communes = _table(self)
        self.communes.setObjectName("communes")
        self.communes.setModel(self.communes_model)
        self.communes.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show_commune(cur.row()))
        self.communes.doubleClicked.connect(lambda index: self._open_grant(index.row()))
        self.totals = QLabel(self)
        self.totals.setObjectName("plansTotals")
        self.totals.setStyleSheet("font-weight: 600;")
        self.detail_title = QLabel(self)
        self.detail_title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.activities_model = QStandardItemModel(self)
        self.activities_view = _table(self)
        self.activities_view.setObjectName("activities")
        self.activities_view.setModel(self.activities_model)
        self.activities_view.setWordWrap(True)

        upper = QWidget(self)
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.communes, 1)
        under = QHBoxLayout()  # the totals, then the key's and the derogations' actions
        under.addWidget(self.totals, 1)
        under.addWidget(self.key_button)
        under.addWidget(self.derogation_button)
        ul.addLayout(under)
        lower = QWidget(self)
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.detail_title)
        ll.addWidget(self.activities_view, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._loaded = False
        self._busy = False
        self._filling = False
        self._generation = 0
        ctx.changed.connect(lambda _e: self._loaded and self.reload(keep_year=True))
        ctx.language_changed.connect(lambda _l: self._loaded and self.reload(keep_year=True))
        self.retranslate()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            QTimer.singleShot(0, self.reload)

    def _year(self) -> int:
        return int(self.year_box.currentData())

    def is_loading(self) -> bool:
        return self._busy

    def reload(self, keep_year: bool = False) -> None:
        """Read the year's plans (and the current commune's activities) in the task runner, then
        show them; the answer of an earlier reload that comes late is dropped."""
        from .tasks import default_on_error, load_in_background

        self._loaded = True
        self._busy = True
        self._generation += 1
        generation = self._generation
        wanted = self.year_box.currentData() if keep_year else None
        current = self.communes.currentIndex().row()
        db, lang = self.ctx.db, self.ctx.lang

        def work() -> Any:
            from grants.services import local_plans

            years = local_plans.years(db)
            year = wanted if wanted in years else years[0]
            plans = local_plans.overview(db, year, lang)
            row = max(0, min(current, len(plans) - 1))
            activities = local_plans.activities(db, plans[row].nis, year, lang) if plans else []
            return years, year, plans, row, activities

        def done(result: Any) -> None:
            if generation == self._generation and isValid(self):
                self._busy = False
                self._fill(*result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation and isValid(self):
                self._busy = False
                default_on_error(self, exc)

        load_in_background(self, work, done, failed)

    def _fill(self, years: list[int], year: int, plans: Any, row: int, activities: Any) -> None:
        from grants.i18n import format_money, format_number

        lang = self.ctx.lang
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for y in years:
            self.year_box.addItem(str(y), y)
        self.year_box.setCurrentIndex(self.year_box.findData(year))
        self.year_box.blockSignals(False)
        self.plans = plans
        self._filling = True  # the row selected below: its activities were read with the plans
        try:
            self.communes_model.removeRows(0, self.communes_model.rowCount())
            for p in self.plans:
                change = ""
                if p.change is not None:
                    change = ("+" if p.change > 0 else "") + format_number(p.change, lang) + " %"
                share = "" if p.share is None else format_number(p.share, lang) + " %"
                cells = [p.commune, p.ref, share, format_money(p.amount, lang), format_money(p.previous, lang), change,
                         format_money(p.paid, lang), format_money(p.balance, lang), value_label(p.status),
                         ", ".join(str(n) for n in p.thematics), p.derogation or ""]
                items = [QStandardItem(c) for c in cells]
                for i in (2, 3, 4, 5, 6, 7):
                    items[i].setTextAlignment(RIGHT)
                if not p.in_band:  # outside -1 % / +2 %: red, amber when a derogation allows it
                    items[5].setForeground(QBrush(QColor("#8a5a00" if p.derogation else "#b00020")))
                    items[5].setBackground(QBrush(QColor("#fff3cd" if p.derogation else "#fde7ea")))
                    items[5].setToolTip(self.tr("Derogation: %1").replace("%1", p.derogation) if p.derogation
                                        else self.tr("Outside the allowed -1 % / +2 % and no derogation recorded"))
                else:
                    items[5].setToolTip(self.tr("Within the allowed -1 % / +2 %"))
                if p.derogation:
                    items[10].setToolTip(p.derogation)
                items[0].setToolTip(p.commune)
                items[1].setToolTip(p.ref)  # the whole text when the column gives way
                if p.balance is None and p.grant_id:  # as the grant form: known once the justification is in
                    items[7].setText("—")
                    items[7].setToolTip(QCoreApplication.translate(
                        "Forms", "The balance is known once the justification is received"))
                items[8].setToolTip(items[8].text())
                self.communes_model.appendRow(items)
            total = sum((p.amount for p in self.plans), start=type(self.plans[0].amount)(0)) if self.plans else 0
            paid = sum((p.paid for p in self.plans), start=type(self.plans[0].amount)(0)) if self.plans else 0
            with_plan = sum(1 for p in self.plans if p.grant_id)
            self.totals.setText(self.tr("%1 communes with a plan · granted %2 · paid %3").replace("%1", str(with_plan))
                                .replace("%2", format_money(total, lang)).replace("%3", format_money(paid, lang)))
            self._headers()
            self.communes.resizeColumnsToContents()
            self._fit_communes()
            QTimer.singleShot(0, self._fit_communes)  # again once the rows' scroll bar is laid out
            if self.plans:
                self.communes.selectRow(row)
                self._fill_activities(self.plans[row], activities)
        finally:
            self._filling = False

    def _fit_communes(self) -> None:
        """No sideways scrolling, and the commune (what identifies a row) whole: the derogation
        and thematics texts give way; if that is not enough (1280x800), the thematics column goes
        (the activities below show them), then the status and the grant reference give way (their
        tooltips keep them), and the commune last of all."""
        header = self.communes.horizontalHeader()
        header.setStretchLastSection(False)  # a stretched last column would not give way
        self.communes.setColumnHidden(9, False)
        self.communes.setColumnHidden(10, not any(p.derogation for p in self.plans))  # no derogation: no column
        self._whole_communes()
        left = fit_columns_to_width(self.communes, [10, 9])  # the thematics go before anything is cut
        if left > 0:
            self.communes.setColumnHidden(9, True)
            self.communes.resizeColumnsToContents()
            self._whole_communes()
            left = fit_columns_to_width(self.communes, [10, 8, 1])
            if left > 0:
                left = fit_columns_to_width(self.communes, [10, 8, 1, 0])
        header.setStretchLastSection(left == 0)  # room to spare: the last column takes it

    def _whole_communes(self) -> None:
        """The commune column as wide as its longest name, whichever rows the view has laid out
        (resizeColumnsToContents measures only the rows in sight)."""
        fm = self.communes.fontMetrics()
        need = max((fm.horizontalAdvance(p.commune) for p in self.plans), default=0) + 14
        if self.communes.columnWidth(0) < need:
            self.communes.setColumnWidth(0, need)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.communes_model.rowCount():
            self.communes.resizeColumnsToContents()
            self._fit_communes()

    def _show_commune(self, row: int) -> None:
        """Another commune chosen: its activities (one small query)."""
        from grants.services import local_plans

        if self._filling or not 0 <= row < len(self.plans):
            return
        plan = self.plans[row]
        self._fill_activities(plan, local_plans.activities(self.ctx.db, plan.nis, self._year(), self.ctx.lang))

    def _fill_activities(self, plan: Any, activities: Any) -> None:
        from grants.i18n import format_money

        lang = self.ctx.lang
        self.activities = activities
        self.detail_title.setText(self.tr("Plan of %1 in %2: %n activity(ies)", "", len(self.activities))
                                  .replace("%1", plan.commune).replace("%2", str(self._year())))
        self.activities_model.removeRows(0, self.activities_model.rowCount())
        for a in self.activities:
            share = f"{a.share:.0f} %"
            items = [QStandardItem(c) for c in (a.measure, a.thematic, a.description, share, format_money(a.amount, lang))]
            items[2].setToolTip(a.description)
            for i in (3, 4):
                items[i].setTextAlignment(RIGHT)
            self.activities_model.appendRow(items)
        self._headers()
        view, header = self.activities_view, self.activities_view.horizontalHeader()
        header.setStretchLastSection(False)  # the amount as wide as its figures, the activity takes the rest
        for i in (0, 1, 3, 4):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
        view.resizeColumnsToContents()
        view.setColumnWidth(1, min(view.columnWidth(1), 260))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.activities_view.resizeRowsToContents()

    def set_key(self) -> ActionDialog | None:
        """"Set the key…": the year's shares of the 19 communes, as the page shows them."""
        if not self.plans:
            return None
        return self._open(KeyDialog(self.ctx, self._year(), self.plans, self))

    def record_derogation(self) -> ActionDialog | None:
        """"Record a derogation…" for the chosen commune (its reason; withdrawn with none)."""
        row = self.communes.currentIndex().row()
        if not 0 <= row < len(self.plans):
            return None
        return self._open(DerogationDialog(self.ctx, self._year(), self.plans[row], self))

    def _open(self, dialog: ActionDialog) -> ActionDialog:
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _open_grant(self, row: int) -> None:
        if 0 <= row < len(self.plans) and self.plans[row].grant_id:
            from . import forms

            forms.open_record(self.ctx, "grant", self.plans[row].grant_id, self.window())

    def _headers(self) -> None:
        prev = str(self._year() - 1) if self.year_box.count() else ""
        self.communes_model.setHorizontalHeaderLabels([  # long titles over short figures on two lines
            self.tr("Commune"), self.tr("Grant"), two_lines(self.tr("Key share")), two_lines(self.tr("Yearly subsidy")),
            two_lines(self.tr("Previous year (%1)").replace("%1", prev)), self.tr("Change"), self.tr("Paid"), self.tr("Balance"),
            self.tr("Status"), self.tr("PGSP thematics"), self.tr("Derogation")])
        self.activities_model.setHorizontalHeaderLabels([
            self.tr("Measure"), self.tr("Thematic"), self.tr("Activity (PGSP measure)"), self.tr("Share"), self.tr("Amount")])

    def retranslate(self) -> None:
        self.title.setText(self.tr("Local prevention plans (PLPP)"))
        self.key_button.setText(self.tr("Set the key…"))
        self.key_button.setToolTip(self.tr("Each commune's share of the year's PLPP envelope, adding up to 100 % (finance, admin)"))
        self.derogation_button.setText(self.tr("Record a derogation…"))
        self.derogation_button.setToolTip(self.tr("Why the chosen commune's subsidy may move outside -1 % / +2 % (finance, admin)"))
        self.year_label.setText(self.tr("Year:"))
        self._headers()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class KeyDialog(ActionDialog):
    """The allocation key of a year: one share per commune, in percent, adding up to 100."""

    entity = "plpp_key"

    def __init__(self, ctx: Any, year: int, plans: list[Any], parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "PLPP allocation key {year}").format(year=year),
                         action_text=QCoreApplication.translate("Forms", "Set the key"),
                         explanation=QCoreApplication.translate(
                             "Forms", "Each commune's share of the year's PLPP envelope, in percent; the shares add up to "
                                      "100 %. A commune left empty gets 0 %."))
        self.year = year
        self.plans = plans
        self.table = QTableWidget(len(plans), 3, self)
        self.table.setObjectName("keyTable")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Forms", "Commune"),
                                              QCoreApplication.translate("Forms", "NIS code"),
                                              QCoreApplication.translate("Forms", "Share")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(2, 110)
        self.shares: list[ShareEdit] = []
        for r, p in enumerate(plans):
            for c, text in enumerate((p.commune, p.nis)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
            edit = ShareEdit(self.table, self.lang)
            edit.setObjectName(f"share_{p.nis}")
            edit.set_value(p.share)
            edit.textChanged.connect(self._update_total)
            self.watch(edit)
            self.edit_controls.append(edit)
            self.table.setCellWidget(r, 2, edit)
            self.shares.append(edit)
        self.table.setMinimumHeight(360)
        self.body.addWidget(self.table, 1)
        self.total = QLabel("", self)
        self.total.setObjectName("keyTotal")
        self.body.addWidget(self.total)
        self.body.addWidget(self.add_error_place("share", self.table))
        self.add_error_place("commune", self.table)
        self._update_total()
        self.finish()
        self.resize(max(self.width(), 560), max(self.height(), 640))

    def _update_total(self, *_: Any) -> None:
        from decimal import Decimal

        from grants.i18n import format_number

        total = Decimal(0)
        for edit in self.shares:
            try:
                total += edit.value() or Decimal(0)
            except ValueError:
                continue
        ok = total == 100
        self.total.setText(QCoreApplication.translate("Forms", "Total: {total} %").format(total=format_number(total, self.lang)))
        self.total.setStyleSheet("color: #1b5e20; font-weight: bold;" if ok else "color: #b3261e; font-weight: bold;")

    def submit(self) -> Callable[[], int]:
        from decimal import Decimal

        from grants.services import plpp

        p = Problems()
        shares = {plan.nis: p.share("share", edit) or Decimal(0) for plan, edit in zip(self.plans, self.shares, strict=True)}
        p.raise_if_any()
        db, year = self.ctx.db, self.year
        return lambda: plpp.set_key(db, year, shares)  # the write, run off the GUI thread by save()


class DerogationDialog(ActionDialog):
    """A derogation to the -1 % / +2 % band for one commune and year, with its reason."""

    entity = "plpp_key"

    def __init__(self, ctx: Any, year: int, plan: Any, parent: QWidget | None = None):
        from grants.i18n import format_money, format_number

        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "PLPP derogation {year}").format(year=year),
                         action_text=QCoreApplication.translate("Forms", "Record the derogation"),
                         explanation=QCoreApplication.translate(
                             "Forms", "A commune's PLPP subsidy moves by at most -1 % / +2 % from the previous year's, "
                                      "unless a derogation is recorded with its reason (a Government decision...)."))
        self.year = year
        self.plan = plan
        change = "—" if plan.change is None else ("+" if plan.change > 0 else "") + format_number(plan.change, self.lang) + " %"
        self.subtitle_label.setText(
            f"<b>{plan.commune}</b> ({plan.nis}) · "
            + QCoreApplication.translate("Forms", "previous year {previous}, this year {amount}, change {change}").format(
                previous=format_money(plan.previous, self.lang), amount=format_money(plan.amount, self.lang), change=change))
        self.reason = self.add_field(self.form, "reason", QCoreApplication.translate("Forms", "Reason"),
                                     QPlainTextEdit(self), required=True)
        self.reason.setPlainText(plan.derogation or "")
        self.reason.setFixedHeight(90)
        self.reason.setTabChangesFocus(True)
        self.withdraw_button = self.add_button(QCoreApplication.translate("Forms", "Withdraw the derogation"), self._withdraw,
                                               name="withdraw")
        self.withdraw_button.setVisible(bool(plan.derogation))
        self._withdrawing = False
        self.finish()

    def _withdraw(self) -> None:
        self._withdrawing = True
        try:
            self._do()
        finally:
            self._withdrawing = False

    def submit(self) -> Callable[[], None]:
        from grants.services import plpp

        db, year, nis = self.ctx.db, self.year, self.plan.nis
        if self._withdrawing:
            return lambda: plpp.set_derogation(db, year, nis, None)
        p = Problems()
        reason = p.text("reason", self.reason, required=True)
        p.raise_if_any()
        return lambda: plpp.set_derogation(db, year, nis, reason)  # the write, run off the GUI thread by save()
