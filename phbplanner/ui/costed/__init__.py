"""The costed plan in the window: support lines table, budget summary, breakdowns, readiness,
agreement, versions and export (issue 6). Every widget here reads the plan through
:class:`~phbplanner.ui.costed.feed.CostedPlan` and changes it only through the plan controller."""
