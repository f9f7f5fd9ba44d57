"""The preview's table: Space leaves a new row out (or puts it back), Enter says what it is for."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...domain.text import translate
from ...services.imports import RowChoice
from .layout import FittedTable
from .preview_model import (
    STACKED_WEIGHTS,
    STACKED_WHAT,
    WEIGHTS,
    Col,
    PreviewModel,
    fixed_widths,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class PurposeDelegate(QStyledItemDelegate):
    """A list of what a new row can be for; the suggestion (or the current choice) is chosen
    to start with, so Enter twice accepts a suggestion."""

    def __init__(self, model: PreviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview_model = model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("purpose_editor")
        combo.setAccessibleName(translate("StatementPreview", "What it is for"))
        row = self.preview_model.row_at(index.row())
        for words, choice in self.preview_model.options(row):
            combo.addItem(words, choice)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model = self.preview_model
        row = model.row_at(index.row())
        wanted = model.chosen.get(row.line)
        if wanted is None and model.has_suggestion(row):
            wanted = RowChoice(row.purpose, row.line_id)
        for position in range(editor.count()):
            if editor.itemData(position) == wanted:
                editor.setCurrentIndex(position)
                return
        editor.setCurrentIndex(0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        choice = editor.currentData()
        if isinstance(choice, RowChoice):
            model.setData(index, choice, Qt.ItemDataRole.EditRole)


class PreviewTable(FittedTable):
    """Every row of the statement; keyboard first."""

    def __init__(self, model: PreviewModel, parent: QWidget | None = None) -> None:
        super().__init__(
            model,
            WEIGHTS,
            translate("StatementPreview", "The statement's rows"),
            parent,
            description=translate(
                "StatementPreview",
                "Space leaves the row out or puts it back. Enter says what it is for.",
            ),
            fixed=fixed_widths(),
        )
        self.setObjectName("preview_rows")
        self.preview_model = model
        delegate = PurposeDelegate(model, self)
        self.setItemDelegateForColumn(Col.PURPOSE, delegate)
        self.setItemDelegateForColumn(STACKED_WHAT, delegate)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )

    def fit(self) -> None:
        """Six columns when they fit, else three columns of several lines each."""
        model = getattr(self, "preview_model", None)
        if model is not None:
            letters = self.viewport().width() / max(1, self.fontMetrics().averageCharWidth())
            stacked = letters < 110
            if stacked != model.stacked:
                row = self.currentIndex().row()
                model.set_stacked(stacked)
                if stacked:
                    self.weights, self.fixed = (
                        list(STACKED_WEIGHTS),
                        {0: fixed_widths()[Col.IMPORT]},
                    )
                else:
                    self.weights, self.fixed = list(WEIGHTS), dict(fixed_widths())
                if row >= 0 and model.rowCount():
                    self.setCurrentIndex(model.index(min(row, model.rowCount() - 1), 0))
            self.base_lines = 3 if model.stacked else 2
        super().fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Space and not event.modifiers():
                self.preview_model.toggle(index.row())
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                target = self.preview_model.index(index.row(), self.preview_model.purpose_column)
                if self.preview_model.flags(target) & Qt.ItemFlag.ItemIsEditable:
                    self.setCurrentIndex(target)
                    self.edit(target)
                    return
                return  # nothing to say for this row (and never the dialog's Import button)
        super().keyPressEvent(event)
