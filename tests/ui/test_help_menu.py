"""Help menu: Keys… (every shortcut of the window) and About PHB Planner; the step shortcuts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from phbplanner.ui.about_dialog import AboutDialog
from phbplanner.ui.keys import KeysDialog
from phbplanner.ui.window import MainWindow

from .conftest import open_example


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions() if a.menu()]


def _help_items(window: MainWindow) -> list[str]:
    help_menu = window.menu_actions.help_menu
    return [a.text().replace("&", "") for a in help_menu.actions() if not a.isSeparator()]


def _active_dialog(qtbot: Any, kind: type) -> Any:
    found: list[Any] = []

    def shown() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)]
        assert dialogs and dialogs[0].isVisible()
        found[:] = dialogs

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def test_help_is_the_last_menu_with_keys_and_about(window: MainWindow) -> None:
    assert _menu_titles(window)[-1] == "Help"
    assert _help_items(window) == ["Keys…", "About PHB Planner"]


def test_help_stays_last_when_a_plan_adds_its_menus(window: MainWindow, qtbot: Any) -> None:
    open_example(window, qtbot)
    extra = window.menu_actions.add_menu(lambda: "&Extra")
    titles = _menu_titles(window)
    assert titles[-1] == "Help"
    assert titles.index("Extra") == len(titles) - 2
    window.menuBar().removeAction(extra.menuAction())


def test_keys_from_the_menu_lists_the_window_shortcuts(window: MainWindow, qtbot: Any) -> None:
    window.menu_actions.keys.trigger()
    dialog = _active_dialog(qtbot, KeysDialog)
    assert dialog.parent() is window and dialog.isModal()
    rows = dict(dialog.rows)
    assert rows["Ctrl+Z"] == "Undo"
    assert rows["F1"] == "Keys"  # the dialog lists the key that opened it, without "…"
    assert rows["Alt+Right"] == "Next step"
    assert rows["Alt+Left"] == "Previous step"
    assert rows["F6"] == "Go to the steps, or back to the page"
    # every action of the window with a shortcut is listed
    for action in window.actions():
        for sequence in action.shortcuts():
            words = sequence.toString()
            assert any(words in keys for keys in rows), words
    # and the keys inside lists, tables and the circle, which no menu holds
    assert "Enter or F2" in rows
    assert dialog.model.rowCount() == len(dialog.rows)
    dialog.reject()


def test_f1_opens_keys(window: MainWindow, qtbot: Any) -> None:
    assert window.menu_actions.keys.shortcut().toString() == "F1"
    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = _active_dialog(qtbot, KeysDialog)
    dialog.reject()


def test_about_from_the_menu_opens_over_the_window(window: MainWindow, qtbot: Any) -> None:
    window.menu_actions.about.trigger()
    dialog = _active_dialog(qtbot, AboutDialog)
    assert dialog.parent() is window and dialog.isModal()
    assert dialog.version.text().startswith("Version ")
    dialog.reject()


def test_alt_right_and_alt_left_move_through_the_steps(window: MainWindow, qtbot: Any) -> None:
    actions = window.menu_actions
    assert not actions.next_step.isEnabled()  # no plan open: no steps
    open_example(window, qtbot)
    journey = window.journey
    journey.go(0)
    assert actions.next_step.isEnabled() and actions.previous_step.isEnabled()
    actions.next_step.trigger()
    assert journey.current() == 1
    actions.previous_step.trigger()
    assert journey.current() == 0
    actions.previous_step.trigger()  # before the first step: stays there
    assert journey.current() == 0


def test_f6_goes_to_the_step_list_and_back(window: MainWindow, qtbot: Any) -> None:
    open_example(window, qtbot)
    journey = window.journey
    journey.go(1)
    on_page = lambda: journey.pages[1].isAncestorOf(QApplication.focusWidget())  # noqa: E731
    journey.focus_page()
    qtbot.waitUntil(on_page, timeout=3000)
    window.menu_actions.steps.trigger()
    qtbot.waitUntil(journey.steps.hasFocus, timeout=3000)
    window.menu_actions.steps.trigger()
    qtbot.waitUntil(on_page, timeout=3000)
    window.menu_actions.steps.trigger()
    qtbot.waitUntil(journey.steps.hasFocus, timeout=3000)
