"""The "My spending" workspace.

For a plan whose money (or part of it) is a direct payment or held in a managed account. It
starts with a calm screen that adds the account the money is kept in; then three parts, with
the most important alert above them: *Records* (the register, typing entries, receipts),
*Planned and spent* and *Forecast and alerts*. A plan whose budget is all notional has nothing
to record, and the page says so plainly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import PHBError
from ...domain.text import translate
from ..controller import PlanController
from ..theme import set_role
from .accounts import FirstAccount
from .actions import ActionBar, ActionPlace
from .feed import SpendingFeed, spending_feed_for
from .records_view import RecordsView
from .words import WARNING

if TYPE_CHECKING:
    from .forecast_view import ForecastView
    from .planned_view import PlannedView

RECORDS, PLANNED, FORECAST = 0, 1, 2
#: How long the alerts wait after a change to the records before they are worked out again.
STATUS_PAUSE_MS = 400


class NotRecorded(QWidget):
    """What a plan with no direct payment or managed account sees."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(translate("Spending", "No spending records for this plan"), self)
        heading.setWordWrap(True)
        set_role(heading, "heading")
        layout.addWidget(heading)
        text = QLabel(
            translate(
                "Spending",
                "In this plan, the NHS holds the money and pays for the support you choose. So "
                "there are no payments or receipts for you to keep. Part of the budget may become "
                "a direct payment, or an organisation may hold it for you. If it does, say so in "
                "My support. Your spending records will then start here.",
            ),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch(1)


class SpendingView(QWidget):
    """The spending records of one open plan."""

    def __init__(self, controller: PlanController, window: QMainWindow | None = None) -> None:
        super().__init__()
        self.controller = controller
        self.main_window = window
        self.feed: SpendingFeed = spending_feed_for(controller)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 4)
        layout.setSpacing(6)
        # the page's toolbar (add an account; later import a statement, reconcile, send my
        # records — see actions.py), shown once there is an account
        self.toolbar = ActionBar(ActionPlace(self, self.feed, self.say), self)
        layout.addWidget(self.toolbar)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        # the screens and parts not needed to show the records are made when first shown
        self.not_recorded = QWidget(self.stack)
        self.first_place = QWidget(self.stack)
        self._first: FirstAccount | None = None
        self.tabs = QTabWidget(self.stack)
        self.tabs.setObjectName("spending_parts")
        self.tabs.setDocumentMode(True)
        self.records = RecordsView(self.feed, self.tabs)
        self._planned: PlannedView | None = None
        self._forecast: ForecastView | None = None
        self.tabs.addTab(self.records, translate("Spending", "&Records"))
        self.tabs.addTab(QWidget(self.tabs), translate("Spending", "&Planned and spent"))
        self.tabs.addTab(QWidget(self.tabs), translate("Spending", "&Forecast and alerts"))
        self.tabs.setAccessibleName(translate("Spending", "Parts of My spending"))
        self.tabs.currentChanged.connect(self._part_shown)
        for place in (self.not_recorded, self.first_place):
            QVBoxLayout(place).setContentsMargins(0, 0, 0, 0)
        for widget in (self.not_recorded, self.first_place, self.tabs):
            self.stack.addWidget(widget)
        # the alerts, calmly: how many, and the way to them — beside the parts' tabs
        self.alerts_button = QPushButton(self.tabs)
        #: The button's words whole, and short ("⚠ 3") for when the tabs need the room.
        self._alerts_words: tuple[str, str] | None = None
        self.alerts_button.setObjectName("alerts_button")
        self.alerts_button.setAccessibleDescription(
            translate("Spending", "Shows them in Forecast and alerts")
        )
        self.alerts_button.hide()
        self.alerts_button.clicked.connect(lambda: self.show_part(FORECAST, focus=True))
        self.tabs.setCornerWidget(self.alerts_button, Qt.Corner.TopRightCorner)
        self.records.said.connect(self.say)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.timeout.connect(self.refresh_status)
        # after a change, the alerts are worked out again once the typing pauses: a carer
        # typing entry after entry on six years of records never waits for them
        self.feed.status_changed.connect(self._status_later)
        self.feed.records_changed.connect(self._choose_screen)
        self.feed.plan_changed.connect(self._choose_screen)
        self._choose_screen()

    def _fit_alerts_button(self) -> None:
        """The button's words beside the parts' tabs, or only "⚠ 3" when the tabs would
        otherwise be pushed out of sight (large text, a narrow window, longer Welsh words)."""
        words = self._alerts_words
        if words is None:
            return
        whole, short = words
        self.alerts_button.setText(whole)
        room = self.tabs.width() - self.tabs.tabBar().sizeHint().width()
        if self.alerts_button.sizeHint().width() + 8 > room:
            self.alerts_button.setText(short)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_alerts_button()

    # -- parts made when first shown ---------------------------------------------------------
    @property
    def first(self) -> FirstAccount:
        """The first screen: add the account the money is kept in."""
        if self._first is None:
            self._first = FirstAccount(self.feed, self.first_place)
            self._first.added.connect(self._account_added)
            layout = self.first_place.layout()
            assert layout is not None
            layout.addWidget(self._first)
        return self._first

    @property
    def planned(self) -> PlannedView:
        """Planned and spent."""
        if self._planned is None:
            from .planned_view import PlannedView  # QtCharts loads when first needed

            self._planned = PlannedView(self.feed)
            self._replace_part(PLANNED, self._planned)
        return self._planned

    @property
    def forecast(self) -> ForecastView:
        """Forecast and alerts."""
        if self._forecast is None:
            from .forecast_view import ForecastView

            self._forecast = ForecastView(self.feed)
            self._replace_part(FORECAST, self._forecast)
        return self._forecast

    def _replace_part(self, index: int, widget: QWidget) -> None:
        current = self.tabs.currentIndex()
        title = self.tabs.tabText(index)
        old = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if old is not None:
            old.deleteLater()

    def _part_shown(self, index: int) -> None:
        # made now if not yet; each works its figures out when shown and out of date
        if index == PLANNED:
            self.planned.show()
        elif index == FORECAST:
            self.forecast.show()

    # -- which screen -----------------------------------------------------------------------------
    def _status_later(self) -> None:
        self._status_timer.start(STATUS_PAUSE_MS)

    def _choose_screen(self) -> None:
        if not self.feed.open:
            return
        before = self.stack.currentWidget()
        if not self.feed.applies():
            if not self.not_recorded.findChildren(NotRecorded):
                layout = self.not_recorded.layout()
                assert layout is not None
                layout.addWidget(NotRecorded(self.not_recorded))
            self.stack.setCurrentWidget(self.not_recorded)
        elif not self.feed.accounts():
            self.first.show()
            self.stack.setCurrentWidget(self.first_place)
        else:
            self.stack.setCurrentWidget(self.tabs)
        self.toolbar.setVisible(self.stack.currentWidget() is self.tabs)
        if self.stack.currentWidget() is not before:
            self._status_timer.start(0)

    def _account_added(self) -> None:
        self._choose_screen()
        self.show_part(RECORDS)
        self.records.focus_first()
        self.say(translate("Spending", "The account was added. Now record the money in and out."))

    def show_part(self, index: int, *, focus: bool = False) -> None:
        """Show one of Records, Planned and spent, Forecast and alerts."""
        if self.stack.currentWidget() is self.tabs:
            self.tabs.setCurrentIndex(index)
            if focus:
                self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the status -------------------------------------------------------------------------------
    def refresh_status(self) -> None:
        """The number of alerts, and planned vs actual and the forecast when they are shown."""
        self._status_timer.stop()
        if not self.feed.open:
            return
        for part in (self._planned, self._forecast):
            if part is not None:
                part.mark_stale()
        count = 0
        if self.stack.currentWidget() is self.tabs and self.isVisible():
            try:
                count = len(self.feed.status().alerts)
            except PHBError as exc:
                self.say(exc.message)
        if count == 1:
            text = f"{WARNING} " + translate("Spending", "1 thing to look at")
        else:
            text = f"{WARNING} " + translate("Spending", "{count} things to look at").format(
                count=count
            )
        self._alerts_words = (text, f"{WARNING} {count}")
        self.alerts_button.setAccessibleName(text)
        self.alerts_button.setToolTip(text)
        self.alerts_button.setVisible(count > 0)
        title = translate("Spending", "&Forecast and alerts")
        if count:
            title = translate("Spending", "&Forecast and alerts ({count})").format(count=count)
        self.tabs.setTabText(FORECAST, title)
        self._fit_alerts_button()

    def say(self, message: str) -> None:
        """A message in the window's status bar."""
        window = self.main_window or self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 15000)

    # -- the workspace ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.feed.set_page_shown(True)
        self._status_timer.start(0)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.feed.set_page_shown(False)

    def focus_first(self) -> None:
        """Where the keyboard goes (Ctrl+2): the date of a new entry, or the first question."""
        current = self.stack.currentWidget()
        if current is self.first_place:
            self.first.focus_first()
        elif current is self.tabs and self.tabs.currentIndex() == RECORDS:
            self.records.focus_first()
        elif current is self.tabs:
            self.tabs.tabBar().setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def view_state(self) -> dict[str, Any]:
        return {"part": self.tabs.currentIndex()}

    def restore_view_state(self, state: object) -> None:
        if isinstance(state, dict) and isinstance(state.get("part"), int):
            self.tabs.setCurrentIndex(state["part"])

    def text_scale_changed(self) -> None:
        self.records.fit()
        for part in (self._planned, self._forecast):
            if part is not None:
                part.text_scale_changed()
