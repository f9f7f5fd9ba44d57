"""The "Reviews" workspace: seeing how the plan is working (reviews, progress over time)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

from ...domain.plan import Plan
from ...domain.text import translate
from ..controller import PlanController
from .base import Workspace


def _make(controller: PlanController, window: QMainWindow) -> QWidget:
    from ..reviews.view import ReviewsView

    return ReviewsView(controller, window)


def has_something_to_review(plan: Plan) -> bool:
    """A review looks at the plan's outcomes: offered once there are some (or reviews)."""
    return bool(plan.outcomes or plan.reviews.records)


WORKSPACE = Workspace(
    key="reviews",
    title=lambda: translate("Workspaces", "Reviews"),
    factory=_make,
    shown_when=has_something_to_review,
)
