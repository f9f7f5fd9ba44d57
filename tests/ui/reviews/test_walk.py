"""A review walked by keyboard, left half done, resumed and finished; what is missing is listed."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from phbplanner.domain.review import (
    Decision,
    ReviewState,
    ReviewStatus,
    finish_problems,
    rating_text,
)
from phbplanner.services.files import open_plan_file
from phbplanner.services.reviews import Reviews
from phbplanner.ui.reviews.view import ReviewsView
from phbplanner.ui.reviews.walk_pages import OutcomePage
from phbplanner.ui.window import MainWindow

from ..conftest import PASSPHRASE, press, tab_to, type_text
from ..test_drafts import _after_question
from .conftest import TODAY, open_walk, service, wait_ready


def test_a_review_walked_by_keyboard_left_half_done_resumed_and_finished(
    window: MainWindow, reviews_view: ReviewsView, qtbot: Any, example_file: Path
) -> None:
    view = reviews_view
    assert view.start_button.text() == "Start a review"
    view.focus_first()
    assert view.start_button.hasFocus()
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.walk is not None and view.walk.isVisible(), timeout=20000)
    walk = view.walk
    assert walk is not None
    # who is taking part: the date is today's, someone typed in and added with Enter
    assert walk.current() == 0 and walk.about.date.widget.hasFocus()
    tab_to(walk.about.people.name)
    type_text("Dr Amir Haddad")
    press(Qt.Key.Key_Tab)
    type_text("GP")
    press(Qt.Key.Key_Return)
    names = [p.name for p in walk.about.people.chosen()]
    assert names[-1] == "Dr Amir Haddad" and len(names) == 2  # the person, ticked to begin with
    assert walk.current() == 0  # Enter added them; it did not move the review on
    tab_to(walk.next)
    press(Qt.Key.Key_Space)
    # the first outcome: the rating by the arrow keys, its words shown; what is working
    assert walk.current() == 1
    page = walk.pages[1]
    assert isinstance(page, OutcomePage) and page.status is not None
    assert page.rating.slider.hasFocus() and page.rating.value() is None
    for _ in range(7):
        press(Qt.Key.Key_Right)
    assert page.rating.value() == 7
    assert page.rating.words.text() == rating_text(7)
    assert page.rating.slider.accessibleDescription() == rating_text(7)
    tab_to(page.working.widget)
    type_text("I walk to the corner shop on my own.")
    tab_to(page.status.buttons[0])  # Tab stops once on a group of choices
    press(Qt.Key.Key_Down)  # the arrow keys move along it, Space chooses
    press(Qt.Key.Key_Space)
    assert page.status.buttons[1].isChecked()
    chosen = page.status.value()
    assert chosen is not None
    ref = page.ref
    # left half done: Escape saves it and closes (nothing typed is lost, nothing asked)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.walk is None, timeout=10000)
    wait_ready(qtbot, view)
    held = service(view).list_all()
    assert len(held) == 1 and held[0].state is ReviewState.IN_PROGRESS
    saved = held[0].outcome(ref)
    assert saved is not None and saved.rating == 7 and saved.new_status == chosen
    assert saved.working == "I walk to the corner shop on my own."
    assert [p.name for p in held[0].participants] == names
    assert view.start_button.text() == "Carry on with the review"
    assert "not finished yet" in view.waiting_words.text()
    # resumed where it was left: the next outcome, with the first as it was written
    walk = open_walk(view, qtbot)
    assert walk.current() == 2
    first = walk.outcome_page(ref)
    assert first is not None and first.rating.value() == 7
    assert first.working.value() == "I walk to the corner shop on my own."
    # Finish too soon: every missing point is listed in plain words
    walk.finish_button.click()
    assert walk.current() == len(walk.pages) - 1 and walk.isVisible()
    listed = walk.check.points.text()
    for point in finish_problems(walk.review, TODAY):  # every one, as the services find them
        assert f"• {point}" in listed
    assert "The review is not finished yet" in walk.check.intro.text()
    others = [p for p in walk.pages if isinstance(p, OutcomePage) and p.ref != ref]
    assert others
    for other in others:
        assert f"Choose what happens next for the outcome “{other.step.item.title}”." in listed
    assert "Choose what the review decided: no change, or a change." in listed
    assert "Write down who took part" not in listed  # that point is done
    # "Go to the first thing still to do" goes to the second outcome
    walk.check.go_first.click()
    assert walk.pages[walk.current()] is others[0]
    for other in others:
        other.rating.set_value(5)
        assert other.status is not None
        other.status.set_value(ReviewStatus.IN_PROGRESS)
    walk.overall.decision.set_value(Decision.NO_CHANGE)
    walk.overall.next_review.set_value(date(2027, 6, 30))
    with qtbot.waitSignal(walk.finished_review, timeout=10000):
        walk.finish_button.click()
    qtbot.waitUntil(lambda: view.walk is None, timeout=10000)
    wait_ready(qtbot, view)
    (done,) = service(view).list_all()
    assert done.is_finished and done.next_review == date(2027, 6, 30)
    assert view.start_button.text() == "Start a review"
    assert "is finished" in view.message.text()
    assert view.start_button.isEnabled()
    # the file on disk holds it, read back through the real storage
    window.close_plan()
    session = open_plan_file(example_file, PASSPHRASE, author="test")
    try:
        (again,) = Reviews(session).list_all()
    finally:
        session.close()
    assert again.is_finished and again.outcome(ref).rating == 7  # type: ignore[union-attr]
    assert again.review_date == TODAY


def test_a_date_that_is_not_one_is_refused_beside_the_field_and_kept(
    reviews_view: ReviewsView, qtbot: Any
) -> None:
    view = reviews_view
    walk = open_walk(view, qtbot)
    walk.about.date.widget.setFocus()
    editor = walk.about.date.widget
    editor.clear()  # type: ignore[attr-defined]
    type_text("31/02/2026")
    walk.next.click()
    assert walk.current() == 0  # kept on the page to fix
    assert walk.about.date.error.isVisible() and walk.about.date.error.text()
    assert walk.has_changes()  # closing would lose it: the window asks first
    (held,) = service(view).list_all()
    assert held.review_date == TODAY  # the last good date is what the file holds
    # Escape asks first; "Keep editing" keeps the walk open with the typing in it
    asked: list[str] = []
    _after_question("Keep editing", asked)
    press(Qt.Key.Key_Escape)
    assert asked == ["You have changes here that are not saved yet."] and walk.isVisible()
    assert walk.about.date.widget.text() == "31/02/2026"  # type: ignore[attr-defined]
    _after_question("Discard changes", asked)
    walk.reject()
    qtbot.waitUntil(lambda: view.walk is None, timeout=10000)


def test_a_new_outcome_added_in_the_review_gets_its_own_page(
    reviews_view: ReviewsView, qtbot: Any
) -> None:
    view = reviews_view
    walk = open_walk(view, qtbot)
    count = len(walk.pages)
    walk.go(walk.page_index(walk.overall))
    walk.overall.new_title.setFocus()
    type_text("Sing in a choir")
    press(Qt.Key.Key_Return)
    assert len(walk.pages) == count + 1
    page = walk.pages[walk.current()]
    assert isinstance(page, OutcomePage) and page.title_editor is not None
    assert page.title_editor.value() == "Sing in a choir"
    (held,) = service(view).list_all()
    assert any(item.added and item.title == "Sing in a choir" for item in held.outcomes)
    page.remove_requested.emit(page.ref)
    assert len(walk.pages) == count
    (held,) = service(view).list_all()
    assert not any(item.added for item in held.outcomes)
