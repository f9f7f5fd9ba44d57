"""A table that shows its rows as stacked blocks when its columns do not fit side by side.

At large text sizes, or in a narrow window, a table of many columns would hide most of them
off to the side. :class:`TableOrBlocks` holds the table and, in the same place, a list of the
same rows, one block each::

    Personal assistant for walks
    Who provides it: Rhian Jones
    Unit cost: £14.20
    …

Which one shows is decided whenever the place changes size or the rows change: the blocks
when the columns would need more width than there is (each column at least as wide as its
longest word when the table wraps its words, else as wide as its text on one line). The two
share the current row: moving in one moves the other, so everything that acts on "the
selected row" works the same in both. Enter or a double-click on a block does what the table
does with it (``on_activate``). A screen reader hears the list by the table's name, and each
block whole.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QIdentityProxyModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHeaderView,
    QListView,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ..domain.errors import PHBError
from ..domain.text import translate
from .reviews.sizing import ColumnsFit

AnyIndex = QModelIndex | QPersistentModelIndex
#: Rows measured to decide how wide the columns must be (the first screenful and more).
MEASURED_ROWS = 60
#: Above this many rows every block has the same height (measuring each would read them all).
UNIFORM_ABOVE = 2000
#: Lines beyond one a column that a block of uniform height leaves for long words to wrap.
UNIFORM_SPARE = 3
#: Room around a block's words, in pixels.
MARGIN = 8
_WRAP = Qt.TextFlag.TextWordWrap


def wrap_items(view: QListView) -> None:
    """A list whose long items wrap onto more lines instead of widening it (no sideways
    scrolling at large text sizes)."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def block_lines(model: Any, row: int) -> list[str]:
    """A row of ``model`` as lines: the first column's words, then "Heading: words" for each
    other column that has words."""
    lines: list[str] = []
    for column in range(model.columnCount()):
        text = str(model.index(row, column).data() or "").strip()
        if not text:
            continue
        if column == 0:
            lines.append(text)
            continue
        heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "").strip()
        heading = heading.replace("&", "").replace("\n", " ")
        if heading:
            lines.append(
                translate("Blocks", "{heading}: {words}").format(heading=heading, words=text)
            )
        else:
            lines.append(text)
    return lines


class BlocksModel(QIdentityProxyModel):
    """The table's model with each row's first cell saying the whole row (see
    :func:`block_lines`); the list shows that column."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                source = self.sourceModel()
                if source is None:
                    return None
                return "\n".join(block_lines(source, self.mapToSource(index).row()))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.CheckStateRole):
                return None
        return super().data(index, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base & ~Qt.ItemFlag.ItemIsEditable & ~Qt.ItemFlag.ItemIsUserCheckable


class BlockDelegate(QStyledItemDelegate):
    """Draws a block: its first line in bold, every line wrapped to the list's width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self.uniform_lines = 0  # > 0: every block this many lines (see UNIFORM_ABOVE)

    def _fonts(self) -> tuple[QFont, QFont]:
        plain = self.view.font()
        bold = QFont(plain)
        bold.setBold(True)
        return bold, plain

    def _width(self) -> int:
        return max(self.view.viewport().width() - 2 * MARGIN, 40)

    def _heights(self, text: str, width: int) -> list[int]:
        bold, plain = self._fonts()
        heights = []
        for number, line in enumerate(text.split("\n")):
            metrics = QFontMetrics(bold if number == 0 else plain)
            box = metrics.boundingRect(QRect(0, 0, width, 1_000_000), _WRAP, line)
            heights.append(max(box.height(), metrics.lineSpacing()))
        return heights

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        width = self._width()
        if self.uniform_lines:
            spacing = self.view.fontMetrics().lineSpacing()
            return QSize(width, self.uniform_lines * spacing + 2 * MARGIN)
        text = str(index.data() or "")
        return QSize(width, sum(self._heights(text, width)) + 2 * MARGIN)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        text = str(index.data() or "")  # (the option's text has its line breaks replaced)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        bold, plain = self._fonts()
        width = option.rect.width() - 2 * MARGIN
        top = option.rect.top() + MARGIN
        for number, (line, height) in enumerate(
            zip(text.split("\n"), self._heights(text, width), strict=True)
        ):
            painter.setFont(bold if number == 0 else plain)
            box = QRect(option.rect.left() + MARGIN, top, width, height)
            painter.drawText(box, _WRAP | Qt.AlignmentFlag.AlignLeft, line)
            top += height
        painter.restore()


class TableOrBlocks(QStackedWidget):
    """``table``, or its rows as blocks when its columns do not fit (see the module)."""

    stacked_changed = Signal(bool)  # True: the rows show as blocks now

    def __init__(
        self,
        table: QTableView,
        parent: QWidget | None = None,
        *,
        on_activate: Callable[[int], None] | None = None,
        all_rows: bool = False,
        measure_cells: bool = True,
    ) -> None:
        """``all_rows``: the blocks as tall as all of them (the page around scrolls, as for a
        table sized to all its rows); ``measure_cells``: False when the table keeps fixed column
        widths and shortens long words itself (then only its columns' widths count)."""
        super().__init__(parent)
        self.table = table
        self.on_activate = on_activate
        self.all_rows = all_rows
        self.measure_cells = measure_cells
        #: The person's choice (``table_choice``): the table even when it scrolls sideways.
        self.prefer_table = False
        self.choice: QCheckBox | None = None
        self.setObjectName(f"{table.objectName() or 'table'}_or_blocks")
        self.addWidget(table)
        self.blocks = QListView(self)
        self.blocks.setObjectName(f"{table.objectName() or 'table'}_blocks")
        self.proxy = BlocksModel(self.blocks)
        self.blocks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.blocks.setWordWrap(True)
        self.blocks.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.blocks.setAlternatingRowColors(True)
        self.blocks.setResizeMode(QListView.ResizeMode.Adjust)
        self.blocks.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.blocks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.blocks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.delegate = BlockDelegate(self.blocks)
        self.blocks.setItemDelegate(self.delegate)
        self.blocks.installEventFilter(self)
        self.blocks.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.addWidget(self.blocks)
        self.setFocusProxy(table)  # a label's buddy, a focus() call: whichever shows
        self._syncing = False
        self._decide_soon = QTimer(self)
        self._decide_soon.setSingleShot(True)
        self._decide_soon.setInterval(0)
        self._decide_soon.timeout.connect(self.decide)
        self._watched: Any = None
        #: The list reads the rows only while it shows them (a 60,000-row register's table
        #: never pays for blocks it does not show).
        self._attached = False
        self._watch_model()
        self._name()

    # -- the model ---------------------------------------------------------------------------
    def _watch_model(self) -> None:
        model = self.table.model()
        if model is self._watched:
            return
        self._detach_blocks()
        self._watched = model
        if model is None:
            return
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged,
                       model.dataChanged):  # fmt: skip
            signal.connect(self._decide_soon.start)
        self.table.selectionModel().currentChanged.connect(self._row_moved)
        # (a stretching column's width settles after the place's own resize)
        self.table.horizontalHeader().sectionResized.connect(self._decide_soon.start)
        self.table.viewport().installEventFilter(self)
        self._decide_soon.start()

    def _attach_blocks(self, uniform: bool) -> None:
        if self._attached or self._watched is None:
            return
        self.blocks.setUniformItemSizes(uniform)  # (before the rows arrive: none is measured)
        self.proxy.deleteLater()
        self.proxy = BlocksModel(self.blocks)
        self.proxy.setSourceModel(self._watched)
        self.blocks.setModel(self.proxy)
        self.blocks.setModelColumn(0)
        self.blocks.selectionModel().currentChanged.connect(self._block_moved)
        self._attached = True

    def _detach_blocks(self) -> None:
        if not self._attached:
            return
        self._attached = False
        self.blocks.setModel(None)  # (a new proxy when the blocks show again)

    def _name(self) -> None:
        self.blocks.setAccessibleName(self.table.accessibleName())
        self.blocks.setAccessibleDescription(
            translate("Blocks", "One block for each row, with every column's words.")
        )

    def table_choice(self, text: str) -> QCheckBox:
        """A tick box (for the caller to place) that keeps the table even when its columns do
        not fit: for a table whose cells are changed in place, by those who prefer that to
        scrolling sideways. Shown only while the rows would otherwise be blocks."""
        box = QCheckBox(text)
        box.setObjectName(f"{self.objectName()}_choice")
        box.toggled.connect(self._choose_table)
        box.hide()
        self.choice = box
        self._decide_soon.start()
        return box

    def _choose_table(self, on: bool) -> None:
        self.prefer_table = on
        self.decide()
        if on:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- which one shows ---------------------------------------------------------------------
    @property
    def stacked(self) -> bool:
        """Whether the rows show as blocks now."""
        return self.currentWidget() is self.blocks

    def room(self) -> int:
        """The width the table's columns have here."""
        table = self.table
        scroll = table.verticalScrollBar().sizeHint().width()
        return self.width() - 2 * table.frameWidth() - scroll

    def needed(self) -> int:
        """The width the table's columns need side by side."""
        table = self.table
        model = table.model()
        if model is None:
            return 0
        header = table.horizontalHeader()
        heads, cells = header.fontMetrics(), table.fontMetrics()
        pad = heads.averageCharWidth() * 2 + 8
        wrap = table.wordWrap()
        rows = min(model.rowCount(), MEASURED_ROWS) if self.measure_cells else 0
        # widths set by hand or to the contents are kept; a table whose columns share out
        # its width as it changes (ColumnsFit) needs only its longest words
        keeps_widths = not any(isinstance(child, ColumnsFit) for child in table.children())
        total = 0
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            words = (
                heading.split()
                if header.textElideMode() == Qt.TextElideMode.ElideNone
                else [heading]
            )
            need = max([heads.horizontalAdvance(word) for word in words] or [0])
            for row in range(rows):
                text = str(model.index(row, column).data() or "")
                parts = text.split() if wrap else text.split("\n")
                need = max([need, *(cells.horizontalAdvance(part) for part in parts)])
            need = max(need + pad, header.minimumSectionSize())
            if keeps_widths and header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
                need = max(need, header.sectionSize(column))  # a width the table keeps
            total += need
        return total

    def decide(self) -> None:
        """Show the table when its columns fit, else the blocks."""
        # the plan closed or locked meanwhile: decided again when it shows
        with contextlib.suppress(PHBError):
            self._decide()

    def _uniform(self, rows: int) -> bool:
        """Whether every block has the same height: many rows, or rows read only as they are
        shown (a table that does not measure its cells)."""
        return rows > UNIFORM_ABOVE or not self.measure_cells

    def _decide(self) -> None:
        self._watch_model()
        self._name()
        model = self.table.model()
        rows = model.rowCount() if model is not None else 0
        uniform = self._uniform(rows)
        # a line for each column, and room for a few long ones to wrap
        columns = model.columnCount() if model is not None else 0
        self.delegate.uniform_lines = columns + UNIFORM_SPARE if uniform else 0
        too_wide = self.needed() > self.room()
        if self.choice is not None:
            self.choice.setVisible(too_wide or self.prefer_table)
        want = self.blocks if too_wide and not self.prefer_table else self.table
        if want is self.blocks:
            self._attach_blocks(uniform)
            self.blocks.setUniformItemSizes(uniform)
            self._size_blocks(rows)
        elif rows > 0 and not uniform and self._rows_follow_words():
            self._size_rows(rows)
        if want is self.currentWidget():
            if want is self.blocks:
                self.blocks.doItemsLayout()
            return
        shown = self.currentWidget()
        had_focus = shown is not None and shown.hasFocus()
        self.setCurrentWidget(want)
        self.setFocusProxy(want)
        self.stacked_changed.emit(want is self.blocks)
        if want is self.blocks:
            self._row_moved(self.table.currentIndex(), QModelIndex())
            self.blocks.doItemsLayout()
        else:
            self._detach_blocks()
        if had_focus:
            want.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rows_follow_words(self) -> bool:
        """A wrapping table whose rows are sized by hand (Qt's default): sized here. Rows of
        one fixed height (a long table kept cheap to scroll) or sized by Qt itself are left."""
        mode = self.table.verticalHeader().sectionResizeMode(0)
        return self.table.wordWrap() and mode == QHeaderView.ResizeMode.Interactive

    def _size_rows(self, rows: int) -> None:
        """Each row of the (wrapping) table as tall as its words at the widths now; with
        ``all_rows``, the table as tall as all of them."""
        table = self.table
        table.resizeRowsToContents()
        if self.all_rows:
            header = table.horizontalHeader()
            height = max(header.sizeHint().height(), header.minimumHeight())
            height += sum(table.rowHeight(row) for row in range(rows))
            table.setFixedHeight(height + 2 * table.frameWidth() + 2)

    def _size_blocks(self, rows: int) -> None:
        least = max(self.table.minimumHeight(), self.fontMetrics().lineSpacing() * 4)
        if self._uniform(rows):
            self.blocks.setMinimumHeight(least)
            return
        option = QStyleOptionViewItem()
        total = sum(
            self.delegate.sizeHint(option, self.proxy.index(row, 0)).height() for row in range(rows)
        )
        total += 2 * self.blocks.frameWidth() + 2
        if self.all_rows:
            self.blocks.setFixedHeight(max(total, self.fontMetrics().lineSpacing() * 3))
        else:
            self.blocks.setMinimumHeight(min(total, least))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._decide_soon.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._decide_soon.start()

    # -- one current row ---------------------------------------------------------------------
    def _block_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        self._syncing = True
        try:
            table = self.table
            column = max(table.currentIndex().column(), 0)
            index = table.model().index(current.row(), column)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            if table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
                flags |= QItemSelectionModel.SelectionFlag.Rows
            table.selectionModel().setCurrentIndex(index, flags)
        finally:
            self._syncing = False

    def _row_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not self._attached:
            return
        self._syncing = True
        try:
            if current.isValid():
                self.blocks.selectionModel().setCurrentIndex(
                    self.proxy.index(current.row(), 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect,
                )
            else:
                self.blocks.selectionModel().clearCurrentIndex()
        finally:
            self._syncing = False

    def _activate(self, row: int) -> None:
        if row < 0:
            return
        if self.on_activate is not None:
            self.on_activate(row)
        else:
            self.table.activated.emit(self.table.model().index(row, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._decide_soon.start()
            return False
        if watched is self.blocks and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self._activate(self.blocks.currentIndex().row())
                return True
        return False
