"""The "Reviews" workspace: seeing how the plan is working.

From the top: when the next review is due (calmly flagged when it is overdue) and a review left
half done; "Start a review" or "Carry on with the review"; the reviews held (date, state, who,
decision) with, for the one chosen, what it found, "Review as a PDF…" and "Make a new plan
version from this review"; then progress over time (:mod:`.progress_view`).

What the page shows is read off the GUI thread (``run_operation``): every review, the due lines
and progress over time, which on six years of records takes a moment. It is read again after
each change it shows (``ReviewsFeed.changed``) — while hidden, only when next shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...domain.review import Review, ReviewState
from ...domain.review_due import DueState, ReviewDue
from ...domain.review_progress import OutcomeProgress
from ...domain.text import translate
from ...services.review_steps import date_words
from ...services.review_version import already_carried
from ..controller import PlanController
from ..costed.text_table import TextTableModel
from ..flow import FlowLayout
from ..operations import Task, run_operation
from ..stacking import TableOrBlocks
from ..theme import set_role
from .feed import ReviewsFeed, reviews_feed_for
from .history import held_rows, review_html
from .new_version import NewVersionDialog
from .pdf import ReviewPdfDialog
from .progress_view import ProgressView
from .sizing import ColumnsFit, show_every_row
from .walk import ReviewWalk


@dataclass(frozen=True)
class PageData:
    """Everything the page shows, read together."""

    held: tuple[Review, ...]
    due: ReviewDue
    due_lines: tuple[str, ...]
    progress: tuple[OutcomeProgress, ...]


class ReviewsView(QScrollArea):
    """The Reviews workspace (see the module's description)."""

    loaded = Signal()  # what the page shows has been read again

    def __init__(self, controller: PlanController, window: QMainWindow | None = None) -> None:
        super().__init__()
        self.controller = controller
        self.feed: ReviewsFeed = reviews_feed_for(controller)
        self.data: PageData | None = None
        self.walk: ReviewWalk | None = None
        self.dialog: QWidget | None = None
        self.ready = False  # the page shows what the file holds now
        self._dirty = True
        self._generation = 0
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("reviews_view")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 20, 28, 28)
        layout.setSpacing(12)
        self.layout_ = layout
        heading = self._label(translate("ReviewsUi", "Reviews"), "heading")
        heading.setAccessibleName(heading.text())
        self._label(
            translate(
                "ReviewsUi",
                "A review looks at how your plan is working. It looks at each outcome in turn, "
                "what is working and what is not, and what should change. The first review is "
                "within 3 months of the start, then at least once a year.",
            ),
            "note",
        )
        self.due_box = QFrame(body)
        self.due_box.setObjectName("review_due_box")
        self.due_box.setFrameShape(QFrame.Shape.Box)
        box = QVBoxLayout(self.due_box)
        box.setContentsMargins(14, 10, 14, 10)
        self.due_words = QLabel(self.due_box)
        self.due_words.setWordWrap(True)
        set_role(self.due_words, "subheading")
        self.due_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.due_words)
        self.waiting_words = QLabel(self.due_box)
        self.waiting_words.setWordWrap(True)
        box.addWidget(self.waiting_words)
        layout.addWidget(self.due_box)
        actions = QWidget(body)
        row = FlowLayout(actions)
        self.start_button = QPushButton(translate("ReviewsUi", "Start a review"), actions)
        self.start_button.setProperty("role", "primary")
        self.start_button.clicked.connect(self.start_or_carry_on)
        self.delete_button = QPushButton(
            translate("ReviewsUi", "Delete the unfinished review…"), actions
        )
        self.delete_button.clicked.connect(self.delete_unfinished)
        row.addWidget(self.start_button)
        row.addWidget(self.delete_button)
        layout.addWidget(actions)
        self.message = self._label("", "")
        self.message.hide()
        self._label(translate("ReviewsUi", "Reviews held"), "subheading")
        self.empty = self._label(translate("ReviewsUi", "No reviews are recorded yet."), "note")
        self.model = TextTableModel(
            [
                translate("ReviewsUi", "Date"),
                translate("ReviewsUi", "State"),
                translate("ReviewsUi", "Who took part"),
                translate("ReviewsUi", "Decision"),
                translate("ReviewsUi", "Next review"),
            ],
            parent=self,
        )
        self.table = QTableView(body)
        self.table.setObjectName("reviews_held")
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("ReviewsUi", "Reviews held"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.columns = ColumnsFit(self.table)  # every heading whole
        self.table_place = TableOrBlocks(self.table, body, all_rows=True)
        layout.addWidget(self.table_place)
        chosen = self.chosen_actions = QWidget(body)
        chosen_row = FlowLayout(chosen)
        self.pdf_button = QPushButton(translate("ReviewsUi", "Review as a PDF…"), chosen)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.version_button = QPushButton(
            translate("ReviewsUi", "Make a new plan version from this review…"), chosen
        )
        self.version_button.clicked.connect(self.new_version)
        chosen_row.addWidget(self.pdf_button)
        chosen_row.addWidget(self.version_button)
        layout.addWidget(chosen)
        self.version_note = self._label("", "note")
        self.details = self._label("", "")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.progress_heading = self._label(
            translate("ReviewsUi", "How it is going over time"), "subheading"
        )
        self.progress = ProgressView(body)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.setWidget(body)
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(0)
        self._reload.timeout.connect(self.load)
        self.feed.changed.connect(lambda _changes: self._changed())
        self._show_nothing_yet()

    def _label(self, text: str, role: str) -> QLabel:
        label = QLabel(text, self.widget() or self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if role:
            set_role(label, role)
        self.layout_.addWidget(label)
        return label

    # -- reading ----------------------------------------------------------------------------
    def _changed(self) -> None:
        self._dirty = True
        self.ready = False
        if self.isVisible():
            self._reload.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._reload.start()

    def load(self) -> None:
        """Read what the page shows, off the GUI thread."""
        session = self.feed.session
        if session.closed:  # a late timer after the plan closed: nothing to read
            return
        self._dirty = False
        self._generation += 1
        generation = self._generation
        reviews = self.feed.reviews
        today = self.feed.today()

        def work(_task: Task) -> PageData:
            held = tuple(reviews.list_all())
            due = reviews.due(today)
            return PageData(held, due, reviews.due_lines(today), reviews.progress())

        def done(data: PageData) -> None:
            if generation == self._generation:
                self.show_data(data)

        def failed(exc: BaseException) -> None:
            from ..operations import show_failure

            if session.closed or session.locked:
                return  # closed or locked while reading: nobody is waiting for this page
            show_failure(self, exc, translate("ReviewsUi", "The reviews could not be read."))

        run_operation(self, work, done=done, failed=failed)

    def _show_nothing_yet(self) -> None:
        self.due_words.setText(translate("ReviewsUi", "Reading the reviews…"))
        self.waiting_words.hide()
        for button in (self.start_button, self.delete_button, self.pdf_button,
                       self.version_button):  # fmt: skip
            button.setEnabled(False)
        self.delete_button.hide()
        self.table_place.hide()
        self.chosen_actions.hide()
        self.version_note.hide()

    def show_data(self, data: PageData) -> None:
        """Show ``data`` (keeping the review chosen)."""
        chosen = self.chosen_review()
        self.data = data
        lines = list(data.due_lines)
        self.due_words.setText(lines[0] if lines else "")
        # due or overdue: said in larger, bolder words in a heavier frame (calm: never red)
        overdue = data.due.state in (DueState.OVERDUE, DueState.DUE_TODAY)
        if overdue:
            set_role(self.due_words, "subheading")
        else:
            self.due_words.setProperty("role", "")
            self.due_words.setFont(QFont())
        self.due_box.setLineWidth(3 if overdue else 1)
        self.due_box.setAccessibleName(" ".join(lines))
        self.waiting_words.setText(" ".join(lines[1:]))
        self.waiting_words.setVisible(len(lines) > 1)
        waiting = self.waiting()
        self.start_button.setEnabled(True)
        self.start_button.setText(
            translate("ReviewsUi", "Carry on with the review")
            if waiting is not None
            else translate("ReviewsUi", "Start a review")
        )
        self.delete_button.setEnabled(waiting is not None)
        self.delete_button.setVisible(waiting is not None)
        self.model.set_rows(held_rows(data.held))
        self.table_place.setVisible(bool(data.held))
        self.chosen_actions.setVisible(bool(data.held))
        self.empty.setVisible(not data.held)
        self._fit_table()
        ids = [review.id for review in data.held]
        row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0
        if data.held:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._chosen()
        self.progress.set_progress(data.progress)
        self.ready = True
        self.loaded.emit()

    def waiting(self) -> Review | None:
        """The review left half done, if there is one."""
        if self.data is None:
            return None
        return next((r for r in self.data.held if r.state is ReviewState.IN_PROGRESS), None)

    def chosen_review(self) -> Review | None:
        """The review chosen in the table."""
        if self.data is None or not self.data.held:
            return None
        row = self.table.currentIndex().row()
        return self.data.held[row] if 0 <= row < len(self.data.held) else None

    def choose(self, review_id: int) -> None:
        """Choose the review ``review_id`` in the table."""
        if self.data is None:
            return
        ids = [review.id for review in self.data.held]
        if review_id in ids:
            self.table.selectRow(ids.index(review_id))
            self.table.setCurrentIndex(self.model.index(ids.index(review_id), 0))

    def _chosen(self) -> None:
        review = self.chosen_review()
        self.pdf_button.setEnabled(review is not None)
        self.details.setText(review_html(review) if review is not None else "")
        self.details.setVisible(review is not None)
        can, why = self._can_make_version(review)
        self.version_button.setEnabled(can)
        self.version_note.setText(why)
        self.version_note.setVisible(bool(why))

    def _can_make_version(self, review: Review | None) -> tuple[bool, str]:
        if review is None:
            return False, ""
        if not review.is_finished:
            return False, translate(
                "ReviewsUi", "A new plan version can be made once the review is finished."
            )
        if already_carried(self.controller.plan, review):
            return False, translate(
                "ReviewsUi", "The plan already has the changes from this review."
            )
        return True, ""

    def _fit_table(self) -> None:
        """The table shows every row (the page scrolls, not the table)."""
        show_every_row(self.table)

    # -- doing ------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        """A calm sentence under the buttons (what just happened)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def start_or_carry_on(self) -> None:
        """Start a review (today), or carry on with the one left half done."""
        self.controller.flush()
        reviews = self.feed.reviews
        waiting = self.waiting()
        today = self.feed.today()

        def work(_task: Task) -> tuple[Review, Any, int]:
            if waiting is not None and waiting.id is not None:
                resumed = reviews.resume(waiting.id)
                review = resumed.review
                start_at = resumed.next_index + 1 if resumed.next_index is not None else -2
            else:
                review = reviews.start(on=today)
                start_at = 0
            assert review.id is not None
            return review, reviews.steps(review.id), start_at

        def done(found: tuple[Review, Any, int]) -> None:
            self.open_walk(*found)

        self.start_button.setEnabled(False)
        run_operation(
            self,
            work,
            done=done,
            failed=self._start_failed,
            progress=translate("ReviewsUi", "Getting the review ready…"),
        )

    def _start_failed(self, exc: BaseException) -> None:
        from ..operations import show_failure

        self.start_button.setEnabled(True)
        show_failure(
            self, exc, translate("ReviewsUi", "The review could not be started. Nothing changed.")
        )

    def open_walk(self, review: Review, steps: Any, start_at: int) -> ReviewWalk:
        """Show the walk through ``review`` at page ``start_at`` (-2: "What should change")."""
        self.start_button.setEnabled(True)
        walk = ReviewWalk(self.feed, review, tuple(steps), self.window(), start_at=max(0, start_at))
        if start_at < 0:
            walk.go(len(walk.pages) + start_at, save=False)
        walk.finished_review.connect(self._finished)
        walk.finished.connect(lambda _result: self._walk_closed(walk))
        self.walk = walk
        walk.open()
        return walk

    def _walk_closed(self, walk: ReviewWalk) -> None:
        if self.walk is walk:
            self.walk = None
        walk.deleteLater()
        if isValid(self.start_button):  # not when the plan itself was closed
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finished(self, review: Review) -> None:
        self.say(
            translate(
                "ReviewsUi",
                "The review of {date} is finished. You can now make a new plan version from "
                "it, and save it as a PDF to sign.",
            ).format(date=date_words(review))
        )
        if review.id is not None:
            wanted = review.id
            self.loaded.connect(lambda: self.choose(wanted), Qt.ConnectionType.SingleShotConnection)

    def delete_unfinished(self) -> bool:
        """Delete the review left half done, after asking."""
        waiting = self.waiting()
        if waiting is None or waiting.id is None:
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ReviewsUi", "Delete the unfinished review?"))
        box.setText(
            translate(
                "ReviewsUi",
                "Delete the review of {date}? Everything written in it so far is lost.",
            ).format(date=date_words(waiting))
        )
        delete = box.addButton(
            translate("ReviewsUi", "Delete it"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(translate("ReviewsUi", "Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.dialog = box
        box.exec()
        self.dialog = None
        if box.clickedButton() is not delete:
            return False
        try:
            self.feed.reviews.delete(waiting.id)
        except Exception as exc:  # shown calmly, never as a traceback
            from ..operations import show_failure

            show_failure(self, exc, translate("ReviewsUi", "The review could not be deleted."))
            return False
        self.say(translate("ReviewsUi", "The unfinished review is deleted."))
        return True

    def save_pdf(self) -> ReviewPdfDialog | None:
        """Open "Review as a PDF…" for the review chosen."""
        review = self.chosen_review()
        if review is None:
            return None
        dialog = ReviewPdfDialog(self.feed, review, self.window())
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_version(self) -> NewVersionDialog | None:
        """Open "Make a new plan version from this review" for the review chosen."""
        review = self.chosen_review()
        if review is None or review.id is None:
            return None
        self.controller.flush()
        dialog = NewVersionDialog(self.feed, review.id, date_words(review), self.window())
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- as a workspace of the window ------------------------------------------------------
    def focus_first(self) -> None:
        """The keyboard starts on "Start a review" (or "Carry on")."""
        target = self.start_button if self.start_button.isEnabled() else self.table
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def view_state(self) -> dict[str, Any]:
        """The review chosen and the outcome shown (kept across a language change)."""
        review = self.chosen_review()
        return {"review": review.id if review else None, "outcome": self.progress.chosen()}

    def restore_view_state(self, state: object) -> None:
        if not isinstance(state, dict):
            return

        def again() -> None:
            if isinstance(state.get("review"), int):
                self.choose(state["review"])
            if isinstance(state.get("outcome"), str):
                self.progress.choose(state["outcome"])

        self.loaded.connect(again, Qt.ConnectionType.SingleShotConnection)

    def text_scale_changed(self) -> None:
        """Fit the tables and the chart to the new text size."""
        self._fit_table()
        self.progress.fit_text()
