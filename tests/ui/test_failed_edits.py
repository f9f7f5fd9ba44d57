"""A change that could not be saved leaves the undo stack, the window and the file as they were,
and says so (real failures: a plan the file could not give back, a full file)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from phbplanner.domain.plan import Outcome, Plan, SupportLine
from phbplanner.services.edits import PutItem
from phbplanner.ui.pages.about import AboutMePage
from phbplanner.ui.window import MainWindow

from .conftest import make_plan_file, open_in, press, read_plan


def _history(window: MainWindow) -> int:
    session: Any = window.session
    return len(session.history())


def _about(window: MainWindow) -> AboutMePage:
    window.journey.go(0)
    page = window.journey.page("about-me")
    assert isinstance(page, AboutMePage)
    return page


def _limit_file_growth(window: MainWindow) -> None:
    # SQLite reports SQLITE_FULL when the file may not grow: the same path through SQLite and
    # our code as a real full disk (as in tests/storage/test_disk_full.py).
    raw: Any = window.session._file.engine.raw_connection()  # type: ignore[union-attr]
    try:
        driver = raw.driver_connection
        pages = driver.execute("PRAGMA page_count").fetchone()[0]
        driver.execute(f"PRAGMA max_page_count = {pages}")
    finally:
        raw.close()


def _assert_refused(window: MainWindow, before: Plan, steps: int, history: int) -> None:
    assert window.controller is not None
    assert window.controller.undo_stack.count() == steps  # no step for what never happened
    assert window.controller.plan == before
    assert window.session is not None and window.session.plan == before
    assert _history(window) == history
    assert window.saved_label.text().startswith("⚠")
    assert "Nothing was changed" in window.statusBar().currentMessage()


def test_a_change_the_file_could_not_give_back_is_refused(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan")
    open_in(window, qtbot, path)
    assert window.controller is not None
    before, history = window.controller.plan, _history(window)
    about = _about(window)
    field = about.about.editors["most_important"]
    field.widget.setFocus()
    field.widget.setText("My garden. " * 2000)  # type: ignore[attr-defined]  # 22,000 letters
    press(Qt.Key.Key_Tab)
    _assert_refused(window, before, 0, history)
    assert "cannot be saved" in window.statusBar().currentMessage()
    assert field.text() == before.about_me.most_important  # the window as it was
    window.close_plan()
    assert read_plan(path) == before


def test_a_full_file_leaves_no_undo_step_and_the_field_as_it_was(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan")
    open_in(window, qtbot, path)
    assert window.controller is not None
    original = window.controller.plan
    about = _about(window)
    name = about.person.editors["preferred_name"]
    name.widget.setFocus()
    name.widget.setText("Sian")  # type: ignore[attr-defined]
    press(Qt.Key.Key_Tab)  # one step that was saved
    assert window.controller.undo_stack.count() == 1
    before, history = window.controller.plan, _history(window)
    _limit_file_growth(window)
    field = about.about.editors["most_important"]
    field.widget.setFocus()
    field.widget.setText("x" * 19_000)  # type: ignore[attr-defined]
    press(Qt.Key.Key_Tab)
    _assert_refused(window, before, 1, history)
    assert "disk" in window.statusBar().currentMessage().lower()
    assert field.text() == before.about_me.most_important
    # Undo still undoes the step that was saved (a small change fits)
    window.undo()
    assert window.controller.plan.person.preferred_name == original.person.preferred_name
    assert window.controller.undo_stack.index() == 0
    window.close_plan()
    saved = read_plan(path)
    assert saved.about_me == before.about_me


def test_an_undo_that_cannot_be_saved_leaves_the_stack_where_it_was(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan")
    open_in(window, qtbot, path)
    controller, session = window.controller, window.session
    assert controller is not None and session is not None
    outcome = Outcome("o-new", title="Walk to the shops")
    assert controller.edit(PutItem("outcomes", outcome), "Add an outcome")
    # Another part of the program links a support line to the new outcome (not through the
    # undo stack): undoing the outcome would now leave that line pointing at nothing.
    line = dataclasses.replace(session.plan.support_lines[0], id="s-new", outcomes=("o-new",))
    session.apply_many([PutItem("support_lines", line)], description="Link")
    assert isinstance(line, SupportLine)
    assert controller.plan.support_lines[-1].id == "s-new"  # heard through the change event
    before, history = controller.plan, _history(window)
    window.undo()
    assert controller.undo_stack.index() == 1  # still undoable once the link is gone
    _assert_refused(window, before, 1, history)
    assert any(o.id == "o-new" for o in controller.plan.outcomes)
    window.close_plan()
    assert any(o.id == "o-new" for o in read_plan(path).outcomes)
