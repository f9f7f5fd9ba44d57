"""A "Sort by" control beside a table: what clicking a column's header does, by keyboard.

``SortControl(view)`` offers "The order they were added" and each column of ``view``'s model (by
its header text), and a "Reverse the order" tick; it follows the header when the header is
clicked ("Reverse" is off for the order they were added). The model sorts itself
(``sort(column, order)``, -1: its own order).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QTableView, QWidget

from ..domain.text import translate
from .flow import FlowLayout


class SortControl(QWidget):
    """ "Sort by" [choice] [ ] Reverse the order — for ``view`` (sorting enabled)."""

    def __init__(self, view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        row = FlowLayout(self)
        self.label = QLabel(translate("Sorting", "Sort by"), self)
        self.choice = QComboBox(self)
        self.label.setBuddy(self.choice)
        self.choice.setAccessibleName(self.label.text())
        self.reverse = QCheckBox(translate("Sorting", "Reverse the order"), self)
        for widget in (self.label, self.choice, self.reverse):
            row.addWidget(widget)
        self.fill()
        self.choice.currentIndexChanged.connect(lambda _index: self.apply())
        self.reverse.toggled.connect(lambda _on: self.apply())
        header = view.horizontalHeader()
        header.sortIndicatorChanged.connect(lambda column, order: self.follow(column, order))
        self.follow(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def fill(self) -> None:
        """The choices: the model's own order, then its columns (again after a language change)."""
        model = self.view.model()
        current = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(translate("Sorting", "The order they were added"), -1)
        for column in range(model.columnCount()):
            if self.view.isColumnHidden(column):
                continue
            name = model.headerData(column, Qt.Orientation.Horizontal)
            self.choice.addItem(str(name or column + 1), column)
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        self.choice.blockSignals(False)

    def apply(self) -> None:
        """Sort the table as chosen."""
        column = int(self.choice.currentData())
        reverse = self.reverse.isChecked() and column >= 0
        order = Qt.SortOrder.DescendingOrder if reverse else Qt.SortOrder.AscendingOrder
        self.view.horizontalHeader().setSortIndicator(column, order)  # the model sorts

    def follow(self, column: int, order: Qt.SortOrder) -> None:
        """Show the order the header shows (after a click on it)."""
        index = self.choice.findData(column if column < self.view.model().columnCount() else -1)
        for widget in (self.choice, self.reverse):
            widget.blockSignals(True)
        self.choice.setCurrentIndex(max(0, index))
        self.reverse.setChecked(order == Qt.SortOrder.DescendingOrder and index > 0)
        self.reverse.setEnabled(index > 0)  # the order they were added has no reverse
        for widget in (self.choice, self.reverse):
            widget.blockSignals(False)
