"""The readiness check of SPEC §3: is the plan ready to be agreed, and if not, why not."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .categories import (
    EXCLUDED,
    Category,
    KeywordWarning,
    category_label,
    exclusion_reason,
    keyword_warnings,
)
from .costing import PlanCosting, cost_plan
from .plan import OutcomeStatus, Plan, SupportLine
from .schedule import add_months, format_date
from .text import translate


class Section(StrEnum):
    """Places in the plan a finding can point to (the journey's pages)."""

    ABOUT_ME = "about_me"
    WHAT_MATTERS = "what_matters"
    STRENGTHS = "strengths"
    RELATIONSHIPS = "relationships"
    COMMUNITY = "community"
    HEALTH = "health"
    OUTCOMES = "outcomes"
    SUPPORT = "support"
    BUDGET = "budget"
    RISKS = "risks"
    CONTINGENCY = "contingency"
    ACTIONS = "actions"
    HELPERS = "helpers"
    REVIEWS = "reviews"


class Code(StrEnum):
    """Stable codes of readiness findings."""

    BUDGET_MISSING = "budget_missing"
    OVER_BUDGET = "over_budget"
    EXCLUDED_CATEGORY = "excluded_category"
    EXCLUDED_KEYWORD = "excluded_keyword"
    HOUSEHOLD_FAMILY = "household_family"
    OUTCOME_UNSERVED = "outcome_unserved"
    LINE_WITHOUT_OUTCOME = "line_without_outcome"
    MANAGEMENT_MISSING = "management_missing"
    RISKS_MISSING = "risks_missing"
    CONTINGENCY_PLAN_MISSING = "contingency_plan_missing"
    FIRST_REVIEW_MISSING = "first_review_missing"
    FIRST_REVIEW_TOO_LATE = "first_review_too_late"
    CARE_COORDINATOR_MISSING = "care_coordinator_missing"


@dataclass(frozen=True, slots=True)
class Finding:
    """One unmet point: a stable code, a plain-English message and where to fix it.

    ``item_id`` names the outcome or support line concerned; ``field`` the field to fix.
    """

    code: Code
    message: str
    section: Section
    item_id: str | None = None
    field: str | None = None


def _name(text: str, fallback: str) -> str:
    text = text.strip()
    return f"“{text}”" if text else fallback


def open_keyword_warnings(line: SupportLine) -> list[KeywordWarning]:
    """Keyword warnings on ``line`` that have not been set aside with a written reason."""
    dismissed = {w.keyword.lower() for w in line.dismissed_warnings if w.reason.strip()}
    return [w for w in keyword_warnings(line.description) if w.keyword.lower() not in dismissed]


def check_readiness(plan: Plan, costing: PlanCosting | None = None) -> list[Finding]:
    """Every reason ``plan`` is not yet ready for sign-off; an empty list means ready."""
    costing = costing or cost_plan(plan)
    findings: list[Finding] = []
    add = findings.append
    budget = plan.budget

    # Within budget
    if budget.indicative is None or budget.period_start is None or budget.period_end is None:
        add(
            Finding(
                Code.BUDGET_MISSING,
                translate(
                    "Readiness",
                    "Write down the indicative budget and the dates of the budget period.",
                ),
                Section.BUDGET,
                field="indicative" if budget.indicative is None else "period_start",
            )
        )
    elif budget.period_end < budget.period_start:
        add(
            Finding(
                Code.BUDGET_MISSING,
                translate(
                    "Readiness", "The budget period ends before it starts. Check the two dates."
                ),
                Section.BUDGET,
                field="period_end",
            )
        )
    elif not costing.within_budget:
        add(
            Finding(
                Code.OVER_BUDGET,
                translate(
                    "Readiness",
                    "The plan is {amount} over budget. Planned support and the contingency come to "
                    "{committed}, but the budget is {budget}.",
                ).format(
                    amount=(-costing.remaining).format(),
                    committed=costing.committed.format(),
                    budget=costing.indicative.format(),
                ),
                Section.BUDGET,
                field="support_lines",
            )
        )

    outcome_ids = {outcome.id for outcome in plan.outcomes}
    served: set[str] = set()
    for number, line in enumerate(plan.support_lines, start=1):
        label = _name(line.description, translate("Readiness", "Support line {n}").format(n=number))
        if line.category in EXCLUDED:
            add(
                Finding(
                    Code.EXCLUDED_CATEGORY,
                    translate(
                        "Readiness", "{line} is in the category “{category}”. {reason}"
                    ).format(
                        line=label,
                        category=category_label(Category(line.category)),
                        reason=exclusion_reason(Category(line.category)),
                    ),
                    Section.SUPPORT,
                    line.id,
                    "category",
                )
            )
        for warning in open_keyword_warnings(line):
            add(
                Finding(
                    Code.EXCLUDED_KEYWORD,
                    translate(
                        "Readiness",
                        "{line} mentions “{word}”, which looks like {category}. "
                        "Change the description, "
                        "or say why it is fine.",
                    ).format(
                        line=label,
                        word=warning.keyword,
                        category=category_label(warning.category).lower(),
                    ),
                    Section.SUPPORT,
                    line.id,
                    "description",
                )
            )
        if line.paid_to_household_family and not line.household_justification.strip():
            add(
                Finding(
                    Code.HOUSEHOLD_FAMILY,
                    translate(
                        "Readiness",
                        "{line} pays a family member who lives with you. "
                        "This is allowed only in some "
                        "cases: write down the reason that was agreed.",
                    ).format(line=label),
                    Section.SUPPORT,
                    line.id,
                    "household_justification",
                )
            )
        line_outcomes = [oid for oid in line.outcomes if oid in outcome_ids]
        served.update(line_outcomes)
        if not line_outcomes:
            add(
                Finding(
                    Code.LINE_WITHOUT_OUTCOME,
                    translate(
                        "Readiness", "{line} does not say which of your outcomes it helps with."
                    ).format(line=label),
                    Section.SUPPORT,
                    line.id,
                    "outcomes",
                )
            )
        if line.management is None:
            add(
                Finding(
                    Code.MANAGEMENT_MISSING,
                    translate("Readiness", "{line} does not say how its money is managed.").format(
                        line=label
                    ),
                    Section.SUPPORT,
                    line.id,
                    "management",
                )
            )

    for unpaid in plan.unpaid_support:
        served.update(oid for oid in unpaid.outcomes if oid in outcome_ids)
    for number, outcome in enumerate(plan.outcomes, start=1):
        if outcome.status is OutcomeStatus.NO_LONGER_WANTED or outcome.id in served:
            continue
        add(
            Finding(
                Code.OUTCOME_UNSERVED,
                translate(
                    "Readiness",
                    "Nothing in the plan helps with the outcome {outcome}. "
                    "Link it to paid or unpaid "
                    "support.",
                ).format(
                    outcome=_name(
                        outcome.title, translate("Readiness", "number {n}").format(n=number)
                    )
                ),
                Section.OUTCOMES,
                outcome.id,
                "served_by",
            )
        )

    if not budget.management_summary.strip():
        add(
            Finding(
                Code.MANAGEMENT_MISSING,
                translate(
                    "Readiness",
                    "Say how the budget is managed: by the NHS (notional), "
                    "by an organisation (third "
                    "party) or as a direct payment.",
                ),
                Section.BUDGET,
                field="management_summary",
            )
        )
    if not any(risk.risk.strip() for risk in plan.risks):
        add(
            Finding(
                Code.RISKS_MISSING,
                translate("Readiness", "Write down at least one risk and how it will be managed."),
                Section.RISKS,
                field="risks",
            )
        )
    contingency = plan.contingency_plan
    if not (contingency.triggers.strip() and contingency.what_should_happen.strip()):
        add(
            Finding(
                Code.CONTINGENCY_PLAN_MISSING,
                translate(
                    "Readiness",
                    "Write the contingency plan: the signs that things are going wrong "
                    "and what should "
                    "happen then.",
                ),
                Section.CONTINGENCY,
                field="triggers" if not contingency.triggers.strip() else "what_should_happen",
            )
        )
    first = plan.reviews.first_review
    if first is None:
        add(
            Finding(
                Code.FIRST_REVIEW_MISSING,
                translate(
                    "Readiness",
                    "Choose the date of the first review (within 3 months of the start).",
                ),
                Section.REVIEWS,
                field="first_review",
            )
        )
    elif budget.period_start is not None:
        latest = add_months(budget.period_start, 3)
        if first > latest or first < budget.period_start:
            add(
                Finding(
                    Code.FIRST_REVIEW_TOO_LATE,
                    translate(
                        "Readiness",
                        "The first review must be within 3 months of the start: "
                        "between {start} and "
                        "{latest}.",
                    ).format(start=format_date(budget.period_start), latest=format_date(latest)),
                    Section.REVIEWS,
                    field="first_review",
                )
            )
    if not plan.care_coordinator.name.strip():
        add(
            Finding(
                Code.CARE_COORDINATOR_MISSING,
                translate("Readiness", "Write down the name of your care coordinator."),
                Section.HELPERS,
                field="care_coordinator",
            )
        )
    return findings


def is_ready(plan: Plan) -> bool:
    """True when the readiness check finds nothing to fix."""
    return not check_readiness(plan)
