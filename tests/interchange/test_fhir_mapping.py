"""FHIR export, field by field: statuses, priority, reviews, schedules, people and the care team
(the mapping documented in docs/fhir.md)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from phbplanner.domain.categories import Category
from phbplanner.domain.plan import (
    CareCoordinator,
    Helper,
    Outcome,
    OutcomeStatus,
    Person,
    Plan,
    Relationship,
    SupportLine,
    UnpaidSupport,
)
from phbplanner.domain.schedule import Frequency, Schedule
from phbplanner.domain.text import set_translator
from phbplanner.interchange.fhir import OutcomeReview, ReviewedStatus, priority_code
from phbplanner.interchange.fhir_common import contact_point
from phbplanner.interchange.plan_json import plan_fingerprint

from .fhir_check import AGREED, DRAFT, by_url, example_plan, export, ext, item_id, one, part

ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"


@pytest.fixture(scope="module")
def plan() -> Plan:
    return example_plan()


def _goal(plan: Plan, **changes: object) -> dict:
    outcome = dataclasses.replace(plan.outcomes[0], **changes)  # type: ignore[arg-type]
    return export(dataclasses.replace(plan, outcomes=(outcome,), support_lines=(),
                                      unpaid_support=()))["entry"][2]["resource"]  # fmt: skip


# -- goals ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "lifecycle", "achievement"),
    [
        (OutcomeStatus.PROPOSED, "proposed", None),
        (OutcomeStatus.AGREED, "accepted", None),
        (OutcomeStatus.IN_PROGRESS, "active", "in-progress"),
        (OutcomeStatus.ACHIEVED, "completed", "achieved"),
        (OutcomeStatus.NO_LONGER_WANTED, "cancelled", None),
    ],
)
def test_outcome_status_gives_lifecycle_and_achievement(
    plan: Plan, status: OutcomeStatus, lifecycle: str, achievement: str | None
) -> None:
    goal = _goal(plan, status=status)
    assert goal["resourceType"] == "Goal"
    assert goal["lifecycleStatus"] == lifecycle
    if achievement is None:
        assert "achievementStatus" not in goal
    else:
        (coding,) = goal["achievementStatus"]["coding"]
        assert (coding["system"], coding["code"]) == (ACHIEVEMENT, achievement)


@pytest.mark.parametrize(
    ("importance", "code"),
    [(1, "low-priority"), (3, "low-priority"), (4, "medium-priority"), (7, "medium-priority"),
     (8, "high-priority"), (10, "high-priority"), (None, None)],
)  # fmt: skip
def test_importance_gives_priority_and_is_kept_exactly(
    plan: Plan, importance: int | None, code: str | None
) -> None:
    assert priority_code(importance) == code
    goal = _goal(plan, importance=importance)
    if code is None:
        assert "priority" not in goal and ext(goal, "goal-importance") is None
    else:
        assert goal["priority"]["coding"][0]["code"] == code
        assert ext(goal, "goal-importance") == {
            "url": "https://phbplanner.invalid/fhir/StructureDefinition/goal-importance",
            "valueInteger": importance,
        }


def test_goal_fields(plan: Plan) -> None:
    goal = _goal(plan)
    outcome = plan.outcomes[0]
    assert goal["description"] == {"text": outcome.title}
    assert goal["target"] == [{"dueDate": "2026-10-01"}]
    assert goal["note"] == [
        {"text": f"Why it matters to me: {outcome.why_it_matters}"},
        {"text": f"What success looks like: {outcome.success_looks_like}"},
    ]
    assert item_id(goal, "outcome") == "o1" and "statusDate" not in goal
    bare = _goal(plan, title=" ", why_it_matters="", success_looks_like="", target_date=None)
    assert bare["description"] == {"text": "An outcome without a title"}
    assert "note" not in bare and "target" not in bare


def test_the_latest_review_gives_achievement_and_status_date(plan: Plan) -> None:
    reviews = {
        "o1": OutcomeReview(date(2026, 6, 30), ReviewedStatus.ACHIEVED),
        "o2": OutcomeReview(date(2026, 6, 30), ReviewedStatus.IN_PROGRESS),
        "o3": OutcomeReview(date(2026, 7, 1), ReviewedStatus.NO_LONGER_WANTED),
    }
    document = export(plan, AGREED, latest_reviews=reviews)
    goals = {item_id(g, "outcome"): g for g in document["entry"][2:5] for g in [g["resource"]]}
    assert goals["o1"]["achievementStatus"]["coding"][0]["code"] == "achieved"
    assert goals["o2"]["achievementStatus"]["coding"][0]["code"] == "in-progress"
    assert "achievementStatus" not in goals["o3"]
    assert goals["o1"]["statusDate"] == "2026-06-30" and goals["o3"]["statusDate"] == "2026-07-01"
    # The lifecycle stays the plan's: a review changes it through the new version it leads to.
    assert {g["lifecycleStatus"] for g in goals.values()} == {"accepted"}
    without = export(plan, AGREED)
    assert all("statusDate" not in e["resource"] for e in without["entry"])


# -- the care plan -------------------------------------------------------------------------------
def test_draft_and_agreed_versions(plan: Plan) -> None:
    draft, agreed = export(plan, DRAFT), export(plan, AGREED)
    for document, plan_status, team_status, activity_status in (
        (draft, "draft", "proposed", "not-started"),
        (agreed, "active", "active", "scheduled"),
    ):
        care_plan = one(document, "CarePlan")
        assert care_plan["status"] == plan_status and care_plan["intent"] == "plan"
        assert one(document, "CareTeam")["status"] == team_status
        assert {a["detail"]["status"] for a in care_plan["activity"]} == {activity_status}
        assert care_plan["period"] == {"start": "2026-04-01", "end": "2027-03-31"}
    draft_plan, agreed_plan = one(draft, "CarePlan"), one(agreed, "CarePlan")
    assert draft_plan["identifier"][0]["value"] == plan_fingerprint(plan)  # worked out
    assert agreed_plan["identifier"][0]["value"] == "ab" * 32  # as recorded
    assert ext(draft_plan, "plan-version") is not None
    assert ext(agreed_plan, "plan-version")["valueInteger"] == 2  # type: ignore[index]
    assert agreed_plan["created"] == "2026-03-20"
    assert ext(draft_plan, "plan-agreement") is None
    agreement = ext(agreed_plan, "plan-agreement")
    assert agreement is not None
    assert part(agreement, "agreedOn") == "2026-03-25"
    assert part(agreement, "agreedBy") == "Siân Pritchard"
    assert part(agreement, "byRepresentative") is False
    assert part(agreement, "icbApprover") == "Dr Amir Haddad"
    assert part(agreement, "representativeRelationship") is None


def test_the_budget_extension(plan: Plan) -> None:
    budget = ext(one(export(plan), "CarePlan"), "personal-health-budget")
    assert budget is not None
    assert part(budget, "indicative") == {"value": Decimal("18500.00"), "currency": "GBP"}
    assert part(budget, "contingency") == {"value": Decimal("925.00"), "currency": "GBP"}
    assert part(budget, "contingencyPercent") == Decimal("5")
    assert part(budget, "setBy") == "Cheshire and Merseyside ICB"
    assert part(budget, "holder") == "Ffion Pritchard (nominee)"
    assert part(budget, "paymentSchedule") == "four_weekly"


def test_paid_and_unpaid_activities(plan: Plan) -> None:
    document = export(plan)
    resolved = by_url(document)
    activities = one(document, "CarePlan")["activity"]
    first = activities[0]
    assert first["detail"]["description"] == "Personal assistant for walks"
    assert first["detail"]["code"]["coding"][0]["code"] == "personal_assistant"
    assert first["detail"]["code"]["text"] == "Personal assistant (PA)"
    assert first["detail"]["quantity"] == {"value": Decimal("2.5")}
    assert ext(first, "support-management")["valueCode"] == "direct_payment"  # type: ignore[index]
    performer = resolved[first["detail"]["performer"][0]["reference"]]
    assert item_id(performer, "relationship") == "p7"  # Rhian (PA) is in the circle
    unpaid = {item_id(a, "unpaid-support"): a["detail"] for a in activities}
    assert unpaid["u1"]["performer"] == [{"display": "My sister Ffion"}]  # named nowhere else
    zoe = resolved[unpaid["u2"]["performer"][0]["reference"]]
    assert item_id(zoe, "relationship") == "p4"
    assert unpaid["u2"]["scheduledString"] == "Thursdays"
    assert unpaid["u2"]["description"] == "Lift to art group"
    assert "code" not in unpaid["u2"] and ext(activities[-1], "support-cost") is None


def _timing(schedule: Schedule, plan: Plan) -> dict:
    line = dataclasses.replace(plan.support_lines[0], schedule=schedule)
    document = export(dataclasses.replace(plan, support_lines=(line,), unpaid_support=()))
    detail = one(document, "CarePlan")["activity"][0]["detail"]
    return {key: value for key, value in detail.items() if key.startswith("scheduled")}


@pytest.mark.parametrize(
    ("frequency", "period", "unit", "weekday"),
    [
        (Frequency.WEEKLY, 1, "wk", ["mon"]),
        (Frequency.FORTNIGHTLY, 2, "wk", ["mon"]),
        (Frequency.FOUR_WEEKLY, 4, "wk", ["mon"]),
        (Frequency.MONTHLY, 1, "mo", None),
        (Frequency.QUARTERLY, 3, "mo", None),
        (Frequency.ANNUALLY, 1, "a", None),
    ],
)
def test_repeating_schedules_become_timing(
    plan: Plan, frequency: Frequency, period: int, unit: str, weekday: list[str] | None
) -> None:
    timing = _timing(Schedule(frequency, date(2026, 4, 6), date(2026, 12, 31)), plan)
    repeat = timing["scheduledTiming"]["repeat"]
    assert repeat["frequency"] == 1 and repeat["period"] == period and repeat["periodUnit"] == unit
    assert repeat.get("dayOfWeek") == weekday  # 6 April 2026 is a Monday
    assert repeat["boundsPeriod"] == {"start": "2026-04-06", "end": "2026-12-31"}
    assert timing["scheduledTiming"]["code"]["text"].endswith("until 31 December 2026")


def test_other_schedules(plan: Plan) -> None:
    once = _timing(Schedule(Frequency.ONCE, date(2026, 9, 14)), plan)["scheduledTiming"]
    assert once["event"] == ["2026-09-14"] and once["code"]["text"] == "once, on 14 September 2026"
    # No first date: the period's start; no last date: the period's end.
    repeat = _timing(Schedule(Frequency.WEEKLY), plan)["scheduledTiming"]["repeat"]
    assert repeat["boundsPeriod"] == {"start": "2026-04-01", "end": "2027-03-31"}
    assert repeat["dayOfWeek"] == ["wed"]
    # Neither a first date nor a budget period: the words only.
    undated = dataclasses.replace(plan, budget=dataclasses.replace(plan.budget, period_start=None))
    assert _timing(Schedule(Frequency.MONTHLY), undated) == {"scheduledString": "every month"}
    # Ending before it starts: the words only, never a backwards period.
    backwards = _timing(Schedule(Frequency.WEEKLY, date(2026, 5, 1), date(2026, 4, 1)), plan)
    assert list(backwards) == ["scheduledString"]


# -- people --------------------------------------------------------------------------------------
def test_patient(plan: Plan) -> None:
    patient = one(export(plan), "Patient")
    assert patient["identifier"] == [
        {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919"}
    ]
    assert patient["name"] == [
        {"use": "official", "text": "Siân Pritchard"},
        {"use": "usual", "text": "Siân"},
    ]
    assert patient["birthDate"] == "1968-02-29"
    assert patient["address"] == [{"use": "home", "text": "14 Heol y Nant, Chester CH1 4XY"}]
    assert patient["telecom"] == [
        {"system": "phone", "value": "01244 555 0192"},
        {"system": "email", "value": "sian.pritchard@example.org"},
    ]
    gp = by_url(export(plan))[patient["generalPractitioner"][0]["reference"]]
    assert gp == {"resourceType": "Organization", "name": "Northgate Medical Practice"}
    only_name = one(export(Plan(person=Person(name="Łukasz Nowak"))), "Patient")
    assert only_name == {"resourceType": "Patient", "name": [{"use": "official",
                                                              "text": "Łukasz Nowak"}]}  # fmt: skip


def test_circle_people(plan: Plan) -> None:
    document = export(plan)
    ffion = next(p for p in document["entry"] if item_id(p["resource"], "relationship") == "p1")
    person = ffion["resource"]
    assert person["relationship"] == [{"text": "Sister"}]
    circle = ext(person, "relationship-circle")
    assert circle is not None
    assert part(circle, "ring") == 1 and part(circle, "howOften") == "Twice a week"
    assert part(circle, "whatTheyDo").startswith("Helps with shopping")
    assert part(circle, "sameHousehold") is False


def _team(document: dict) -> list[tuple[str, str, list[str]]]:
    resolved = by_url(document)
    return [
        (resolved[p["member"]["reference"]]["resourceType"], p["member"]["display"],
         [role["text"] for role in p["role"]])
        for p in one(document, "CareTeam")["participant"]
    ]  # fmt: skip


def test_the_care_team_has_the_coordinator_helpers_and_providers_once_each(plan: Plan) -> None:
    team = _team(export(plan))
    assert team[0] == ("Practitioner", "Grace Okafor",
                       ["Care coordinator", "Care coordinator, Continuing Healthcare team",
                        "Helped make this plan"])  # fmt: skip
    assert team[1] == ("RelatedPerson", "Ffion Pritchard",
                       ["Helped make this plan", "Sister and nominee"])  # fmt: skip
    assert team[2][:2] == ("RelatedPerson", "Nguyễn Thị Minh")
    assert team[3] == ("RelatedPerson", "Rhian (PA)", ["Paid support"])
    providers = [name for kind, name, roles in team if roles == ["Paid support"]]
    assert len(providers) == len(set(providers)) == 9  # Rhian once, for two lines
    kinds = {name: kind for kind, name, _ in team}
    assert kinds["Dee Valley Physio"] == "Organization"
    coordinator = next(r for r in export(plan)["entry"]
                       if r["resource"].get("name") == [{"text": "Grace Okafor"}])  # fmt: skip
    assert coordinator["resource"]["telecom"] == [{"system": "phone", "value": "01244 555 0177"}]


def test_people_are_matched_by_name_whatever_the_case_and_spacing() -> None:
    plan = Plan(
        relationships=(Relationship(id="p1", name="Zoë  Clarke", relationship="Friend"),),
        care_coordinator=CareCoordinator(name="Amir Haddad", contact="amir@example.nhs.uk"),
        helpers=(Helper(id="h1", name="amir haddad", role="Coordinator"),
                 Helper(id="h2", name="Nguyễn Thị Minh", role="Volunteer")),
        outcomes=(Outcome(id="o1", title="Swim"),),
        support_lines=(
            SupportLine(id="s1", provider="ZOË CLARKE", category=Category.ACTIVITIES),
            SupportLine(id="s2", provider="Jo Bloggs", category=Category.PERSONAL_ASSISTANT),
            SupportLine(id="s3", provider="Swim Club", category=Category.ACTIVITIES),
            SupportLine(id="s4", provider="swim club", category=Category.ACTIVITIES),
        ),
        unpaid_support=(UnpaidSupport(id="u1", who="nguyễn thị minh", what="Lifts"),),
    )  # fmt: skip
    document = export(plan)
    team = _team(document)
    assert team == [
        ("Practitioner", "Amir Haddad", ["Care coordinator", "Helped make this plan",
                                         "Coordinator"]),
        ("RelatedPerson", "Nguyễn Thị Minh", ["Helped make this plan", "Volunteer"]),
        ("RelatedPerson", "Zoë  Clarke", ["Paid support"]),
        ("Practitioner", "Jo Bloggs", ["Paid support"]),
        ("Organization", "Swim Club", ["Paid support"]),
    ]  # fmt: skip
    helper = next(e["resource"] for e in document["entry"] if item_id(e["resource"], "helper"))
    assert item_id(helper, "helper") == "h2"
    unpaid = one(document, "CarePlan")["activity"][-1]["detail"]
    assert unpaid["performer"][0]["display"] == "Nguyễn Thị Minh"
    assert "reference" in unpaid["performer"][0]
    contributors = [r.get("display") for r in one(document, "CarePlan")["contributor"]]
    assert contributors == [None, "Amir Haddad", "Nguyễn Thị Minh"]  # the patient has no name


def test_contact_points() -> None:
    assert contact_point("sian@example.org") == {"system": "email", "value": "sian@example.org"}
    assert contact_point("+44 (0)1244 555-0177") == {"system": "phone",
                                                     "value": "+44 (0)1244 555-0177"}  # fmt: skip
    assert contact_point("Ask at the desk") == {"system": "other", "value": "Ask at the desk"}
    assert contact_point("  ") is None


@pytest.fixture
def welsh() -> Iterator[None]:
    words = {
        "My personalised care and support plan, version {number}":
            "Fy nghynllun gofal a chymorth personol, fersiwn {number}",
        "Care coordinator": "Cydlynydd gofal",
    }  # fmt: skip
    set_translator(lambda context, text: words.get(text, text))
    yield
    set_translator(None)


@pytest.mark.usefixtures("welsh")
def test_words_people_read_are_translated(plan: Plan) -> None:
    document = export(plan, AGREED)
    assert one(document, "CarePlan")["title"] == (
        "Fy nghynllun gofal a chymorth personol, fersiwn 2"
    )
    assert _team(document)[0][2][0] == "Cydlynydd gofal"
    # codes are never translated
    assert one(document, "CarePlan")["status"] == "active"
