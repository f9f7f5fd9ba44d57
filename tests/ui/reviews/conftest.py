"""The Reviews workspace in a real window over a real encrypted copy of the example plan, with
"today" fixed (the example's first review is due on 30 June 2026)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from phbplanner.services.reviews import Reviews
from phbplanner.ui.reviews.view import ReviewsView
from phbplanner.ui.reviews.walk import ReviewWalk
from phbplanner.ui.window import MainWindow

from ..conftest import make_plan_file, open_in

TODAY = date(2026, 7, 1)


def wait_ready(qtbot: Any, view: ReviewsView) -> None:
    """Until the page shows what the file holds (it is read off the GUI thread)."""
    qtbot.waitUntil(lambda: view.ready, timeout=20000)


def show_reviews(window: MainWindow, qtbot: Any) -> ReviewsView:
    plan_view = window.plan_view
    assert plan_view is not None
    assert plan_view.show_workspace("reviews", focus=True)
    view = plan_view.widget("reviews")
    assert isinstance(view, ReviewsView)
    view.feed.today = lambda: TODAY
    view._changed()  # read again with the fixed day
    wait_ready(qtbot, view)
    return view


def open_walk(view: ReviewsView, qtbot: Any) -> ReviewWalk:
    """Press "Start a review" / "Carry on" and wait for the walk to show."""
    view.start_button.click()
    qtbot.waitUntil(lambda: view.walk is not None and view.walk.isVisible(), timeout=20000)
    assert view.walk is not None
    return view.walk


def service(view: ReviewsView) -> Reviews:
    return view.feed.reviews


@pytest.fixture
def example_file(tmp_path: Path) -> Path:
    return make_plan_file(tmp_path / "plan.phbplan")


@pytest.fixture
def reviews_view(window: MainWindow, qtbot: Any, example_file: Path) -> Iterator[ReviewsView]:
    """The Reviews workspace of the example plan, opened from its encrypted file."""
    open_in(window, qtbot, example_file)
    view = show_reviews(window, qtbot)
    yield view
    walk = view.walk
    if walk is not None and walk.isVisible():
        walk.reject()
    QApplication.processEvents()
