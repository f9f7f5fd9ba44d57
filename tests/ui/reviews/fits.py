"""What a person would see wrong at a large text size: a button that cannot be seen or reached,
words cut off (a label, a button, a choice or a table heading too small for its text)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QListView,
    QTableView,
    QWidget,
)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    """Inside a scrolling area (reached by scrolling, so it may be out of view for now)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _global(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def fit_problems(
    top: QWidget, *, width: int = 1280, height: int = 800, lists: bool = True
) -> list[str]:
    """Everything wrong in ``top`` (a window or a dialog) as it is shown now (``lists``: also
    lists that cut their words short)."""
    found: list[str] = []
    if top.width() > width or top.height() > height:
        found.append(f"{top.objectName() or type(top).__name__} is {top.width()}×{top.height()}")
    frame = _global(top)
    for button in top.findChildren(QAbstractButton):
        if not _shown(button) or not button.text():
            continue
        name = button.text()
        if not _in_scroll_area(button, top) and not frame.contains(_global(button)):
            found.append(f"button “{name}” is outside its window")
        if button.width() < button.sizeHint().width() - 2:
            found.append(
                f"button “{name}” is cut off ({button.width()} < {button.sizeHint().width()})"
            )
    for label in top.findChildren(QLabel):
        if not _shown(label) or not label.text() or label.textFormat() == Qt.TextFormat.RichText:
            continue
        room = label.contentsRect()
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 2:
                found.append(
                    f"label “{label.text()[:40]}” is cut off ({label.height()} < {needed})"
                )
        elif "\n" not in label.text():
            needed = label.fontMetrics().horizontalAdvance(label.text())
            if needed > room.width() + 1:
                found.append(f"label “{label.text()[:40]}” is cut off ({room.width()} < {needed})")
    for area in top.findChildren(QAbstractScrollArea):
        if _shown(area) and area.horizontalScrollBar().isVisible():
            found.append(f"{area.objectName() or type(area).__name__} scrolls sideways")
    for items in top.findChildren(QListView):
        if lists and _shown(items) and items.textElideMode() != Qt.TextElideMode.ElideNone:
            found.append(f"the list {items.accessibleName()} cuts its words short")
    for table in top.findChildren(QTableView):
        if not _shown(table) or table.model() is None:
            continue
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        model = table.model()
        cells = table.fontMetrics()
        for column in range(model.columnCount()):
            for row in range(model.rowCount()):
                words = str(model.index(row, column).data() or "").split()
                if words and max(map(cells.horizontalAdvance, words)) > header.sectionSize(column):
                    found.append(f"a word in {table.accessibleName()} is cut short")
            if header.isSectionHidden(column):
                found.append(f"a column of {table.accessibleName()} is hidden")
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            wraps = bool(
                header.defaultAlignment() & Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
            )
            if not wraps and metrics.horizontalAdvance(title) > header.sectionSize(column):
                found.append(f"the heading “{title}” of {table.accessibleName()} is cut off")
    return found
