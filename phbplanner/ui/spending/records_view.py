"""The records: the entry form, the filters, a row with what can be done to the selected
entries and the totals of what is shown, the register and the selected entry's receipts.

The page's own actions (add an account; later import a statement, reconcile, send my records)
are in the toolbar above the parts: see actions.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import PHBError
from ...domain.ledger import Split
from ...domain.text import translate
from ..drafts import confirm_discard
from ..flow import FlowLayout
from ..stacking import TableOrBlocks
from .commands import DeleteEntries, MarkReconciled
from .entry_form import EntryForm
from .feed import SpendingFeed
from .filters import FilterBar
from .receipts import ReceiptsPanel
from .register_model import COLUMNS, RegisterModel
from .register_table import RegisterTable
from .split_dialog import ask_split


class RecordsView(QWidget):
    """Typing, finding and checking the spending records."""

    #: a message for the window's status bar
    said = Signal(str)

    def __init__(self, feed: SpendingFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # the records on the left; the selected entry's receipts in a column of their own
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setChildrenCollapsible(False)
        outer.addWidget(self.split)
        self.scroller = QScrollArea(self.split)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its contents take the focus
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: the form and the filters rearrange themselves by width, so a scroll bar
        # that came and went would change the width, then the height, then the bar again —
        # without end (Qt recursed until the program crashed).
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.split.addWidget(self.scroller)
        body = QWidget(self.scroller)
        self.scroller.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.setSpacing(8)

        self.form = EntryForm(feed, body)
        layout.addWidget(self.form)
        self.filters = FilterBar(feed, body)
        layout.addWidget(self.filters)

        # One row above the register: what can be done with the selected entries, and the
        # totals of what is shown.
        self.action_row = QWidget(body)
        self.action_row.setObjectName("spending_actions")
        self.action_layout = FlowLayout(self.action_row)
        layout.addWidget(self.action_row)
        self.change_button = self.add_action(translate("Records", "Change…"), self.change_selected)
        self.reconcile_button = self.add_action(translate("Records", "Mark reconciled"),
                                                self.toggle_reconciled)  # fmt: skip
        self.delete_button = self.add_action(
            translate("Records", "Remove entry"), self.delete_selected
        )
        self.delete_button.setAccessibleName(translate("Records", "Remove the selected entries"))
        self.totals = QLabel(self.action_row)
        self.totals.setObjectName("totals")
        self.totals.setMinimumHeight(self.change_button.sizeHint().height())
        self._trailing = [self.totals]
        for widget in self._trailing:
            self.action_layout.addWidget(widget)

        self.model = RegisterModel(feed, self)
        self.table = RegisterTable(self.model, body)
        # too narrow for the columns (large text): the entries as blocks; Enter changes one
        self.table_place = TableOrBlocks(
            self.table, body, measure_cells=False, on_activate=self._block_chosen
        )
        layout.addWidget(self.table_place, 1)
        self.receipts = ReceiptsPanel(feed, self.split)
        self.split.addWidget(self.receipts)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 0)
        self.fit()

        self._select_after: int | None = None
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        feed.records_changed.connect(self._reload_timer.start)
        feed.plan_changed.connect(self._reload_timer.start)
        self.filters.changed.connect(self._filters_changed)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._heading_sorted)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.edit_requested.connect(self.edit_entry)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.files_dropped.connect(self._dropped)
        self.form.saved.connect(self._saved)
        self.form.split_requested.connect(self.split_in_form)
        self.receipts.said.connect(self.said)
        self.reload()

    # -- the row of actions on the selected entries ------------------------------------------------
    def add_action(self, text: str, slot: Callable[[], object]) -> QPushButton:
        """Add a button with words to the row above the register (before the totals)."""
        button = QPushButton(text, self.action_row)
        button.clicked.connect(lambda _checked=False: slot())
        trailing = getattr(self, "_trailing", [])
        for widget in trailing:  # the totals and the alerts stay at the end of the row
            self.action_layout.removeWidget(widget)
        self.action_layout.addWidget(button)
        for widget in trailing:
            self.action_layout.addWidget(widget)
        return button

    # -- what is shown -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask the register again (after a change), keeping the selection where it can."""
        self._reload_timer.stop()
        if not self.feed.open:
            return  # the plan was closed while this waited
        keep = self._select_after or self.table.current_entry()
        self._select_after = None
        self.model.reload()
        self.totals.setText(self.model.totals_text())
        self.totals.setAccessibleName(self.totals.text())
        if keep is not None:
            self.select_entry(keep)
        self._selection_changed()

    def _filters_changed(self) -> None:
        key, descending = self.filters.sort_choice()
        self.table.show_sort(COLUMNS.index(key), descending)
        wanted = self.filters.entry_filter()
        if wanted == self.model.filter and self.model.loaded:  # only the order changed
            keep = self.table.current_entry()
            self.model.set_sort(key, descending)
            if keep is not None:
                self.select_entry(keep)
            self._selection_changed()
            return
        self.model.filter = wanted
        self.model.sort_key, self.model.descending = key, descending
        self.reload()

    def _heading_sorted(self, column: int, order: Qt.SortOrder) -> None:
        # the model has sorted itself (RegisterTable); the "Sort by" choice shows the same
        self.filters.show_sort(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        self._selection_changed()

    def select_entry(self, entry_id: int) -> bool:
        """Select and show the row of ``entry_id`` (False when the filters hide it)."""
        row = self.model.row_of(entry_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, *_: object) -> None:
        selected = self.table.selected_entries()
        current = self.table.current_entry()
        if self.form.editing is not None and self.form.editing.id is not None:
            self.receipts.set_entry(self.form.editing.id)
        else:
            self.receipts.set_entry(current if selected else None)
        editable = not self.feed.read_only
        one = len(selected) == 1
        self.change_button.setEnabled(one and editable)
        self.delete_button.setEnabled(bool(selected) and editable)
        self.reconcile_button.setEnabled(bool(selected) and editable)
        if selected and self._all_reconciled(selected):
            self.reconcile_button.setText(translate("Records", "Mark not reconciled"))
        else:
            self.reconcile_button.setText(translate("Records", "Mark reconciled"))

    def _all_reconciled(self, ids: list[int]) -> bool:
        for entry_id in ids:
            row = self.model.row_of(entry_id)
            found = self.model.row(row) if row is not None else None
            if found is None or not found.reconciled:
                return False
        return True

    # -- changing ----------------------------------------------------------------------------------
    def _saved(self, entry_id: int) -> None:
        self._select_after = entry_id
        self._reload_timer.start()
        self.said.emit(translate("Records", "Saved. Ctrl+Z undoes it."))

    def edit_entry(self, entry_id: int) -> None:
        """Show an entry in the form to change it (Enter or a double-click on its row)."""
        try:
            entry = self.feed.ledger.entry(entry_id)
        except PHBError as exc:
            self.said.emit(exc.message)
            return
        if self.form.has_changes() and self.form.editing is None and not confirm_discard(self):
            return
        self.form.load(entry)
        self.receipts.set_entry(entry_id)
        self.scroller.ensureWidgetVisible(self.form)

    def _block_chosen(self, row: int) -> None:
        entry_id = self.model.entry_id(row)
        if entry_id is not None:
            self.edit_entry(entry_id)

    def change_selected(self) -> None:
        entry_id = self.table.current_entry()
        if entry_id is not None:
            self.edit_entry(entry_id)

    def delete_selected(self) -> None:
        """Remove the selected entries — no question asked: Ctrl+Z puts them back."""
        ids = self.table.selected_entries()
        if not ids or self.feed.read_only:
            return
        try:
            entries = [self.feed.ledger.entry(entry_id) for entry_id in ids]
        except PHBError as exc:
            self.said.emit(exc.message)
            return
        row = self.model.row_of(ids[0]) or 0
        if self.feed.controller.push(DeleteEntries(self.feed, entries)):
            if self.form.editing is not None and self.form.editing.id in ids:
                self.form.start_new()
            following = self.model.entry_id(min(row + len(ids), self.model.count - 1))
            self._select_after = following if following not in ids else None
            if len(ids) == 1:
                text = translate("Records", "Removed the entry. Ctrl+Z puts it back.")
            else:
                text = translate("Records", "Removed {count} entries. Ctrl+Z puts them back.")
            self.said.emit(text.format(count=len(ids)))

    def toggle_reconciled(self) -> None:
        ids = self.table.selected_entries()
        if not ids:
            return
        try:
            entries = [self.feed.ledger.entry(entry_id) for entry_id in ids]
        except PHBError as exc:
            self.said.emit(exc.message)
            return
        value = not all(entry.reconciled for entry in entries)
        self._select_after = self.table.current_entry()
        self.feed.controller.push(MarkReconciled(self.feed, entries, value))

    def split_in_form(self) -> None:
        """Share the amount typed in the form between lines (saved with the entry)."""
        entry, _problems = self.form.read()
        if entry is None:
            self.form.save()  # shows the problems beside the fields
            return
        start = self.form.splits or (
            (Split(entry.line_id, abs(entry.amount)),) if entry.line_id else ()
        )
        parts = ask_split(self, entry.amount, self.feed.line_names(), start, entry.payee)
        if parts is not None:
            self.form.set_splits(parts)
        self.form.line.setFocus(Qt.FocusReason.OtherFocusReason)

    def _dropped(self, entry_id: int, paths: list[Path]) -> None:
        self.select_entry(entry_id)
        self.receipts.attach_paths(entry_id, paths)

    # -- size --------------------------------------------------------------------------------------
    def fit(self) -> None:
        """Sizes that follow the text size: the register shows at least six rows."""
        self.table.fit_columns()
        self.receipts.fit()
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(rows * 6 + self.table.horizontalHeader().minimumHeight() + 8)
        letter = self.fontMetrics().averageCharWidth()
        self.receipts.setMinimumWidth(letter * 24)
        self.split.setSizes([max(self.width(), 1200) - letter * 30, letter * 30])

    def focus_first(self) -> None:
        self.form.focus_date()
