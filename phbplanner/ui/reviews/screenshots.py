"""The Reviews workspace for ``--demo --screenshots``: every screen of it, each in the light,
dark and high-contrast looks (``-dark``, ``-high-contrast``)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QSlider, QWidget

from ..theme import colours, settle_layouts, text_scale, use_theme
from ..window import MainWindow
from .sample import add_sample_reviews
from .view import ReviewsView
from .walk_pages import OutcomePage

LOOKS = (("", False, False), ("-dark", True, False), ("-high-contrast", False, True))


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()
    settle_layouts()
    QApplication.processEvents()


def _pause() -> None:
    """Let background work come back (not ``QTest.qWait``: that would delete, under the
    operation that opened the plan, the objects it has let go of)."""
    QApplication.processEvents()
    time.sleep(0.02)


def _wait(view: ReviewsView) -> None:
    for _ in range(1500):
        if view.ready:
            return
        _pause()


def picture(window: MainWindow, dialog: QWidget | None) -> QPixmap:
    """The window, with ``dialog`` (if any) drawn over its middle as it is seen."""
    shot = window.grab()
    if dialog is not None:
        inner = dialog.grab()
        painter = QPainter(shot)
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 110))  # the window behind, dimmed
        corner = QPoint(
            max(0, (shot.width() - inner.width()) // 2),
            max(0, (shot.height() - inner.height()) // 2),
        )
        painter.drawPixmap(corner, inner)
        painter.setPen(QPen(QColor(colours()["border"]), 2))
        painter.drawRect(QRect(corner, inner.size()).adjusted(-1, -1, 0, 0))
        painter.end()
    return shot


class Shooter:
    """Saves numbered pictures of the window in each look."""

    def __init__(self, window: MainWindow, folder: Path, view: ReviewsView) -> None:
        self.window, self.folder, self.view = window, folder, view
        self.saved = 0
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.app = app

    def __call__(self, name: str, dialog: QWidget | None = None) -> None:
        for suffix, dark, contrast in LOOKS:
            use_theme(self.app, text_scale(), dark=dark, high_contrast=contrast)
            self.view.progress.refresh()  # the chart's colours follow the look
            _settle()
            picture(self.window, dialog).save(str(self.folder / f"{name}{suffix}.png"))
            self.saved += 1
        use_theme(self.app, text_scale(), dark=False, high_contrast=False)


def review_screenshots(window: MainWindow, folder: Path) -> int:
    """Every screen of Reviews (see ``docs/ui.md``); the number of pictures saved."""
    plan_view = window.plan_view
    assert plan_view is not None and window.controller is not None
    plan_view.show_workspace("reviews")
    view = plan_view.widget("reviews")
    assert isinstance(view, ReviewsView)
    _wait(view)
    shoot = Shooter(window, folder, view)
    if not view.data or not view.data.held:
        shoot("30-reviews-first-screen")
        add_sample_reviews(view.feed.reviews)
        _wait(view)
    shoot("31-reviews")
    heading = view.progress_heading
    body = view.widget()
    assert body is not None
    top = heading.mapTo(body, heading.rect().topLeft()).y() - 8
    view.verticalScrollBar().setValue(top)  # the heading of "How it is going" at the top
    shoot("32-reviews-progress")
    view.progress.choose(view.progress.progress[0].outcome_ref)
    view.ensureWidgetVisible(view.progress.table)
    shoot("33-reviews-progress-one-outcome")
    view.progress.choose("__all__")
    view.verticalScrollBar().setValue(0)
    # "Start a review": who is taking part, an outcome, what should change, the missing points
    view.start_or_carry_on()
    for _ in range(1500):
        if view.walk is not None:
            break
        _pause()
    walk = view.walk
    assert walk is not None
    _settle()
    shoot("34-review-who-is-taking-part", walk)
    walk.go(1)
    shoot("35-review-an-outcome", walk)
    outcome = walk.pages[1]
    assert isinstance(outcome, OutcomePage)
    for _ in range(7):  # as seven presses of the Right arrow key would
        outcome.rating.slider.triggerAction(QSlider.SliderAction.SliderSingleStepAdd)
    outcome.ensureWidgetVisible(outcome.rating.clear)
    shoot("36-review-an-outcome-rating", walk)
    walk.go(len(walk.pages) - 2)
    shoot("37-review-what-should-change", walk)
    walk.finish()
    shoot("38-review-still-missing", walk)
    walk.reject()  # saved as it is: left half done
    _wait(view)
    shoot("39-reviews-carry-on")
    # the start of the window: the line under the budget summary
    plan_view.show_workspace("plan")
    window.journey.go(0)
    shoot("40-plan-with-review-due")
    plan_view.show_workspace("reviews")
    _wait(view)
    held = view.data.held if view.data else ()
    finished = next(review for review in held if review.is_finished)
    assert finished.id is not None
    view.choose(finished.id)
    dialog = view.new_version()
    assert dialog is not None
    shoot("41-review-new-version", dialog)
    dialog.make_it()
    _wait(view)
    shoot("42-review-new-version-made", dialog)
    dialog.reject()
    window.controller.undo()  # the example file as it was
    _wait(view)
    pdf = view.save_pdf()
    assert pdf is not None
    shoot("43-review-pdf", pdf)
    pdf.reject()
    return shoot.saved + pdf_pages(view, finished.id, folder)


def pdf_pages(view: ReviewsView, review_id: int, folder: Path) -> int:
    """The review's PDF, normal and large print, each page as a PNG (``44-…``, ``45-…``)."""
    saved = 0
    for name, large in (("44-review-pdf", False), ("45-review-pdf-large-print", True)):
        out = folder / f"{name}.pdf"
        view.feed.reviews.write_pdf(review_id, out, large_print=large, overwrite=True)
        document = QPdfDocument(view)
        document.load(str(out))
        for page in range(document.pageCount()):
            points = document.pagePointSize(page)
            size = QSize(round(points.width() * 100 / 72), round(points.height() * 100 / 72))
            image = document.render(page, size)
            image.save(str(folder / f"{name}-page-{page + 1}.png"))
            saved += 1
        document.close()
        document.deleteLater()
        out.unlink()
    return saved
