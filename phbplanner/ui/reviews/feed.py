"""One place per open plan for the review pages: the services, the clock and change events.

The workspace, the walk through a review and the line under the budget summary all need the
same :class:`~phbplanner.services.reviews.Reviews` and the same idea of "today" (tests set
:attr:`ReviewsFeed.today` to a fixed day to check the words around month ends). ``changed`` is
sent once per committed change that a review page shows: a review saved or finished, the plan
edited (outcomes, review dates), a version agreed, spending recorded or imported (progress over
time counts it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QObject, Signal

from ...services.changes import Change
from ...services.reviews import Reviews
from ...services.session import PlanSession
from ..controller import PlanController

#: The kinds of change a review page shows.
SHOWN = (Change.REVIEWS, Change.PLAN, Change.VERSIONS, Change.LEDGER, Change.IMPORTS)


class ReviewsFeed(QObject):
    """The reviews of the open plan, for every review page of the window."""

    changed = Signal(object)  # the Changes heard

    def __init__(self, controller: PlanController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.session = cast(PlanSession, controller.session)
        self.reviews = Reviews(self.session)
        #: What day it is (a function, so that a window left open past midnight moves on).
        self.today: Callable[[], date] = date.today
        controller.subscribe(self, SHOWN, self.changed.emit)

    def due_lines(self) -> tuple[str, ...]:
        """The calm sentences about the next review (and a review left half done)."""
        return self.reviews.due_lines(self.today())


def reviews_feed_for(controller: PlanController) -> ReviewsFeed:
    """The one :class:`ReviewsFeed` of an open plan, shared by every review page."""
    feed = getattr(controller, "_reviews_feed", None)
    if feed is None:
        feed = ReviewsFeed(controller, controller)
        controller._reviews_feed = feed  # type: ignore[attr-defined]
    return cast(ReviewsFeed, feed)
