"""FHIR R4 export of a plan (SPEC §6): one ``Bundle`` of type ``collection``.

The bundle holds a ``Patient``; a ``Goal`` per outcome (expressed by the patient); one
``CarePlan`` whose activities are the paid and unpaid support, with costs and the budget in the
project's extensions; a ``RelatedPerson`` per person in the relationship circle; and a
``CareTeam`` of the care coordinator, the helpers and the paid providers (with the
``Practitioner`` and ``Organization`` resources they need). Every resource has a stable
``urn:uuid:`` fullUrl and every reference points inside the bundle. The mapping, field by field,
is in ``docs/fhir.md``.

Pure functions: :func:`plan_bundle` gives a JSON-ready ``dict`` whose amounts are
:class:`~decimal.Decimal`; :func:`dumps_bundle` gives the text, with amounts exactly as written
("1234.50"). The same plan always gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from ..domain.costing import PlanCosting, contingency_amount, cost_plan
from ..domain.plan import Outcome, OutcomeStatus, Plan
from ..domain.text import translate
from ..domain.versions import Agreement, VersionInfo, VersionStatus
from .fhir_common import (
    ID,
    SD,
    Ids,
    clean,
    complex_extension,
    identifier,
    money,
)
from .fhir_json import dumps_fhir
from .fhir_people import People
from .fhir_support import paid_activity, unpaid_activity
from .plan_json import plan_fingerprint

GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"
GOAL_PRIORITY = "http://terminology.hl7.org/CodeSystem/goal-priority"

# ``Goal.lifecycleStatus`` (R4 value set goal-status) for each outcome status.
LIFECYCLE: dict[OutcomeStatus, str] = {
    OutcomeStatus.PROPOSED: "proposed",
    OutcomeStatus.AGREED: "accepted",
    OutcomeStatus.IN_PROGRESS: "active",
    OutcomeStatus.ACHIEVED: "completed",
    OutcomeStatus.NO_LONGER_WANTED: "cancelled",
}
# ``Goal.achievementStatus`` from the plan alone; statuses not listed say nothing about progress.
PLAN_ACHIEVEMENT: dict[OutcomeStatus, str] = {
    OutcomeStatus.IN_PROGRESS: "in-progress",
    OutcomeStatus.ACHIEVED: "achieved",
}
# The displays HL7 gives these codes. They are part of the code system, so not translated.
ACHIEVEMENT_DISPLAY = {"in-progress": "In Progress", "achieved": "Achieved"}
PRIORITY_DISPLAY = {
    "high-priority": "High Priority",
    "medium-priority": "Medium Priority",
    "low-priority": "Low Priority",
}
# ``CarePlan.status``, ``CareTeam.status`` and each activity's ``detail.status`` by version.
CAREPLAN_STATUS = {VersionStatus.DRAFT: "draft", VersionStatus.AGREED: "active"}
CARETEAM_STATUS = {VersionStatus.DRAFT: "proposed", VersionStatus.AGREED: "active"}
ACTIVITY_STATUS = {VersionStatus.DRAFT: "not-started", VersionStatus.AGREED: "scheduled"}


class ReviewedStatus(StrEnum):
    """What a review found for one outcome (the review records of issue 15)."""

    ACHIEVED = "achieved"
    IN_PROGRESS = "in_progress"
    NO_LONGER_WANTED = "no_longer_wanted"
    CHANGED = "changed"


# ``Goal.achievementStatus`` from the latest review; "no longer wanted" and "changed" say
# nothing about progress, so they give none.
REVIEW_ACHIEVEMENT: dict[ReviewedStatus, str] = {
    ReviewedStatus.IN_PROGRESS: "in-progress",
    ReviewedStatus.ACHIEVED: "achieved",
}


@dataclass(frozen=True)
class OutcomeReview:
    """The latest review of one outcome: when, and the status it found."""

    reviewed_on: date
    status: ReviewedStatus


def priority_code(importance: int | None) -> str | None:
    """The goal-priority code for an importance of 1–10: 8–10 high, 4–7 medium, 1–3 low."""
    if importance is None:
        return None
    if importance >= 8:
        return "high-priority"
    if importance >= 4:
        return "medium-priority"
    return "low-priority"


def _coded(system: str, code: str | None, display: Mapping[str, str]) -> dict[str, Any] | None:
    if code is None:
        return None
    return {"coding": [{"system": system, "code": code, "display": display[code]}]}


def goal_resource(outcome: Outcome, patient: dict[str, Any], review: OutcomeReview | None) -> Any:
    """The ``Goal`` for one outcome. Its lifecycle comes from the plan; its achievement from the
    latest review when there is one, otherwise from the plan."""
    if review is not None:
        achievement = REVIEW_ACHIEVEMENT.get(review.status)
    else:
        achievement = PLAN_ACHIEVEMENT.get(outcome.status)
    title = outcome.title.strip() or translate("Fhir", "An outcome without a title")
    notes = []
    if outcome.why_it_matters.strip():
        notes.append(
            translate("Fhir", "Why it matters to me: {text}").format(
                text=outcome.why_it_matters.strip()
            )
        )
    if outcome.success_looks_like.strip():
        notes.append(
            translate("Fhir", "What success looks like: {text}").format(
                text=outcome.success_looks_like.strip()
            )
        )
    importance = (
        {"url": SD + "goal-importance", "valueInteger": outcome.importance}
        if outcome.importance is not None
        else None
    )
    return {
        "resourceType": "Goal",
        "extension": [importance],
        "identifier": [identifier("outcome", outcome.id)],
        "lifecycleStatus": LIFECYCLE[outcome.status],
        "achievementStatus": _coded(GOAL_ACHIEVEMENT, achievement, ACHIEVEMENT_DISPLAY),
        "priority": _coded(GOAL_PRIORITY, priority_code(outcome.importance), PRIORITY_DISPLAY),
        "description": {"text": title},
        "subject": patient,
        "target": [{"dueDate": outcome.target_date.isoformat() if outcome.target_date else None}],
        "statusDate": review.reviewed_on.isoformat() if review is not None else None,
        "expressedBy": patient,
        "note": [{"text": text} for text in notes],
    }


def _budget_extension(plan: Plan, costing: PlanCosting | None) -> dict[str, Any] | None:
    budget = plan.budget
    contingency = budget.contingency
    reserve = None
    if contingency.amount is not None or (
        contingency.percent is not None and budget.indicative is not None
    ):
        reserve = money(contingency_amount(budget))
    planned = money(costing.planned_total) if costing is not None else None
    schedule = budget.payment_schedule.value if budget.payment_schedule else None
    return complex_extension(
        "personal-health-budget",
        [
            ("indicative", "Money", money(budget.indicative) if budget.indicative else None),
            ("contingency", "Money", reserve),
            ("contingencyPercent", "Decimal", contingency.percent),
            ("plannedTotal", "Money", planned),
            ("setBy", "String", budget.set_by.strip()),
            ("howWorkedOut", "String", budget.how_worked_out.strip()),
            ("managementSummary", "String", budget.management_summary.strip()),
            ("holder", "String", budget.holder.strip()),
            ("paymentSchedule", "Code", schedule),
        ],
    )


def _agreement_extension(agreement: Agreement | None) -> dict[str, Any] | None:
    if agreement is None:
        return None
    return complex_extension(
        "plan-agreement",
        [
            ("agreedOn", "Date", agreement.agreed_on.isoformat()),
            ("agreedBy", "String", agreement.person_name.strip()),
            ("byRepresentative", "Boolean", agreement.person_is_representative),
            ("representativeRelationship", "String", agreement.representative_relationship),
            ("coordinator", "String", agreement.coordinator_name.strip()),
            ("coordinatorRole", "String", agreement.coordinator_role.strip()),
            ("icbApprover", "String", agreement.icb_approver_name.strip()),
            ("icbApproverRole", "String", agreement.icb_approver_role.strip()),
        ],
    )


def plan_bundle(
    plan: Plan,
    version: VersionInfo,
    *,
    latest_reviews: Mapping[str, OutcomeReview] | None = None,
) -> dict[str, Any]:
    """The FHIR R4 ``Bundle`` (type ``collection``) of ``plan`` as ``version``.

    ``latest_reviews`` maps an outcome id to what its latest review found; it sets that Goal's
    ``achievementStatus`` and ``statusDate``. Amounts in the result are exact ``Decimal``\\ s:
    write it with :func:`dumps_bundle` (or :func:`~phbplanner.interchange.fhir_json.dumps_fhir`),
    never through a float.
    """
    reviews = latest_reviews or {}
    ids = Ids(plan.person)
    people = People(plan, ids)
    patient = people.patient.ref()
    goals: dict[str, dict[str, Any]] = {}
    goal_entries = []
    for outcome in plan.outcomes:
        urn = ids.urn("Goal", outcome.id)
        goal = goal_resource(outcome, patient, reviews.get(outcome.id))
        goals[outcome.id] = {"reference": urn, "display": goal["description"]["text"]}
        goal_entries.append((urn, goal))

    activity_status = ACTIVITY_STATUS[version.status]
    budget = plan.budget
    known_period = budget.period_start is not None and budget.period_end is not None
    costing = cost_plan(plan) if known_period else None
    activities = [
        paid_activity(
            line,
            costing.line(line.id) if costing is not None else None,
            plan,
            people,
            goals,
            activity_status,
        )
        for line in plan.support_lines
    ]
    activities += [
        unpaid_activity(item, people, goals, activity_status) for item in plan.unpaid_support
    ]

    team_urn = ids.urn("CareTeam")
    team = people.care_team(plan, CARETEAM_STATUS[version.status])
    fingerprint = version.fingerprint or plan_fingerprint(plan)
    care_plan = {
        "resourceType": "CarePlan",
        "extension": [
            {"url": SD + "plan-version", "valueInteger": version.number},
            _budget_extension(plan, costing),
            _agreement_extension(version.agreement),
        ],
        "identifier": [{"system": ID + "plan-fingerprint", "value": fingerprint}],
        "status": CAREPLAN_STATUS[version.status],
        "intent": "plan",
        "category": [{"text": translate("Fhir", "Personalised care and support plan")}],
        "title": translate(
            "Fhir", "My personalised care and support plan, version {number}"
        ).format(number=version.number),
        "subject": patient,
        "period": {
            "start": budget.period_start.isoformat() if budget.period_start else None,
            "end": budget.period_end.isoformat() if budget.period_end else None,
        },
        "created": version.created.date().isoformat(),
        "author": patient,
        "contributor": people.contributors(),
        "careTeam": [{"reference": team_urn, "display": team["name"]}],
        "goal": list(goals.values()),
        "activity": activities,
    }

    entries = [people.entries()[0]]
    entries.append((ids.urn("CarePlan"), clean(care_plan)))
    entries += [(urn, clean(goal)) for urn, goal in goal_entries]
    entries.append((team_urn, clean(team)))
    entries += people.entries()[1:]
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"fullUrl": urn, "resource": resource} for urn, resource in entries],
    }


def dumps_bundle(
    plan: Plan,
    version: VersionInfo,
    *,
    latest_reviews: Mapping[str, OutcomeReview] | None = None,
) -> str:
    """The FHIR JSON text of :func:`plan_bundle`, amounts written exactly."""
    return dumps_fhir(plan_bundle(plan, version, latest_reviews=latest_reviews))
