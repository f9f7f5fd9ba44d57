"""The register: a table model over the spending records that pages.

Six years of records are tens of thousands of entries, so the model never holds them as objects.
For what a filter shows it asks the services for the totals (one aggregate: the row count, money
in and out) and the ids of the first page in the order of a column (SQLite keeps only those
while it sorts), so the register is shown at once with the scroll bar right. The whole order —
the ids only — is asked for when a row beyond the first page is wanted; rows themselves come a
page of 100 at a time, a few pages kept. The other way round is the same order reversed.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...domain.money import Money
from ...domain.schedule import format_date
from ...domain.text import translate
from ...services.ledger_view import EntryFilter, PageRow
from .feed import SpendingFeed
from .words import line_words, receipt_words, reconciled_words, totals_words

AnyIndex = QModelIndex | QPersistentModelIndex

#: The columns, by the key the services sort them by.
COLUMNS = ("date", "payee", "description", "line", "in", "out", "balance", "receipt", "reconciled")
MONEY_COLUMNS = frozenset({"in", "out", "balance"})
PAGE = 100
KEPT_PAGES = 8


def column_title(key: str) -> str:
    """The heading of a column (also the name in the "Sort by" choice)."""
    return {
        "date": translate("Register", "Date"),
        "payee": translate("Register", "Paid to or from"),
        "description": translate("Register", "Description"),
        "line": translate("Register", "What it was for"),
        "in": translate("Register", "In"),
        "out": translate("Register", "Out"),
        "balance": translate("Register", "Balance"),
        "receipt": translate("Register", "Receipt"),
        "reconciled": translate("Register", "Reconciled"),
    }[key]


class RegisterModel(QAbstractTableModel):
    """The entries a filter shows, in the order of one column, fetched a page at a time."""

    def __init__(self, feed: SpendingFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.filter = EntryFilter()
        self.sort_key = "date"
        self.descending = True  # newest first: what was typed last is at the top
        self.ids: list[int] = []
        #: whether :attr:`ids` holds the whole order (else only the first page of it)
        self.complete = False
        self.count = 0
        self.money_in = 0
        self.money_out = 0
        self._pages: OrderedDict[int, list[PageRow]] = OrderedDict()
        self._names: dict[str, str] = {}
        self._rows_of: dict[int, int] | None = None
        self.loaded = False

    # -- what is shown ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask again for the totals and the first page (after a change or a filter)."""
        first, totals = self.feed.view.first_page(self.filter, self.sort_key, self.descending, PAGE)
        self.beginResetModel()
        self.ids = first
        self.complete = len(first) >= totals.count
        self.count = totals.count
        self.money_in = totals.money_in
        self.money_out = totals.money_out
        self._pages.clear()
        self._rows_of = None
        self._names = self.feed.line_names()
        self.loaded = True
        self.endResetModel()

    def set_filter(self, filter_: EntryFilter) -> None:
        if filter_ != self.filter or not self.loaded:
            self.filter = filter_
            self.reload()

    def set_sort(self, key: str, descending: bool) -> None:
        """Sort by another column or the other way: the same entries and totals, so only the
        order is asked for (and the other way round is the same order reversed: ties are
        ordered by date and id the same way)."""
        if key not in COLUMNS:
            raise ValueError(f"cannot sort by {key!r}")
        if (key, descending) == (self.sort_key, self.descending) and self.loaded:
            return
        if not self.loaded:
            self.sort_key, self.descending = key, descending
            self.reload()
            return
        complete = self.complete
        if key == self.sort_key and complete:
            ids = list(reversed(self.ids))
        else:
            ids, _totals = self.feed.view.first_page(self.filter, key, descending, PAGE)
            complete = len(ids) >= self.count
        self.beginResetModel()
        self.sort_key, self.descending = key, descending
        self.ids = ids
        self.complete = complete
        self._pages.clear()
        self._rows_of = None
        self.endResetModel()

    def totals_text(self) -> str:
        """The totals of what is shown, in words."""
        return totals_words(self.count, self.money_in, self.money_out)

    # -- rows -------------------------------------------------------------------------------------
    def _whole_order(self) -> None:
        """The ids of every entry shown, in order (asked for once a row past the first page is
        wanted)."""
        if not self.complete:
            self.ids = self.feed.view.ids(self.filter, self.sort_key, self.descending)
            self.complete = True
            self._rows_of = None

    def row(self, number: int) -> PageRow | None:
        """The row at ``number`` (its page fetched if it is not kept)."""
        if number >= len(self.ids):
            self._whole_order()
        if not 0 <= number < len(self.ids):
            return None
        page = number // PAGE
        rows = self._pages.get(page)
        if rows is None:
            wanted = self.ids[page * PAGE : (page + 1) * PAGE]
            fetched = {row.id: row for row in self.feed.view.rows(wanted)}
            rows = [fetched[i] for i in wanted if i in fetched]
            if len(rows) != len(wanted):  # changed meanwhile: keep the places, show what exists
                rows = [fetched.get(i) or _gone(i) for i in wanted]
            self._pages[page] = rows
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[number - page * PAGE]

    def entry_id(self, number: int) -> int | None:
        if number >= len(self.ids):
            self._whole_order()
        return self.ids[number] if 0 <= number < len(self.ids) else None

    def row_of(self, entry_id: int) -> int | None:
        """Where an entry is shown (None when the filter hides it)."""
        if entry_id not in self.ids[:PAGE]:
            self._whole_order()
        if self._rows_of is None:
            self._rows_of = {value: number for number, value in enumerate(self.ids)}
        return self._rows_of.get(entry_id)

    # -- Qt ---------------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column_title(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] in ("in", "out"):
            return (
                translate("Register", "Money in")
                if COLUMNS[section] == "in"
                else translate("Register", "Money out")
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] in MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = COLUMNS[index.column()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            row = self.row(index.row())
            if row is None:
                return None
            if key == "date" and role != Qt.ItemDataRole.DisplayRole:
                return long_date(row.date)  # said and shown in full: "3 November 2026"
            text = self.cell_text(row, key)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if key in ("payee", "description", "line") and text else None
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and key in MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self.entry_id(index.row())
        return None

    def cell_text(self, row: PageRow, key: str) -> str:
        """One cell in words."""
        if key == "date":  # short, as typed: 03/11/2026 (day first)
            try:
                return date.fromisoformat(row.date).strftime("%d/%m/%Y")
            except ValueError:
                return row.date
        if key == "payee":
            return row.payee
        if key == "description":
            return row.description
        if key == "line":
            return line_words(row, self._names)
        if key == "in":
            return Money(row.amount_pence).format() if row.amount_pence > 0 else ""
        if key == "out":
            return Money(-row.amount_pence).format() if row.amount_pence < 0 else ""
        if key == "balance":
            return Money(row.balance_pence).format()
        if key == "receipt":
            return receipt_words(row)
        return reconciled_words(row.reconciled)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.set_sort(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)


def long_date(text: str) -> str:
    """A stored date in words (“3 November 2026”)."""
    try:
        return format_date(date.fromisoformat(text))
    except ValueError:
        return text


def _gone(entry_id: int) -> PageRow:
    """A place-holder for an entry removed while its page was being read."""
    return PageRow(entry_id, 0, "", 0, "", "", "", "unassigned", None, "", False, 0, None, None,
                   0, 0)  # fmt: skip
