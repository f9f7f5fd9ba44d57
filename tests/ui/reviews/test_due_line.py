"""The line at the start of the window saying when the next review is due, around month ends;
an overdue review flagged calmly (bold words, never colour alone); a way to Reviews."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from phbplanner.domain.review_due import DueState
from phbplanner.ui.reviews.due_strip import ReviewDueStrip
from phbplanner.ui.reviews.feed import reviews_feed_for
from phbplanner.ui.window import MainWindow

from ..conftest import example_plan, make_plan_file, open_in


def _strip(window: MainWindow) -> ReviewDueStrip:
    assert window.plan_view is not None
    strip = window.plan_view.reviews_due
    assert isinstance(strip, ReviewDueStrip)
    return strip


def _on(window: MainWindow, today: date) -> ReviewDueStrip:
    assert window.controller is not None
    reviews_feed_for(window.controller).today = lambda: today
    strip = _strip(window)
    strip.refresh()
    return strip


# The example plan starts on 1 April 2026; its first review is set for 30 June 2026.
JUNE = (
    (date(2026, 6, 29), "Your first review is due on 30 June 2026.", DueState.UPCOMING),
    (date(2026, 6, 30), "Your review is due today.", DueState.DUE_TODAY),
    (
        date(2026, 7, 1),
        "Your first review was due 1 day ago, on 30 June 2026. "
        "You can start it when you are ready.",
        DueState.OVERDUE,
    ),
    (
        date(2026, 8, 29),
        "Your first review was due 1 month ago, on 30 June 2026. "
        "You can start it when you are ready.",
        DueState.OVERDUE,
    ),
    (
        date(2026, 8, 31),
        "Your first review was due 2 months ago, on 30 June 2026. "
        "You can start it when you are ready.",
        DueState.OVERDUE,
    ),
)


def test_the_due_line_around_the_end_of_june(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    open_in(window, qtbot, make_plan_file(tmp_path / "plan.phbplan"))
    for today, words, state in JUNE:
        strip = _on(window, today)
        assert strip.isVisible()  # on the plan's own workspace
        assert (strip.words.text(), strip.state) == (words, state), today
        bold = state is not DueState.UPCOMING  # flagged calmly: bold words, not red
        assert strip.words.font().bold() == bold, today
        assert strip.accessibleDescription() == words


JANUARY = (
    (date(2027, 1, 30), "Your first review is due on 31 January 2027."),
    (date(2027, 2, 28), "Your first review was due 4 weeks ago, on 31 January 2027."),
    (date(2027, 3, 30), "Your first review was due 1 month ago, on 31 January 2027."),
    (date(2027, 3, 31), "Your first review was due 2 months ago, on 31 January 2027."),
)


def test_the_due_line_from_the_last_day_of_january(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    plan = example_plan()
    plan = replace(
        plan,
        budget=replace(plan.budget, period_start=date(2026, 11, 1)),
        reviews=replace(plan.reviews, first_review=date(2027, 1, 31)),
    )
    open_in(window, qtbot, make_plan_file(tmp_path / "plan.phbplan", plan))
    for today, words in JANUARY:
        assert _on(window, today).words.text().startswith(words), today


def test_go_to_reviews_shows_the_workspace_and_the_line_steps_aside(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    open_in(window, qtbot, make_plan_file(tmp_path / "plan.phbplan"))
    strip = _on(window, date(2026, 7, 1))
    assert strip.isVisible() and strip.go.text() == "Go to Reviews"
    strip.go.click()
    view = window.plan_view
    assert view is not None and view.current_key() == "reviews"
    qtbot.waitUntil(lambda: not strip.isVisible())  # the workspace says it itself
    reviews = view.widget("reviews")
    qtbot.waitUntil(lambda: reviews.isAncestorOf(window.focusWidget()))
    assert view.show_workspace("plan")
    qtbot.waitUntil(strip.isVisible)


def test_no_line_for_a_plan_with_nothing_to_review(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    plan = replace(example_plan(), outcomes=())
    open_in(window, qtbot, make_plan_file(tmp_path / "plan.phbplan", plan))
    strip = _on(window, date(2026, 7, 1))
    assert not strip.isVisible()
