"""At 200% text every table shows all its columns without scrolling sideways and cuts no
words short: a table too wide for its place shows its rows as stacked blocks instead
(``phbplanner.ui.stacking``). Checked on every page, workspace part and catalogue dialog."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListView,
    QTabBar,
    QTableView,
    QWidget,
)

from phbplanner.ui.catalogue import all_dialogs
from phbplanner.ui.theme import settle_layouts
from phbplanner.ui.window import MainWindow

from .conftest import open_example, settled, speaking

#: The spending register keeps one line a row and shortens long words in its table (6 years
#: of records scroll smoothly only with rows of one height); the words are whole in each
#: row's tooltip, its blocks and the entry's form. Its columns are checked like any other's.
SHORTENED = "register"
#: Rows looked at in each table (the first screenful is what a person sees first).
ROWS = 40


def _cell_problems(view: QAbstractItemView, index: QModelIndex, rect: QRect) -> str | None:
    text = str(index.data() or "")
    if not text or rect.width() <= 0:
        return None
    metrics = view.fontMetrics()
    pad = 6  # the margin an item view leaves around a cell's words
    if view.wordWrap() or (isinstance(view, QListView) and "\n" in text):
        need = metrics.boundingRect(
            QRect(0, 0, max(rect.width() - pad, 1), 100000), Qt.TextFlag.TextWordWrap, text
        ).height()
        if need > rect.height() + 1:
            return f"needs {need}px height, has {rect.height()}"
        return None
    if max(metrics.horizontalAdvance(t) for t in text.split("\n")) + pad > rect.width() + 1:
        return f"{text[:30]!r} needs {metrics.horizontalAdvance(text) + pad}px, has {rect.width()}"
    return None


def table_problems(root: QWidget) -> list[str]:
    """What is hidden sideways or cut short in ``root``'s visible tables and lists."""
    found = []
    for bar in root.findChildren(QTabBar):
        if bar.isVisibleTo(root) and bar.count() > 1 and bar.sizeHint().width() > bar.width() + 1:
            found.append(f"{bar.accessibleName() or bar.objectName()}: tabs hidden to the side")
    for view in root.findChildren(QAbstractItemView):
        if not isinstance(view, (QTableView, QListView)):
            continue  # (a header is checked with its table)
        if not view.isVisibleTo(root) or view.model() is None:
            continue
        name = view.accessibleName() or view.objectName() or type(view).__name__
        if view.horizontalScrollBar().isVisibleTo(view) and view.horizontalScrollBar().maximum():
            found.append(f"{name}: scrolls sideways")
        model = view.model()
        columns = model.columnCount() if isinstance(view, QTableView) else 1
        if isinstance(view, QTableView):
            header = view.horizontalHeader()
            for column in range(columns):
                if view.isColumnHidden(column):
                    found.append(f"{name}: column {column} is hidden")
                    continue
                heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                if heading and _heading_cut(header, column, heading):
                    found.append(f"{name}: heading {heading!r} is cut short")
        if view.objectName() == SHORTENED:
            continue  # see SHORTENED
        for row in range(min(model.rowCount(), ROWS)):
            for column in range(columns):
                if isinstance(view, QListView):
                    column = view.modelColumn()
                index = model.index(row, column)
                rect = view.visualRect(index)
                if isinstance(view, QListView):  # an item may be wider than the list shows
                    rect.setRight(min(rect.right(), view.viewport().width() - 1))
                why = _cell_problems(view, index, rect)
                if why:
                    found.append(f"{name}: row {row}, column {column}: {why}")
    return found


def _settled_problems(root: QWidget) -> list[str]:
    """The problems once the place has finished filling in (data read in the background
    arrives a moment later): asked again as long as there are any, for up to 10 s — a loaded
    machine reads slowly; a place that is right at once costs one look."""
    for _ in range(400):
        found = table_problems(root)
        if not found:
            return []
        QTest.qWait(25)
        settle_layouts()
    return found


def _heading_cut(header: QHeaderView, column: int, heading: str) -> bool:
    metrics = header.fontMetrics()
    width = header.sectionSize(column)
    if (
        header.textElideMode() == Qt.TextElideMode.ElideNone
        or header.defaultAlignment() & Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
    ):
        longest = max(metrics.horizontalAdvance(w) for w in heading.split())
        return longest + 8 > width + 1
    return metrics.horizontalAdvance(heading) + 8 > width + 1


def _places(window: MainWindow, qtbot: Any) -> Iterator[str]:
    open_example(window, qtbot)
    for number, page in enumerate(window.journey.pages):
        window.journey.go(number)
        settled()
        yield page.slug
    window.go_to_workspace("spending")
    settled()
    spending: Any = window.plan_view.widget("spending")
    for part in range(spending.tabs.count()):
        spending.show_part(part)
        settled()
        if part == 0:  # the newest entry chosen: its documents listed beside the register
            records = spending.records
            newest = records.model.entry_id(0)
            assert newest is not None and records.select_entry(newest)
            settled()
            assert records.receipts.list.count() >= 2
        yield f"my spending, part {part}"
    window.go_to_workspace("reviews")
    settled()
    yield "reviews"


@pytest.mark.parametrize(
    ("scale", "language"), [(100, "en"), (200, "en"), (100, "cy"), (200, "cy")]
)
def test_no_table_hides_columns_or_cuts_words(
    window: MainWindow, qtbot: Any, scale: int, language: str, translations_compiled: None
) -> None:
    window.set_scale(scale)  # the window is 1280×800 (the fixture), the yardstick laptop
    with speaking(window, language):  # Welsh words are often longer
        _check_every_place(window, qtbot)


def _check_every_place(window: MainWindow, qtbot: Any) -> None:
    problems: list[str] = []
    for place in _places(window, qtbot):
        problems += [f"{place}: {p}" for p in _settled_problems(window)]
    for entry in all_dialogs():
        dialog = entry.factory(window)
        dialog.show()
        qtbot.waitExposed(dialog)
        settled()
        problems += [f"{entry.key}: {p}" for p in _settled_problems(dialog)]
        dialog.hide()
        dialog.deleteLater()
    assert not problems, "\n".join(problems)


def test_at_100_the_register_stays_a_table_and_the_support_lines_offer_one(
    window: MainWindow, qtbot: Any
) -> None:
    """On the 1280×800 laptop at 100% the spending register is a table (rows to scan); the 13
    columns of the support lines do not fit, so they are blocks, with a table one tick away."""
    open_example(window, qtbot)
    window.journey.go(next(n for n, p in enumerate(window.journey.pages) if p.slug == "my-support"))
    settled()
    page: Any = window.journey.pages[window.journey.current()]
    place = page.paid.place
    assert place.stacked and page.paid.table_choice.isVisible()
    assert "F2" not in page.paid.hint.text()  # Enter on a line: its form
    page.paid.table_choice.setChecked(True)
    settled()
    assert not place.stacked and page.paid.view.hasFocus()  # to change a value in place
    assert "F2" in page.paid.hint.text()
    page.paid.table_choice.setChecked(False)
    settled()
    assert place.stacked
    window.go_to_workspace("spending")
    settled()
    spending: Any = window.plan_view.widget("spending")
    place = spending.records.table_place
    assert not place.stacked
    # the blocks not shown read no row (six years of records would all be read to lay them out)
    assert place.blocks.model() is None
