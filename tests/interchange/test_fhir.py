"""FHIR R4 export (issue 15 item 7): the bundle validates, holds everything once, references
resolve inside it, amounts are exact, and the same plan always gives the same bytes."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

import pytest

from phbplanner.domain.costing import cost_plan
from phbplanner.domain.money import Money
from phbplanner.domain.plan import Plan, Relationship
from phbplanner.interchange.fhir import dumps_bundle, plan_bundle

from .fhir_check import (
    AGREED,
    DRAFT,
    OURS,
    ROOT,
    by_url,
    coded_fields,
    example_plan,
    export,
    ext,
    item_id,
    one,
    parse,
    part,
    resources,
    validated,
    walk,
)

UUID_URN = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

#: Required bindings in FHIR R4 (4.0.1), copied from the specification's value sets.
R4_CODES = {
    "Bundle.type": {"document", "message", "transaction", "transaction-response", "batch",
                    "batch-response", "history", "searchset", "collection"},
    "Goal.lifecycleStatus": {"proposed", "planned", "accepted", "active", "on-hold", "completed",
                             "cancelled", "entered-in-error", "rejected"},
    "CarePlan.status": {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error",
                        "unknown"},
    "CarePlan.intent": {"proposal", "plan", "order", "option"},
    "CarePlan.activity.detail.status": {"not-started", "scheduled", "in-progress", "on-hold",
                                        "completed", "cancelled", "stopped", "unknown",
                                        "entered-in-error"},
    "CareTeam.status": {"proposed", "active", "suspended", "inactive", "entered-in-error"},
}  # fmt: skip
#: The code systems of Goal.achievementStatus and Goal.priority in R4 and their codes.
GOAL_ACHIEVEMENT = (
    "http://terminology.hl7.org/CodeSystem/goal-achievement",
    {"in-progress", "improving", "worsening", "no-change", "achieved", "sustaining",
     "not-achieved", "no-progress", "not-attainable"},
)  # fmt: skip
GOAL_PRIORITY = (
    "http://terminology.hl7.org/CodeSystem/goal-priority",
    {"high-priority", "medium-priority", "low-priority"},
)


@pytest.fixture(scope="module")
def plan() -> Plan:
    return example_plan()


@pytest.fixture(scope="module", params=[DRAFT, AGREED], ids=["draft", "agreed"])
def bundle(request: pytest.FixtureRequest, plan: Plan) -> dict:
    return export(plan, request.param)


# -- validity ------------------------------------------------------------------------------------
def test_the_example_plan_gives_a_valid_r4_collection_bundle(plan: Plan) -> None:
    document, model = validated(dumps_bundle(plan, DRAFT))
    assert document["resourceType"] == "Bundle" and document["type"] == "collection"
    kinds = [type(entry.resource).__name__ for entry in model.entry]
    assert kinds.count("Patient") == 1 and kinds.count("CarePlan") == 1
    assert kinds.count("CareTeam") == 1
    assert kinds.count("Goal") == 3 and kinds.count("RelatedPerson") == 8
    assert set(kinds) <= {"Patient", "CarePlan", "Goal", "CareTeam", "RelatedPerson",
                          "Practitioner", "Organization"}  # fmt: skip


def test_every_code_the_library_knows_a_value_set_for_is_in_it(plan: Plan) -> None:
    for version in (DRAFT, AGREED):
        _, model = validated(dumps_bundle(plan, version))
        checked = list(coded_fields(model))
        assert len(checked) > 30  # statuses, intents, units, weekdays, uses, systems…
        for path, code, allowed in checked:
            assert code in allowed, f"{path}: {code!r} is not one of {allowed}"


def test_required_codes_are_in_the_r4_value_sets(bundle: dict) -> None:
    assert bundle["type"] in R4_CODES["Bundle.type"]
    care_plan = one(bundle, "CarePlan")
    assert care_plan["status"] in R4_CODES["CarePlan.status"]
    assert care_plan["intent"] == "plan"
    for activity in care_plan["activity"]:
        assert activity["detail"]["status"] in R4_CODES["CarePlan.activity.detail.status"]
    assert one(bundle, "CareTeam")["status"] in R4_CODES["CareTeam.status"]
    for goal in resources(bundle, "Goal"):
        assert goal["lifecycleStatus"] in R4_CODES["Goal.lifecycleStatus"]
        for element, (system, codes) in (
            ("achievementStatus", GOAL_ACHIEVEMENT),
            ("priority", GOAL_PRIORITY),
        ):
            for coding in goal.get(element, {}).get("coding", []):
                assert coding["system"] == system and coding["code"] in codes


def test_extensions_are_ours_documented_and_well_formed(bundle: dict) -> None:
    docs = (ROOT / "docs" / "fhir.md").read_text(encoding="utf-8")
    seen = set()
    for path, value in walk(bundle):
        if not path.endswith("extension") or not isinstance(value, list):
            continue
        for extension in value:
            values = [key for key in extension if key.startswith("value")]
            # ext-1: an extension has a value or parts, never both, never neither
            assert (len(values) == 1) != ("extension" in extension), (path, extension)
            if extension["url"].startswith("http"):
                assert extension["url"].startswith(OURS + "StructureDefinition/"), path
                seen.add(extension["url"])
                assert f"`{extension['url']}`" in docs, f"{extension['url']} is not documented"
    assert len(seen) >= 7


def test_no_empty_values_anywhere(bundle: dict) -> None:
    for path, value in walk(bundle):
        assert value not in ("", None, [], {}), f"{path} is empty"
        if isinstance(value, str):
            assert value == value.strip(), f"{path} has spaces around it"


# -- everything once, references inside ---------------------------------------------------------
def test_every_outcome_support_line_and_person_appears_exactly_once(
    bundle: dict, plan: Plan
) -> None:
    goals = [item_id(goal, "outcome") for goal in resources(bundle, "Goal")]
    assert goals == [outcome.id for outcome in plan.outcomes]
    activities = one(bundle, "CarePlan")["activity"]
    paid = [item_id(a, "support-line") for a in activities if item_id(a, "support-line")]
    unpaid = [item_id(a, "unpaid-support") for a in activities if item_id(a, "unpaid-support")]
    assert paid == [line.id for line in plan.support_lines]
    assert unpaid == [item.id for item in plan.unpaid_support]
    assert len(activities) == len(paid) + len(unpaid)
    circle = [item_id(p, "relationship") for p in resources(bundle, "RelatedPerson")]
    assert [pid for pid in circle if pid] == [person.id for person in plan.relationships]
    names = [p["name"][0]["text"] for p in resources(bundle, "RelatedPerson")]
    assert names == [person.name for person in plan.relationships]  # no helper duplicated
    assert len(one(bundle, "Patient")["name"]) == 2


def test_full_urls_are_unique_uuid_urns(bundle: dict) -> None:
    urls = [entry["fullUrl"] for entry in bundle["entry"]]
    assert len(urls) == len(set(urls))
    assert all(UUID_URN.match(url) for url in urls)
    assert all("id" not in entry["resource"] for entry in bundle["entry"])


#: Where each kind of reference may point (the R4 target types of each element).
TARGETS = {
    "subject": {"Patient"},
    "expressedBy": {"Patient"},
    "patient": {"Patient"},
    "author": {"Patient"},
    "generalPractitioner": {"Organization", "Practitioner"},
    "goal": {"Goal"},
    "careTeam": {"CareTeam"},
    "contributor": {"Patient", "RelatedPerson", "Practitioner"},
    "member": {"Patient", "RelatedPerson", "Practitioner", "Organization"},
    "performer": {"RelatedPerson", "Practitioner", "Organization"},
}


def test_every_reference_resolves_inside_the_bundle_to_an_allowed_type(bundle: dict) -> None:
    resolved = by_url(bundle)
    count = 0
    for path, value in walk(bundle):
        element = re.sub(r"\[\d+\]$", "", path).rsplit(".", 1)[-1]
        if isinstance(value, dict) and "reference" in value:
            assert element in TARGETS, f"{path} is a reference this test does not know"
        if element not in TARGETS or not isinstance(value, dict):
            continue
        if "reference" not in value:
            # A name-only reference: unpaid support by someone the plan names nowhere else.
            assert element == "performer" and set(value) == {"display"}, path
            continue
        count += 1
        target = resolved.get(value["reference"])
        assert target is not None, f"{path} points outside the bundle"
        assert target["resourceType"] in TARGETS[element], (path, target["resourceType"])
    assert count > 50


def test_goals_are_expressed_by_the_patient_and_the_care_plan_lists_them(bundle: dict) -> None:
    patient_url = bundle["entry"][0]["fullUrl"]
    assert bundle["entry"][0]["resource"]["resourceType"] == "Patient"
    goal_urls = [e["fullUrl"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Goal"]
    for goal in resources(bundle, "Goal"):
        assert goal["expressedBy"]["reference"] == patient_url
        assert goal["subject"]["reference"] == patient_url
    care_plan = one(bundle, "CarePlan")
    assert [ref["reference"] for ref in care_plan["goal"]] == goal_urls
    team_url = [
        e["fullUrl"] for e in bundle["entry"] if e["resource"]["resourceType"] == "CareTeam"
    ]
    assert [ref["reference"] for ref in care_plan["careTeam"]] == team_url


def test_each_activity_lists_the_goals_of_its_outcomes(bundle: dict, plan: Plan) -> None:
    resolved = by_url(bundle)
    served = {line.id: line.outcomes for line in plan.support_lines}
    served.update({item.id: item.outcomes for item in plan.unpaid_support})
    for activity in one(bundle, "CarePlan")["activity"]:
        key = item_id(activity, "support-line") or item_id(activity, "unpaid-support")
        goals = [resolved[ref["reference"]] for ref in activity["detail"]["goal"]]
        assert [item_id(goal, "outcome") for goal in goals] == list(served[str(key)])


# -- amounts -------------------------------------------------------------------------------------
def test_amounts_are_exact_decimals_as_written(plan: Plan) -> None:
    text = dumps_bundle(plan, DRAFT)
    assert '"value": 18500.00' in text and '"value": 6148.00' in text  # trailing zeros kept
    assert '"value": 1738.10' in text and '"valueDecimal": 2.5' in text
    costing = cost_plan(plan)
    document = parse(text)
    budget = ext(one(document, "CarePlan"), "personal-health-budget")
    assert budget is not None
    assert str(part(budget, "indicative")["value"]) == "18500.00"
    assert str(part(budget, "plannedTotal")["value"]) == costing.planned_total.to_str()
    assert str(part(budget, "contingency")["value"]) == costing.contingency.to_str()
    for activity in one(document, "CarePlan")["activity"]:
        line_id = item_id(activity, "support-line")
        if line_id is None:
            assert ext(activity, "support-cost") is None  # unpaid support costs nothing
            continue
        line = next(item for item in plan.support_lines if item.id == line_id)
        cost = ext(activity, "support-cost")
        assert cost is not None
        figures = costing.line(line_id)
        assert str(part(cost, "unitCost")["value"]) == line.unit_cost.to_str()
        assert part(cost, "quantity") == line.quantity
        assert part(cost, "occurrences") == figures.occurrences
        assert str(part(cost, "periodCost")["value"]) == figures.period_cost.to_str()
        assert str(part(cost, "weeklyEquivalent")["value"]) == figures.weekly.to_str()
        for name in ("unitCost", "periodCost", "weeklyEquivalent"):
            assert part(cost, name)["currency"] == "GBP"
            assert isinstance(part(cost, name)["value"], Decimal)


def test_an_amount_like_1234_50_survives_exactly() -> None:
    base = example_plan()
    line = dataclasses.replace(base.support_lines[0], unit_cost=Money(123450))
    plan = dataclasses.replace(base, support_lines=(line,))
    text = dumps_bundle(plan, DRAFT)
    assert '"value": 1234.50,' in text
    assert "1234.5," not in text and "1234.5\n" not in text
    cost = ext(one(parse(text), "CarePlan")["activity"][0], "support-cost")
    assert cost is not None
    assert str(part(cost, "unitCost")["value"]) == "1234.50"
    assert str(part(cost, "periodCost")["value"]) == Money(123450 * 52 * 5 // 2).to_str()


def test_the_dict_holds_decimals_not_floats(plan: Plan) -> None:
    for path, value in walk(plan_bundle(plan, DRAFT)):
        assert not isinstance(value, float), path


# -- edge plans ----------------------------------------------------------------------------------
def _without_outcomes(plan: Plan) -> Plan:
    return dataclasses.replace(
        plan,
        outcomes=(),
        support_lines=tuple(dataclasses.replace(line, outcomes=()) for line in plan.support_lines),
        unpaid_support=tuple(dataclasses.replace(u, outcomes=()) for u in plan.unpaid_support),
    )


def test_a_plan_with_no_outcomes_is_still_valid(plan: Plan) -> None:
    document = export(_without_outcomes(plan))
    assert resources(document, "Goal") == []
    care_plan = one(document, "CarePlan")
    assert "goal" not in care_plan
    assert all("goal" not in activity["detail"] for activity in care_plan["activity"])
    assert len(care_plan["activity"]) == len(plan.support_lines) + len(plan.unpaid_support)


def test_a_plan_with_no_circle_is_still_valid(plan: Plan) -> None:
    document = export(dataclasses.replace(plan, relationships=()), AGREED)
    circle = [p for p in resources(document, "RelatedPerson") if item_id(p, "relationship")]
    assert circle == []
    # helpers and the PA are no longer found in the circle: they get resources of their own
    helpers = [item_id(p, "helper") for p in resources(document, "RelatedPerson")]
    assert helpers == ["h1", "h2"]  # h3 is the care coordinator
    assert {p["name"][0]["text"] for p in resources(document, "Practitioner")} == {
        "Grace Okafor",
        "Rhian (PA)",
    }


def test_an_empty_plan_is_still_valid() -> None:
    document = export(Plan())
    kinds = [r["resourceType"] for r in resources(document)]
    assert kinds == ["Patient", "CarePlan", "CareTeam"]
    assert one(document, "Patient") == {"resourceType": "Patient"}
    assert "participant" not in one(document, "CareTeam")


def test_a_plan_with_no_budget_period_gives_unit_costs_but_no_counted_costs(plan: Plan) -> None:
    budget = dataclasses.replace(plan.budget, period_start=None, period_end=None)
    document = export(dataclasses.replace(plan, budget=budget))
    care_plan = one(document, "CarePlan")
    assert "period" not in care_plan
    extension = ext(care_plan, "personal-health-budget")
    assert extension is not None and part(extension, "plannedTotal") is None
    for activity in care_plan["activity"]:
        cost = ext(activity, "support-cost")
        if cost is not None:
            assert part(cost, "unitCost") is not None and part(cost, "periodCost") is None


# -- names and bytes -----------------------------------------------------------------------------
def test_names_with_accents_and_other_alphabets_survive(plan: Plan) -> None:
    extra = Relationship(id="p9", name="Zoë Nguyễn-Łukaszewicz", relationship="Ffrind")
    plan = dataclasses.replace(plan, relationships=(*plan.relationships, extra))
    data = dumps_bundle(plan, DRAFT).encode("utf-8")
    for name in ("Siân Pritchard", "Łukasz Nowak", "Nguyễn Thị Minh", "Zoë Nguyễn-Łukaszewicz"):
        assert name.encode("utf-8") in data  # written as characters, not \\u escapes
    document = parse(data.decode("utf-8"))
    assert one(document, "Patient")["name"][0]["text"] == "Siân Pritchard"
    names = [p["name"][0]["text"] for p in resources(document, "RelatedPerson")]
    assert "Łukasz Nowak" in names and "Nguyễn Thị Minh" in names
    assert "Zoë Nguyễn-Łukaszewicz" in names


def test_the_same_plan_exports_byte_identically(plan: Plan) -> None:
    first = dumps_bundle(plan, AGREED).encode("utf-8")
    again = dumps_bundle(example_plan(), AGREED).encode("utf-8")  # read from the file afresh
    assert first == again
    assert dumps_bundle(plan, DRAFT) == dumps_bundle(plan, DRAFT)


def test_another_person_gets_other_full_urls_and_an_outcome_keeps_its_own(plan: Plan) -> None:
    urls = set(by_url(export(plan)))
    someone_else = dataclasses.replace(
        plan, person=dataclasses.replace(plan.person, nhs_number="401 023 2137")
    )
    assert urls.isdisjoint(by_url(export(someone_else)))
    # A new version with a changed outcome: the same outcome keeps its fullUrl.
    outcome = dataclasses.replace(plan.outcomes[0], title="Walk to the shops and the post office")
    changed = dataclasses.replace(plan, outcomes=(outcome, *plan.outcomes[1:]))
    goal_urls = [e["fullUrl"] for e in export(changed, AGREED)["entry"]
                 if e["resource"]["resourceType"] == "Goal"]  # fmt: skip
    assert goal_urls == [e["fullUrl"] for e in export(plan)["entry"]
                         if e["resource"]["resourceType"] == "Goal"]  # fmt: skip
