"""Workspaces: top-level navigation a keyboard and a screen-reader user can move through, with the
budget summary in view; a later workspace is one registration, not a rewiring of the window."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from phbplanner.domain.plan import Management, Person, Plan
from phbplanner.services.edits import PutItem
from phbplanner.ui.controller import PlanController
from phbplanner.ui.window import MainWindow
from phbplanner.ui.workspaces import (
    Workspace,
    all_workspaces,
    register_workspace,
    unregister_workspace,
)
from phbplanner.ui.workspaces.base import registered

from .conftest import make_plan_file, open_in, tab_to


class Spending(QWidget):
    """A small stand-in for a later workspace: a heading and one field."""

    made = 0

    def __init__(self, controller: PlanController, window: QMainWindow) -> None:
        super().__init__()
        Spending.made += 1
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Money paid out"))
        self.payee = QLineEdit(self)
        self.payee.setAccessibleName("Who was paid")
        layout.addWidget(self.payee)

    def focus_first(self) -> None:
        self.payee.setFocus(Qt.FocusReason.ShortcutFocusReason)


def direct_payment(plan: Plan) -> bool:
    return any(line.management == Management.DIRECT_PAYMENT for line in plan.support_lines)


@pytest.fixture
def spending() -> Iterator[Workspace]:
    workspace = Workspace(
        key="test-spending", title=lambda: "Test records", factory=Spending,
        shown_when=direct_payment,
    )  # fmt: skip
    register_workspace(workspace)
    Spending.made = 0
    yield workspace
    unregister_workspace(workspace.key)


def _assert_heard(nav: QWidget, titles: list[str], selected: int) -> None:
    tabs = QAccessible.queryAccessibleInterface(nav)
    assert tabs is not None
    assert tabs.text(QAccessible.Text.Name) == titles[selected]  # the current one is announced
    shown = range(len(titles))  # (then come the tab bar's own scroll buttons)
    assert [tabs.child(i).text(QAccessible.Text.Name) for i in shown] == titles
    assert [tabs.child(i).state().selected for i in shown] == [i == selected for i in shown]


def _titles(window: MainWindow) -> list[str]:
    assert window.plan_view is not None
    nav = window.plan_view.nav
    return [nav.tabText(i) for i in range(nav.count())]


def _program_titles(plan: Plan) -> list[str]:
    """The titles of the program's own workspaces offered for ``plan``, in order."""
    extra = {w.key for w in registered()}
    return [w.title() for w in all_workspaces() if w.shown_for(plan) and w.key not in extra]


def test_one_workspace_needs_no_navigation(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    # a plan just begun: nothing to review yet, no spending records
    plan = Plan(person=Person(name="Ann"))
    open_in(window, qtbot, make_plan_file(tmp_path / "plan.phbplan", plan))
    view = window.plan_view
    assert view is not None
    assert _titles(window) == ["My plan"]
    assert not view.nav.isVisible()  # one tab would say nothing
    assert view.summary.isVisible()
    assert view.current_key() == "plan"


def test_a_registered_workspace_is_offered_with_keyboard_names_and_the_summary(
    window: MainWindow, qtbot: Any, tmp_path: Path, spending: Workspace
) -> None:
    open_in(window, qtbot, make_plan_file(tmp_path / "plan.phbplan"))
    view = window.plan_view
    assert view is not None and window.controller is not None
    assert direct_payment(window.controller.plan)  # the example pays some support directly
    titles = [*_program_titles(window.controller.plan), "Test records"]  # after the program's own
    assert _titles(window) == titles
    assert view.nav.isVisible()
    assert Spending.made == 0  # made when first shown
    # a screen reader hears each tab by its title, and which one is selected
    _assert_heard(view.nav, titles, selected=0)
    # Ctrl+N goes there, with the keyboard in the workspace; the summary stays in view
    number = len(titles)
    key = Qt.Key(Qt.Key.Key_0.value + number)
    QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert view.current_key() == "test-spending" and Spending.made == 1
    widget = view.widget("test-spending")
    assert isinstance(widget, Spending)
    qtbot.waitUntil(widget.payee.hasFocus)
    assert view.summary.isVisible() and view.nav.currentIndex() == number - 1
    _assert_heard(view.nav, titles, selected=number - 1)
    shortcut = window.menu_actions.workspace_actions["test-spending"].shortcut().toString()
    assert shortcut == f"Ctrl+{number}"
    # Ctrl+1 back to the plan, at the step it was on
    window.journey.go(4)
    QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.current_key() == "plan" and window.journey.current() == 4
    # Tab reaches the navigation; the arrow keys move along it
    tab_to(view.nav)
    for _ in range(number - 1):
        QTest.keyClick(view.nav, Qt.Key.Key_Right)
    assert view.current_key() == "test-spending"
    assert Spending.made == 1  # made once


def test_a_workspace_comes_and_goes_with_its_condition_on_the_plan(
    window: MainWindow, qtbot: Any, tmp_path: Path, spending: Workspace
) -> None:
    open_in(window, qtbot, make_plan_file(tmp_path / "plan.phbplan"))
    view, controller = window.plan_view, window.controller
    assert view is not None and controller is not None
    view.show_workspace("test-spending")
    edits = [
        PutItem("support_lines", dataclasses.replace(line, management=Management.NOTIONAL))
        for line in controller.plan.support_lines
    ]
    assert controller.edit(edits, "No direct payments")
    own = _program_titles(controller.plan)
    assert _titles(window) == own  # no direct payment: no spending records
    assert view.current_key() == "plan"
    assert view.nav.isVisible() == (len(own) > 1)
    assert not window.menu_actions.workspace_actions["test-spending"].isEnabled()
    window.undo()
    # the program's own My spending comes back with the direct payments, and the test's
    assert _titles(window) == [*_program_titles(controller.plan), "Test records"]
    assert "My spending" in _titles(window) and "My spending" not in own
    assert window.menu_actions.workspace_actions["test-spending"].isEnabled()


def test_a_language_change_keeps_the_workspace_shown(
    window: MainWindow, qtbot: Any, tmp_path: Path, spending: Workspace
) -> None:
    open_in(window, qtbot, make_plan_file(tmp_path / "plan.phbplan"))
    window.go_to_workspace("test-spending")
    try:
        window.set_language("cy")
        assert window.plan_view is not None
        assert window.plan_view.current_key() == "test-spending"
        titles = _titles(window)
        assert titles[0] == "Fy nghynllun" and titles[-1] == "Test records"
    finally:
        window.set_language("en")
    assert window.plan_view.current_key() == "test-spending"
