"""Every Reviews screen at 200% text: no button out of reach, no words cut off.

The test screen is 800×800 (Qt's offscreen screen), narrower than the 1280×800 laptop that is the
rule, so the dialogs here are sized for a smaller screen than a person's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from phbplanner.ui.reviews.sample import add_sample_reviews
from phbplanner.ui.reviews.view import ReviewsView
from phbplanner.ui.theme import settle_layouts
from phbplanner.ui.window import MainWindow

from .conftest import open_walk, service, wait_ready
from .fits import fit_problems


@pytest.fixture
def at_200(window: MainWindow) -> Iterator[MainWindow]:
    window.remember_scale = False
    normal = QApplication.font().pointSizeF()
    window.set_scale(200)
    assert QApplication.font().pointSizeF() >= 1.9 * normal
    yield window
    window.set_scale(100)


def _settled() -> None:
    for _ in range(3):
        QApplication.processEvents()
    settle_layouts()
    QApplication.processEvents()


def _check(where: str, top: QWidget, seen: list[str], *, lists: bool = True) -> None:
    _settled()
    room = top.screen().availableGeometry() if top.isWindow() and top.parent() else None
    width, height = (room.width(), room.height()) if room is not None else (1280, 800)
    problems = fit_problems(top, width=min(width, 1280), height=min(height, 800), lists=lists)
    seen.extend(f"{where}: {problem}" for problem in problems)


def test_every_reviews_screen_fits_at_200_percent(
    at_200: MainWindow, reviews_view: ReviewsView, qtbot: Any
) -> None:
    window, view = at_200, reviews_view
    seen: list[str] = []
    _check("no reviews yet", window, seen)
    add_sample_reviews(service(view))
    view._changed()
    wait_ready(qtbot, view)
    _check("the reviews held", window, seen)
    view.progress.choose(view.progress.progress[0].outcome_ref)
    _check("progress of one outcome", window, seen)
    walk = open_walk(view, qtbot)
    for index in range(len(walk.pages)):
        walk.go(index)
        _check(f"review page {index + 1}", walk, seen)
    walk.finish()
    _check("still missing", walk, seen)
    walk.reject()
    qtbot.waitUntil(lambda: view.walk is None)
    wait_ready(qtbot, view)
    _check("carry on", window, seen)
    finished = next(r for r in view.data.held if r.is_finished) if view.data else None
    assert finished is not None and finished.id is not None
    view.choose(finished.id)
    dialog = view.new_version()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    _check("new version", dialog, seen)
    assert dialog.make_it()
    _check("new version made", dialog, seen)
    dialog.reject()
    pdf = view.save_pdf()
    assert pdf is not None
    qtbot.waitUntil(pdf.isVisible)
    _check("review as a PDF", pdf, seen)
    pdf.reject()
    assert window.plan_view is not None
    window.plan_view.show_workspace("plan")
    _check("the plan with the due line", window, seen, lists=False)  # the steps are not ours
    assert seen == [], "\n".join(seen)
