"""File › What changed…: the file's history — who changed what, and when — a page at a time.

A family sharing one plan can see who changed it: every change the file records (the plan's
sections, the spending records, receipts, reviews, versions, the passphrase, backups restored),
newest first, filtered by dates and by part of the file, 100 at a time. A table model reads only
the page shown (``services.history.history_page``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.schedule import format_date
from ..domain.text import translate
from ..services.history import (
    PAGE_SIZE,
    HistoryFilter,
    HistoryPage,
    HistoryPart,
    history_page,
    history_parts,
)
from ..services.session import HistoryEntry
from .dialog_size import fit
from .fields import Problem, parse_date
from .stacking import TableOrBlocks
from .theme import set_role

Index = QModelIndex | QPersistentModelIndex


def when_text(entry: HistoryEntry) -> str:
    """When a change was made, in this computer's time ("3 May 2026, 14:05")."""
    local = entry.when.astimezone()
    return translate("History", "{date}, {time}").format(
        date=format_date(local.date()), time=local.strftime("%H:%M")
    )


class HistoryModel(QAbstractTableModel):
    """One page of changes: when, who, what, which part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []
        self._parts = {
            section: part.label
            for part in history_parts()
            for section in part.sections
            if part.key not in ("plan",) and section is not None
        }

    def headers(self) -> list[str]:
        return [
            translate("History", "When"),
            translate("History", "Who"),
            translate("History", "What changed"),
            translate("History", "Part"),
        ]

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def part_name(self, entry: HistoryEntry) -> str:
        if entry.section == "plan":
            return translate("History", "My plan (several parts)")
        label = self._parts.get(entry.section or "")
        return label() if label is not None else translate("History", "Other")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if column == 0:
            return when_text(entry)
        if column == 1:
            return entry.who
        if column == 2:
            if entry.version and role == Qt.ItemDataRole.ToolTipRole:
                return translate("History", "{what} (version {n})").format(
                    what=entry.what, n=entry.version
                )
            return entry.what
        return self.part_name(entry)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class HistoryDialog(QDialog):
    """The "What changed" view (see the module's description)."""

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.session = session
        self.offset = 0
        self.page: HistoryPage | None = None
        self.setWindowTitle(translate("History", "What changed"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(
            translate("History", "What changed in this plan, and who changed it"), self
        )
        heading.setWordWrap(True)
        set_role(heading, "heading")
        layout.addWidget(heading)
        filters = QGridLayout()
        filters.setHorizontalSpacing(12)
        self.since = QLineEdit(self)
        self.until = QLineEdit(self)
        self.part = QComboBox(self)
        self.part.addItem(translate("History", "Every part of the file"), None)
        for part in history_parts():
            self.part.addItem(part.label(), part.key)
        self._parts = {part.key: part for part in history_parts()}
        example = translate("History", "Day/month/year, like 30/06/2026; empty for any")
        for column, (text, widget) in enumerate(
            (
                (translate("History", "From"), self.since),
                (translate("History", "To"), self.until),
                (translate("History", "Part of the file"), self.part),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text)
            if isinstance(widget, QLineEdit):
                widget.setPlaceholderText(translate("History", "any date"))
                metrics = widget.fontMetrics()  # a date, or the words "any date" whole
                widest = max(
                    metrics.horizontalAdvance(t) for t in ("00/00/0000", widget.placeholderText())
                )
                widget.setMinimumWidth(widest + 24)
                widget.setAccessibleDescription(example)
                widget.returnPressed.connect(self.show_first_page)
            filters.addWidget(label, 0, column)
            filters.addWidget(widget, 1, column)
        filters.setColumnStretch(2, 1)
        self.part.currentIndexChanged.connect(lambda _i: self.show_first_page())
        self.show_button = QPushButton(translate("History", "Show"), self)
        self.show_button.clicked.connect(self.show_first_page)
        filters.addWidget(self.show_button, 1, 3)
        layout.addLayout(filters)
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        set_role(self.problem, "error")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.model = HistoryModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(translate("History", "Changes"))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        self.table_place = TableOrBlocks(self.table, self)
        layout.addWidget(self.table_place, 1)
        paging = QHBoxLayout()
        self.newer = QPushButton(translate("History", "◀ Newer changes"), self)
        self.older = QPushButton(translate("History", "Older changes ▶"), self)
        self.where = QLabel("", self)
        self.newer.clicked.connect(lambda: self.show_page(self.offset - PAGE_SIZE))
        self.older.clicked.connect(lambda: self.show_page(self.offset + PAGE_SIZE))
        paging.addWidget(self.newer)
        paging.addWidget(self.where)
        paging.addWidget(self.older)
        paging.addStretch(1)
        layout.addLayout(paging)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(
            translate("History", "Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        close.setDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_first_page()

    def showEvent(self, event: QShowEvent) -> None:
        fit(self, 72, 30)
        super().showEvent(event)
        self.table_place.setFocus()

    def wanted(self) -> HistoryFilter:
        """The filter as typed; raises :class:`Problem` for a date that cannot be read."""
        since = parse_date(self.since.text(), translate("History", "From"))
        until = parse_date(self.until.text(), translate("History", "To"))
        if since and until and until < since:
            raise Problem(translate("History", "The “To” date is before the “From” date."))
        key = self.part.currentData()
        part: HistoryPart | None = self._parts.get(key) if key else None
        return HistoryFilter(since=since, until=until, part=part)

    def show_first_page(self) -> None:
        """Show the newest changes that match the filter."""
        self.show_page(0)

    def show_page(self, offset: int) -> None:
        """Show the changes from ``offset`` (0: the newest) that match the filter."""
        try:
            wanted = self.wanted()
        except Problem as problem:
            self.problem.setText("⚠ " + str(problem))
            self.problem.show()
            return
        self.problem.hide()
        self.offset = max(0, offset)
        page = history_page(self.session, wanted, offset=self.offset)
        self.page = page
        self.model.set_entries(page.entries)
        self.table.resizeRowsToContents()
        if page.total == 0:
            text = translate("History", "No changes match.")
        else:
            text = translate("History", "Changes {first} to {last} of {total}").format(
                first=f"{page.first:,}", last=f"{page.last:,}", total=f"{page.total:,}"
            )
        self.where.setText(text)
        self.table.setAccessibleDescription(text)
        self.newer.setEnabled(self.offset > 0)
        self.older.setEnabled(page.last < page.total)
