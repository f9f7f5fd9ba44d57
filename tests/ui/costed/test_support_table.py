"""The support lines table: figures equal the domain's, inline edits save, bad input is refused."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from phbplanner.domain.costing import cost_plan
from phbplanner.domain.money import Money
from phbplanner.domain.plan import Plan, SupportLine
from phbplanner.domain.schedule import Frequency, Schedule
from phbplanner.services.files import open_plan_file
from phbplanner.ui.controller import PlanController
from phbplanner.ui.costed.feed import CostedPlan
from phbplanner.ui.costed.lines_editor import SupportLinesEditor
from phbplanner.ui.costed.lines_model import Col
from phbplanner.ui.costed.summary_bar import BudgetSummaryBar

from .conftest import PASSPHRASE


def every_frequency(plan: Plan) -> Plan:
    lines = tuple(
        SupportLine(f"f{i}", f"Line {frequency.value}", unit_cost=Money(1000 + 37 * i),
                    quantity=Decimal("1.25"),
                    schedule=Schedule(frequency, date(2026, 4, 1 + i)), outcomes=("o1",))
        for i, frequency in enumerate(Frequency)
    )  # fmt: skip
    return dataclasses.replace(plan, support_lines=plan.support_lines + lines)


def test_window_figures_equal_the_domain_for_every_frequency(
    qtbot: object, make_session: object, example: Plan
) -> None:
    plan = every_frequency(example)
    feed = CostedPlan(PlanController(make_session(plan)))  # type: ignore[operator]
    editor = SupportLinesEditor(feed)
    bar = BudgetSummaryBar(feed)
    costing = cost_plan(plan)
    model = editor.model
    assert model.rowCount() == len(plan.support_lines)
    for row, line_cost in enumerate(costing.lines):
        assert model.index(row, Col.TIMES).data() == str(line_cost.occurrences)
        assert model.index(row, Col.PERIOD_COST).data() == line_cost.period_cost.format()
        assert model.index(row, Col.WEEKLY).data() == line_cost.weekly.format()
    assert bar.figures["planned"].endswith(costing.planned_total.format())
    assert bar.figures["budget"].endswith(costing.indicative.format())
    assert bar.figures["contingency"].endswith(costing.contingency.format())
    assert bar.words.text() == f"{costing.remaining.format()} left"


def test_editing_a_cost_saves_and_updates_every_total(feed: CostedPlan) -> None:
    editor = SupportLinesEditor(feed)
    bar = BudgetSummaryBar(feed)
    index = editor.model.index(0, Col.UNIT_COST)
    assert editor.model.setData(index, "20.00")
    assert feed.session.plan.support_lines[0].unit_cost == Money(2000)
    expected = cost_plan(feed.session.plan)
    assert editor.model.index(0, Col.PERIOD_COST).data() == expected.lines[0].period_cost.format()
    assert bar.figures["planned"].endswith(expected.planned_total.format())
    feed.controller.undo_stack.undo()
    assert feed.session.plan.support_lines[0].unit_cost == Money(1337)
    assert bar.figures["planned"].endswith(cost_plan(feed.session.plan).planned_total.format())


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        (Col.UNIT_COST, "12.345", 'Unit cost: "12.345" has more than 2 decimal places.'),
        (Col.UNIT_COST, "twelve", 'Unit cost: "twelve" is not an amount like 12.50.'),
        (Col.UNIT_COST, "-4", 'Unit cost: "-4" is below zero.'),
        (Col.UNIT_COST, "", "Unit cost: There is no amount. Write one like 12.50."),
        (Col.QUANTITY, "0", "Quantity must be a number more than 0"),
        (Col.QUANTITY, "abc", "must be a number"),
        (Col.QUANTITY, "1.234", "at most 2 decimal places"),
        (Col.FIRST, "31/02/2026", "there is no such date"),
        (Col.FIRST, "soon", "write a date like 31/01/2026"),
        (Col.LAST, "01/01/2026", "cannot be before the first date"),
        (Col.DESCRIPTION, "   ", "Describe the support"),
        (Col.PROVIDER, "x" * 2001, "too long"),
    ],
)
def test_bad_input_in_every_editor_is_refused_and_nothing_is_saved(
    feed: CostedPlan, tmp_path: Path, column: Col, value: str, message: str
) -> None:
    editor = SupportLinesEditor(feed)
    problems: list[str] = []
    editor.model.problem.connect(problems.append)
    before = feed.session.plan
    before_history = len(feed.session.history())
    assert not editor.model.setData(editor.model.index(0, column), value)
    assert problems and message in problems[0]
    assert editor.problem.text() == problems[0]
    assert feed.session.plan == before
    assert len(feed.session.history()) == before_history
    assert feed.controller.undo_stack.count() == 0


def test_add_duplicate_move_remove_and_undo(feed: CostedPlan) -> None:
    editor = SupportLinesEditor(feed)
    count = len(feed.plan.support_lines)
    editor.add_line()
    assert len(feed.session.plan.support_lines) == count + 1
    new = feed.session.plan.support_lines[-1]
    assert editor.current_line() == new
    editor.move_line(-1)
    assert feed.session.plan.support_lines[-2].id == new.id
    editor.duplicate()
    copy = feed.session.plan.support_lines[-2]
    assert copy.description.endswith("(copy)") and copy.id != new.id
    editor.select_line(copy.id)
    editor.remove()
    assert copy.id not in {x.id for x in feed.session.plan.support_lines}
    stack = feed.controller.undo_stack
    stack.undo()
    assert copy.id in {x.id for x in feed.session.plan.support_lines}
    for _ in range(3):
        stack.undo()
    assert len(feed.session.plan.support_lines) == count
    stack.redo()
    assert len(feed.session.plan.support_lines) == count + 1


def test_choices_and_dates_are_saved_in_the_file(feed: CostedPlan) -> None:
    editor = SupportLinesEditor(feed)
    model = editor.model
    assert model.setData(model.index(1, Col.FREQUENCY), Frequency.FORTNIGHTLY.value)
    assert model.setData(model.index(1, Col.MANAGEMENT), "third_party")
    assert model.setData(model.index(1, Col.LAST), "30/09/2026")
    path = feed.session.path
    feed.session.close()
    with open_plan_file(path, PASSPHRASE, author="Test", backup=False) as reopened:
        line = reopened.plan.support_lines[1]
    assert line.schedule.frequency is Frequency.FORTNIGHTLY
    assert line.management is not None and line.management.value == "third_party"
    assert line.schedule.last == date(2026, 9, 30)


def test_sorting_by_cost_keeps_the_plan_order_and_disables_moving(feed: CostedPlan) -> None:
    editor = SupportLinesEditor(feed)
    order = [line.id for line in feed.plan.support_lines]
    editor.view.sortByColumn(Col.PERIOD_COST, Qt.SortOrder.DescendingOrder)
    shown = [editor.model.index(row, Col.PERIOD_COST).data() for row in range(len(order))]
    pence = [Money.parse(text).pence for text in shown]
    assert pence == sorted(pence, reverse=True)
    editor.select_line(order[2])
    assert not editor.up_button.isEnabled()
    assert [line.id for line in feed.session.plan.support_lines] == order
    editor.plan_order()
    assert editor.model.index(0, Col.DESCRIPTION).data() == feed.plan.support_lines[0].description


def test_details_link_outcomes_and_dismiss_a_warning_with_a_reason(feed: CostedPlan) -> None:
    editor = SupportLinesEditor(feed)
    editor.select_line("s1")
    details = editor.details
    item = details.outcomes_model.item(1)  # o2
    item.setCheckState(Qt.CheckState.Checked)
    assert feed.session.plan.support_lines[0].outcomes == ("o1", "o2")
    assert editor.model.setData(editor.model.index(0, Col.DESCRIPTION), "Walks, then a beer")
    assert details.dismiss.isVisibleTo(details)
    from ..conftest import when_dialog_opens

    def give_reason(dialog: Any) -> None:
        dialog.text.setPlainText("Rhian pays for her own drink")
        dialog.save_button.click()

    when_dialog_opens(give_reason)
    details._dismiss_warning()
    line = feed.session.plan.support_lines[0]
    assert [(w.keyword, w.reason) for w in line.dismissed_warnings] == [
        ("beer", "Rhian pays for her own drink")
    ]
    assert not details.dismiss.isVisibleTo(details)


def test_breakdown_table_matches_the_costing(feed: CostedPlan) -> None:
    from phbplanner.ui.costed.breakdown import BY_MANAGEMENT, BreakdownView

    view = BreakdownView(feed)
    model = view.model
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    by_outcome = feed.costing.by_outcome
    titles = {o.id: o.title for o in feed.plan.outcomes}
    assert {row[0]: row[1] for row in rows} == {
        titles[key]: value.format() for key, value in by_outcome.items()
    }
    view.choice.setCurrentIndex(view.choice.findData(BY_MANAGEMENT))
    shown = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert shown == {value.format() for value in feed.costing.by_management.values()}
    # who pays, in words a person says (not "Notional" or "Third party")
    names = {model.index(r, 0).data() for r in range(model.rowCount())}
    words = {"notional": "The NHS pays", "third_party": "An organisation pays"}
    words |= {"direct_payment": "Paid to me", "unstated": "Not stated"}
    assert names == {words[key] for key in feed.costing.by_management}
    assert sum(Money.parse(model.index(r, 1).data()).pence for r in range(model.rowCount())) == (
        feed.costing.planned_total.pence
    )
