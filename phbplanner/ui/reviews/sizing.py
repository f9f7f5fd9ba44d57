"""Dialogs the size their content asks for at the text size in use, but never larger than the
screen they are on (their buttons stay in view; the content scrolls inside)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView, QWidget

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
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
    height += sum(table.rowHeight(row) for row in range(rows))
    table.setFixedHeight(max(height, metrics.lineSpacing() * 3))
