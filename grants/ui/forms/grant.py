"""The grant form: a draft is edited (with its PGSP measure shares, which must total 100 %);
after the decision it is a read-only record with its figures, its history and the workflow
actions its status allows (commit, advance, justification, settlement, recovery, closure)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from grants.domain.parse import ParseError
from grants.i18n import format_date, format_money
from grants.models.enums import GrantNature, GrantStatus, PaymentKind, RecoveryStatus

from ..widgets import scrolling_tabs
from .base import (
    DateEdit,
    FormDialog,
    MoneyEdit,
    Problems,
    ShareEdit,
    Write,
    money_item,
    read_table,
    set_combo,
    text_item,
)
from .buttons import TableButtons
from .cofunders import CofundersEditor
from .labels import label, nature_label, working_note

S = GrantStatus
LIFE = [S.DRAFT, S.DECIDED, S.COMMITTED, S.ADVANCE_PAID, S.JUSTIFIED, S.BALANCE_PAID, S.CLOSED]


def combo_data(combo: QComboBox) -> Any:
    """The data of the item whose text is shown (an editable combo may not have 'activated' yet)."""
    if combo.isEditable():
        text = combo.currentText().strip()
        i = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if i >= 0:
            return combo.itemData(i)
        hits = [j for j in range(combo.count()) if text and text.casefold() in combo.itemText(j).casefold()]
        return combo.itemData(hits[0]) if len(hits) == 1 else None  # a fragment naming one item only
    return combo.currentData()


def searchable(combo: QComboBox) -> QComboBox:
    """Type any part of an item to find it."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    comp = combo.completer()
    comp.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    comp.setFilterMode(Qt.MatchFlag.MatchContains)
    comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


class MeasuresEditor(QWidget):
    """PGSP measures of a grant with their share of the amount; the total must be 100 %."""

    def __init__(self, form: FormDialog, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form
        self.lang = form.lang
        self.options: list[tuple[str, str, str]] = []  # (code, text, tooltip)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("measures_table")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Forms", "PGSP measure"), QCoreApplication.translate("Forms", "Share")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(1, 100)
        self.table.setMinimumHeight(120)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("Forms", "Add a measure"), self)
        self.add_button.setToolTip(QCoreApplication.translate("Forms", "Ctrl+N"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(QCoreApplication.translate("Forms", "Remove the measure"), self)
        self.remove_button.clicked.connect(self.remove_row)
        self.equal_button = QPushButton(QCoreApplication.translate("Forms", "Equal shares"), self)
        self.equal_button.clicked.connect(self.equal_shares)
        self.total = QLabel("", self)
        self.total.setObjectName("measures_total")
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.equal_button)
        row.addStretch(1)
        lay.addWidget(self.total)
        lay.addLayout(row)
        self._update_total()

    def controls(self) -> list[QWidget]:
        return [self.table, self.add_button, self.remove_button, self.equal_button]

    def set_options(self, edition: Any) -> None:
        """Measures of the plan edition, grouped by thematic (group headers are not choosable)."""
        self.options = []
        for g in edition.groups:
            self.options.append(("", f"T{g.number} · {g.label(self.lang)}", ""))
            for m in g.measures:
                desc = m.description(self.lang)
                short = desc if len(desc) <= 70 else desc[:67] + "…"
                tip = f"{desc}\n\n{working_note()}" if m.working_translation(self.lang) else desc
                self.options.append((m.code, f"   {m.code}  {short}", tip))
        for r in range(self.table.rowCount()):
            combo = self.table.cellWidget(r, 0)
            code = combo.currentData() if combo else None
            self._fill(combo, code)

    def _fill(self, combo: QComboBox, code: str | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("Forms", "— choose a measure —"), None)
        for c, text, tip in self.options:
            combo.addItem(text, c or None)
            i = combo.count() - 1
            if not c:
                item = combo.model().item(i)
                item.setEnabled(False)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            else:
                combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        if code:
            i = combo.findData(code)
            if i < 0:  # a code of another edition: keep it visible
                combo.addItem(code, code)
                i = combo.count() - 1
            combo.setCurrentIndex(i)
        combo.blockSignals(False)

    def add_row(self, code: str | None = None, share: Decimal | None = None) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        combo = QComboBox(self.table)
        combo.setObjectName(f"measure_{r}")
        self._fill(combo, code)
        combo.currentIndexChanged.connect(self._changed)
        spin = ShareEdit(self.table, self.lang)
        spin.setObjectName(f"share_{r}")
        if share is not None:
            spin.set_value(share)
        spin.textChanged.connect(self._changed)
        self.table.setCellWidget(r, 0, combo)
        self.table.setCellWidget(r, 1, spin)
        if share is None:
            self.equal_shares()
        self._changed()
        return r

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            r = self.table.rowCount() - 1
        if r >= 0:
            self.table.removeRow(r)
            self._changed()

    def equal_shares(self) -> None:
        from grants.services.validators import equal_shares

        n = self.table.rowCount()
        if not n:
            return
        for r, share in enumerate(equal_shares(n)):
            spin = self.table.cellWidget(r, 1)
            spin.blockSignals(True)
            spin.set_value(share)
            spin.blockSignals(False)
        self._changed()

    def set_rows(self, rows: list[tuple[str, Decimal]]) -> None:
        self.table.setRowCount(0)
        for code, share in rows:
            self.add_row(code, share)
        self._update_total()

    def rows(self, problems: Problems | None = None) -> list[tuple[str | None, Decimal]]:
        """(code, share) of each row; a share that is not one goes to ``problems`` (else is left out)."""
        out = []
        for r in range(self.table.rowCount()):
            combo, spin = self.table.cellWidget(r, 0), self.table.cellWidget(r, 1)
            try:
                out.append((combo.currentData(), spin.decimal()))
            except ParseError as e:
                if problems is not None:
                    problems.refused("measures", e)
        return out

    def _changed(self, *_: Any) -> None:
        self._update_total()
        self.form.mark_dirty()

    def _update_total(self) -> None:
        rows = self.rows()
        total = sum((s for _, s in rows), Decimal("0.00"))
        ok = not rows or total == Decimal(100)
        self.total.setText(QCoreApplication.translate("Forms", "Total: {total} %").format(total=format_money(total, self.lang, currency=False)))
        self.total.setStyleSheet("color: #1b5e20; font-weight: bold;" if ok else "color: #b3261e; font-weight: bold;")


class GrantForm(FormDialog):
    entity = "grant"
    aliases = {"beneficiary_id": "beneficiary", "budget_line_id": "budget_line", "programme_id": "programme"}

    def __init__(self, ctx: Any, grant_id: int | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "New grant") if grant_id is None else QCoreApplication.translate("Forms", "Grant"))
        self.record_id = grant_id
        self.detail: Any = None
        self.active_dialog: QDialog | None = None
        self.resize(980, 720)

        self.stepper = QLabel("", self)
        self.stepper.setObjectName("stepper")
        self.stepper.setTextFormat(Qt.TextFormat.RichText)
        self.stepper.setWordWrap(True)
        self.body.addWidget(self.stepper)
        self.next_step = QLabel("", self)
        self.next_step.setObjectName("nextStep")
        self.next_step.setWordWrap(True)
        self.next_step.setStyleSheet("background: #eef4fb; border: 1px solid #b9d0ea; padding: 6px;")
        self.body.addWidget(self.next_step)

        self._build_draft()
        self._build_view()

        self.actions_row = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for key, text in self._action_texts().items():
            b = QPushButton(text, self)
            b.setObjectName(f"action_{key}")
            b.setAutoDefault(False)
            b.clicked.connect(lambda _=False, k=key: self.start(k))
            self.action_buttons[key] = b
            self.actions_row.addWidget(b)
            self.edit_controls.append(b)
        self.letter_button = QPushButton(QCoreApplication.translate("Forms", "Letter…"), self)
        self.letter_button.setObjectName("letter")
        self.letter_button.setAutoDefault(False)
        self.letter_button.setToolTip(QCoreApplication.translate("Forms", "Write a letter on this grant from its template (Word or PDF); it is recorded under Documents sent"))
        self.letter_menu = QMenu(self.letter_button)
        self.letter_menu.setObjectName("letterMenu")
        self.letter_button.setMenu(self.letter_menu)
        self.actions_row.addWidget(self.letter_button)
        self.actions_row.addStretch(1)
        actions_box = QWidget(self)
        actions_box.setLayout(self.actions_row)
        self.body.addWidget(actions_box)

        self.save_button = self.add_button(QCoreApplication.translate("Forms", "Save the draft"), self.save, role=QDialogButtonBox.ButtonRole.AcceptRole,
                                           name="save")
        self.save_button.setToolTip(QCoreApplication.translate("Forms", "Ctrl+S"))
        self.close_button = self.add_button(QCoreApplication.translate("Forms", "Close"), self.reject, role=QDialogButtonBox.ButtonRole.RejectRole,
                                            edit=False, name="close")
        ctx.changed.connect(self._data_changed)
        self.load()
        self.finish()
        self.resize(max(self.width(), 980), max(self.height(), 680))

    @staticmethod
    def _action_texts() -> dict[str, str]:
        return {
            "opinion": QCoreApplication.translate("Forms", "Record an opinion…"),
            "decision": QCoreApplication.translate("Forms", "Record the decision…"),
            "commit": QCoreApplication.translate("Forms", "Commit…"),
            "advance": QCoreApplication.translate("Forms", "Prepare the advance…"),
            "approve": QCoreApplication.translate("Forms", "Approve the payment…"),
            "cancel_payment": QCoreApplication.translate("Forms", "Cancel the payment…"),
            "justification": QCoreApplication.translate("Forms", "Receive a justification…"),
            "settle": QCoreApplication.translate("Forms", "Settle…"),
            "refund": QCoreApplication.translate("Forms", "Record a refund…"),
            "remind": QCoreApplication.translate("Forms", "Send a reminder…"),
            "cancel_claim": QCoreApplication.translate("Forms", "Cancel the claim…"),
            "amend": QCoreApplication.translate("Forms", "Amend…"),
            "cofunding": QCoreApplication.translate("Forms", "Co-financing…"),
            "close": QCoreApplication.translate("Forms", "Close the grant…"),
            "renew": QCoreApplication.translate("Forms", "Renew for next year…"),
        }

    # -- the draft form -------------------------------------------------------------------------
    def _build_draft(self) -> None:
        from grants.services import records

        db = self.ctx.db
        self.draft_box = QWidget(self)
        outer = QHBoxLayout(self.draft_box)
        outer.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        outer.addLayout(left, 3)
        form = self.new_form(left)
        self.beneficiary = searchable(QComboBox(self))
        for b in records.beneficiary_options(db):
            self.beneficiary.addItem(f"{b.name(self.lang)} ({b.ref})", b.id)
        self.beneficiary.setCurrentIndex(-1)
        self.beneficiary.lineEdit().setPlaceholderText(QCoreApplication.translate("Forms", "Type part of the name or reference"))
        self.add_field(form, "beneficiary", QCoreApplication.translate("Forms", "Beneficiary"), self.beneficiary, required=True)
        self.budget_line = QComboBox(self)
        self.lines = {o.id: o for o in records.budget_line_options(db)}
        for o in self.lines.values():
            self.budget_line.addItem(f"{o.year} · {o.code} · {o.label} — " + QCoreApplication.translate("Forms", "available {amount}").format(
                amount=format_money(o.available, self.lang)), o.id)
        self.budget_line.setCurrentIndex(-1)
        self.budget_line.currentIndexChanged.connect(self._line_changed)
        self.add_field(form, "budget_line", QCoreApplication.translate("Forms", "Budget line"), self.budget_line, required=True)
        self.programme = QComboBox(self)
        self.programme.addItem("—", None)
        for o in records.programme_options(db):
            self.programme.addItem(o.label, o.id)
        self.add_field(form, "programme", QCoreApplication.translate("Forms", "Programme"), self.programme)
        self.title_edit = self.add_field(form, "title", QCoreApplication.translate("Forms", "Purpose"), QLineEdit(self), required=True)
        self.amount = self.add_field(form, "amount", QCoreApplication.translate("Forms", "Amount"), MoneyEdit(self, self.lang), required=True)
        self.nature = QComboBox(self)
        for nature in GrantNature:
            self.nature.addItem(nature_label(nature), nature)
        self.add_field(form, "nature", QCoreApplication.translate("Forms", "Operating or investment"), self.nature,
                       help=QCoreApplication.translate("Forms", "As the budget line's economic class says by default (5x, 6x: investment)"))
        self.project_budget = self.add_field(
            form, "project_budget", QCoreApplication.translate("Forms", "Project's total budget"), MoneyEdit(self, self.lang),
            help=QCoreApplication.translate("Forms", "Co-financed project: the grant cannot exceed this budget minus the other funders"))
        self.advance_share = self.add_field(form, "advance_share", QCoreApplication.translate("Forms", "Advance share"), ShareEdit(self, self.lang))
        self.advance_share.set_value(Decimal(80))
        self.period_start = self.add_field(form, "period_start", QCoreApplication.translate("Forms", "Period from"), DateEdit(self))
        self.period_end = self.add_field(form, "period_end", QCoreApplication.translate("Forms", "Period to"), DateEdit(self))
        self.deadline = self.add_field(form, "justification_deadline", QCoreApplication.translate("Forms", "Justification deadline"), DateEdit(self))
        self.documents = self.add_field(form, "required_documents", QCoreApplication.translate("Forms", "Required documents"), QPlainTextEdit(self))
        self.documents.setFixedHeight(56)
        self.documents.setTabChangesFocus(True)
        left.addStretch(1)
        right = QVBoxLayout()
        outer.addLayout(right, 2)
        right.addWidget(QLabel("<b>" + QCoreApplication.translate("Forms", "PGSP measures") + "</b>", self))
        self.measures = MeasuresEditor(self, self)
        right.addWidget(self.measures)
        err = self.add_error_place("measures", self.measures.table)
        right.addWidget(err)
        self.edit_controls += self.measures.controls()
        right.addWidget(QLabel("<b>" + QCoreApplication.translate("Forms", "Other funders of the project") + "</b>", self))
        self.cofunders = CofundersEditor(self, self)
        right.addWidget(self.cofunders)
        right.addWidget(self.add_error_place("cofunders", self.cofunders.table))
        self.edit_controls += self.cofunders.controls()
        # the attachments of a draft (the application's documents): the panel of the Attachments tab,
        # moved here while the grant is a draft (see _place_attachments)
        self.draft_attachments_box = QGroupBox(QCoreApplication.translate("Forms", "Attachments"), self)
        self.draft_attachments_box.setObjectName("draftAttachments")
        self.draft_attachments_layout = QVBoxLayout(self.draft_attachments_box)
        self.draft_attachments_layout.setContentsMargins(6, 6, 6, 6)
        self.draft_attachments_box.hide()
        right.addWidget(self.draft_attachments_box, 1)
        self.body.addWidget(self.draft_box)
        self.measures.set_options(records.measures_for(db))
        for combo in (self.beneficiary, self.budget_line, self.programme):  # long labels: no giant window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(36)
            combo.view().setMinimumWidth(560)

    def _line_changed(self) -> None:
        from grants.services import records

        line = self.lines.get(self.budget_line.currentData())
        if line is not None:
            self.measures.set_options(records.measures_for(self.ctx.db, line.year))
            if not self._loading:  # the line's economic class gives the nature; the officer may change it
                set_combo(self.nature, line.nature)

    def new_item(self) -> None:
        if not self.read_only and self.draft_box.isVisible():
            self.measures.add_row()
            self.measures.table.setFocus()

    # -- the record view ------------------------------------------------------------------------
    def _build_view(self) -> None:
        self.view_box = QWidget(self)
        lay = QVBoxLayout(self.view_box)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.facts_box = QGroupBox(QCoreApplication.translate("Forms", "Grant"), self)
        self.facts = QGridLayout(self.facts_box)
        self.figures_box = QGroupBox(QCoreApplication.translate("Forms", "Figures"), self)
        self.figures_grid = QGridLayout(self.figures_box)
        top.addWidget(self.facts_box, 3)
        top.addWidget(self.figures_box, 2)
        lay.addLayout(top)
        self.tabs = scrolling_tabs(QTabWidget(self))
        self.tables: dict[str, QTableWidget] = {
            "measures": read_table([QCoreApplication.translate("Forms", "Measure"), QCoreApplication.translate("Forms", "Thematic"), QCoreApplication.translate("Forms", "Share"), QCoreApplication.translate("Forms", "Description")]),
            "opinions": read_table([QCoreApplication.translate("Forms", "Opinion"), QCoreApplication.translate("Forms", "Date"), QCoreApplication.translate("Forms", "Reference")]),
            "commitments": read_table([QCoreApplication.translate("Forms", "Date"), QCoreApplication.translate("Forms", "Amount"), QCoreApplication.translate("Forms", "Reference")]),
            "amendments": read_table([QCoreApplication.translate("Forms", "Date"), QCoreApplication.translate("Forms", "Amount change"), QCoreApplication.translate("Forms", "New period"), QCoreApplication.translate("Forms", "Decision"), QCoreApplication.translate("Forms", "Reason")]),
            "payments": read_table([QCoreApplication.translate("Forms", "Date"), QCoreApplication.translate("Forms", "Kind"), QCoreApplication.translate("Forms", "Amount"), QCoreApplication.translate("Forms", "Status"), QCoreApplication.translate("Forms", "Prepared by"),
                                    QCoreApplication.translate("Forms", "Approved by"), QCoreApplication.translate("Forms", "Reference")]),
            "justifications": read_table([QCoreApplication.translate("Forms", "Received on"), QCoreApplication.translate("Forms", "Checked on"), QCoreApplication.translate("Forms", "Admissible"), QCoreApplication.translate("Forms", "Claimed"),
                                          QCoreApplication.translate("Forms", "Accepted"), QCoreApplication.translate("Forms", "Categories")]),
            "claims": read_table([QCoreApplication.translate("Forms", "Date"), QCoreApplication.translate("Forms", "Amount"), QCoreApplication.translate("Forms", "Still due"), QCoreApplication.translate("Forms", "Structured communication"),
                                  QCoreApplication.translate("Forms", "Due by"), QCoreApplication.translate("Forms", "Status"), QCoreApplication.translate("Forms", "Reminders")]),
            "sent": read_table([QCoreApplication.translate("Forms", "Date"), QCoreApplication.translate("Forms", "Letter"), QCoreApplication.translate("Forms", "Language"),
                                QCoreApplication.translate("Forms", "Recipient"), QCoreApplication.translate("Forms", "File"), QCoreApplication.translate("Forms", "By"),
                                QCoreApplication.translate("Forms", "SHA-256")]),
            "indicators": read_table([QCoreApplication.translate("Forms", "Measure"), QCoreApplication.translate("Forms", "Indicator"), QCoreApplication.translate("Forms", "Unit"),
                                      QCoreApplication.translate("Forms", "Target"), QCoreApplication.translate("Forms", "Achieved"), QCoreApplication.translate("Forms", "Source"),
                                      QCoreApplication.translate("Forms", "Comment")]),
        }
        titles = {"measures": QCoreApplication.translate("Forms", "Measures"), "opinions": QCoreApplication.translate("Forms", "Opinions"), "commitments": QCoreApplication.translate("Forms", "Commitments"),
                  "amendments": QCoreApplication.translate("Forms", "Amendments"), "payments": QCoreApplication.translate("Forms", "Payments"), "justifications": QCoreApplication.translate("Forms", "Justifications"),
                  "claims": QCoreApplication.translate("Forms", "Recovery claims"), "indicators": QCoreApplication.translate("Forms", "Indicators"),
                  "sent": QCoreApplication.translate("Forms", "Documents sent")}
        for key, table in self.tables.items():
            table.setObjectName(f"table_{key}")
            self.tabs.addTab(self._indicators_page(table) if key == "indicators" else table, titles[key])
        self.tables["payments"].itemSelectionChanged.connect(self._update_actions)
        self._build_attachments_tab()
        self._build_project_tab()
        self._build_activities_tab()
        lay.addWidget(self.tabs, 1)
        self.body.addWidget(self.view_box, 1)

    def _build_attachments_tab(self) -> None:
        """The files kept with the grant (signed convention, reports...): a tab of their own."""
        from .attachments import AttachmentsPanel

        self.attachments = AttachmentsPanel(self, self)
        self.tabs.addTab(self.attachments, QCoreApplication.translate("Forms", "Attachments"))
        self.edit_controls.append(self.attachments.add_button)

    def _build_activities_tab(self) -> None:
        """A commune's local plan (PLPP grant): its activities by thematic, with the staff funded."""
        from .plpp_activities import ActivitiesPanel

        self.activities = ActivitiesPanel(self, self)
        self.tabs.addTab(self.activities, QCoreApplication.translate("Forms", "Activities"))
        self.tabs.setTabVisible(self.tabs.indexOf(self.activities), False)

    def _load_activities(self, d: Any) -> None:
        self.activities.set_grant(d.id, d.ref)
        i = self.tabs.indexOf(self.activities)
        shown = self.activities.view is not None and self.activities.view.is_plpp
        self.tabs.setTabVisible(i, shown)
        if shown:
            self.tabs.setTabText(i, f"{QCoreApplication.translate('Forms', 'Activities')} ({len(self.activities.rows)})")

    def _build_project_tab(self) -> None:
        """The yearly grants of the multi-year project (shown once the grant has been renewed)."""
        from .projects import ProjectPanel

        self.project = ProjectPanel(self, self)
        self.tabs.addTab(self.project, QCoreApplication.translate("Forms", "Project"))

    def _load_project(self, d: Any) -> None:
        self.project.set_grant(d.id)
        i = self.tabs.indexOf(self.project)
        self.tabs.setTabVisible(i, self.project.view is not None)
        if self.project.view is not None:
            self.tabs.setTabText(i, f"{QCoreApplication.translate('Forms', 'Project')} ({len(self.project.view.grants)})")

    def _renew_dialog(self, d: Any) -> QDialog:
        from .projects import RenewDialog

        return RenewDialog(self.ctx, d, self)

    def _load_attachments(self, d: Any) -> None:
        self._place_attachments(d.status == S.DRAFT)
        self.attachments.set_grant(d.id, d.ref)
        title = f"{QCoreApplication.translate('Forms', 'Attachments')} ({len(self.attachments.rows)})"
        i = self.tabs.indexOf(self.attachments)
        if i >= 0:
            self.tabs.setTabText(i, title)
        self.draft_attachments_box.setTitle(title)

    def _place_attachments(self, draft: bool) -> None:
        """A draft shows its attachments beside the measures; a decided grant in its tab (before Project)."""
        i = self.tabs.indexOf(self.attachments)
        if draft and i >= 0:
            self.tabs.removeTab(i)
            self.draft_attachments_layout.addWidget(self.attachments)
            self.attachments.show()
        elif not draft and i < 0:
            self.draft_attachments_layout.removeWidget(self.attachments)
            self.tabs.insertTab(self.tabs.indexOf(self.project), self.attachments,
                                QCoreApplication.translate("Forms", "Attachments"))
        self.draft_attachments_box.setVisible(draft)

    def _indicators_page(self, table: QTableWidget) -> QWidget:
        """The indicators tab: the table, and the buttons to add, change or remove one."""
        page = QWidget(self)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(table, 1)
        self.indicator_buttons = buttons = TableButtons(table, page, on_double_click=self.edit_indicator)
        chosen = lambda: self._selected_indicator() is not None and not self.read_only  # noqa: E731
        self.add_indicator_button = buttons.add(
            "add_indicator", QCoreApplication.translate("Forms", "Add an indicator…"), self.add_indicator,
            lambda: not self.read_only and bool(self.detail and self.detail.measures))
        self.edit_indicator_button = buttons.add(
            "edit_indicator", QCoreApplication.translate("Forms", "Change the indicator…"), self.edit_indicator, chosen)
        self.remove_indicator_button = buttons.add(
            "remove_indicator", QCoreApplication.translate("Forms", "Remove the indicator"), self.remove_indicator, chosen)
        self.edit_controls += buttons.buttons()
        lay.addWidget(buttons)
        table.itemSelectionChanged.connect(self._update_indicator_buttons)  # and the Add button's tooltip
        return page

    def _selected_indicator(self) -> Any:
        d, t = self.detail, self.tables["indicators"]
        item = t.item(t.currentRow(), 0) if t.currentRow() >= 0 else None
        if d is None or item is None or not item.isSelected():
            return None
        iid = item.data(Qt.ItemDataRole.UserRole)
        return next((i for i in d.indicators if i.id == iid), None)

    def _update_indicator_buttons(self) -> None:
        self.indicator_buttons.refresh()
        self.add_indicator_button.setToolTip("" if self.detail is None or self.detail.measures else
                                             QCoreApplication.translate("Forms", "An indicator is tied to one of the grant's PGSP measures: the grant has none"))

    def add_indicator(self) -> QDialog | None:
        from .indicator import IndicatorDialog

        if self.read_only or self.detail is None:
            return None
        return self._open(IndicatorDialog(self.ctx, self.detail, None, self))

    def edit_indicator(self) -> QDialog | None:
        from .indicator import IndicatorDialog

        ind = self._selected_indicator()
        if self.read_only or ind is None:
            return None
        return self._open(IndicatorDialog(self.ctx, self.detail, ind, self))

    def remove_indicator(self) -> bool:
        from grants.services.indicators import remove_indicator

        ind = self._selected_indicator()
        if self.read_only or ind is None:
            return False
        answer = QMessageBox.question(self, QCoreApplication.translate("Forms", "Remove the indicator"),
                                      QCoreApplication.translate("Forms", "Remove the indicator {name} of grant {ref}?").format(
                                          name=ind.name, ref=self.detail.ref))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        db, iid = self.ctx.db, ind.id
        if self.write(lambda: remove_indicator(db, iid), changed=["grant"]) is None:
            return False
        self.load()
        return True

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_done)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    # -- loading ---------------------------------------------------------------------------------
    def _data_changed(self, _op: Any) -> None:
        if self.record_id is not None and not self.dirty and self.isVisible():
            self.load()

    def load(self) -> None:
        from grants.services.records import grant_detail

        if self.record_id is None:
            self.detail = None
            self.view_box.hide()
            self.draft_box.show()
            self.subtitle_label.setText(QCoreApplication.translate("Forms", "A new grant starts as a draft: its amount is reserved on the budget line."))
            self._stepper(S.DRAFT)
            self._update_actions()
            return
        d = self.detail = grant_detail(self.ctx.db, self.record_id)
        self.title_label.setText(d.title)
        self.setWindowTitle(f"{QCoreApplication.translate('Forms', 'Grant')} {d.ref}")
        self.subtitle_label.setText(f"<b>{d.ref}</b> · {label(d.status)} · {d.beneficiary_name(self.lang)} · "
                                    f"{format_money(d.figures.amount, self.lang)}")
        self._stepper(d.status, recovered=any(c.status != RecoveryStatus.CANCELLED for c in d.claims))
        draft = d.status == S.DRAFT
        self.draft_box.setVisible(draft)
        self.view_box.setVisible(not draft)
        self.save_button.setVisible(draft)
        if draft:
            with self.loading():
                set_combo(self.beneficiary, d.beneficiary_id)
                set_combo(self.budget_line, d.budget_line_id)
                set_combo(self.programme, d.programme_id)
                self.title_edit.setText(d.title)
                self.amount.set_value(d.initial_amount)
                self.advance_share.set_value(d.advance_share)
                self.period_start.set_value(d.initial_period_start)
                self.period_end.set_value(d.initial_period_end)
                self.deadline.set_value(d.justification_deadline)
                self.documents.setPlainText(d.required_documents or "")
                self.measures.set_rows([(m.code, m.share) for m in d.measures])
                set_combo(self.nature, d.nature)
                self.project_budget.set_value(d.project_budget)
                self.cofunders.set_rows([(c.name, c.amount, c.status) for c in d.cofunders])
            self.dirty = False
            self._load_attachments(d)
        else:
            self._fill_view(d)
            self._load_attachments(d)
            self._load_project(d)
            self._load_activities(d)
        self._update_actions()

    def _stepper(self, status: GrantStatus, *, recovered: bool = False) -> None:
        """The lifecycle steps; a grant settled by a recovery claim shows the recovery, never "balance paid"."""
        steps = list(LIFE)
        if status == S.RECOVERY or recovered:
            steps[steps.index(S.BALANCE_PAID)] = S.RECOVERY
        current = steps.index(status) if status in steps else 0
        parts = []
        for i, st in enumerate(steps):
            text = label(st)
            if i < current:
                parts.append(f"<span style='color:#1b5e20'>✔ {text}</span>")
            elif i == current:
                parts.append(f"<span style='background:#1f5fa8; color:white'>&nbsp;{text}&nbsp;</span>")
            else:
                parts.append(f"<span style='color:#888'>{text}</span>")
        self.stepper.setText(" › ".join(parts))

    def _fill_view(self, d: Any) -> None:
        lang = self.lang
        _clear(self.facts)
        facts = [
            (QCoreApplication.translate("Forms", "Beneficiary"), f"{d.beneficiary_name(lang)} ({d.beneficiary_ref})"),
            (QCoreApplication.translate("Forms", "Budget line"), f"{d.line_code} · {d.line_label} ({d.year})"),
            (QCoreApplication.translate("Forms", "Programme"), f"{d.programme_ref} · {d.programme_title}" if d.programme_ref else "—"),
            (QCoreApplication.translate("Forms", "Period"), f"{format_date(d.period_start)} – {format_date(d.period_end)}"),
            (QCoreApplication.translate("Forms", "Justification deadline"), format_date(d.justification_deadline)),
            (QCoreApplication.translate("Forms", "Advance share"), f"{format_money(d.advance_share, lang, currency=False)} %"),
            (QCoreApplication.translate("Forms", "Decision"), f"{d.decision_ref or '—'} · {format_date(d.decision_date)}"),
            (QCoreApplication.translate("Forms", "Notified on"), format_date(d.notified_on) or "—"),
            (QCoreApplication.translate("Forms", "Required documents"), d.required_documents or "—"),
            (QCoreApplication.translate("Forms", "Operating or investment"), nature_label(d.nature)),
            (QCoreApplication.translate("Forms", "PGSP edition"), self._edition_text(d)),
        ]
        if d.project_budget is not None or d.cofunders:
            funders = "; ".join(f"{c.name} {format_money(c.amount, lang)} ({label(c.status)})" for c in d.cofunders)
            text = QCoreApplication.translate("Forms", "total budget {budget}, other funders {other}").format(
                budget=format_money(d.project_budget, lang) if d.project_budget is not None else "—",
                other=format_money(d.other_funding, lang))
            if d.cofinancing_rate is not None:
                text += " · " + QCoreApplication.translate("Forms", "the Region's share {rate} %").format(
                    rate=format_money(d.cofinancing_rate, lang, currency=False))
            facts.append((QCoreApplication.translate("Forms", "Co-financing"), text + (f"\n{funders}" if funders else "")))
        for r, (k, v) in enumerate(facts):
            self.facts.addWidget(_key(k), r, 0)
            self.facts.addWidget(_val(v), r, 1)
        for grid in (self.facts,):
            for i in range(grid.count()):
                grid.itemAt(i).widget().show()
        self.facts.setColumnStretch(1, 1)
        _clear(self.figures_grid)
        f = d.figures
        figs = [(QCoreApplication.translate("Forms", "Granted"), f.amount), (QCoreApplication.translate("Forms", "Committed"), f.committed), (QCoreApplication.translate("Forms", "Paid"), f.paid),
                (QCoreApplication.translate("Forms", "To approve"), f.to_approve), (QCoreApplication.translate("Forms", "Paid back"), f.recovered), (QCoreApplication.translate("Forms", "Net paid"), f.net_paid),
                (QCoreApplication.translate("Forms", "Claimed expenses"), f.claimed), (QCoreApplication.translate("Forms", "Accepted expenses"), f.accepted), (QCoreApplication.translate("Forms", "Balance"), f.balance)]
        for r, (k, v) in enumerate(figs):
            self.figures_grid.addWidget(_key(k), r, 0)
            val = _val(format_money(v, lang))
            if v is None:  # the balance: known once the justification is accepted
                val.setText("—")
                val.setToolTip(QCoreApplication.translate("Forms", "The balance is known once the justification is received"))
            val.setObjectName(f"figure_{r}")
            val.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.figures_grid.addWidget(val, r, 1)
        for i in range(self.figures_grid.count()):
            self.figures_grid.itemAt(i).widget().show()
        t = self.tables
        _fill(t["measures"], [[text_item(m.code), text_item(f"T{m.thematic_number}"),
                               text_item(f"{format_money(m.share, lang, currency=False)} %"),
                               _measure_item(m, lang)] for m in d.measures])
        _fill(t["opinions"], [[text_item(label(o.kind)), text_item(format_date(o.date)), text_item(o.reference)]
                              for o in d.opinions])
        _fill(t["commitments"], [[text_item(format_date(c.date)), money_item(c.amount, lang), text_item(c.reference)]
                                 for c in d.commitments])
        _fill(t["amendments"], [[text_item(format_date(a.date)), money_item(a.amount_delta, lang),
                                 text_item(f"{format_date(a.new_period_start)} – {format_date(a.new_period_end)}"
                                           if a.new_period_start or a.new_period_end else ""),
                                 text_item(a.decision_ref), text_item(a.reason)] for a in d.amendments])
        _fill(t["payments"], [[text_item(format_date(p.date), p.id), text_item(label(p.kind)), money_item(p.amount, lang),
                               text_item(label(p.status)), text_item(p.prepared_by), text_item(p.approved_by),
                               text_item(p.reference or _comm(p.communication))] for p in d.payments])
        _fill(t["justifications"], [[text_item(format_date(j.received_on)), text_item(format_date(j.checked_on)),
                                     text_item(QCoreApplication.translate("Forms", "Yes") if j.admissible else QCoreApplication.translate("Forms", "No")), money_item(j.claimed, lang),
                                     money_item(j.accepted, lang),
                                     text_item(", ".join(label(x.category) for x in j.lines))] for j in d.justifications])
        _fill(t["claims"], [[text_item(format_date(c.date), c.id), money_item(c.amount, lang),
                             money_item(c.outstanding, lang), text_item(_comm(c.communication)),
                             text_item(format_date(c.due_date)), text_item(label(c.status)),
                             text_item(str(c.reminders_sent))] for c in d.claims])
        _fill(t["indicators"], [[text_item(i.measure, i.id), text_item(i.name), text_item(i.unit),
                                 _quantity_item(i.target, lang), _quantity_item(i.achieved, lang),
                                 text_item(i.source), text_item(i.comment)] for i in d.indicators])
        _fill(t["sent"], [[text_item(format_date(x.date), x.id), text_item(letter_label(x.kind)), text_item(x.lang.upper()),
                           text_item(x.recipient), text_item(x.file_name), text_item(x.user), text_item(x.sha256)]
                          for x in d.sent])
        self._update_indicator_buttons()
        counts = {"measures": len(d.measures), "opinions": len(d.opinions), "commitments": len(d.commitments),
                  "amendments": len(d.amendments), "payments": len(d.payments),
                  "justifications": len(d.justifications), "claims": len(d.claims), "indicators": len(d.indicators),
                  "sent": len(d.sent)}
        for i, key in enumerate(self.tables):
            base = self.tabs.tabText(i).split(" (")[0]
            self.tabs.setTabText(i, f"{base} ({counts[key]})")
        if d.open_claims:
            self.tabs.setCurrentWidget(t["claims"])
        elif d.prepared_payments:
            self.tabs.setCurrentWidget(t["payments"])

    @staticmethod
    def _edition_text(d: Any) -> str:
        """The grant's PGSP edition and, when it does not cover the grant's year, why it applies."""
        if not d.edition_code:
            return "—"
        if d.edition_basis == "assigned":
            return QCoreApplication.translate("Forms", "{edition} (assigned to {year} by the administration: no edition covers it)").format(
                edition=d.edition_code, year=d.year)
        if d.edition_basis == "nearest":
            return QCoreApplication.translate("Forms", "{edition} (the nearest edition: none covers {year})").format(
                edition=d.edition_code, year=d.year)
        return str(d.edition_code)

    # -- actions ----------------------------------------------------------------------------------
    def applicable(self) -> list[str]:
        """The workflow actions the lifecycle allows on this grant (the rules still check when tried)."""
        return applicable_actions(self.detail)

    def _update_actions(self) -> None:
        keys = set(self.applicable())
        for k, b in self.action_buttons.items():
            b.setVisible(k in keys)
            b.setEnabled(not self.read_only)
        self._update_letters()
        self.next_step.setText(self._next_step_text())
        self.next_step.setVisible(bool(self.next_step.text()))

    # -- letters ----------------------------------------------------------------------------------
    def letter_kinds(self) -> list[str]:
        """The letters the grant's status and records allow (services.letters decides)."""
        from grants.services.letters import allowed_kinds

        return allowed_kinds(self.detail) if self.detail is not None else []

    def _update_letters(self) -> None:
        kinds = self.letter_kinds()
        self.letter_menu.clear()
        for kind in kinds:
            action = self.letter_menu.addAction(letter_label(kind))
            action.setObjectName(f"letter_{kind}")
            action.triggered.connect(lambda _=False, k=kind: self.write_letter(k))
        self.letter_button.setVisible(bool(kinds))
        self.letter_button.setEnabled(not self.read_only)

    def choose_letter_file(self, kind: str) -> str:
        """Where to write the letter (a file dialog; "" when the user cancels)."""
        suggested = f"{kind}_{self.detail.ref}.docx"
        path, _ = QFileDialog.getSaveFileName(self, letter_label(kind), suggested,
                                              QCoreApplication.translate("Forms", "Word document (*.docx);;PDF (*.pdf)"))
        return path

    def write_letter(self, kind: str, path: str | None = None) -> Any:
        """Write the ``kind`` letter (asking where unless ``path``), off the GUI thread; the grant then
        shows it under Documents sent."""
        from grants.reports.letters import produce_letter

        from .. import errors
        from ..tasks import run_in_background

        target = path if path is not None else self.choose_letter_file(kind)
        if not target:
            return None
        if not target.lower().endswith((".docx", ".pdf")):
            target += ".docx"
        db, ref = self.ctx.db, self.detail.ref

        def done(result: Any) -> None:
            from ..tasks import Operation

            self.ctx.notify(Operation(result, frozenset({"grant"})))
            errors.show_information(self, letter_label(kind),
                                    QCoreApplication.translate("Forms", "Letter written: {path}").format(path=str(result.path)))

        return run_in_background(self, QCoreApplication.translate("Forms", "Writing the letter…"),
                                 lambda progress: produce_letter(db, ref, kind, target), done, cancellable=False)

    def _next_step_text(self) -> str:
        d = self.detail
        if d is None:
            return QCoreApplication.translate("Forms", "Fill in the draft and save it (Ctrl+S); then record the opinions and the decision.")
        st = d.status
        if d.prepared_payments:
            return QCoreApplication.translate("Forms", "A payment waits for approval by another person.")
        if d.open_claims:
            c = d.open_claims[0]
            return QCoreApplication.translate("Forms", "Recovery claim open: {amount} still due, to be paid back with the structured communication "
                      "{comm}.").format(amount=format_money(c.outstanding, self.lang), comm=_comm(c.communication))
        texts = {
            S.DRAFT: QCoreApplication.translate("Forms", "Next: record the opinions the amount requires ({missing}), then the decision.").format(
                missing=", ".join(label(k) for k in d.missing_opinions) or QCoreApplication.translate("Forms", "none")),
            S.DECIDED: QCoreApplication.translate("Forms", "Next: commit the grant on budget line {code}.").format(code=d.line_code),
            S.COMMITTED: QCoreApplication.translate("Forms", "Next: prepare the advance, or receive the justification."),
            S.ADVANCE_PAID: QCoreApplication.translate("Forms", "Next: receive the justification (deadline {date}).").format(
                date=format_date(d.justification_deadline)),
            S.JUSTIFIED: QCoreApplication.translate("Forms", "Next: settle the grant (balance {amount}).").format(
                amount=format_money(d.figures.balance, self.lang)),
            S.BALANCE_PAID: QCoreApplication.translate("Forms", "Next: close the grant."),
            S.RECOVERY: QCoreApplication.translate("Forms", "Next: follow the recovery claim."),
            S.CLOSED: QCoreApplication.translate("Forms", "This grant is closed."),
        }
        return texts.get(st, "")

    def _selected_payment(self) -> Any:
        d = self.detail
        t = self.tables["payments"]
        r = t.currentRow()
        if r >= 0 and t.item(r, 0) is not None:
            pid = t.item(r, 0).data(Qt.ItemDataRole.UserRole)
            for p in d.prepared_payments:
                if p.id == pid:
                    return p
        return d.prepared_payments[0] if d.prepared_payments else None

    def start(self, key: str) -> QDialog | None:
        """Open the dialog of a workflow action (window-modal); the form reloads when it ends."""
        from . import workflows as w

        if self.read_only or self.detail is None:
            return None
        if self.dirty and not self.may_leave():
            return None
        d = self.detail
        claim = d.open_claims[0] if d.open_claims else None
        makers = {
            "opinion": lambda: w.OpinionDialog(self.ctx, d, self),
            "decision": lambda: w.DecisionDialog(self.ctx, d, self),
            "commit": lambda: w.CommitDialog(self.ctx, d, self),
            "advance": lambda: w.PaymentDialog(self.ctx, d, PaymentKind.ADVANCE, self),
            "approve": lambda: w.ApproveDialog(self.ctx, self._selected_payment(), self, d.ref),
            "cancel_payment": lambda: w.CancelPaymentDialog(self.ctx, self._selected_payment(), self),
            "justification": lambda: w.JustificationDialog(self.ctx, d, self),
            "settle": lambda: w.SettleDialog(self.ctx, d, self),
            "refund": lambda: w.RefundDialog(self.ctx, claim, self),
            "remind": lambda: w.RemindDialog(self.ctx, claim, self),
            "cancel_claim": lambda: w.CancelClaimDialog(self.ctx, claim, self),
            "amend": lambda: w.AmendmentDialog(self.ctx, d, self),
            "cofunding": lambda: w.CofundingDialog(self.ctx, d, self),
            "close": lambda: w.CloseDialog(self.ctx, d, self),
            "renew": lambda: self._renew_dialog(d),
        }
        dialog = makers[key]()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_done)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_done(self, *_: Any) -> None:
        self.active_dialog = None
        if self.record_id is not None:
            self.load()

    # -- saving the draft -------------------------------------------------------------------------
    def submit(self) -> Write:
        from grants.services.grants import GrantInput, create_grant, update_draft

        p = Problems()
        beneficiary = combo_data(self.beneficiary)
        if beneficiary is None:
            p.add("beneficiary", QCoreApplication.translate("Forms", "Choose a beneficiary from the list"))
        line = self.budget_line.currentData()
        if line is None:
            p.add("budget_line", QCoreApplication.translate("Forms", "Choose a budget line"))
        title = p.text("title", self.title_edit, required=True)
        amount = p.money("amount", self.amount, required=True)
        start = p.date("period_start", self.period_start)
        end = p.date("period_end", self.period_end)
        deadline = p.date("justification_deadline", self.deadline)
        measures = self.measures.rows(p)
        advance_share = p.share("advance_share", self.advance_share)
        project_budget = p.money("project_budget", self.project_budget)
        cofunders = self.cofunders.rows(p)
        if any(code is None for code, _ in measures):
            p.add("measures", QCoreApplication.translate("Forms", "Choose a measure on every row, or remove the empty row"))
        p.raise_if_any()
        data = GrantInput(beneficiary_id=beneficiary, budget_line_id=line, title=title, amount=amount,  # type: ignore[arg-type]
                          measures=[(c, s) for c, s in measures if c], programme_id=self.programme.currentData(),
                          advance_share=advance_share or Decimal("0.00"), period_start=start, period_end=end,
                          justification_deadline=deadline,
                          required_documents=self.documents.toPlainText().strip() or None,
                          version=self.detail.version if self.detail is not None else None,
                          nature=GrantNature(self.nature.currentData()), project_budget=project_budget,
                          cofunders=cofunders)
        db, rid = self.ctx.db, self.record_id

        def work() -> int:
            if rid is None:
                return create_grant(db, data)
            update_draft(db, rid, data)
            return rid
        return work

    def after_save(self, result: Any) -> None:
        self.load()


def applicable_actions(detail: Any) -> list[str]:
    """Keys of the workflow actions to offer for a grant's detail (none before it is loaded)."""
    if detail is None:
        return []
    return [a.value for a in detail.actions if a.value in GrantForm._action_texts()]


def _comm(value: str | None) -> str:
    from grants.services.validators import format_communication

    return format_communication(value) if value else ""


def _quantity_item(value: Any, lang: str) -> QTableWidgetItem:
    """A target or achieved figure: a number the Belgian way (no currency), blank when unknown."""
    item = text_item("" if value is None else format_money(value, lang, currency=False).removesuffix(",00").removesuffix(".00"))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _key(text: str) -> QLabel:
    lab = QLabel(text)
    lab.setStyleSheet("color: #555;")
    return lab


def _val(text: str) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


def _clear(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget()
        if w is not None:
            w.hide()
            w.setParent(None)
            w.deleteLater()


def _fill(table: QTableWidget, rows: list[list[Any]]) -> None:
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, items in enumerate(rows):
        for c, item in enumerate(items):
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


__all__ = ["GrantForm", "MeasuresEditor", "RecoveryStatus"]


def letter_label(kind: str) -> str:
    """The name of a kind of letter, in the user's language."""
    return {
        "decision": QCoreApplication.translate("Forms", "Decision (arrêté)"),
        "convention": QCoreApplication.translate("Forms", "Convention"),
        "notification": QCoreApplication.translate("Forms", "Notification"),
        "advance": QCoreApplication.translate("Forms", "Advance payment notice"),
        "balance": QCoreApplication.translate("Forms", "Balance payment notice"),
        "reminder": QCoreApplication.translate("Forms", "Reminder"),
        "recovery": QCoreApplication.translate("Forms", "Recovery claim letter"),
        "closure": QCoreApplication.translate("Forms", "Closure letter"),
    }.get(kind, kind)


def _measure_item(m: Any, lang: str) -> Any:
    """A measure's description in ``lang``; a Dutch working translation says so in its tooltip."""
    working = lang == "nl" and bool(m.description_nl) and m.description_nl_working
    desc = m.description_nl if lang == "nl" and m.description_nl else m.description_fr
    item = text_item(desc)
    item.setToolTip(f"{desc}\n\n{working_note()}" if working else desc)
    return item
