"""The register's table: sort by a column heading, Enter or a double-click to change an entry,
Delete to remove it, and files dropped on a row kept with that row's entry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...domain.text import translate
from .register_model import COLUMNS, RegisterModel

#: A column's width in average letters (fixed widths: measuring 60,000 rows would read them all).
#: Together they fit beside the receipts in a 1280-wide window at 100% text; narrower, or with
#: larger text, the register shows its entries as blocks (``ui/stacking.py``).
LETTERS = {
    "date": 11, "payee": 13, "description": 15, "line": 16, "in": 9, "out": 9,
    "balance": 10, "receipt": 10, "reconciled": 10,
}  # fmt: skip


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files in a drag (folders included: keeping one says why it cannot be kept)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class RegisterTable(QTableView):
    """The register's view (rows are fetched as they are painted, see :class:`RegisterModel`)."""

    edit_requested = Signal(int)  # an entry id
    delete_requested = Signal()
    files_dropped = Signal(int, list)  # an entry id, the paths dropped on its row

    def __init__(self, model: RegisterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionsClickable(True)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        wrap = Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        header.setDefaultAlignment(left | wrap)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(model.sort)
        self.setAccessibleName(translate("Register", "Spending records"))
        self.setAccessibleDescription(
            translate(
                "Register",
                "Enter changes the selected entry, Delete removes it. Drop a receipt on a row "
                "to keep it with that entry.",
            )
        )
        self.doubleClicked.connect(self._double_clicked)
        self.fit_columns()

    @property
    def register(self) -> RegisterModel:
        model = self.model()
        assert isinstance(model, RegisterModel)
        return model

    def fit_columns(self) -> None:
        """Column widths and row height for the text size now (no row is read for it)."""
        metrics = self.fontMetrics()
        letter = metrics.averageCharWidth()
        lines = 1
        for column, key in enumerate(COLUMNS):
            title = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
            # a heading wraps between its words ("Paid to or / from"), never wider than that
            word = max((metrics.horizontalAdvance(w) for w in title.split()), default=0)
            need = max(LETTERS[key] * letter, word + 36)
            if key == "date":
                need = max(need, metrics.horizontalAdvance("30/12/2026") + 24)
            if metrics.horizontalAdvance(title) + 36 > need:
                lines = 2
            self.setColumnWidth(column, need)
        self.verticalHeader().setDefaultSectionSize(metrics.height() + 12)
        self.horizontalHeader().setMinimumHeight(metrics.lineSpacing() * lines + 14)

    def show_sort(self, column: int, descending: bool) -> None:
        """Show the sort in the heading (without sorting again)."""
        header = self.horizontalHeader()
        header.blockSignals(True)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        header.viewport().update()

    # -- the keyboard and the mouse ----------------------------------------------------------
    def current_entry(self) -> int | None:
        index = self.currentIndex()
        return self.register.entry_id(index.row()) if index.isValid() else None

    def selected_entries(self) -> list[int]:
        """The ids of the selected rows, in the order shown."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        found = [self.register.entry_id(row) for row in rows]
        return [entry_id for entry_id in found if entry_id is not None]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_entry() is not None:
            entry_id = self.current_entry()
            assert entry_id is not None
            self.edit_requested.emit(entry_id)
            return
        if key == Qt.Key.Key_Delete and self.selected_entries():
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)

    def _double_clicked(self, index: QModelIndex) -> None:
        entry_id = self.register.entry_id(index.row())
        if entry_id is not None:
            self.edit_requested.emit(entry_id)

    # -- receipts dropped on a row -------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if dropped_files(event.mimeData()) and index.isValid():
            self.setCurrentIndex(index)  # the row it would go to is shown selected
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        index = self.indexAt(event.position().toPoint())
        entry_id = self.register.entry_id(index.row()) if index.isValid() else None
        if not files or entry_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(entry_id, files)
