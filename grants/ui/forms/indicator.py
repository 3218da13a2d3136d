"""An indicator of a grant: what the project achieved against its target, under one of the
grant's PGSP measures (the figures of the annual report's PGSP chapter)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from .base import ActionDialog, MoneyEdit, Problems, Write, set_combo


class IndicatorDialog(ActionDialog):
    """Add an indicator to a grant (``indicator`` None) or change one."""

    entity = "grant"

    def __init__(self, ctx: Any, grant: Any, indicator: Any = None, parent: QWidget | None = None):
        new = indicator is None
        title = (QCoreApplication.translate("Forms", "Add an indicator") if new
                 else QCoreApplication.translate("Forms", "Change the indicator"))
        action = (QCoreApplication.translate("Forms", "Add the indicator") if new
                  else QCoreApplication.translate("Forms", "Save the indicator"))
        explanation = QCoreApplication.translate(
            "Forms", "A key figure of the project under one of the grant's PGSP measures: "
                     "the target, and what was achieved as the activity report says.")
        super().__init__(ctx, parent, title=title, action_text=action, explanation=explanation)
        self.grant = grant
        self.indicator = indicator
        self.subtitle_label.setText(f"{grant.ref} · {grant.title}")
        self.measure = QComboBox(self)
        self.measure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.measure.setMinimumContentsLength(40)
        for m in grant.measures:
            desc = m.description_nl if self.lang == "nl" and m.description_nl else m.description_fr
            short = desc if len(desc) <= 70 else desc[:69] + "…"
            self.measure.addItem(f"{m.code} · {short}", m.code)
        form = self.form
        self.add_field(form, "measure", QCoreApplication.translate("Forms", "PGSP measure"), self.measure,
                       required=True)
        self.name = self.add_field(form, "name", QCoreApplication.translate("Forms", "Indicator"), QLineEdit(self),
                                   required=True)
        self.name.setPlaceholderText(QCoreApplication.translate("Forms", "e.g. People accompanied"))
        self.unit = self.add_field(form, "unit", QCoreApplication.translate("Forms", "Unit"), QLineEdit(self))
        self.unit.setPlaceholderText(QCoreApplication.translate("Forms", "e.g. people, kg, activities"))
        self.target = self.add_field(form, "target", QCoreApplication.translate("Forms", "Target"),
                                     MoneyEdit(self, self.lang, allow_negative=True))
        self.achieved = self.add_field(form, "achieved", QCoreApplication.translate("Forms", "Achieved"),
                                       MoneyEdit(self, self.lang, allow_negative=True))
        self.source = self.add_field(form, "source", QCoreApplication.translate("Forms", "Source"), QLineEdit(self))
        self.source.setPlaceholderText(QCoreApplication.translate("Forms", "e.g. activity report 2024"))
        self.comment = self.add_field(form, "comment", QCoreApplication.translate("Forms", "Comment"),
                                      QPlainTextEdit(self))
        self.comment.setMaximumHeight(80)
        if indicator is not None:
            with self.loading():
                set_combo(self.measure, indicator.measure)
                self.name.setText(indicator.name)
                self.unit.setText(indicator.unit or "")
                self.target.set_value(indicator.target)
                self.achieved.set_value(indicator.achieved)
                self.source.setText(indicator.source or "")
                self.comment.setPlainText(indicator.comment or "")
            self.dirty = False
        self.finish()

    def submit(self) -> Write:
        from grants.services.indicators import IndicatorInput, save_indicator

        p = Problems()
        name = p.text("name", self.name, required=True)
        # a negative figure is refused by the rule (checks.check_indicator), naming the figure
        target = p.money("target", self.target)
        achieved = p.money("achieved", self.achieved)
        p.raise_if_any()
        data = IndicatorInput(measure=self.measure.currentData(), name=name, unit=self.unit.text(), target=target,
                              achieved=achieved, source=self.source.text(), comment=self.comment.toPlainText())
        db, gid, iid = self.ctx.db, self.grant.id, None if self.indicator is None else self.indicator.id
        return lambda: save_indicator(db, gid, data, iid)
