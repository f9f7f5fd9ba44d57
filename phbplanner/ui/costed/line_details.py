"""The selected support line's other answers: outcomes served, notes, family in the household,
and the warnings a person can set aside with a reason."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.categories import category_label
from ...domain.plan import DismissedWarning, SupportLine
from ...domain.readiness import open_keyword_warnings
from ...domain.text import translate
from ...services.edits import PutItem
from ..a11y import announce_ticks
from ..drafts import TextDialog
from ..fields import LongText
from ..stacking import wrap_items
from .feed import CostedPlan


class LineDetails(QGroupBox):
    """Edits the parts of one line that do not fit in a table cell."""

    def __init__(self, feed: CostedPlan, parent: QWidget | None = None) -> None:
        super().__init__(translate("SupportDetails", "The selected support"), parent)
        self.feed = feed
        self.line_id: str | None = None
        self._loading = False
        # One question under another: nothing side by side, so large text never needs more width.
        column = QVBoxLayout(self)
        column.setSpacing(6)
        line_height = self.fontMetrics().lineSpacing()

        outcomes_label = QLabel(translate("SupportDetails", "Outcomes it helps with (tick all)"))
        outcomes_label.setWordWrap(True)
        self.outcomes_model = QStandardItemModel(self)
        self.outcomes = QListView(self)
        self.outcomes.setModel(self.outcomes_model)
        announce_ticks(self.outcomes)  # "checked" / "not checked" for a screen reader
        wrap_items(self.outcomes)
        self.outcomes.setAccessibleName(outcomes_label.text())
        self.outcomes.setMinimumHeight(line_height * 4)
        self.outcomes.setMaximumHeight(line_height * 7)
        outcomes_label.setBuddy(self.outcomes)
        self.outcomes_model.itemChanged.connect(self._outcomes_changed)
        column.addWidget(outcomes_label)
        column.addWidget(self.outcomes)

        notes_label = QLabel(translate("SupportDetails", "Notes"))
        self.notes = LongText(self)
        self.notes.setAccessibleName(notes_label.text())
        self.notes.setMaximumHeight(line_height * 4)
        notes_label.setBuddy(self.notes)
        self.notes.left.connect(self._notes_changed)
        column.addWidget(notes_label)
        column.addWidget(self.notes)

        self.household = QCheckBox(
            translate("SupportDetails", "Paid to family living with me"), self
        )
        self.household.setAccessibleName(self.household.text())
        self.household.toggled.connect(self._household_changed)
        column.addWidget(self.household)
        reason_label = QLabel(
            translate(
                "SupportDetails", "The reason this was agreed (needed when it pays family at home)"
            )
        )
        reason_label.setWordWrap(True)
        self.justification = LongText(self)
        self.justification.setAccessibleName(reason_label.text())
        self.justification.setMaximumHeight(line_height * 3)
        reason_label.setBuddy(self.justification)
        self.justification.left.connect(self._justification_changed)
        column.addWidget(reason_label)
        column.addWidget(self.justification)

        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setProperty("role", "note")
        self.dismiss = QPushButton(translate("SupportDetails", "It is fine: say why…"), self)
        self.dismiss.setAccessibleName(
            translate("SupportDetails", "Set this warning aside and say why it is fine")
        )
        self.dismiss.clicked.connect(self._dismiss_warning)
        column.addWidget(self.warnings)
        column.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignLeft)
        feed.updated.connect(self._reload)
        self.show_line(None)

    # -- showing ---------------------------------------------------------------------------
    def current(self) -> SupportLine | None:
        """The line being shown, as it is in the latest plan."""
        return next((x for x in self.feed.plan.support_lines if x.id == self.line_id), None)

    def show_line(self, line_id: str | None) -> None:
        """Show the line with ``line_id`` (``None``: nothing selected)."""
        self.line_id = line_id
        self._reload()

    def _reload(self) -> None:
        line = self.current()
        self.setEnabled(line is not None)
        self._loading = True
        try:
            self._show_outcomes(line)
            if not self.notes.hasFocus():
                self.notes.setText(line.notes if line else "")
            self.household.setChecked(bool(line and line.paid_to_household_family))
            if not self.justification.hasFocus():
                self.justification.setText(line.household_justification if line else "")
            self.justification.setEnabled(bool(line and line.paid_to_household_family))
            pending = self._pending_warnings(line)
            if pending:
                word, category = pending[0]
                self.warnings.setText(
                    translate(
                        "SupportDetails",
                        "Check: “{word}” looks like {category}, which the budget cannot pay for.",
                    ).format(word=word, category=category)
                )
            else:
                self.warnings.setText(translate("SupportDetails", "No warnings for this support."))
            self.dismiss.setVisible(bool(pending))
        finally:
            self._loading = False

    def _show_outcomes(self, line: SupportLine | None) -> None:
        """Tick the outcomes ``line`` serves: in place when the outcomes are the same, so the
        item with the keyboard focus keeps it (and a screen reader hears only the tick)."""
        model = self.outcomes_model
        wanted = [(o.id, o.title or o.id) for o in self.feed.plan.outcomes]
        shown = [
            (model.item(row).data(Qt.ItemDataRole.UserRole), model.item(row).text())
            for row in range(model.rowCount())
        ]
        if shown != wanted:
            model.clear()
            for outcome_id, title in wanted:
                item = QStandardItem(title)
                item.setData(outcome_id, Qt.ItemDataRole.UserRole)
                item.setCheckable(True)
                item.setEditable(False)
                model.appendRow(item)
        for row, (outcome_id, _title) in enumerate(wanted):
            served = line is not None and outcome_id in line.outcomes
            state = Qt.CheckState.Checked if served else Qt.CheckState.Unchecked
            if model.item(row).checkState() != state:
                model.item(row).setCheckState(state)

    def _pending_warnings(self, line: SupportLine | None) -> list[tuple[str, str]]:
        if line is None:
            return []
        return [
            (w.keyword, category_label(w.category).lower()) for w in open_keyword_warnings(line)
        ]

    def reason_dialog(self, word: str) -> TextDialog:
        """The question "Why is this fine?" about ``word`` (not shown yet)."""
        return TextDialog(
            translate("SupportDetails", "Why is this fine?"),
            translate(
                "SupportDetails",
                "Say in a sentence why “{word}” is fine here. The reason is kept with the plan.",
            ).format(word=word),
            self,
            save=translate("SupportDetails", "Save the reason"),
        )

    # -- editing ---------------------------------------------------------------------------
    def _put(self, line: SupportLine, what: str) -> None:
        self.feed.controller.edit(PutItem("support_lines", line), what)

    def _outcomes_changed(self, _item: QStandardItem) -> None:
        line = self.current()
        if self._loading or line is None:
            return
        chosen = tuple(
            str(self.outcomes_model.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.outcomes_model.rowCount())
            if self.outcomes_model.item(row).checkState() == Qt.CheckState.Checked
        )
        if chosen != line.outcomes:
            self._put(
                dataclasses.replace(line, outcomes=chosen),
                translate("SupportDetails", "Change outcomes served"),
            )

    def _notes_changed(self) -> None:
        line = self.current()
        if line is not None and self.notes.text() != line.notes:
            self._put(
                dataclasses.replace(line, notes=self.notes.text()),
                translate("SupportDetails", "Change notes"),
            )

    def _household_changed(self, checked: bool) -> None:
        line = self.current()
        if self._loading or line is None or checked == line.paid_to_household_family:
            return
        self._put(
            dataclasses.replace(line, paid_to_household_family=checked),
            translate("SupportDetails", "Change family in the household"),
        )

    def _justification_changed(self) -> None:
        line = self.current()
        text = self.justification.text()
        if line is not None and text != line.household_justification:
            self._put(
                dataclasses.replace(line, household_justification=text),
                translate("SupportDetails", "Change the agreed reason"),
            )

    def _dismiss_warning(self) -> None:
        line = self.current()
        pending = self._pending_warnings(line)
        if line is None or not pending:
            return
        word = pending[0][0]
        dialog = self.reason_dialog(word)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason = dialog.text.toPlainText()
        finally:
            dialog.deleteLater()
        if not reason.strip():
            self.warnings.setText(
                translate("SupportDetails", "The warning stays until you write a reason.")
            )
            return
        kept = tuple(w for w in line.dismissed_warnings if w.keyword.lower() != word)
        warnings = (*kept, DismissedWarning(word, reason.strip()))
        self._put(
            dataclasses.replace(line, dismissed_warnings=warnings),
            translate("SupportDetails", "Set a warning aside"),
        )
