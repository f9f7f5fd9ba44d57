"""Switching the language, there and back, any number of times, keeps the session working."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from phbplanner.build_translations import compile_all
from phbplanner.ui import settings as store
from phbplanner.ui.pages.about import AboutMePage
from phbplanner.ui.window import MainWindow

from .conftest import make_plan_file, open_in, press, read_plan, type_text


@pytest.fixture(scope="module", autouse=True)
def _compiled() -> None:
    compile_all()  # .ci/setup compiles them too; a test run must not depend on that


def _shortcuts(window: MainWindow) -> Counter[str]:
    """Every key sequence of every action the window holds (each should appear once)."""
    found: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            found[sequence.toString()] += 1
    return found


def _assert_actions_sound(window: MainWindow, count: int) -> None:
    shortcuts = _shortcuts(window)
    assert [key for key, n in shortcuts.items() if n > 1] == []
    assert len(window.findChildren(QAction)) == count


def test_switching_on_the_start_screen_keeps_every_action_and_shows_welsh(
    window: MainWindow, qtbot: Any
) -> None:
    actions = len(window.findChildren(QAction))
    window.start.name.setText("Zoë")
    try:
        for _ in range(3):
            window.set_language("cy")
            assert window.start.create_button.text() == "Creu fy nghynllun"
            assert window.menu_actions.quit.text() == "&Gadael"
            assert window.start.name.text() == "Zoë"  # what was typed stays
            _assert_actions_sound(window, actions)
            window.set_language("en")
            assert window.start.create_button.text() == "Create my plan"
            assert window.menu_actions.quit.text() == "&Quit"
            _assert_actions_sound(window, actions)
    finally:
        window.set_language("en")
    assert store.language() == "en"
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()  # Ctrl+Q still quits: not an ambiguous shortcut


def test_switching_with_a_plan_open_keeps_the_session_working(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan")
    open_in(window, qtbot, path)
    assert window.controller is not None
    actions = len(window.findChildren(QAction))
    try:
        for round_number in range(3):
            window.journey.go(2)
            window.set_language("cy")
            journey = window.journey
            assert journey.current() == 2  # the same step, rebuilt in Welsh
            assert journey.next.text() == "Nesaf →"
            assert journey.steps.model().index(0).data().startswith("1. ")
            _assert_actions_sound(window, actions)
            window.set_language("en")
            assert window.journey.next.text() == "Next →"
            _assert_actions_sound(window, actions)
            # typing and clicking out of a field saves it, with no "Something went wrong"
            window.journey.go(0)
            about = window.journey.page("about-me")
            assert isinstance(about, AboutMePage)
            field = about.person.editors["preferred_name"].widget
            field.setFocus()
            field.selectAll()  # type: ignore[attr-defined]
            type_text(f"Sian {round_number}")
            press(Qt.Key.Key_Tab)
            assert window.controller.plan.person.preferred_name == f"Sian {round_number}"
    finally:
        window.set_language("en")
    # Ctrl+Z still undoes (one shortcut, one action), and the file follows
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.plan.person.preferred_name == "Sian 1"
    window.menu_actions.close.trigger()
    assert read_plan(path).person.preferred_name == "Sian 1"
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
