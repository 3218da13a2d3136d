"""Programmes and calls for projects: the call, its applications, admissibility, the scoring grid,
the selection, and turning the selected applications into draft grants."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)
from shiboken6 import isValid

from grants.i18n import format_date, format_money
from grants.models.enums import ProgrammeKind

from .base import (
    ActionDialog,
    DateEdit,
    FormDialog,
    Forms,
    MoneyEdit,
    Problems,
    ShareEdit,
    Write,
    money_item,
    read_table,
    section,
    set_combo,
    text_item,
)
from .grant import combo_data, searchable
from .labels import label, yes_no


class ProgrammeForm(FormDialog):
    entity = "programme"

    def __init__(self, ctx: Any, programme_id: int | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "New programme or call") if programme_id is None else QCoreApplication.translate("Forms", "Programme"))
        self.record_id = programme_id
        self.detail: Any = None
        self.active_dialog: QDialog | None = None
        form = self.new_form()
        self.ref = self.add_field(form, "ref", QCoreApplication.translate("Forms", "Reference"), QLineEdit(self),
                                  help=QCoreApplication.translate("Forms", "Left empty, a reference is given (P-2024-001)"))
        self.title_edit = self.add_field(form, "title", QCoreApplication.translate("Forms", "Title"), QLineEdit(self), required=True)
        self.kind = QComboBox(self)
        for k in ProgrammeKind:
            self.kind.addItem(label(k), k.value)
        self.add_field(form, "kind", QCoreApplication.translate("Forms", "Kind"), self.kind, required=True)
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setValue(dt.date.today().year)
        self.add_field(form, "year", QCoreApplication.translate("Forms", "Year"), self.year, required=True)
        self.envelope = self.add_field(form, "envelope", QCoreApplication.translate("Forms", "Envelope"), MoneyEdit(self, self.lang))
        self.opens = self.add_field(form, "opens", QCoreApplication.translate("Forms", "Call opens"), DateEdit(self))
        self.closes = self.add_field(form, "closes", QCoreApplication.translate("Forms", "Call closes"), DateEdit(self))

        self.apps_title = section(QCoreApplication.translate("Forms", "Applications"), self)
        self.body.addWidget(self.apps_title)
        self.apps = read_table([QCoreApplication.translate("Forms", "Reference"), QCoreApplication.translate("Forms", "Applicant"), QCoreApplication.translate("Forms", "Project"), QCoreApplication.translate("Forms", "Requested"), QCoreApplication.translate("Forms", "Received on"),
                                QCoreApplication.translate("Forms", "Admissible"), QCoreApplication.translate("Forms", "Score /30"), QCoreApplication.translate("Forms", "Rank"), QCoreApplication.translate("Forms", "Selected"), QCoreApplication.translate("Forms", "Grant")], self)
        self.apps.setObjectName("applications")
        self.apps.setMinimumHeight(180)
        self.apps.itemDoubleClicked.connect(lambda *_: self.open_application())
        self.body.addWidget(self.apps, 1)
        self.totals = QLabel("", self)
        self.totals.setObjectName("applicationTotals")
        self.body.addWidget(self.totals)
        row = QHBoxLayout()
        self.app_buttons: dict[str, QPushButton] = {}
        for key, text in (("register", QCoreApplication.translate("Forms", "Register an application…")), ("admissibility", QCoreApplication.translate("Forms", "Admissibility…")),
                          ("score", QCoreApplication.translate("Forms", "Scoring grid…")), ("to_grants", QCoreApplication.translate("Forms", "Turn the selected into grants…")),
                          ("open", QCoreApplication.translate("Forms", "Open the application"))):
            b = QPushButton(text, self)
            b.setObjectName(f"action_{key}")
            b.setAutoDefault(False)
            b.clicked.connect(lambda _=False, k=key: self.start(k))
            row.addWidget(b)
            self.app_buttons[key] = b
            if key != "open":
                self.edit_controls.append(b)
        self.letters_button = QPushButton(QCoreApplication.translate("Forms", "Letters to all…"), self)
        self.letters_button.setObjectName("letters")
        self.letters_button.setAutoDefault(False)
        self.letters_button.setToolTip(QCoreApplication.translate("Forms", "One letter per beneficiary of the programme's grants, in a folder, with an index workbook"))
        self.letters_menu = QMenu(self.letters_button)
        self.letters_menu.setObjectName("lettersMenu")
        #: for each kind of letter, the programme's grants whose status allows it (read in the task runner)
        self.letter_grants: dict[str, list[str]] = {}
        self._letters_generation = 0
        self._fill_letters_menu()
        self.letters_button.setMenu(self.letters_menu)
        row.addWidget(self.letters_button)
        self.edit_controls.append(self.letters_button)
        row.addStretch(1)
        self.app_row = QWidget(self)
        self.app_row.setLayout(row)
        self.body.addWidget(self.app_row)
        from .waiting import WaitingPanel

        self.waiting = WaitingPanel(self, self)  # selected, not granted: the reason, and "Grant now…"
        self.waiting.hide()
        self.body.addWidget(self.waiting)

        self.save_button = self.add_button(QCoreApplication.translate("Forms", "Save"), self.save, role=QDialogButtonBox.ButtonRole.AcceptRole, name="save")
        self.save_button.setToolTip(QCoreApplication.translate("Forms", "Ctrl+S"))
        self.add_button(QCoreApplication.translate("Forms", "Close"), self.reject, role=QDialogButtonBox.ButtonRole.RejectRole, edit=False, name="close")
        ctx.changed.connect(self._data_changed)
        self.load()
        self.resize(1000, 680)
        self.finish()
        self.resize(max(self.width(), 1000), max(self.height(), 640))

    def _data_changed(self, _op: Any) -> None:
        if self.record_id is not None and not self.dirty and self.isVisible():
            self.load()

    def load(self) -> None:
        from grants.services.records import programme_detail

        saved = self.record_id is not None
        for w in (self.apps_title, self.apps, self.totals, self.app_row):
            w.setVisible(saved)
        if not saved:
            self.waiting.hide()
            return
        d = self.detail = programme_detail(self.ctx.db, self.record_id)
        self._load_letter_kinds(d.ref)
        with self.loading():
            self.ref.setText(d.ref)
            self.ref.setReadOnly(True)
            self.title_edit.setText(d.title)
            set_combo(self.kind, d.kind.value)
            self.year.setValue(d.year)
            self.envelope.set_value(d.envelope)
            self.opens.set_value(d.opens)
            self.closes.set_value(d.closes)
        self.dirty = False
        self.waiting.set_programme(d.id, d.year)
        self.title_label.setText(d.title)
        self.subtitle_label.setText(f"<b>{d.ref}</b> · {label(d.kind)} · {d.year}")
        self.setWindowTitle(f"{QCoreApplication.translate('Forms', 'Programme')} {d.ref}")
        lang = self.lang
        self.apps.setRowCount(len(d.applications))
        for r, a in enumerate(d.applications):
            items = [text_item(a.ref, a.id), text_item(a.beneficiary_name(lang)), text_item(a.title),
                     money_item(a.requested_amount, lang), text_item(format_date(a.received_on)),
                     text_item(yes_no(a.admissible)),
                     money_item(None, lang), text_item(a.rank or ""), text_item(yes_no(a.selected)),
                     text_item(a.grant_ref or "")]
            if a.total is not None:
                items[6].setText(format_money(a.total, lang, currency=False))
            for c, it in enumerate(items):
                self.apps.setItem(r, c, it)
        self.apps.resizeColumnsToContents()
        self.apps.horizontalHeader().setStretchLastSection(True)
        env = format_money(d.envelope, lang) if d.envelope is not None else "—"
        self.totals.setText(Forms.tr(
            "%n application(s) · requested {requested} · selected {selected} · envelope {envelope}", None,
            len(d.applications)).format(requested=format_money(d.requested, lang),
                                    selected=format_money(d.selected_amount, lang), envelope=env))

    def _fill_letters_menu(self) -> None:
        """The kinds the grants' status allows, each with how many letters it writes; before the
        grants are read, every kind (the reminders due are the work lists')."""
        from grants.services.letters import KINDS

        from .grant import letter_label

        self.letters_menu.clear()
        for kind in KINDS:
            if kind == "reminder" or (self.letter_grants and kind not in self.letter_grants):
                continue
            n = len(self.letter_grants.get(kind, []))
            action = self.letters_menu.addAction(f"{letter_label(kind)} ({n})" if n else letter_label(kind))
            action.setObjectName(f"letters_{kind}")
            action.triggered.connect(lambda _=False, k=kind: self.write_letters(k))

    def _load_letter_kinds(self, ref: str) -> None:
        from grants.services.letters import programme_letters

        from ..tasks import load_in_background

        self._letters_generation += 1
        generation, db = self._letters_generation, self.ctx.db

        def done(found: Any) -> None:
            if generation == self._letters_generation and isValid(self):
                self.letter_grants = dict(found)
                self._fill_letters_menu()

        load_in_background(self, lambda: programme_letters(db, ref), done)

    def choose_letters_folder(self) -> str:
        """The folder the letters go to (a folder dialog; "" when the user cancels)."""
        return QFileDialog.getExistingDirectory(self, QCoreApplication.translate("Forms", "Letters to all…"))

    def write_letters(self, kind: str, folder: str | None = None) -> Any:
        """One ``kind`` letter per beneficiary of the programme, with index.xlsx, off the GUI thread
        (progress, Cancel: nothing written nor recorded)."""
        from grants.reports.letters import produce_batch

        from .. import errors
        from ..tasks import run_in_background

        target = folder if folder is not None else self.choose_letters_folder()
        if not target or self.detail is None:
            return None
        db, ref = self.ctx.db, self.detail.ref
        grants = self.letter_grants.get(kind) or None  # not read yet: every grant of the programme

        def done(result: Any) -> None:
            from ..tasks import Operation

            self.ctx.notify(Operation(result, frozenset({"grant"})))
            errors.show_information(self, QCoreApplication.translate("Forms", "Letters to all…"), QCoreApplication.translate(
                "Forms", "Letters written: {n}, in {folder}").format(n=len(result), folder=target))

        return run_in_background(self, QCoreApplication.translate("Forms", "Writing the letters…"),
                                 lambda progress: produce_batch(db, kind, target, programme=ref, progress=progress, grants=grants),
                                 done, cancellable=True)

    def selected_application(self) -> Any:
        r = self.apps.currentRow()
        if r < 0 or self.detail is None:
            return None
        aid = self.apps.item(r, 0).data(Qt.ItemDataRole.UserRole)
        return next((a for a in self.detail.applications if a.id == aid), None)

    def new_item(self) -> None:
        if self.record_id is not None and not self.read_only:
            self.start("register")

    def open_application(self) -> None:
        a = self.selected_application()
        if a is not None:
            from . import open_record

            open_record(self.ctx, "application", a.id, self)

    def start(self, key: str) -> QDialog | None:
        if key == "open":
            self.open_application()
            return None
        if self.read_only or self.record_id is None:
            return None
        if key == "register":
            dlg: QDialog = RegisterApplicationDialog(self.ctx, self.record_id, self)
        elif key == "admissibility":
            a = self.selected_application()
            if a is None:
                self.error_box.setText(QCoreApplication.translate("Forms", "Select an application in the list first."))
                self.error_box.show()
                return None
            dlg = AdmissibilityDialog(self.ctx, a, self)
        elif key == "score":
            dlg = ScoringDialog(self.ctx, self.record_id, self)
        else:
            dlg = ToGrantsDialog(self.ctx, self.detail, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda *_: self.load())
        self.active_dialog = dlg
        dlg.open()
        return dlg

    def submit(self) -> Write:
        from grants.services.programmes import ProgrammeInput, save_programme

        p = Problems()
        title = p.text("title", self.title_edit, required=True)
        envelope = p.money("envelope", self.envelope)
        opens = p.date("opens", self.opens)
        closes = p.date("closes", self.closes)
        p.raise_if_any()
        data = ProgrammeInput(title=title, kind=self.kind.currentData(), year=self.year.value(), envelope=envelope,
                              opens=opens, closes=closes,
                              ref=(self.ref.text().strip() or None) if self.record_id is None else None)
        db, rid = self.ctx.db, self.record_id
        return lambda: save_programme(db, data, rid)

    def after_save(self, result: Any) -> None:
        self.load()


class RegisterApplicationDialog(ActionDialog):
    entity = "application"
    aliases = {"beneficiary": "beneficiary"}

    def __init__(self, ctx: Any, programme_id: int | None, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Register an application"), action_text=QCoreApplication.translate("Forms", "Register"))
        from grants.services import records

        self.programme = QComboBox(self)
        for o in records.programme_options(ctx.db):
            self.programme.addItem(o.label, o.id)
        set_combo(self.programme, programme_id)
        self.add_field(self.form, "programme", QCoreApplication.translate("Forms", "Call"), self.programme, required=True)
        self.beneficiary = searchable(QComboBox(self))
        for b in records.beneficiary_options(ctx.db):
            self.beneficiary.addItem(f"{b.name(self.lang)} ({b.ref})", b.id)
        self.beneficiary.setCurrentIndex(-1)
        self.add_field(self.form, "beneficiary", QCoreApplication.translate("Forms", "Applicant"), self.beneficiary, required=True)
        self.title_edit = self.add_field(self.form, "title", QCoreApplication.translate("Forms", "Project"), QLineEdit(self), required=True)
        self.amount = self.add_field(self.form, "requested_amount", QCoreApplication.translate("Forms", "Requested amount"), MoneyEdit(self, self.lang),
                                     required=True)
        self.received_on = self.add_field(self.form, "received_on", QCoreApplication.translate("Forms", "Received on"), DateEdit(self), required=True)
        self.received_on.set_value(dt.date.today())
        self.measures = self.add_field(self.form, "measures", QCoreApplication.translate("Forms", "PGSP measures"), QLineEdit(self),
                                       help=QCoreApplication.translate("Forms", "Codes separated by ';', each with its share if not equal: 1.4:60; 2.1:40"))
        self.measures.setPlaceholderText("1.4:60; 2.1:40")
        self.finish()

    def submit(self) -> Write:
        from grants.services.programmes import register_application

        p = Problems()
        prog = self.programme.currentData()
        if prog is None:
            p.add("programme", QCoreApplication.translate("Forms", "Choose a call"))
        ben = combo_data(self.beneficiary)
        if ben is None:
            p.add("beneficiary", QCoreApplication.translate("Forms", "Choose a beneficiary from the list"))
        title = p.text("title", self.title_edit, required=True)
        amount = p.money("requested_amount", self.amount, required=True)
        received = p.date("received_on", self.received_on, required=True)
        p.raise_if_any()
        db, measures = self.ctx.db, self.measures.text().strip() or None
        return lambda: register_application(db, prog, ben, title, amount, received, measures)  # type: ignore[arg-type]


class AdmissibilityDialog(ActionDialog):
    entity = "application"

    def __init__(self, ctx: Any, application: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Admissibility"), action_text=QCoreApplication.translate("Forms", "Record"),
                         explanation=QCoreApplication.translate("Forms", "An application that is not admissible is not scored; say why."))
        self.application = application
        self.subtitle_label.setText(f"{application.ref} · {application.title}")
        self.admissible = QComboBox(self)
        self.admissible.addItem(QCoreApplication.translate("Forms", "Admissible"), True)
        self.admissible.addItem(QCoreApplication.translate("Forms", "Not admissible"), False)
        set_combo(self.admissible, False if application.admissible is False else True)
        self.add_field(self.form, "admissible", QCoreApplication.translate("Forms", "Decision"), self.admissible)
        self.note = self.add_field(self.form, "admissibility_note", QCoreApplication.translate("Forms", "Reason"), QPlainTextEdit(self))
        self.note.setFixedHeight(60)
        self.note.setPlainText(application.admissibility_note or "")
        self.finish()

    def submit(self) -> Write:
        from grants.services.programmes import set_admissibility

        db, aid = self.ctx.db, self.application.id
        admissible, note = bool(self.admissible.currentData()), self.note.toPlainText().strip() or None

        def work() -> int:
            set_admissibility(db, aid, admissible, note)
            return int(aid)
        return work


class ScoringDialog(FormDialog):
    """The scoring grid: relevance, efficiency, effectiveness (0-10), total and rank, live;
    the selection ticked in the same grid. Each application is saved (and checked) on its own."""

    entity = "application"
    COLS = [("ref", 0), ("applicant", 1), ("requested", 2), ("relevance", 3), ("efficiency", 4),
            ("effectiveness", 5), ("total", 6), ("rank", 7), ("selected", 8)]

    def __init__(self, ctx: Any, programme_id: int, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Scoring grid"))
        from grants.services.records import programme_detail

        self.setModal(True)
        self.detail = programme_detail(ctx.db, programme_id)
        self.subtitle_label.setText(f"{self.detail.ref} · {self.detail.title} · "
                                    + QCoreApplication.translate("Forms", "admissible applications, scores from 0 to 10"))
        self.rows = [a for a in self.detail.applications if a.admissible]
        self.table = QTableWidget(len(self.rows), 9, self)
        self.table.setObjectName("grid")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Forms", "Reference"), QCoreApplication.translate("Forms", "Applicant"), QCoreApplication.translate("Forms", "Requested"), QCoreApplication.translate("Forms", "Relevance"),
                                              QCoreApplication.translate("Forms", "Efficiency"), QCoreApplication.translate("Forms", "Effectiveness"), QCoreApplication.translate("Forms", "Total"), QCoreApplication.translate("Forms", "Rank"),
                                              QCoreApplication.translate("Forms", "Selected")])
        self.table.verticalHeader().setVisible(False)
        self.spins: list[tuple[QDoubleSpinBox, QDoubleSpinBox, QDoubleSpinBox]] = []
        self.checks: list[QCheckBox] = []
        for r, a in enumerate(self.rows):
            self.table.setItem(r, 0, text_item(a.ref, a.id))
            self.table.setItem(r, 1, text_item(a.beneficiary_name(self.lang)))
            self.table.setItem(r, 2, money_item(a.requested_amount, self.lang))
            spins = []
            for c, value in ((3, a.score_relevance), (4, a.score_efficiency), (5, a.score_effectiveness)):
                sp = QDoubleSpinBox(self.table)
                sp.setRange(0, 10)
                sp.setDecimals(1)
                sp.setSingleStep(0.5)
                sp.setObjectName(f"score_{r}_{c}")
                sp.setValue(float(value) if value is not None else 0)
                sp.valueChanged.connect(self._recompute)
                sp.valueChanged.connect(self.mark_dirty)
                self.table.setCellWidget(r, c, sp)
                spins.append(sp)
                self.edit_controls.append(sp)
            self.spins.append(tuple(spins))  # type: ignore[arg-type]
            self.table.setItem(r, 6, money_item(None, self.lang))
            self.table.setItem(r, 7, text_item(""))
            cb = QCheckBox(self.table)
            cb.setObjectName(f"selected_{r}")
            cb.setChecked(bool(a.selected))
            cb.toggled.connect(self.mark_dirty)
            cb.toggled.connect(self._recompute)
            self.table.setCellWidget(r, 8, cb)
            self.checks.append(cb)
            self.edit_controls.append(cb)
        self.table.resizeColumnsToContents()
        for c in (3, 4, 5):
            self.table.setColumnWidth(c, 100)
        self.body.addWidget(self.table, 1)
        self.summary = QLabel("", self)
        self.body.addWidget(self.summary)
        if not self.rows:
            self.error_box.setText(QCoreApplication.translate("Forms", "No admissible application yet: record the admissibility first."))
            self.error_box.show()
        self.save_button = self.add_button(QCoreApplication.translate("Forms", "Save the scores"), self._save_and_close,
                                           role=QDialogButtonBox.ButtonRole.AcceptRole, name="save")
        self.add_button(QCoreApplication.translate("Forms", "Close"), self.reject, role=QDialogButtonBox.ButtonRole.RejectRole, edit=False, name="close")
        self._recompute()
        self._fit_grid()
        self.finish()

    def _fit_grid(self) -> None:
        """The grid shows every column (efficiency, effectiveness, total, rank, selection) and up to
        ten rows without scrolling sideways: the dialog is sized to it (finish() adjusts to content)."""
        t = self.table
        frame = 2 * t.frameWidth()
        widest_total = t.fontMetrics().horizontalAdvance(format_money(Decimal(30), self.lang, currency=False)) + 16
        for c in (6, 7):  # the totals and ranks, filled after the first sizing
            t.resizeColumnToContents(c)
        t.setColumnWidth(6, max(t.columnWidth(6), widest_total))
        columns = sum(t.columnWidth(c) for c in range(t.columnCount()))
        t.setMinimumWidth(columns + frame + t.verticalScrollBar().sizeHint().width())
        rows = sum(t.rowHeight(r) for r in range(min(t.rowCount(), 10)))
        t.setMinimumHeight(t.horizontalHeader().sizeHint().height() + max(rows, 3 * t.verticalHeader().defaultSectionSize()) + frame)

    def totals(self) -> list[Decimal]:
        return [sum((Decimal(f"{s.value():.1f}") for s in spins), Decimal(0)) for spins in self.spins]

    def _recompute(self, *_: Any) -> None:
        totals = self.totals()
        order = sorted(range(len(totals)), key=lambda i: totals[i], reverse=True)
        rank: dict[int, int] = {}
        for pos, i in enumerate(order):
            rank[i] = rank[order[pos - 1]] if pos and totals[i] == totals[order[pos - 1]] else pos + 1
        for r, t in enumerate(totals):
            self.table.item(r, 6).setText(format_money(t, self.lang, currency=False))
            self.table.item(r, 7).setText(str(rank[r]))
        chosen = sum((a.requested_amount for a, cb in zip(self.rows, self.checks, strict=True) if cb.isChecked()),
                     Decimal("0.00"))
        env = self.detail.envelope
        text = QCoreApplication.translate("Forms", "Selected: {amount}").format(amount=format_money(chosen, self.lang))
        if env is not None:
            text += " · " + QCoreApplication.translate("Forms", "envelope {envelope}, left {left}").format(
                envelope=format_money(env, self.lang), left=format_money(env - chosen, self.lang))
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b3261e;" if env is not None and chosen > env else "")

    def submit(self) -> Write:
        """The whole grid in one transaction: all scores and selections saved, or none."""
        from grants.services.programmes import GridRow, save_grid

        rows = [GridRow(a.id, *[Decimal(f"{s.value():.1f}") for s in spins], selected=cb.isChecked())
                for a, spins, cb in zip(self.rows, self.spins, self.checks, strict=True)]
        db, pid = self.ctx.db, self.detail.id

        def work() -> int:
            save_grid(db, pid, rows)
            return int(pid)
        return work

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()


class ToGrantsDialog(ActionDialog):
    entity = "grant"
    aliases = {"budget_line": "budget_line"}

    def __init__(self, ctx: Any, programme: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Turn the selected applications into grants"),
                         action_text=QCoreApplication.translate("Forms", "Create the draft grants"),
                         explanation=QCoreApplication.translate("Forms", "Each selected application becomes a draft grant of its requested amount, "
                                        "all together or none (credits, measures)."))

        self.programme = programme
        chosen = [a for a in programme.applications if a.selected and a.grant_id is None]
        self.subtitle_label.setText(Forms.tr("%n selected application(s) · {amount}", None, len(chosen)).format(
            amount=format_money(sum((a.requested_amount for a in chosen), Decimal("0.00")), self.lang)))
        self.line = QComboBox(self)
        self.line.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.line.setMinimumContentsLength(36)
        self.add_field(self.form, "budget_line", QCoreApplication.translate("Forms", "Budget line"), self.line, required=True)
        self.advance = self.add_field(self.form, "advance_share", QCoreApplication.translate("Forms", "Advance share"), ShareEdit(self, self.lang))
        self.advance.set_value(Decimal(80))
        self.start_date = self.add_field(self.form, "period_start", QCoreApplication.translate("Forms", "Period from"), DateEdit(self))
        self.end_date = self.add_field(self.form, "period_end", QCoreApplication.translate("Forms", "Period to"), DateEdit(self))
        self.deadline = self.add_field(self.form, "justification_deadline", QCoreApplication.translate("Forms", "Justification deadline"), DateEdit(self))
        year = programme.year
        self.start_date.set_value(dt.date(year, 1, 1))
        self.end_date.set_value(dt.date(year, 12, 31))
        self.deadline.set_value(dt.date(year + 1, 3, 31))
        self.grant_ids: list[int] = []
        self.new_line_button = self.add_button(QCoreApplication.translate("Forms", "Create the budget line…"),
                                               self._new_line, name="newBudgetLine")
        self._fill_lines()
        self.finish()

    def _fill_lines(self) -> None:
        """The year's budget lines; none: say so, and offer to create one (the action waits)."""
        from grants.services import records

        self.line.clear()
        for o in records.budget_line_options(self.ctx.db, self.programme.year):
            self.line.addItem(f"{o.code} · {o.label} — " + QCoreApplication.translate("Forms", "available {amount}").format(
                amount=format_money(o.available, self.lang)), o.id)
        missing = self.line.count() == 0
        self.new_line_button.setVisible(missing)
        self.ok_button.setEnabled(not missing and not self.read_only)
        if missing:
            self.error_box.setText(QCoreApplication.translate(
                "Forms", "There is no budget line for {year} yet: the grants need one. Create it "
                "(Create the budget line…), then choose it here.").format(year=self.programme.year))
            self.error_box.show()
        else:
            self.error_box.hide()

    def _new_line(self) -> None:
        from . import open_record

        form = open_record(self.ctx, "budget_line", None, self)
        if hasattr(form, "year"):
            form.year.setValue(self.programme.year)
            form.dirty = False
        form.saved.connect(lambda _id: self._fill_lines())

    def submit(self) -> Write:
        from grants.services.programmes import applications_to_grants

        p = Problems()
        line = self.line.currentData()
        if line is None:
            p.add("budget_line", QCoreApplication.translate("Forms", "Choose a budget line"))
        start = p.date("period_start", self.start_date)
        end = p.date("period_end", self.end_date)
        deadline = p.date("justification_deadline", self.deadline)
        advance = p.share("advance_share", self.advance, required=True)
        p.raise_if_any()
        assert advance is not None  # required: raise_if_any refused an empty share
        db, pid = self.ctx.db, self.programme.id

        def work() -> int:
            self.grant_ids = applications_to_grants(db, pid, line, advance, start, end, deadline)  # no widget
            return int(pid)
        return work


class ApplicationForm(FormDialog):
    """An application: a new one is registered; an existing one shows its facts and its
    admissibility (saved here); scores and selection are in the programme's grid."""

    entity = "application"

    def __init__(self, ctx: Any, application_id: int | None = None, parent: QWidget | None = None,
                 programme_id: int | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Application"))
        self.record_id = application_id
        self.inner: RegisterApplicationDialog | None = None
        if application_id is None:
            self.inner = RegisterApplicationDialog(ctx, programme_id, self)
            self.inner.setWindowFlags(Qt.WindowType.Widget)
            self.inner.saved.connect(self._registered)
            self.inner.rejected.connect(self.reject)
            self.body.addWidget(self.inner)
            self.title_label.setText(QCoreApplication.translate("Forms", "Register an application"))
            self.finish()
            return
        from grants.services.records import application_detail

        a = self.app = application_detail(ctx.db, application_id)
        self.title_label.setText(a.title)
        self.subtitle_label.setText(f"<b>{a.ref}</b> · {a.beneficiary_name(self.lang)}")
        self.setWindowTitle(f"{QCoreApplication.translate('Forms', 'Application')} {a.ref}")
        form = self.new_form()
        for k, v in ((QCoreApplication.translate("Forms", "Requested"), format_money(a.requested_amount, self.lang)),
                     (QCoreApplication.translate("Forms", "Received on"), format_date(a.received_on)), (QCoreApplication.translate("Forms", "PGSP measures"), a.measures or "—"),
                     (QCoreApplication.translate("Forms", "Scores"), "—" if a.total is None else
                      f"{a.score_relevance} / {a.score_efficiency} / {a.score_effectiveness} = {a.total}"),
                     (QCoreApplication.translate("Forms", "Rank"), str(a.rank or "—")), (QCoreApplication.translate("Forms", "Selected"), yes_no(a.selected)),
                     (QCoreApplication.translate("Forms", "Grant"), a.grant_ref or "—")):
            val = QLabel(v, self)
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(QLabel(k, self), val)
        self.admissible = QComboBox(self)
        self.admissible.addItem(QCoreApplication.translate("Forms", "Not decided"), None)
        self.admissible.addItem(QCoreApplication.translate("Forms", "Admissible"), True)
        self.admissible.addItem(QCoreApplication.translate("Forms", "Not admissible"), False)
        with self.loading():
            set_combo(self.admissible, a.admissible)
        self.add_field(form, "admissible", QCoreApplication.translate("Forms", "Admissibility"), self.admissible)
        self.note = self.add_field(form, "admissibility_note", QCoreApplication.translate("Forms", "Reason"), QPlainTextEdit(self))
        self.note.setFixedHeight(60)
        with self.loading():
            self.note.setPlainText(a.admissibility_note or "")
        self.save_button = self.add_button(QCoreApplication.translate("Forms", "Save"), self.save, role=QDialogButtonBox.ButtonRole.AcceptRole, name="save")
        self.add_button(QCoreApplication.translate("Forms", "Close"), self.reject, role=QDialogButtonBox.ButtonRole.RejectRole, edit=False, name="close")
        self.setMinimumWidth(560)
        self.finish()

    def _registered(self, rid: Any) -> None:
        self.record_id = rid
        self.saved.emit(rid)
        self.accept()

    def submit(self) -> Write:
        from grants.services.programmes import set_admissibility

        value = self.admissible.currentData()
        if value is None:
            from grants.services.errors import Problem, RuleError

            raise RuleError(Problem(QCoreApplication.translate("Forms", "Choose admissible or not admissible"), {}, "admissible"))
        db, rid, note = self.ctx.db, self.record_id, self.note.toPlainText().strip() or None

        def work() -> Any:
            set_admissibility(db, rid, bool(value), note)
            return rid
        return work
