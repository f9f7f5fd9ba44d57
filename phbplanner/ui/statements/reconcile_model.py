"""The entries a reconciliation offers, to tick: a table model and its keyboard-first view.

A tick is asked for (``tick_requested``) and shown once the file has it (:meth:`TickModel.mark`),
so what is on screen is always what is saved.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from ...domain.text import translate
from ...services.reconcile import OfferedEntry
from .layout import FittedTable
from .words import balance_words, money_words

AnyIndex = QModelIndex | QPersistentModelIndex


class TickCol(IntEnum):
    TICKED = 0
    DATE = 1
    TEXT = 2
    MONEY = 3


class TickModel(QAbstractTableModel):
    """The offered entries, oldest first, each ticked or not."""

    #: the person asked to tick (True) or untick entries, by id
    tick_requested = Signal(list, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[OfferedEntry] = []
        self.ticked: set[int] = set()
        self._headings = [
            translate("Reconcile", "Ticked"),
            translate("Reconcile", "Date"),
            translate("Reconcile", "Payee and description"),
            translate("Reconcile", "Money"),
        ]

    def set_entries(self, entries: Iterable[OfferedEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.ticked = {entry.id for entry in self.entries if entry.ticked}
        self.endResetModel()

    def mark(self, entry_ids: Iterable[int], ticked: bool) -> None:
        """Show ``entry_ids`` ticked (or not), as the file now has them."""
        wanted = set(entry_ids)
        if ticked:
            self.ticked |= wanted
        else:
            self.ticked -= wanted
        rows = [n for n, entry in enumerate(self.entries) if entry.id in wanted]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(TickCol) - 1))

    def entry_at(self, row: int) -> OfferedEntry:
        return self.entries[row]

    def toggle(self, row: int) -> None:
        entry = self.entries[row]
        self.tick_requested.emit([entry.id], entry.id not in self.ticked)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TickCol)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headings[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == TickCol.TICKED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = TickCol(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(entry, column)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(entry, column).replace("\n", ", ")
        if role == Qt.ItemDataRole.CheckStateRole and column == TickCol.TICKED:
            return Qt.CheckState.Checked if entry.id in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and role == Qt.ItemDataRole.CheckStateRole:
            entry = self.entries[index.row()]
            self.tick_requested.emit([entry.id], Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        return False

    def cell(self, entry: OfferedEntry, column: TickCol) -> str:
        if column is TickCol.TICKED:
            if entry.id in self.ticked:
                return translate("Reconcile", "Yes")
            return translate("Reconcile", "No")
        if column is TickCol.DATE:
            return entry.date.strftime("%d/%m/%Y")
        if column is TickCol.TEXT:
            return "\n".join(part for part in (entry.payee, entry.description) if part)
        return "\n".join(
            part
            for part in (
                money_words(entry.amount_pence),
                balance_words(entry.bank_balance_pence),
            )
            if part
        )


class TickTable(FittedTable):
    """Space ticks or unticks the current entry."""

    def __init__(self, model: TickModel, parent: QWidget | None = None) -> None:
        super().__init__(
            model,
            [0, 0, 1, 0],
            translate("Reconcile", "Entries to tick"),
            parent,
            description=translate(
                "Reconcile", "Space ticks or unticks the entry. Tick what the statement shows."
            ),
            fixed={
                TickCol.TICKED: [translate("Reconcile", "Yes"), translate("Reconcile", "No")],
                TickCol.DATE: ["30/12/2026"],
                TickCol.MONEY: [money_words(-9_999_999), balance_words(9_999_999)],
            },
        )
        self.setObjectName("tick_entries")
        self.tick_model = model

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.tick_model.toggle(index.row())
            return
        super().keyPressEvent(event)
