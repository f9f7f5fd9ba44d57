"""An open plan in the window: the workspaces' navigation, the budget summary, the workspace.

The navigation is a row of tabs ("My plan", later "My spending", "Reviews") that Tab reaches and
the arrow keys move along; each workspace also has a shortcut (Ctrl+1, Ctrl+2, …, from the
window's View menu). A screen reader hears the tabs by name, which one is selected, and the
name of the workspace when it changes. With only one workspace to offer the row is hidden (one
tab says nothing). The budget summary stays in view above every workspace.

Workspaces are made the first time they are shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from ..domain.text import translate
from ..services.changes import Change, Changes
from .controller import PlanController
from .costed.feed import feed_for
from .costed.summary_bar import BudgetSummaryBar
from .reviews.due_strip import ReviewDueStrip
from .workspaces import Workspace


class PlanView(QWidget):
    """The workspaces of one open plan, with the navigation and the budget summary."""

    switched = Signal(str)  # the key of the workspace now shown

    def __init__(
        self, controller: PlanController, window: QMainWindow, workspaces: list[Workspace]
    ) -> None:
        super().__init__(window)
        self.controller = controller
        self.main_window = window
        self.workspaces = list(workspaces)
        self.widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QTabBar(self)
        self.nav.setObjectName("workspaces")
        self.nav.setExpanding(False)
        self.nav.setDrawBase(True)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.nav.setAccessibleName(translate("Workspaces", "Parts of the plan file"))
        layout.addWidget(self.nav)
        # The budget summary stays in view whichever workspace is shown. With large text in a
        # short window it takes at most a share of the height and scrolls inside, so the
        # workspace below keeps most of it.
        self.status = QScrollArea(self)
        self.status.setObjectName("status_area")
        self.status.setWidgetResizable(True)
        self.status.setFrameShape(QFrame.Shape.NoFrame)
        self.status.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its parts are the Tab stops
        self.status.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inside = QWidget(self.status)
        column = QVBoxLayout(inside)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.summary = BudgetSummaryBar(feed_for(controller), inside)
        column.addWidget(self.summary)
        self.reviews_due = ReviewDueStrip(controller, self, inside)  # when the next review is due
        column.addWidget(self.reviews_due)
        self.status.setWidget(inside)
        inside.installEventFilter(self)
        layout.addWidget(self.status)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.offered: list[Workspace] = []
        self._filling = False
        self.nav.currentChanged.connect(self._tab_changed)
        controller.subscribe(self, Change.PLAN, self._plan_changed)
        self._offer()
        if self.offered:
            self.show_workspace(self.offered[0].key)

    # -- the status area's height ----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.status.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit_status()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_status()

    def _fit_status(self) -> None:
        """As tall as the summary and the review line, up to a third of the view."""
        inside = self.status.widget()
        if inside is None:
            return
        width = max(self.status.viewport().width(), 1)
        layout = inside.layout()
        if layout is not None and layout.hasHeightForWidth():
            wanted = layout.totalHeightForWidth(width)
        else:
            wanted = inside.sizeHint().height()
        most = max(self.height() // 3, self.fontMetrics().lineSpacing() * 3)
        if wanted > most:  # end at a whole part (the summary), not half way through a line
            parts = [self.summary.heightForWidth(width), self.reviews_due.heightForWidth(width)]
            shown = [h for h, w in zip(parts, (self.summary, self.reviews_due), strict=True)
                     if w.isVisibleTo(self) and h > 0]  # fmt: skip
            if shown and shown[0] <= most:
                most = shown[0]
        self.status.setFixedHeight(min(wanted, most))
        scrolls = wanted > most
        self.status.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if scrolls
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )

    # -- which workspaces ------------------------------------------------------------------
    def _plan_changed(self, _changes: Changes) -> None:
        self._offer()

    def _offer(self) -> None:
        """Offer the workspaces shown for the plan as it is now (tabs in registration order)."""
        plan = self.controller.plan
        offered = [w for w in self.workspaces if w.shown_for(plan)]
        if [w.key for w in offered] == [w.key for w in self.offered]:
            return
        current = self.current_key()
        self.offered = offered
        self._filling = True
        try:
            while self.nav.count():
                self.nav.removeTab(0)
            for workspace in offered:
                index = self.nav.addTab(workspace.title())
                self.nav.setTabData(index, workspace.key)
                shortcut = self.shortcut_text(workspace.key)
                if shortcut:
                    self.nav.setTabToolTip(index, shortcut)
        finally:
            self._filling = False
        self.nav.setVisible(len(offered) > 1)
        keys = [w.key for w in offered]
        if current in keys:
            self.nav.setCurrentIndex(keys.index(current))
        elif offered:
            self.show_workspace(offered[0].key)

    def shortcut_text(self, key: str) -> str:
        """The shortcut of workspace ``key`` in words ("Ctrl+2"), by its place in the order."""
        keys = [w.key for w in self.workspaces]
        if key not in keys or keys.index(key) >= 9:
            return ""
        return f"Ctrl+{keys.index(key) + 1}"

    def is_offered(self, key: str) -> bool:
        """Whether workspace ``key`` can be shown for the plan now."""
        return any(w.key == key for w in self.offered)

    # -- showing ---------------------------------------------------------------------------
    def current_key(self) -> str | None:
        """The key of the workspace shown now."""
        widget = self.stack.currentWidget()
        return next((key for key, w in self.widgets.items() if w is widget), None)

    def widget(self, key: str) -> QWidget:
        """The widget of workspace ``key`` (made now if it has not been shown yet)."""
        if key not in self.widgets:
            workspace = next(w for w in self.workspaces if w.key == key)
            made = workspace.factory(self.controller, self.main_window)
            self.stack.addWidget(made)
            self.widgets[key] = made
        return self.widgets[key]

    def show_workspace(self, key: str, *, focus: bool = False, announce: bool = False) -> bool:
        """Show workspace ``key``; ``False`` if it is not offered for this plan."""
        keys = [w.key for w in self.offered]
        if key not in keys:
            return False
        self.controller.flush()
        self.stack.setCurrentWidget(self.widget(key))
        if self.nav.currentIndex() != keys.index(key):
            self._filling = True
            try:
                self.nav.setCurrentIndex(keys.index(key))
            finally:
                self._filling = False
        if focus:
            self.focus_workspace()
        if announce:
            self._announce(key)
        self.switched.emit(key)
        return True

    def _tab_changed(self, index: int) -> None:
        if self._filling or index < 0:
            return
        self.show_workspace(str(self.nav.tabData(index)), announce=True)

    def _announce(self, key: str) -> None:
        title = next(w.title() for w in self.workspaces if w.key == key)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.nav, title))

    def focus_workspace(self) -> None:
        """Put the keyboard focus in the shown workspace (where it says, else its first field)."""
        widget = self.stack.currentWidget()
        if widget is None:
            return
        focus = getattr(widget, "focus_first", None)
        if callable(focus):
            focus()
        else:
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- keeping the place across a rebuild (language change) -------------------------------
    def view_state(self) -> dict[str, Any]:
        """Which workspace is shown and where each made workspace is."""
        state: dict[str, Any] = {"current": self.current_key()}
        for key, widget in self.widgets.items():
            keep = getattr(widget, "view_state", None)
            if callable(keep):
                state[key] = keep()
        return state

    def restore_view_state(self, state: dict[str, Any]) -> None:
        """Go back to ``state`` (from :meth:`view_state` of an earlier view of this plan)."""
        current = state.get("current")
        for key, value in state.items():
            if key == "current" or not self.is_offered(key):
                continue
            restore = getattr(self.widget(key), "restore_view_state", None)
            if callable(restore):
                restore(value)
        if isinstance(current, str):
            self.show_workspace(current)

    def text_scale_changed(self) -> None:
        """Let every made workspace fit its new text size."""
        for widget in self.widgets.values():
            fit = getattr(widget, "text_scale_changed", None)
            if callable(fit):
                fit()
