"""The relationship circle: add, drag between rings, move with the keyboard, remove."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from phbplanner.domain.plan import Plan
from phbplanner.ui.pages.relationships import RelationshipsPage
from phbplanner.ui.window import MainWindow

from .conftest import (
    make_plan_file,
    open_in,
    press,
    read_plan,
    tab_to,
    type_text,
    when_dialog_opens,
)


def _ring(window: MainWindow, name: str) -> int:
    assert window.controller is not None
    return next(p.ring for p in window.controller.plan.relationships if p.name == name)


def _add(page: RelationshipsPage, name: str, what: str) -> None:
    def fill(dialog: Any) -> None:
        type_text(name)
        press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Tab)  # who they are to me
        press(Qt.Key.Key_Down)  # ring: "2. Friends and unpaid support"
        press(Qt.Key.Key_Tab)
        type_text(what)
        tab_to(dialog.save_button)
        press(Qt.Key.Key_Space)

    page.list.buttons["add"].setFocus()
    when_dialog_opens(fill)
    press(Qt.Key.Key_Space)


def test_circle_add_drag_keyboard_remove(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan", Plan())
    open_in(window, qtbot, path)
    window.journey.go(3)
    page = window.journey.page("my-relationships")
    assert isinstance(page, RelationshipsPage)
    _add(page, "Łukasz", "Walks the dog")
    _add(page, "Siân", "Sunday lunch")
    assert _ring(window, "Łukasz") == 2
    circle = page.circle
    assert set(circle.markers) == {p.id for p in window.controller.plan.relationships}  # type: ignore[union-attr]
    lukasz = next(p.id for p in window.controller.plan.relationships if p.name == "Łukasz")  # type: ignore[union-attr]

    # Drag Łukasz from ring 2 out to ring 4 with the mouse
    start = circle.marker_position(lukasz).toPoint()
    target = circle.point_in_ring(4).toPoint()
    viewport = circle.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    middle = QPointF((start.x() + target.x()) / 2, (start.y() + target.y()) / 2).toPoint()
    QTest.mouseMove(viewport, middle)
    QTest.mouseMove(viewport, target)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    assert _ring(window, "Łukasz") == 4
    assert page.list.current_id() == lukasz  # the list follows the diagram

    # The keyboard: focus the circle, pick Łukasz, move him in two rings
    circle.setFocus()
    qtbot.waitUntil(circle.hasFocus)
    while circle.current != lukasz:
        press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Up)
    assert _ring(window, "Łukasz") == 3
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Up)
    assert _ring(window, "Łukasz") == 1
    press(Qt.Key.Key_Up)  # already closest: stays
    assert _ring(window, "Łukasz") == 1

    # The accessible list beside it does the same
    page.list.select(lukasz)
    page.further.setFocus()
    press(Qt.Key.Key_Space)
    assert _ring(window, "Łukasz") == 2

    # It redraws cleanly at another size
    window.resize(900, 620)
    QTest.qWait(50)
    assert circle.scene().sceneRect().width() <= circle.viewport().width() + 1
    assert lukasz in circle.markers

    # Remove Łukasz from the list
    page.list.select(lukasz)
    page.list.buttons["remove"].setFocus()
    press(Qt.Key.Key_Space)
    assert [p.name for p in window.controller.plan.relationships] == ["Siân"]  # type: ignore[union-attr]
    assert lukasz not in circle.markers
    window.close_plan()
    saved = read_plan(path)
    assert [(p.name, p.ring, p.what_they_do) for p in saved.relationships] == [
        ("Siân", 2, "Sunday lunch")
    ]
