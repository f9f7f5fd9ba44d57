"""Inline editors for the support table: text boxes, and lists for the columns with choices."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..a11y import label_for
from .lines_model import (
    VALUE_ROLE,
    Col,
    category_choices,
    frequency_choices,
    headers,
    management_choices,
)

AnyIndex = QModelIndex | QPersistentModelIndex


def _choices(col: Col) -> list[tuple[Any, str]] | None:
    if col == Col.CATEGORY:
        return list(category_choices())
    if col == Col.FREQUENCY:
        return list(frequency_choices())
    if col == Col.MANAGEMENT:
        return list(management_choices())
    return None


class LineDelegate(QStyledItemDelegate):
    """Combo boxes for category, frequency and management; labelled text boxes elsewhere."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        col = Col(index.column())
        name = headers()[col]
        choices = _choices(col)
        if choices is not None:
            combo = QComboBox(parent)
            for value, label in choices:
                combo.addItem(label, value)
            combo.setAccessibleName(name)
            label_for(combo, name)  # Linux screen readers name a combo box by its label only
            return combo
        editor = QLineEdit(parent)
        editor.setAccessibleName(name)
        label_for(editor, name)
        if col in (Col.FIRST, Col.LAST):
            editor.setPlaceholderText("31/01/2026")
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(VALUE_ROLE))
            editor.setCurrentIndex(max(position, 0))
            return
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
