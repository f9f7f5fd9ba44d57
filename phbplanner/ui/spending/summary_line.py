"""A line in the budget summary (above every workspace) for plans that keep spending records:
the balance at a glance while the spending page is shown ("£2,310.45 in the account"), and the
most important alert wherever the person is — so it is seen at the start of the window too.

Plans without spending records (a notional budget) show nothing here and read nothing. The
status is worked out after the window has painted, and again once per change to the records or
the plan, never while a change is being made.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.errors import PHBError
from ...domain.text import translate
from ...services.changes import Change, Changes
from ...services.ledger_view import records_apply
from ..controller import PlanController
from .feed import SpendingFeed, spending_feed_for
from .words import WARNING, alert_title, balance_words


class SpendingSummaryLine(QLabel):
    """The spending records' line of the budget summary."""

    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("spending_summary")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()
        self.feed: SpendingFeed | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        controller.subscribe(self, Change.PLAN, self._plan_changed)
        self._watch()
        self._timer.start()  # after the window has painted

    def _plan_changed(self, _changes: Changes) -> None:
        self._watch()
        self._timer.start()

    def _watch(self) -> None:
        if self.feed is None and records_apply(self.controller.plan):
            self.feed = spending_feed_for(self.controller)
            self.feed.status_changed.connect(self._timer.start)
            self.feed.page_shown_changed.connect(self._page_shown)

    def _page_shown(self, _shown: bool) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Show the balance (on the spending page) and the most important alert."""
        feed = self.feed
        if feed is not None and feed.session.locked:
            return  # out of the window meanwhile; the line stays as it was for unlocking
        if feed is None or not feed.open or not feed.applies():
            self.setText("")
            self.hide()
            return
        parts: list[str] = []
        details: list[str] = []
        try:
            if not feed.accounts():
                self.setText("")
                self.hide()
                return
            if feed.page_shown:
                # the page shows its alerts itself: here, the balance at a glance (one sum, so
                # typing entry after entry never waits for the whole status)
                parts.append(balance_words(feed.balance()))
            else:
                alerts = feed.status().alerts
                # a few words here (the page says the whole of it): the page below keeps
                # its room at large text sizes
                if alerts:
                    parts.append(
                        f"{WARNING} "
                        + translate("SpendingSummary", "My spending: {alert}.").format(
                            alert=alert_title(alerts[0])
                        )
                    )
                    details = [alert.message for alert in alerts]
                if len(alerts) > 1:
                    parts.append(
                        translate("SpendingSummary", "({count} more things to look at)").format(
                            count=len(alerts) - 1
                        )
                    )
        except PHBError:
            if feed.session.locked:
                return  # locked on another thread while reading: the words stay for unlocking
            self.hide()
            return
        text = "   ".join(parts)
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip("\n\n".join(details))
        self.setAccessibleDescription(" ".join(details))
        self.setProperty("role", "subheading" if feed.page_shown else "")
        font = self.font()
        font.setBold(feed.page_shown)
        self.setFont(font)
        self.setVisible(bool(text))
