"""The mouse wheel scrolls the page over choice boxes, number boxes and date fields; it changes
one only when the person has put the keyboard focus in it first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from phbplanner.ui.pages.budget import BudgetPage
from phbplanner.ui.wheel import install_wheel_guard
from phbplanner.ui.window import MainWindow

from .conftest import make_plan_file, open_in, read_plan


def roll(widget: QWidget, notches: int = -3) -> None:
    """Turn the mouse wheel over the start of ``widget``'s text (negative: towards the person),
    as the window system delivers it (to the window, which finds the widget under the pointer).
    (A date field steps the part of the date under the pointer.)"""
    top = widget.window()
    handle = top.windowHandle()
    assert handle is not None
    where = widget.mapTo(top, QPoint(12, widget.height() // 2))
    QTest.wheelEvent(handle, QPointF(where), QPoint(0, 120 * notches))
    QApplication.processEvents()


def _combo() -> QWidget:
    combo = QComboBox()
    combo.addItems(["Every month", "Every 4 weeks", "Every 3 months"])
    combo.setCurrentIndex(1)  # in the middle: the wheel can move it either way
    return combo


def _spin() -> QWidget:
    spin = QSpinBox()
    spin.setRange(0, 100)
    spin.setValue(50)
    return spin


def _decimal() -> QWidget:
    spin = QDoubleSpinBox()
    spin.setRange(0, 100)
    spin.setValue(50)
    return spin


def _date() -> QWidget:
    return QDateEdit(QDate(2026, 4, 15))


def _value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QDateEdit):
        return widget.date()
    return widget.value()  # type: ignore[attr-defined]


@pytest.mark.parametrize("make", [_combo, _spin, _decimal, _date], ids=lambda f: f.__name__[1:])
def test_the_wheel_scrolls_the_page_unless_the_field_has_the_focus(
    qtbot: Any, make: Callable[[], QWidget]
) -> None:
    install_wheel_guard()
    area = QScrollArea()
    qtbot.addWidget(area)
    body = QWidget()
    layout = QVBoxLayout(body)
    other = QLineEdit()  # where the keyboard is while the person scrolls
    layout.addWidget(other)
    field = make()
    layout.addWidget(field)
    layout.addSpacing(3000)  # a long page
    area.setWidget(body)
    area.resize(400, 300)
    area.show()
    qtbot.waitExposed(area)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert field.focusPolicy() != Qt.FocusPolicy.WheelFocus  # the wheel gives it no focus
    before = _value(field)
    roll(field)
    assert _value(field) == before  # not changed by passing over it
    assert area.verticalScrollBar().value() > 0  # the page scrolled instead
    assert not field.hasFocus()
    area.verticalScrollBar().setValue(0)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    roll(field)
    assert _value(field) != before  # chosen on purpose: the wheel works


def test_scrolling_my_budget_over_a_choice_saves_nothing(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan")
    open_in(window, qtbot, path)
    assert window.controller is not None
    before = window.controller.plan
    window.journey.go(8)
    page = window.journey.page("my-budget")
    assert isinstance(page, BudgetPage)
    combo = page.form.editors["payment_schedule"].widget
    assert isinstance(combo, QComboBox)
    page.ensureWidgetVisible(combo)
    window.journey.steps.setFocus()
    for notches in (-3, 3, -3):
        roll(combo, notches)
    assert window.controller.plan == before
    assert window.controller.undo_stack.count() == 0
    window.close_plan()
    assert read_plan(path) == before
