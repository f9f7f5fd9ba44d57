"""The budget summary of a plan as plain data (used by ``phbplanner summary`` and the window)."""

from __future__ import annotations

from typing import Any

from ..domain.costing import PlanCosting, cost_plan
from ..domain.plan import Plan
from ..domain.readiness import Finding, check_readiness
from ..interchange.plan_json import plan_fingerprint


def summary_data(plan: Plan) -> dict[str, Any]:
    """Figures, findings and fingerprint of ``plan``; amounts as decimal strings ("1234.50")."""
    costing = cost_plan(plan)
    findings = check_readiness(plan, costing)
    return summary_from(plan, costing, findings, plan_fingerprint(plan))


def summary_from(
    plan: Plan, costing: PlanCosting, findings: list[Finding], fingerprint: str
) -> dict[str, Any]:
    """Assemble the summary from figures already worked out."""
    descriptions = {line.id: line.description for line in plan.support_lines}
    budget = plan.budget
    return {
        "name": plan.person.name,
        "period_start": budget.period_start.isoformat() if budget.period_start else None,
        "period_end": budget.period_end.isoformat() if budget.period_end else None,
        "days_in_period": costing.days_in_period,
        "indicative": costing.indicative.to_str(),
        "lines": [
            {
                "id": line.id,
                "description": descriptions.get(line.id, ""),
                "occurrences": line.occurrences,
                "period_cost": line.period_cost.to_str(),
                "weekly": line.weekly.to_str(),
            }
            for line in costing.lines
        ],
        "planned_total": costing.planned_total.to_str(),
        "contingency": costing.contingency.to_str(),
        "committed": costing.committed.to_str(),
        "remaining": costing.remaining.to_str(),
        "weekly_total": costing.weekly_total.to_str(),
        "within_budget": costing.within_budget,
        "by_outcome": {key: value.to_str() for key, value in costing.by_outcome.items()},
        "by_management": {key: value.to_str() for key, value in costing.by_management.items()},
        "by_category": {key: value.to_str() for key, value in costing.by_category.items()},
        "ready": not findings,
        "findings": [
            {
                "code": finding.code.value,
                "message": finding.message,
                "section": finding.section.value,
                "item_id": finding.item_id,
            }
            for finding in findings
        ],
        "fingerprint": fingerprint,
    }
