""" "Start a review": a walk through the review one page at a time, saved as you go.

Pages: who is taking part, then each outcome in turn, then what should change, then a check
before finishing. The list of steps down the side says which are done and jumps to any page.
Moving to another page saves the whole review (``Reviews.save``), and so does closing the
window in any way — "Save and close", Escape, the close button, or the plan being closed — so a
review left half done carries on exactly where it was. Only typing that cannot be read (a date
that is not one) can be lost: then closing asks first (``ui/drafts.py``).

"Finish the review" saves, then asks the services to finish it; every point still missing is
listed in plain words on the last page and nothing is frozen until nothing is missing.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import PHBError
from ...domain.review import Review, ReviewError, finish_problems, progress_words
from ...domain.text import translate
from ...services.review_steps import OutcomeStep, date_words
from ..drafts import DraftDialog
from ..flow import FlowLayout
from ..theme import set_role
from .feed import ReviewsFeed
from .sizing import fit_to_screen
from .walk_pages import AboutPage, FinishPage, OutcomePage, OverallPage, StepPage


class ReviewWalk(DraftDialog):
    """One review, walked through page by page (see the module's description)."""

    finished_review = Signal(object)  # the finished Review

    def __init__(
        self,
        feed: ReviewsFeed,
        review: Review,
        steps: tuple[OutcomeStep, ...],
        parent: QWidget,
        *,
        start_at: int = 0,
    ) -> None:
        super().__init__(parent)
        self.feed = feed
        self.reviews = feed.reviews
        self.review = review
        self.setObjectName("review_walk")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        outer = QVBoxLayout(self)
        self.title = QLabel(self)
        set_role(self.title, "subheading")  # the page below has the big heading
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        self.progress = QLabel(self)
        self.progress.setWordWrap(True)
        outer.addWidget(self.progress)
        body = QHBoxLayout()
        self.steps_list = QListWidget(self)
        self.steps_list.setObjectName("review_steps")
        self.steps_list.setAccessibleName(translate("ReviewsUi", "Steps of the review"))
        self.steps_list.setWordWrap(True)
        self.steps_list.setTextElideMode(Qt.TextElideMode.ElideNone)  # words wrap, never cut
        self.steps_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.steps_list.setSpacing(3)
        self.steps_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_list.currentRowChanged.connect(self._step_chosen)
        body.addWidget(self.steps_list)
        self.stack = QStackedWidget(self)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.saved = QLabel(self)
        self.saved.setWordWrap(True)
        self.saved.setAccessibleName(translate("ReviewsUi", "Save status"))
        self.saved.hide()
        outer.addWidget(self.saved)
        buttons = QWidget(self)
        row = FlowLayout(buttons)
        self.back = QPushButton(translate("ReviewsUi", "← Back"), buttons)
        self.back.setAccessibleName(translate("ReviewsUi", "Back to the page before"))
        self.next = QPushButton(translate("ReviewsUi", "Next →"), buttons)
        self.next.setAccessibleName(translate("ReviewsUi", "Next page"))
        self.next.setProperty("role", "primary")
        self.close_button = QPushButton(translate("ReviewsUi", "Save and close"), buttons)
        self.finish_button = QPushButton(translate("ReviewsUi", "Finish the review"), buttons)
        for button in (self.back, self.next, self.close_button, self.finish_button):
            row.addWidget(button)
        self.back.clicked.connect(lambda: self.go(self.current() - 1))
        self.next.clicked.connect(lambda: self.go(self.current() + 1))
        self.close_button.clicked.connect(self.reject)
        self.finish_button.clicked.connect(self.finish)
        outer.addWidget(buttons)
        self.pages: list[StepPage] = []
        self._moving = False
        self._build(steps)
        feed.controller.add_flusher(self._flush, self)
        fit_to_screen(self, width_letters=96, height_lines=44)
        self.go(start_at, save=False)

    # -- the pages --------------------------------------------------------------------------
    def _build(self, steps: tuple[OutcomeStep, ...]) -> None:
        """Make every page for ``steps`` (the outcomes) and show the review in them."""
        for page in self.pages:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.about = AboutPage(self)
        outcome_pages = [OutcomePage(step, self) for step in steps]
        self.overall = OverallPage(self)
        self.check = FinishPage(self)
        self.pages = [self.about, *outcome_pages, self.overall, self.check]
        for page in self.pages:
            self.stack.addWidget(page)
        for outcome_page in outcome_pages:
            outcome_page.remove_requested.connect(self.remove_outcome)
        self.overall.add_requested.connect(self.add_outcome)
        self.check.go_first.clicked.connect(self.go_to_first_to_do)
        self._load()

    def _load(self) -> None:
        review = self.review
        self.about.load(review, self.reviews.participant_choices())
        for page in self.pages[1:]:
            page.load(review)
        self._refresh_words()

    def current(self) -> int:
        return self.stack.currentIndex()

    def page_index(self, page: StepPage) -> int:
        return self.pages.index(page)

    def outcome_page(self, ref: str) -> OutcomePage | None:
        """The page of the outcome ``ref``."""
        return next((p for p in self.pages if isinstance(p, OutcomePage) and p.ref == ref), None)

    def go(self, index: int, *, save: bool = True) -> bool:
        """Show page ``index`` (saving first); ``False`` if typing on this page needs fixing."""
        if not 0 <= index < len(self.pages):
            return False
        if save and not self.save():
            bad = self._bad_input()
            if bad is not None and index != self.current():
                self.stack.setCurrentIndex(self.pages.index(bad[0]))
                bad[1].setFocus(Qt.FocusReason.OtherFocusReason)
                self._sync_list()
                return False
        self.stack.setCurrentIndex(index)
        page = self.pages[index]
        page.verticalScrollBar().setValue(0)
        if page is self.check:
            self.check.show_points(finish_problems(self.review, self.feed.today()))
        self._sync_list()
        self.back.setEnabled(index > 0)
        last = index == len(self.pages) - 1
        self.next.setVisible(not last)
        self.finish_button.setProperty("role", "primary" if last else "")
        self.finish_button.style().unpolish(self.finish_button)
        self.finish_button.style().polish(self.finish_button)
        (self.finish_button if last else self.next).setDefault(True)
        page.focus_first()
        QAccessible.updateAccessibility(
            QAccessibleAnnouncementEvent(self.stack, page.heading.text())
        )
        return True

    def go_to_first_to_do(self) -> None:
        """Show the first page with something still missing."""
        for index, page in enumerate(self.pages[:-1]):
            if not page.is_done(self.review):
                self.go(index)
                return

    def _step_chosen(self, row: int) -> None:
        if not self._moving and row >= 0 and row != self.current():
            self.go(row)

    def _sync_list(self) -> None:
        self._moving = True
        try:
            self.steps_list.clear()
            for number, page in enumerate(self.pages, start=1):
                if page is self.check:
                    state = ""
                elif page.is_done(self.review):
                    state = "✓ " + translate("ReviewsUi", "Done")
                else:
                    state = "○ " + translate("ReviewsUi", "Still to do")
                text = f"{number}. {page.step_title()}"
                item = QListWidgetItem(f"{text}\n{state}" if state else text)
                said = f"{text}, {state[2:]}" if state else text
                item.setData(Qt.ItemDataRole.AccessibleTextRole, said)
                self.steps_list.addItem(item)
            self.steps_list.setCurrentRow(self.current())
        finally:
            self._moving = False
        self._fit_list()

    def _fit_list(self) -> None:
        """The list of steps beside the page, when there is room for both at this text size
        (else the page takes the width: Back and Next, and each page's heading, still say
        where you are)."""
        metrics = self.steps_list.fontMetrics()
        room = self.width() >= metrics.averageCharWidth() * 70
        self.steps_list.setVisible(room)
        if not room:
            return
        widest = max(
            (metrics.horizontalAdvance(self.steps_list.item(i).text().split("\n")[0])
             for i in range(self.steps_list.count())),
            default=100,
        )  # fmt: skip
        self.steps_list.setFixedWidth(max(160, min(widest + 40, int(self.width() * 0.28))))

    def _refresh_words(self) -> None:
        review = self.review
        self.title.setText(
            translate("ReviewsUi", "Review of {date}").format(date=date_words(review))
        )
        self.setWindowTitle(self.title.text())
        self.progress.setText(progress_words(review))

    # -- saving -----------------------------------------------------------------------------
    def collected(self) -> Review:
        """The review with what every page shows put in."""
        review = self.review
        for page in self.pages:
            review = page.update_review(review)
        return review

    def _bad_input(self) -> tuple[StepPage, QWidget] | None:
        for page in self.pages:
            widget = page.bad_input()
            if widget is not None:
                return page, widget
        return None

    def save(self) -> bool:
        """Save what is on every page; ``True`` when everything typed is kept."""
        wanted = self.collected()
        if wanted != self.review:
            try:
                saved = self.reviews.save(wanted)
            except PHBError as exc:
                problems = exc.problems if isinstance(exc, ReviewError) else (exc.message,)
                self._say("⚠ " + translate("ReviewsUi", "Not saved: {problem}").format(
                    problem=" ".join(problems)))  # fmt: skip
                return False
            moved = saved.review_date != self.review.review_date
            self.review = saved
            self._say("✓ " + translate("ReviewsUi", "Saved"))
            if moved:  # the spending up to the review changed: the pages show it again
                index = self.current()
                self._build(self.reviews.steps(self._id()))
                self.stack.setCurrentIndex(min(index, len(self.pages) - 1))
            self._refresh_words()
        return self._bad_input() is None

    def _flush(self) -> None:
        """Save before the plan is closed or the window leaves (nothing typed is lost)."""
        self.save()

    def _say(self, text: str) -> None:
        self.saved.setText(text)
        self.saved.setVisible(bool(text))  # no empty line taking room from the page

    def _id(self) -> int:
        assert self.review.id is not None
        return self.review.id

    def has_changes(self) -> bool:
        """Something typed could not be saved (closing would lose it)."""
        return not self.save()

    def add_outcome(self, title: str) -> None:
        """Write a new outcome down in the review; its page comes before "What should change"."""
        self.save()
        try:
            self.review = self.reviews.add_outcome(self._id(), title)
        except PHBError as exc:
            self._say("⚠ " + exc.message)
            return
        self._build(self.reviews.steps(self._id()))
        page = self.pages[-3]
        self._say("✓ " + translate("ReviewsUi", "Added “{title}”.").format(title=title))
        self.go(self.page_index(page), save=False)

    def remove_outcome(self, ref: str) -> None:
        """Take a new outcome out of the review again."""
        self.save()
        try:
            self.review = self.reviews.remove_outcome(self._id(), ref)
        except PHBError as exc:
            self._say("⚠ " + exc.message)
            return
        self._build(self.reviews.steps(self._id()))
        self.go(self.page_index(self.overall), save=False)

    # -- finishing --------------------------------------------------------------------------
    def finish(self) -> None:
        """Finish the review, or list every point still missing."""
        if not self.save():
            bad = self._bad_input()
            if bad is not None:
                self.stack.setCurrentIndex(self.pages.index(bad[0]))
                self._sync_list()
                bad[1].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            done = self.reviews.finish(self._id(), today=self.feed.today())
        except ReviewError as exc:
            self.go(self.page_index(self.check), save=False)
            self.check.show_points(exc.problems, tried=True)
            QAccessible.updateAccessibility(
                QAccessibleAnnouncementEvent(
                    self.check.points, self.check.intro.text() + " " + self.check.points.text()
                )
            )
            return
        except PHBError as exc:
            self._say("⚠ " + exc.message)
            return
        self.review = done
        self.accept()
        self.finished_review.emit(done)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 96, metrics.lineSpacing() * 44)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_list()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_list()
        self.pages[self.current()].focus_first()
