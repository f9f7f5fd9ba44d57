"""Dialogs the size their content asks for at the text size in use, but never larger than the
screen they are on (their buttons stay in view; the content scrolls inside)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

#: How much of the screen a dialog may take at most.
SHARE = 0.92


def fit_to_screen(dialog: QWidget, *, width_letters: int, height_lines: int) -> None:
    """Resize ``dialog`` for about ``width_letters`` × ``height_lines`` of text, within its
    screen (the parent's screen, else the primary one)."""
    parent = dialog.parentWidget()
    screen = (parent.screen() if parent is not None else None) or dialog.screen()
    screen = screen or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    metrics = dialog.fontMetrics()
    width = min(metrics.averageCharWidth() * width_letters, int(room.width() * SHARE))
    height = min(metrics.lineSpacing() * height_lines, int(room.height() * SHARE))
    dialog.resize(max(width, 320), max(height, 240))


def show_every_row(table: QTableView) -> None:
    """Make ``table`` tall enough for all its rows, each with room around its words at the text
    size in use (the page around it scrolls; long words wrap, no column is hidden)."""
    metrics = table.fontMetrics()
    table.verticalHeader().setMinimumSectionSize(metrics.lineSpacing() + 12)
    table.resizeRowsToContents()
    model = table.model()
    rows = model.rowCount() if model is not None else 0
    header = table.horizontalHeader()
    height = max(header.sizeHint().height(), header.minimumHeight()) + 2 * table.frameWidth() + 2
    height += sum(table.rowHeight(row) for row in range(rows))
    table.setFixedHeight(max(height, metrics.lineSpacing() * 3))


def fit_height_to_content(dialog: QWidget) -> None:
    """No taller than what ``dialog`` holds at its width (after :func:`fit_to_screen`)."""
    layout = dialog.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    wanted = layout.totalHeightForWidth(dialog.width())
    if 0 < wanted < dialog.height():
        dialog.resize(dialog.width(), max(wanted, 240))


class ColumnsFit(QObject):
    """Share a table's width among its columns so that every heading shows whole: each column
    gets what its heading needs, and the rest is shared equally (cells wrap). When even the
    headings do not fit side by side, the headings wrap onto more lines."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        table = self.table
        model = table.model()
        if model is None or model.columnCount() == 0:
            return
        header = table.horizontalHeader()
        heads, cells = header.fontMetrics(), table.fontMetrics()
        pad = heads.averageCharWidth() * 2 + 8
        count, rows = model.columnCount(), model.rowCount()
        titles = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(count)]
        texts = [[str(model.index(r, c).data() or "") for r in range(rows)] for c in range(count)]
        head = [heads.horizontalAdvance(title) + pad for title in titles]
        # at least the longest word of the column (a cell wraps between words, never inside)
        least = [
            max([h, *(cells.horizontalAdvance(w) + pad for t in col for w in t.split())])
            for h, col in zip(head, texts, strict=True)
        ]
        want = [
            max([h, *(cells.horizontalAdvance(t) + pad for t in col)])
            for h, col in zip(least, texts, strict=True)
        ]
        room = table.viewport().width()
        lines = 1
        if sum(want) <= room:
            extra = (room - sum(want)) // count
            widths = [w + extra for w in want]
        elif sum(least) <= room:  # what is left goes where the words would wrap most
            spare, wish = room - sum(least), sum(want) - sum(least)
            widths = [
                lo + spare * (w - lo) // max(wish, 1) for lo, w in zip(least, want, strict=True)
            ]
        else:  # the headings wrap: each column a share of the room by what it needs
            widths = [max(pad * 2, room * n // sum(least)) for n in least]
            lines = max(-(-n // max(w, 1)) + 1 for n, w in zip(head, widths, strict=True))
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        wrap = Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value if lines > 1 else 0)
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | wrap
        )
        header.setMinimumHeight(heads.lineSpacing() * lines + 12)
        show_every_row(table)
