"""The line under the budget summary that says when the next review is due.

"Your next review is due on 30 June 2027." — or, calmly, for an overdue one: "Your first review
was due 5 months ago, on 30 June 2026. You can start it when you are ready." (in bold, never in
red), with "Go to Reviews" beside it. A review left half done is mentioned too. The words are
the services' own (``Reviews.due_lines``); the line is shown while the Reviews workspace is
offered and is not the one on screen (that page says it itself).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ...domain.errors import PHBError
from ...domain.review_due import DueState
from ...domain.text import translate
from ..controller import PlanController
from .feed import reviews_feed_for

#: The key of the Reviews workspace.
KEY = "reviews"
#: How often the line is worked out again while nothing changes (the day moves on).
RECHECK_MS = 30 * 60 * 1000


class WorkspaceHost(Protocol):
    """What the line needs of the window's workspaces (``ui.planview.PlanView``)."""

    @property
    def switched(self) -> SignalInstance: ...

    def show_workspace(self, key: str, *, focus: bool = False, announce: bool = False) -> bool: ...

    def is_offered(self, key: str) -> bool: ...

    def current_key(self) -> str | None: ...


class ReviewDueStrip(QFrame):
    """When the next review is due, with a way to go to the Reviews workspace."""

    def __init__(self, controller: PlanController, host: WorkspaceHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = host
        self.feed = reviews_feed_for(controller)
        self.state: DueState | None = None
        self.setObjectName("review_due")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        layout.setSpacing(12)
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.words, 1)
        self.go = QPushButton(translate("ReviewsUi", "Go to Reviews"), self)
        self.go.clicked.connect(self.go_to_reviews)
        layout.addWidget(self.go, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self._recheck = QTimer(self)
        self._recheck.setInterval(RECHECK_MS)
        self._recheck.timeout.connect(self.refresh)
        self._recheck.start()
        self.feed.changed.connect(lambda _changes: self._timer.start())
        host.switched.connect(lambda _key: self._timer.start())
        self._timer.start()  # after the window has painted

    def go_to_reviews(self) -> None:
        """Show the Reviews workspace with the keyboard in it."""
        self.host.show_workspace(KEY, focus=True, announce=True)

    def refresh(self) -> None:
        """Work the line out again (and show it only where it helps)."""
        if not self.host.is_offered(KEY):
            self.hide()
            return
        try:
            due = self.feed.reviews.due(self.feed.today())
            lines = self.feed.due_lines()
        except PHBError:  # the file went away: the line is not worth a message
            self.hide()
            return
        self.state = due.state
        text = " ".join(lines)
        self.words.setText(text)
        font = self.words.font()
        font.setBold(due.state in (DueState.OVERDUE, DueState.DUE_TODAY))
        self.words.setFont(font)
        self.setAccessibleName(translate("ReviewsUi", "When the next review is due"))
        self.setAccessibleDescription(text)
        self.go.setAccessibleDescription(text)
        self.setVisible(self.host.current_key() != KEY)
