"""The journey: the step list down the side, one page per step, Back and Next."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.plan import AboutMe, Budget, ContingencyPlan, Person, Plan, WhatMatters
from ..domain.readiness import Finding, Section, check_readiness
from ..domain.text import translate
from .a11y import announce
from .controller import PlanController
from .costed.feed import CostedPlan, feed_for
from .costed.navigate import focus_finding
from .costed.signoff_page import SignOffPage
from .pages.about import AboutMePage, CommunityPage, HealthPage, StrengthsPage, WhatMattersPage
from .pages.base import Page
from .pages.budget import BudgetPage
from .pages.more import ActionsPage, ContingencyPage, HelpersPage, ReviewsPage, RisksPage
from .pages.outcomes import OutcomesPage, SupportPage
from .pages.relationships import RelationshipsPage
from .theme import colours, set_role

PAGES: list[Callable[[PlanController], Page]] = [
    AboutMePage,
    WhatMattersPage,
    StrengthsPage,
    RelationshipsPage,
    CommunityPage,
    HealthPage,
    OutcomesPage,
    SupportPage,
    BudgetPage,
    RisksPage,
    ContingencyPage,
    ActionsPage,
    HelpersPage,
    ReviewsPage,
    SignOffPage,
]

NOT_STARTED, STARTED, COMPLETE = "not_started", "started", "complete"


def focus_order(root: QWidget) -> list[QWidget]:
    """The widgets inside ``root`` that Tab stops at, in the order Tab visits them."""
    found: list[QWidget] = []
    seen = {id(root)}
    widget = root.nextInFocusChain()
    while widget is not None and id(widget) not in seen:
        seen.add(id(widget))
        if (
            root.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def step_states(plan: Plan, found: Sequence[Finding] | None = None) -> dict[Section, str]:
    """Whether each step is not started, started or complete (complete: nothing left to fix).

    ``found`` is the plan's readiness findings when already worked out.
    """
    findings = {f.section for f in (check_readiness(plan) if found is None else found)}
    started = {
        Section.ABOUT_ME: plan.person != Person() or plan.about_me != AboutMe(),
        Section.WHAT_MATTERS: plan.what_matters != WhatMatters(),
        Section.STRENGTHS: bool(plan.strengths),
        Section.RELATIONSHIPS: bool(plan.relationships),
        Section.COMMUNITY: bool(plan.community),
        Section.HEALTH: bool(plan.needs),
        Section.OUTCOMES: bool(plan.outcomes),
        Section.SUPPORT: bool(plan.support_lines or plan.unpaid_support),
        Section.BUDGET: plan.budget != Budget(),
        Section.RISKS: bool(plan.risks),
        Section.CONTINGENCY: plan.contingency_plan != ContingencyPlan(),
        Section.ACTIONS: bool(plan.actions),
        Section.HELPERS: bool(plan.helpers or plan.care_coordinator.name),
        Section.REVIEWS: bool(plan.reviews.first_review or plan.reviews.records),
    }
    complete = {
        Section.ABOUT_ME: bool(plan.person.name and plan.about_me.most_important),
        Section.WHAT_MATTERS: bool(
            plan.what_matters.important_to_me and plan.what_matters.important_for_me
        ),
        Section.HELPERS: bool(plan.care_coordinator.name),
    }
    states = {}
    for section, begun in started.items():
        if not begun:
            states[section] = NOT_STARTED
        elif section in findings or not complete.get(section, True):
            states[section] = STARTED
        else:
            states[section] = COMPLETE
    return states


def state_words(state: str) -> str:
    return {
        NOT_STARTED: translate("Steps", "Not started"),
        STARTED: translate("Steps", "Started"),
        COMPLETE: translate("Steps", "Complete"),
    }[state]


_icons: dict[tuple[str, int, str, str], QIcon] = {}


def state_icon(state: str, size: int = 22) -> QIcon:
    """Empty circle, half-filled circle, or a filled circle with a tick: shape, not colour."""
    c = colours()
    key = (state, size, c["accent"], c["accent_text"])
    if key not in _icons:
        _icons[key] = _draw_state_icon(state, size, c)
    return _icons[key]


def _draw_state_icon(state: str, size: int, c: dict[str, str]) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor(c["accent"])
    painter.setPen(QPen(ink, 2))
    box = QRectF(2, 2, size - 4, size - 4)
    if state == STARTED:
        path = QPainterPath()
        path.moveTo(box.center())
        path.arcTo(box, 90, 180)
        path.closeSubpath()
        painter.fillPath(path, ink)
    elif state == COMPLETE:
        painter.setBrush(ink)
    painter.drawEllipse(box)
    if state == COMPLETE:
        painter.setPen(QPen(QColor(c["accent_text"]), 2.5))
        s = size
        painter.drawPolyline(
            [QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.72, s * 0.34)]
        )
    painter.end()
    return QIcon(pixmap)


class StepsModel(QAbstractListModel):
    """The steps of the journey with their state in words and as an icon."""

    def __init__(self, pages: list[Page], feed: CostedPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.feed = feed
        self.states = step_states(feed.plan, feed.findings)

    def set_plan(self) -> None:
        """Work out the states again from the latest plan and findings."""
        self.states = step_states(self.feed.plan, self.feed.findings)
        self.dataChanged.emit(self.index(0), self.index(len(self.pages) - 1))

    def state(self, page: Page) -> str:
        """The state of one step (a page may say its own, like the sign-off step)."""
        own = getattr(page, "step_state", None)
        return str(own()) if own is not None else self.states[page.section]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pages)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        page = self.pages[index.row()]
        state = self.state(page)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {page.title}\n{state_words(state)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("Steps", "Step {n}: {title}, {state}").format(
                n=index.row() + 1, title=page.title, state=state_words(state).lower()
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return state_icon(state)
        return None


class Journey(QWidget):
    """The steps, the current page, and Back / Next."""

    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        side = QWidget(self)
        side.setObjectName("steps_panel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 16, 8, 12)
        steps_label = QLabel(translate("Steps", "Steps of my plan"), side)
        set_role(steps_label, "subheading")
        side_layout.addWidget(steps_label)
        self.steps = QListView(side)
        self.steps.setObjectName("steps")
        self.steps.setAccessibleName(translate("Steps", "Steps of my plan"))
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setIconSize(QSize(22, 22))
        self.steps.setSpacing(2)
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        steps_label.setBuddy(self.steps)
        side_layout.addWidget(self.steps, 1)
        layout.addWidget(side)
        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        self.feed = feed_for(controller)
        self.stack = QStackedWidget(self)
        self.pages: list[Page] = [cls(controller) for cls in PAGES]
        for page in self.pages:
            self.stack.addWidget(page)
        main.addWidget(self.stack, 1)
        nav = QHBoxLayout()
        nav.setContentsMargins(28, 8, 28, 12)
        self.back = QPushButton(translate("Steps", "← Back"), self)
        self.next = QPushButton(translate("Steps", "Next →"), self)
        self.next.setProperty("role", "primary")
        self.back.setAccessibleName(translate("Steps", "Back to the previous step"))
        self.next.setAccessibleName(translate("Steps", "Next step"))
        self.back.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.where = QLabel(self)
        self.where.setProperty("role", "note")
        nav.addWidget(self.back)
        nav.addStretch(1)
        nav.addWidget(self.where)
        nav.addStretch(1)
        nav.addWidget(self.next)
        main.addLayout(nav)
        layout.addLayout(main, 1)
        self.model = StepsModel(self.pages, self.feed, self)
        self.steps.setModel(self.model)
        self.steps.selectionModel().currentChanged.connect(
            lambda current, _old: self.go(current.row(), from_list=True)
        )
        self.feed.updated.connect(self.model.set_plan)
        self.signoff = next(page for page in self.pages if isinstance(page, SignOffPage))
        self.signoff.panel.jump.connect(self.show_finding)
        self.fit_steps()
        self.go(0)

    def fit_steps(self) -> None:
        """Make the step list wide enough for its longest title at the current text size."""
        metrics = self.steps.fontMetrics()
        widest = max(metrics.horizontalAdvance(f"14. {page.title}") for page in self.pages)
        # never more than about a third of the window: long titles wrap instead
        limit = max(220, int(self.window().width() * 0.3))
        self.steps.setFixedWidth(min(widest + 22 + 48, limit))

    def current(self) -> int:
        return self.stack.currentIndex()

    # -- as a workspace of the window ------------------------------------------------------
    def view_state(self) -> int:
        """The step shown (kept when the window is rebuilt in another language)."""
        return self.current()

    def restore_view_state(self, state: object) -> None:
        if isinstance(state, int):
            self.go(state)

    def focus_first(self, *, say: bool = False) -> None:
        """The step list takes the keyboard first (``say``: and a screen reader hears which step
        is shown, as the list's name alone does not say it)."""
        self.steps.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if say:
            self.say_where()

    def focus_page(self) -> None:
        """The keyboard to the first thing to answer or press on the step shown."""
        page = self.pages[self.current()]
        first = next((w for w in focus_order(page) if w.isVisible() and w.isEnabled()), None)
        (first or self.next).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def text_scale_changed(self) -> None:
        """Widen the step list and redraw the circle for the new text size."""
        self.fit_steps()
        for page in self.pages:
            circle = getattr(page, "circle", None)
            if circle is not None:
                circle.redraw()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_steps()

    def page(self, slug: str) -> Page:
        return next(page for page in self.pages if page.slug == slug)

    def go(self, row: int, *, from_list: bool = False) -> None:
        """Show step ``row`` (from 0); a screen reader hears which step, unless the step list
        (which says it already) chose it."""
        if not 0 <= row < len(self.pages):
            return
        changed = row != self.current()
        self.controller.flush()
        self.stack.setCurrentIndex(row)
        self.pages[row].verticalScrollBar().setValue(0)
        if not from_list:
            self.steps.setCurrentIndex(self.model.index(row))
        last = len(self.pages) - 1
        # A button about to be switched off hands the keyboard to the other one (Qt would send
        # it somewhere else in the window).
        if row == last and self.next.hasFocus():
            self.back.setFocus(Qt.FocusReason.OtherFocusReason)
        if row == 0 and self.back.hasFocus():
            self.next.setFocus(Qt.FocusReason.OtherFocusReason)
        self.back.setEnabled(row > 0)
        self.next.setEnabled(row < last)
        where = translate("Steps", "Step {n} of {total}").format(n=row + 1, total=len(self.pages))
        self.where.setText(where)
        if changed and not from_list:
            self.say_where()

    def say_where(self) -> None:
        """Tell a screen reader which step is shown ("Step 9 of 10: My budget")."""
        row = self.current()
        where = translate("Steps", "Step {n} of {total}").format(n=row + 1, total=len(self.pages))
        announce(self, translate("Steps", "{where}: {title}").format(
            where=where, title=self.pages[row].title))  # fmt: skip

    def step(self, offset: int) -> None:
        """Go to the next (1) or the previous (-1) step."""
        self.go(self.current() + offset)

    def show_finding(self, finding: Finding) -> None:
        """Go to the step where ``finding`` can be fixed and put the focus on the place."""
        row = next(
            (
                number
                for number, page in enumerate(self.pages)
                if page.section == finding.section and not isinstance(page, SignOffPage)
            ),
            None,
        )
        if row is None:
            return
        self.go(row)
        focus_finding(self.pages[row], finding)
