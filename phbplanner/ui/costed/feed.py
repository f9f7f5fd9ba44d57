"""One place that works out the costing and the readiness check after each change.

Several widgets show figures of the same plan (the support table, the summary bar, the
breakdowns, the readiness panel). Costing 1,000 lines takes milliseconds, so it is done once per
plan change here and handed to every widget through ``updated``. Changes of other kinds (spending
records, attachments, reviews) do not touch it: nothing is re-costed for them.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, Signal

from ...domain.costing import CostCache, PlanCosting, cost_plan
from ...domain.plan import Plan
from ...domain.readiness import Finding, check_readiness
from ...services.changes import Change, Changes
from ...services.session import PlanSession
from ..controller import PlanController


class CostedPlan(QObject):
    """The latest plan with its costing and readiness findings."""

    updated = Signal()  # the plan (or its version) changed: costing and findings are current

    def __init__(self, controller: PlanController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        #: The open plan file (versions, agreement); edits go through the controller instead.
        self.session = cast(PlanSession, controller.session)
        self.plan: Plan = controller.plan
        self._cache = CostCache()
        self.costing: PlanCosting = cost_plan(self.plan, self._cache)
        self.findings: list[Finding] = check_readiness(self.plan, self.costing)
        controller.subscribe(self, (Change.PLAN, Change.VERSIONS), self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Change.PLAN):
            self.refresh(changes.plan)
        else:  # a version agreed: same content, same figures; the sign-off step shows it
            self.updated.emit()

    def refresh(self, plan: Plan | None = None) -> None:
        """Recompute from ``plan`` (or the controller's latest plan) and tell every widget."""
        self.plan = plan if plan is not None else self.controller.plan
        self.costing = cost_plan(self.plan, self._cache)
        self.findings = check_readiness(self.plan, self.costing)
        self.updated.emit()

    @property
    def ready(self) -> bool:
        """True when the readiness check finds nothing to fix."""
        return not self.findings


def feed_for(controller: PlanController) -> CostedPlan:
    """The one :class:`CostedPlan` of an open plan, shared by every page of the window."""
    feed = getattr(controller, "_costed_feed", None)
    if feed is None:
        feed = CostedPlan(controller, controller)
        controller._costed_feed = feed  # type: ignore[attr-defined]
    return cast(CostedPlan, feed)
