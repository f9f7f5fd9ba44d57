"""The PA calculator in the window: reached from "Add paid support…", figures shown as the
person types, the lines saved as one undo step and found again to be worked out once more; bad
answers refused beside the field; the dialog at 100% and 200% text."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from phbplanner.domain.costing import cost_line
from phbplanner.domain.employment_model import PAInputs
from phbplanner.domain.employment_plan import pa_group_of
from phbplanner.domain.money import Money
from phbplanner.domain.plan import RING_PAID, Plan
from phbplanner.services.edits import PutItem
from phbplanner.services.pa_plan import pa_change, pa_change_edits
from phbplanner.ui.controller import PlanController
from phbplanner.ui.costed.feed import CostedPlan
from phbplanner.ui.costed.lines_editor import SupportLinesEditor
from phbplanner.ui.costed.pa_calculator import PACalculator
from phbplanner.ui.theme import apply_theme, settle_layouts
from phbplanner.ui.window import MainWindow

from ..conftest import (
    make_plan_file,
    open_in,
    press,
    read_plan,
    tab_to,
    type_text,
    when_dialog_opens,
)
from ..test_accessibility import _clipped

SPACE = Qt.Key.Key_Space


def _type_into(widget: QWidget, text: str) -> None:
    tab_to(widget)
    type_text(text)


def test_a_pa_is_added_through_the_window_as_one_undo_step(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "p.phbplan")
    open_in(window, qtbot, path)
    journey = window.journey
    journey.go(next(i for i, page in enumerate(journey.pages) if page.slug == "my-support"))
    editor: SupportLinesEditor = journey.page("my-support").paid
    before = window.controller.plan if window.controller else None
    assert before is not None
    seen: dict[str, Any] = {}

    def calculator(dialog: Any) -> None:
        assert isinstance(dialog, PACalculator)
        assert dialog.answers.name.hasFocus()
        type_text("Siôn Jones")
        _type_into(dialog.editors["hourly_rate"].widget, "12.71")
        _type_into(dialog.editors["hours_per_week"].widget, "15")
        # every figure as the person types, with its working, for the example's period
        seen["figures"] = dict(dialog.results.figures)
        seen["total"] = dialog.results.total_text
        seen["summary"] = dialog.summary.text()
        seen["add_person"] = not dialog.answers.add_person.isHidden()
        tab_to(dialog.editors["outcomes"].widget)
        press(SPACE)  # helps with the first outcome
        tab_to(dialog.save_button)
        press(SPACE)

    def choose(dialog: Any) -> None:
        tab_to(dialog.pa_button)
        when_dialog_opens(calculator)
        press(SPACE)

    tab_to(editor.buttons["add"])
    when_dialog_opens(choose)
    press(SPACE)
    qtbot.waitUntil(lambda: "total" in seen and editor.feed.plan is not before, timeout=10000)

    assert seen["figures"]["wages"] == "Wages: £10,104.45"
    assert seen["figures"]["holiday"] == "Holiday pay: £1,219.61"
    assert seen["total"].startswith("Altogether: £12,219.05 over the period")
    assert seen["summary"].startswith("Altogether: £12,219.05") and seen["add_person"]
    plan = editor.feed.plan
    made = [line for line in plan.support_lines if line.group]
    assert made and {line.group for line in made} == {"pa.1"}
    assert all(line.outcomes == (before.outcomes[0].id,) for line in made)
    start, end = plan.budget.period_start, plan.budget.period_end
    assert start is not None and end is not None
    assert Money.total(cost_line(line, start, end).period_cost for line in made) == Money.parse(
        "12219.05"
    )
    assert plan.employments[0].name == "Siôn Jones"
    assert plan.relationships[-1].name == "Siôn Jones" and plan.relationships[-1].ring == RING_PAID
    assert editor.current_line() is not None and editor.current_line().id == made[0].id
    # One undo step takes all of it away; redo puts it back.
    assert window.controller is not None
    assert window.controller.undo()
    assert editor.feed.plan.support_lines == before.support_lines
    assert editor.feed.plan.employments == () and editor.feed.plan.relationships == (
        before.relationships
    )
    assert window.controller.redo()
    assert editor.feed.plan == plan
    window.close_plan()
    assert read_plan(path) == plan


def _with_pa(example: Plan, hours: str = "13") -> Plan:
    change = pa_change(
        example, PAInputs(name="Anna", hourly_rate=Money(1271), hours_per_week=Decimal(hours))
    )
    plan = example
    for edit in pa_change_edits(change):
        assert isinstance(edit, PutItem)
        items = getattr(plan, edit.collection)
        plan = replace(plan, **{edit.collection: (*items, edit.item)})
    return plan


def test_a_pa_is_found_again_from_its_group_and_worked_out_again(
    qtbot: Any, make_session: Any, example: Plan
) -> None:
    feed = CostedPlan(PlanController(make_session(_with_pa(example))))
    editor = SupportLinesEditor(feed, form=lambda plan: [])
    qtbot.addWidget(editor)
    wages = next(line for line in feed.plan.support_lines if line.id.endswith(".wages"))
    editor.select_line(wages.id)
    assert not editor.pa_button.isHidden()
    editor.select_line(feed.plan.support_lines[0].id)  # a line of its own: no such button
    assert editor.pa_button.isHidden()
    assert pa_group_of(wages) == "pa.1"
    dialog = PACalculator(feed, editor, group="pa.1")
    qtbot.addWidget(dialog)
    assert dialog.editors["hours_per_week"].widget.text() == "13"  # the kept answers
    assert dialog.results.change_texts == ["The costs in your plan are already up to date."]
    dialog.editors["hours_per_week"].widget.setText("25")
    assert dialog.change is not None and dialog.change.added == ("pa.1.pension",)
    changes = dialog.results.change_texts
    assert any(text.startswith("Wages for Anna: £8,757.19 → ") for text in changes)
    assert dialog.has_changes()
    dialog.accept()
    assert dialog.result() == PACalculator.DialogCode.Accepted
    lines = {line.id: line for line in feed.plan.support_lines}
    assert lines[wages.id].quantity == Decimal(25) and "pa.1.pension" in lines
    assert feed.plan.employments[0].hours_per_week == Decimal(25)
    assert feed.controller.undo_stack.count() == 1
    feed.controller.undo()
    assert {line.id: line for line in feed.plan.support_lines}[wages.id] == wages


def test_lines_out_of_date_are_named(qtbot: Any, make_session: Any, example: Plan) -> None:
    plan = _with_pa(example)
    lines = tuple(
        replace(line, unit_cost=Money(99)) if line.id.endswith(".holiday") else line
        for line in plan.support_lines
    )
    feed = CostedPlan(PlanController(make_session(replace(plan, support_lines=lines))))
    editor = SupportLinesEditor(feed, form=lambda plan: [])
    qtbot.addWidget(editor)
    assert not editor.pa_notice.isHidden()
    assert "The costs of employing Anna no longer match" in editor.pa_notice.text()


def test_bad_answers_are_refused_beside_the_field_and_nothing_is_saved(
    qtbot: Any, feed: CostedPlan
) -> None:
    dialog = PACalculator(feed)
    qtbot.addWidget(dialog)
    before = feed.plan
    dialog.editors["hourly_rate"].widget.setText("twelve")
    dialog.editors["hours_per_week"].widget.setText("200")
    assert "Hourly rate" in dialog.results.problem.text()
    dialog.accept()
    assert dialog.result() != PACalculator.DialogCode.Accepted
    assert dialog.editors["hourly_rate"].error.text() == "Hourly rate must be an amount like 12.50."
    dialog.editors["hourly_rate"].widget.setText("11.00")
    dialog.accept()
    assert "at most 168" in dialog.editors["hours_per_week"].error.text()
    assert feed.plan is before and feed.controller.undo_stack.count() == 0
    # under the minimum wage: saved if the person wants, but the warning says by how much
    dialog.editors["hours_per_week"].widget.setText("10")
    assert any("£1.71 below the minimum wage" in text for text in dialog.results.warning_texts)
    assert "⚠ 2 warnings" in dialog.summary.text()  # and the pension, if they ask to join


@pytest.mark.parametrize("scale", [100, 200])
def test_the_calculator_at_100_and_200_percent_text(
    qtbot: Any, feed: CostedPlan, scale: int
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, scale)
    dialog = PACalculator(feed)
    qtbot.addWidget(dialog)
    try:
        dialog.resize(1280, 800)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.answers.name.setEditText("Zoë")
        dialog.editors["hourly_rate"].widget.setText("12.71")
        dialog.editors["hours_per_week"].widget.setText("30")
        dialog.answers.by_day.setChecked(True)
        settle_layouts()
        assert dialog.wide is (scale == 100)  # side by side, or one column at 200%
        page = dialog.answers_area
        assert dialog.answers_page.minimumSizeHint().width() <= page.viewport().width()
        problems, unnamed = [], []
        for widget in dialog.findChildren(QWidget):
            if not widget.isVisibleTo(dialog):
                continue
            inside_a_choice = isinstance(widget.parent(), QComboBox)  # the combo's own edit
            why = None if inside_a_choice else _clipped(widget)
            if why:
                problems.append(f"{type(widget).__name__} {getattr(widget, 'text', str)()!r}")
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
                interface = QAccessible.queryAccessibleInterface(widget)
                name = widget.accessibleName() or (
                    interface.text(QAccessible.Text.Name) if interface else ""
                )
                if not name.strip() and not widget.inherits("QScrollArea"):
                    unnamed.append(type(widget).__name__)
        assert not problems, problems
        assert not unnamed, unnamed
        grab = dialog.grab()
        assert not grab.isNull() and grab.width() >= 1000
    finally:
        dialog.done(0)  # closed without asking about the answers typed
        apply_theme(app, 100)


def test_removing_a_pas_last_line_removes_their_answers_too(
    qtbot: Any, make_session: Any, example: Plan
) -> None:
    feed = CostedPlan(PlanController(make_session(_with_pa(example))))
    editor = SupportLinesEditor(feed, form=lambda plan: [])
    qtbot.addWidget(editor)
    made = [line.id for line in feed.plan.support_lines if line.group == "pa.1"]
    for line_id in made:
        assert feed.plan.employments  # kept while any of the PA's lines is left
        editor.select_line(line_id)
        editor.remove()
    assert feed.plan.employments == ()
    assert editor.pa_notice.isHidden()
    feed.controller.undo()  # the last line and the answers come back together
    assert [e.id for e in feed.plan.employments] == ["pa.1"]
    assert made[-1] in {line.id for line in feed.plan.support_lines}
