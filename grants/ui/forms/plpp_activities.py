"""The activities of a commune's local plan (the grant form's "Activities" tab on a PLPP grant):
title, PGSP thematic and the staff the plan funds (gardiens de la paix, street educators, mediators)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from .base import ActionDialog, Write, read_table, set_combo, text_item
from .buttons import TableButtons


def _count_item(n: int) -> Any:
    item = text_item(str(n))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ActivityDialog(ActionDialog):
    """Add an activity to a local plan (``activity`` None) or change one."""

    entity = "grant"

    def __init__(self, ctx: Any, grant_id: int, grant_ref: str, thematics: Any, activity: Any = None,
                 parent: QWidget | None = None):
        new = activity is None
        super().__init__(
            ctx, parent,
            title=(QCoreApplication.translate("Forms", "Add an activity") if new
                   else QCoreApplication.translate("Forms", "Change the activity")),
            action_text=(QCoreApplication.translate("Forms", "Add the activity") if new
                         else QCoreApplication.translate("Forms", "Save the activity")),
            explanation=QCoreApplication.translate(
                "Forms", "An activity of the commune's local plan: the PGSP thematic it serves and the staff "
                         "the plan funds for it (counted by thematic in the PGSP implementation report)."))
        self.grant_id = grant_id
        self.activity = activity
        self.subtitle_label.setText(grant_ref)
        self.title_edit = self.add_field(self.form, "title", QCoreApplication.translate("Forms", "Title"),
                                         QLineEdit(self), required=True)
        self.title_edit.setMaxLength(200)
        self.thematic = QComboBox(self)
        for number, fr, nl in thematics:
            self.thematic.addItem(f"T{number} · {nl if self.lang == 'nl' else fr}", number)
        self.add_field(self.form, "thematic", QCoreApplication.translate("Forms", "PGSP thematic"), self.thematic,
                       required=True)
        self.staff: dict[str, QSpinBox] = {}
        for key, text in (("peace_guardians", QCoreApplication.translate("Forms", "Peace guardians")),
                          ("street_educators", QCoreApplication.translate("Forms", "Street educators")),
                          ("mediators", QCoreApplication.translate("Forms", "Mediators"))):
            box = QSpinBox(self)
            box.setRange(0, 9999)
            self.staff[key] = self.add_field(self.form, key, text, box)
        if activity is not None:
            with self.loading():
                self.title_edit.setText(activity.title)
                set_combo(self.thematic, activity.thematic)
                for key, box in self.staff.items():
                    box.setValue(getattr(activity, key))
            self.dirty = False
        self.finish()

    def submit(self) -> Write:
        from grants.services.plpp import ActivityInput, save_activity

        data = ActivityInput(self.title_edit.text(), self.thematic.currentData(),
                             *(self.staff[k].value() for k in ("peace_guardians", "street_educators", "mediators")))
        db, gid, aid = self.ctx.db, self.grant_id, None if self.activity is None else self.activity.id
        return lambda: save_activity(db, gid, data, aid)


class ActivitiesPanel(QWidget):
    """The local plan's activities: title, thematic, staff; Add…, Change…, Remove."""

    def __init__(self, form: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form
        self.ctx = form.ctx
        self.grant_id: int | None = None
        self.grant_ref = ""
        self.view: Any = None
        self.active_dialog: QDialog | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table: QTableWidget = read_table([
            QCoreApplication.translate("Forms", "Activity"), QCoreApplication.translate("Forms", "Thematic"),
            QCoreApplication.translate("Forms", "Peace guardians"),
            QCoreApplication.translate("Forms", "Street educators"), QCoreApplication.translate("Forms", "Mediators")],
            self)
        self.table.setObjectName("table_activities")
        lay.addWidget(self.table, 1)
        self.buttons = TableButtons(self.table, self, on_double_click=self.edit)
        chosen = lambda: self.selected() is not None and not self.read_only  # noqa: E731
        self.add_button = self.buttons.add(
            "add_activity", QCoreApplication.translate("Forms", "Add an activity…"), self.add,
            lambda: self.view is not None and self.view.is_plpp and not self.read_only)
        self.edit_button = self.buttons.add(
            "edit_activity", QCoreApplication.translate("Forms", "Change the activity…"), self.edit, chosen)
        self.remove_button = self.buttons.add(
            "remove_activity", QCoreApplication.translate("Forms", "Remove the activity"), self.remove, chosen)
        lay.addWidget(self.buttons)
        self._update_buttons()

    @property
    def read_only(self) -> bool:
        return bool(self.form.read_only)

    @property
    def rows(self) -> tuple[Any, ...]:
        return self.view.rows if self.view is not None else ()

    def set_grant(self, grant_id: int | None, ref: str = "") -> None:
        self.grant_id, self.grant_ref = grant_id, ref
        self.reload()

    def reload(self) -> None:
        from grants.services.plpp import plan_activities

        self.view = None if self.grant_id is None else plan_activities(self.ctx.db, self.grant_id)
        names = {n: (nl if self.form.lang == "nl" else fr) for n, fr, nl in (self.view.thematics if self.view else ())}
        self.table.setRowCount(len(self.rows))
        for i, a in enumerate(self.rows):
            th = text_item(f"T{a.thematic} · {names.get(a.thematic, '')}")
            th.setToolTip(names.get(a.thematic, ""))
            for j, item in enumerate((text_item(a.title, a.id), th, _count_item(a.peace_guardians),
                                      _count_item(a.street_educators), _count_item(a.mediators))):
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> Any:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None or not item.isSelected():
            return None
        aid = item.data(Qt.ItemDataRole.UserRole)
        return next((a for a in self.rows if a.id == aid), None)

    def _update_buttons(self) -> None:
        self.buttons.refresh()

    def _open(self, dialog: ActivityDialog) -> ActivityDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload)
        dialog.finished.connect(self._dialog_done)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_done(self, *_: Any) -> None:
        self.active_dialog = None

    def add(self) -> ActivityDialog | None:
        if self.read_only or self.grant_id is None or self.view is None or not self.view.is_plpp:
            return None
        return self._open(ActivityDialog(self.ctx, self.grant_id, self.grant_ref, self.view.thematics, None, self))

    def edit(self) -> ActivityDialog | None:
        chosen = self.selected()
        if self.read_only or chosen is None or self.grant_id is None:
            return None
        return self._open(ActivityDialog(self.ctx, self.grant_id, self.grant_ref, self.view.thematics, chosen, self))

    def remove(self, confirm: bool = True) -> bool:
        from grants.services.plpp import remove_activity

        chosen = self.selected()
        if self.read_only or chosen is None:
            return False
        if confirm:
            question = QCoreApplication.translate("Forms", "Remove the activity {title} of grant {ref}?")
            answer = QMessageBox.question(self, QCoreApplication.translate("Forms", "Remove the activity"),
                                          question.format(title=chosen.title, ref=self.grant_ref))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        db, aid = self.ctx.db, chosen.id
        if self.form.write(lambda: remove_activity(db, aid), changed=["grant"]) is None:
            return False
        self.reload()
        return True
