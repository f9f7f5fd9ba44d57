"""Every readiness code is produced by a minimal plan and cleared by fixing it."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from phbplanner.domain.categories import Category
from phbplanner.domain.money import Money
from phbplanner.domain.plan import (
    CareCoordinator,
    ContingencyPlan,
    DismissedWarning,
    Outcome,
    OutcomeStatus,
    Plan,
    Reviews,
    UnpaidSupport,
)
from phbplanner.domain.readiness import Code, Section, check_readiness, is_ready

from .plans import line, ready_plan


def with_line(plan: Plan, **changes: object) -> Plan:
    return replace(plan, support_lines=(replace(plan.support_lines[0], **changes),))


BREAKS: dict[Code, Callable[[Plan], Plan]] = {
    Code.BUDGET_MISSING: lambda p: replace(p, budget=replace(p.budget, indicative=None)),
    Code.OVER_BUDGET: lambda p: with_line(p, unit_cost=Money.parse("1000.00")),
    Code.EXCLUDED_CATEGORY: lambda p: with_line(p, category=Category.GAMBLING),
    Code.EXCLUDED_KEYWORD: lambda p: with_line(p, description="Wine for the weekend"),
    Code.HOUSEHOLD_FAMILY: lambda p: with_line(p, paid_to_household_family=True),
    Code.OUTCOME_UNSERVED: lambda p: replace(p, outcomes=(*p.outcomes, Outcome("o2", "Swim"))),
    Code.LINE_WITHOUT_OUTCOME: lambda p: replace(
        with_line(p, outcomes=()), unpaid_support=(UnpaidSupport("u1", "Ffion", outcomes=("o1",)),)
    ),
    Code.MANAGEMENT_MISSING: lambda p: with_line(p, management=None),
    Code.RISKS_MISSING: lambda p: replace(p, risks=()),
    Code.CONTINGENCY_PLAN_MISSING: lambda p: replace(p, contingency_plan=ContingencyPlan()),
    Code.FIRST_REVIEW_MISSING: lambda p: replace(p, reviews=Reviews()),
    Code.FIRST_REVIEW_TOO_LATE: lambda p: replace(p, reviews=Reviews(date(2026, 7, 2))),
    Code.CARE_COORDINATOR_MISSING: lambda p: replace(p, care_coordinator=CareCoordinator()),
}


def test_the_base_plan_is_ready() -> None:
    assert check_readiness(ready_plan()) == []
    assert is_ready(ready_plan())


def test_every_code_has_a_case() -> None:
    assert set(BREAKS) == set(Code)


@pytest.mark.parametrize("code", list(Code))
def test_each_code_is_produced_and_cleared_by_fixing(code: Code) -> None:
    broken = BREAKS[code](ready_plan())
    findings = check_readiness(broken)
    assert [f.code for f in findings] == [code]
    assert findings[0].message.strip() and "{" not in findings[0].message
    assert check_readiness(ready_plan()) == []


def test_over_budget_says_by_how_much() -> None:
    # 53 weeks × £100 = £5,300 + £250 contingency against £5,000 → £550.00 over
    plan = with_line(ready_plan(), unit_cost=Money.parse("100.00"))
    (finding,) = check_readiness(plan)
    assert "£550.00 over budget" in finding.message
    assert finding.section is Section.BUDGET


def test_findings_point_at_the_item_and_field_to_fix() -> None:
    plan = with_line(ready_plan(), management=None)
    (finding,) = check_readiness(plan)
    assert (finding.section, finding.item_id, finding.field) == (
        Section.SUPPORT,
        "s1",
        "management",
    )


def test_a_dismissed_keyword_needs_a_reason() -> None:
    plan = with_line(ready_plan(), description="Wine tasting course",
                     dismissed_warnings=(DismissedWarning("wine", "  "),))  # fmt: skip
    assert [f.code for f in check_readiness(plan)] == [Code.EXCLUDED_KEYWORD]
    plan = with_line(plan, dismissed_warnings=(DismissedWarning("wine", "No alcohol bought"),))
    assert check_readiness(plan) == []


def test_household_family_cleared_by_a_justification() -> None:
    plan = with_line(
        ready_plan(),
        paid_to_household_family=True,
        household_justification="Agreed by the ICB: no one else can help at night",
    )
    assert check_readiness(plan) == []


def test_outcome_no_longer_wanted_needs_no_support() -> None:
    plan = replace(ready_plan(), outcomes=(
        Outcome("o1"), Outcome("o2", status=OutcomeStatus.NO_LONGER_WANTED)))  # fmt: skip
    assert check_readiness(plan) == []


def test_outcome_served_by_unpaid_support_only_is_served() -> None:
    plan = replace(
        ready_plan(),
        outcomes=(Outcome("o1"), Outcome("o2")),
        unpaid_support=(UnpaidSupport("u1", "Łukasz", "Walks", outcomes=("o2",)),),
    )
    assert check_readiness(plan) == []


def test_first_review_exactly_three_months_after_the_start_is_in_time() -> None:
    plan = replace(ready_plan(), reviews=Reviews(date(2026, 7, 1)))
    assert check_readiness(plan) == []


def test_several_problems_are_all_listed() -> None:
    plan = replace(ready_plan(), risks=(), care_coordinator=CareCoordinator(),
                   support_lines=(line(management=None, outcomes=()),))  # fmt: skip
    codes = {f.code for f in check_readiness(plan)}
    assert {Code.RISKS_MISSING, Code.CARE_COORDINATOR_MISSING, Code.MANAGEMENT_MISSING,
            Code.LINE_WITHOUT_OUTCOME, Code.OUTCOME_UNSERVED} <= codes  # fmt: skip
