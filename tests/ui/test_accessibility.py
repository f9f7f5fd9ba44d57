"""Every control has a name a screen reader can say; at 200% text nothing is cut off."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from phbplanner.ui.window import MainWindow

from .conftest import open_example, settled, speaking


def _screens(window: MainWindow, qtbot: Any) -> Iterator[str]:
    """Show the start screen, then every page of the example plan; yield a name for each."""
    settled()
    yield "start screen"
    open_example(window, qtbot)
    for number, page in enumerate(window.journey.pages):
        window.journey.go(number)
        settled()
        yield page.slug


def _focusable(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if widget.focusProxy() is not None:
            continue  # e.g. a view's viewport: the focus goes to the view itself
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
    return found


def test_every_focusable_widget_has_an_accessible_name(window: MainWindow, qtbot: Any) -> None:
    missing: list[str] = []
    checked = 0
    for screen in _screens(window, qtbot):
        for widget in _focusable(window):
            interface = QAccessible.queryAccessibleInterface(widget)
            assert interface is not None
            name = interface.text(QAccessible.Text.Name).strip()
            if isinstance(widget, (QLineEdit, QComboBox)) or widget.inherits("QAbstractScrollArea"):
                # inputs: their own name, not only their content (combos say their item)
                name = widget.accessibleName().strip() or (
                    name if widget.inherits("QLabel") else ""
                )
                if widget.inherits("QScrollArea") and not widget.inherits("QAbstractItemView"):
                    continue  # a page's scrolling frame takes no focus of its own
            checked += 1
            if not name:
                missing.append(f"{screen}: {type(widget).__name__} {widget.objectName()!r}")
    assert checked > 100
    assert not missing, "\n".join(missing)


def _clipped(widget: QWidget) -> str | None:
    """Why ``widget``'s text does not fit in it, or None."""
    size = widget.size()
    if isinstance(widget, QLabel):
        if not widget.text():
            return None
        if widget.wordWrap():
            need = widget.heightForWidth(size.width())
            if need > size.height() + 1:
                return f"needs {need}px height, has {size.height()}"
            return None
        hint = widget.minimumSizeHint()
    elif isinstance(widget, (QAbstractButton, QComboBox)):
        hint = widget.minimumSizeHint()
    elif isinstance(widget, QLineEdit):
        if isinstance(widget.parentWidget(), QComboBox):
            return None  # an editable combo box's own box: the combo box is checked whole
        hint = widget.minimumSizeHint()
        if size.height() + 1 < hint.height():
            return f"height {size.height()} < {hint.height()}"
        if not widget.text() and widget.placeholderText():  # the grey example, whole
            need = widget.fontMetrics().horizontalAdvance(widget.placeholderText()) + 12
            if size.width() + 1 < need:
                return f"its example needs {need}px, has {size.width()}"
        return None
    else:
        return None
    if size.width() + 1 < hint.width() or size.height() + 1 < hint.height():
        return f"size {size.width()}x{size.height()} < {hint.width()}x{hint.height()}"
    return None


@pytest.mark.parametrize(
    ("scale", "language"), [(100, "en"), (200, "en"), (100, "cy"), (200, "cy")]
)
def test_text_fits_at_every_size(
    window: MainWindow, qtbot: Any, scale: int, language: str, translations_compiled: None
) -> None:
    window.set_scale(scale)
    problems: list[str] = []
    with speaking(window, language):  # Welsh words are often longer
        for screen in _screens(window, qtbot):
            for widget in window.findChildren(QWidget):
                if not widget.isVisibleTo(window):
                    continue
                why = _clipped(widget)
                if why:
                    text = getattr(widget, "text", lambda: "")()
                    problems.append(f"{screen}: {type(widget).__name__} {text[:40]!r}: {why}")
    assert not problems, "\n".join(problems)


def test_the_budget_summary_shows_when_it_has_the_focus(window: MainWindow, qtbot: Any) -> None:
    open_example(window, qtbot)
    summary = window.plan_view.summary
    summary.clearFocus()
    qtbot.waitUntil(lambda: not summary.hasFocus(), timeout=3000)
    before = summary.grab().toImage()
    summary.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(summary.hasFocus, timeout=3000)
    after = summary.grab().toImage()
    # the focus border is drawn (without it the two pictures are the same)
    assert before != after
