"""The costed plan inside the main window: summary always in view, every readiness finding's
"Go there" lands on the right page and field, the sign-off step and its menu actions."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from phbplanner.domain.categories import Category
from phbplanner.domain.money import Money
from phbplanner.domain.plan import (
    Budget,
    CareCoordinator,
    ContingencyPlan,
    Outcome,
    Plan,
    Reviews,
)
from phbplanner.domain.readiness import Code, check_readiness
from phbplanner.ui.costed.lines_editor import SupportLinesEditor
from phbplanner.ui.costed.lines_model import Col
from phbplanner.ui.window import MainWindow

from ..conftest import example_plan, make_plan_file, open_in


def with_line(plan: Plan, **changes: Any) -> Plan:
    first = dataclasses.replace(plan.support_lines[0], **changes)
    return dataclasses.replace(plan, support_lines=(first, *plan.support_lines[1:]))


# Each readiness code: how to break the example plan, the page it must land on, and a check that
# the focus is on the right field (the focused widget's accessible name) or item.
CASES: dict[Code, tuple[Callable[[Plan], Plan], str, str]] = {
    Code.BUDGET_MISSING: (lambda p: dataclasses.replace(p, budget=dataclasses.replace(
        p.budget, indicative=None)), "my-budget", "My indicative budget"),
    Code.OVER_BUDGET: (lambda p: with_line(p, unit_cost=Money.parse("400.00")), "my-budget", ""),
    Code.EXCLUDED_CATEGORY: (lambda p: with_line(p, category=Category.GAMBLING), "my-support",
                             "line:s1:category"),
    Code.EXCLUDED_KEYWORD: (lambda p: with_line(p, description="Walks and a beer"), "my-support",
                            "line:s1:description"),
    Code.HOUSEHOLD_FAMILY: (lambda p: with_line(p, paid_to_household_family=True), "my-support",
                            "The reason this was agreed"),
    Code.OUTCOME_UNSERVED: (lambda p: dataclasses.replace(
        p, outcomes=(*p.outcomes, Outcome("o9", "Learn Welsh"))), "my-outcomes", "item:o9"),
    Code.LINE_WITHOUT_OUTCOME: (lambda p: with_line(p, outcomes=()), "my-support",
                                "line:s1:outcomes"),
    Code.MANAGEMENT_MISSING: (lambda p: with_line(p, management=None), "my-support",
                              "line:s1:management"),
    Code.RISKS_MISSING: (lambda p: dataclasses.replace(p, risks=()), "risks", "list"),
    Code.CONTINGENCY_PLAN_MISSING: (lambda p: dataclasses.replace(
        p, contingency_plan=ContingencyPlan()), "contingency", "field:triggers"),
    Code.FIRST_REVIEW_MISSING: (lambda p: dataclasses.replace(p, reviews=Reviews()), "reviews",
                                "field:first_review"),
    Code.FIRST_REVIEW_TOO_LATE: (lambda p: dataclasses.replace(
        p, reviews=Reviews(first_review=Budget().period_start or p.budget.period_end)), "reviews",
        "field:first_review"),
    Code.CARE_COORDINATOR_MISSING: (lambda p: dataclasses.replace(
        p, care_coordinator=CareCoordinator()), "who-helped", "field:name"),
}  # fmt: skip


def test_every_code_has_a_jump_case() -> None:
    assert set(CASES) == set(Code)


@pytest.mark.parametrize("code", list(Code))
def test_go_there_lands_on_the_right_page_and_field(
    window: MainWindow, qtbot: Any, tmp_path: Path, code: Code
) -> None:
    breaks, slug, target = CASES[code]
    plan = breaks(example_plan())
    finding = next(f for f in check_readiness(plan) if f.code is code)
    open_in(window, qtbot, make_plan_file(tmp_path / "p.phbplan", plan))
    journey = window.journey
    journey.go(len(journey.pages) - 1)
    panel = journey.signoff.panel
    index = next(i for i, f in enumerate(panel._shown) if f.code is code)
    panel.buttons[index].click()
    page = journey.pages[journey.current()]
    assert page.slug == slug
    focus = QApplication.focusWidget()
    assert focus is not None and page.isAncestorOf(focus)
    kind, _, rest = target.partition(":")
    if kind == "line":
        line_id, column = rest.split(":")
        editor: SupportLinesEditor = page.paid
        assert focus is editor.view
        assert editor.current_line().id == line_id
        assert editor.view.currentIndex().column() == Col[column.upper()]
    elif kind == "item":
        assert page.list.current_id() == rest
    elif kind == "field":
        forms = [v for v in vars(page).values() if hasattr(v, "editors")]
        widgets = [form.editors[rest].widget for form in forms if rest in form.editors]
        assert focus in widgets, finding
    elif kind == "list":
        assert focus is page.list.view
    elif target:
        assert focus.accessibleName().startswith(target)


def test_summary_stays_in_view_and_follows_edits(window: MainWindow, qtbot: Any,
                                                 tmp_path: Path) -> None:  # fmt: skip
    open_in(window, qtbot, make_plan_file(tmp_path / "p.phbplan"))
    journey = window.journey
    assert window.plan_view is not None
    summary = window.plan_view.summary
    for row in (0, 7, 8, len(journey.pages) - 1):
        journey.go(row)
        assert summary.isVisible()
    assert summary.words.text() == "£6,686.30 left"
    support = journey.page("my-support").paid
    assert support.model.setData(support.model.index(1, Col.UNIT_COST), "40.00")
    assert summary.words.text().endswith("over budget")
    assert not journey.signoff.agree_button.isEnabled()
    assert not window.agree_action.isEnabled()
    window.undo()
    assert summary.words.text() == "£6,686.30 left"
    assert journey.signoff.agree_button.isEnabled() and window.agree_action.isEnabled()


def test_sign_off_step_shows_the_version_and_its_fingerprint(window: MainWindow, qtbot: Any,
                                                             tmp_path: Path) -> None:  # fmt: skip
    open_in(window, qtbot, make_plan_file(tmp_path / "p.phbplan"))
    signoff = window.journey.signoff
    version = window.session.version  # type: ignore[union-attr]
    assert "version 1, a draft" in signoff.version_label.text()
    assert version.fingerprint[:4] in signoff.fingerprint.text()
    assert window.journey.model.state(signoff) == "started"  # ready, not yet agreed
