"""Before a change is saved, the entry rules apply to what it changed — and only to that."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from phbplanner.domain.plan import Outcome, Plan, UnpaidSupport
from phbplanner.services.edits import PutItem, RemoveItem, SetSection, apply_edit
from phbplanner.services.plan_checks import InvalidPlanError, check_storable

TODAY = date(2026, 6, 1)


def _check(before: Plan, *edits: object) -> Plan:
    plan = before
    for edit in edits:
        plan, _ = apply_edit(plan, edit)  # type: ignore[arg-type]
    check_storable(plan, edits, before=before, today=TODAY)  # type: ignore[arg-type]
    return plan


def test_a_new_value_that_breaks_a_rule_is_refused_with_where_and_why(plan: Plan) -> None:
    line = dataclasses.replace(plan.support_lines[2], quantity=Decimal("0"))
    with pytest.raises(InvalidPlanError, match=r"support_lines\[2\]\.quantity: \"0\" should be"):
        _check(plan, PutItem("support_lines", line))
    name = dataclasses.replace(plan.person, name="Siân \ud800")
    with pytest.raises(InvalidPlanError, match=r"person\.name: contains a broken character"):
        _check(plan, SetSection("person", name))


def test_a_value_stored_under_older_rules_does_not_block_other_changes(plan: Plan) -> None:
    stored = dataclasses.replace(
        plan,
        budget=dataclasses.replace(
            plan.budget, period_start=date(2027, 4, 1), period_end=date(2026, 4, 1)
        ),
        outcomes=(*plan.outcomes, Outcome("o-old", importance=42)),
    )
    _check(stored, SetSection("budget", dataclasses.replace(stored.budget, holder="Ffion")))
    old = stored.outcomes[-1]
    _check(stored, PutItem("outcomes", dataclasses.replace(old, title="Still wanted")))
    with pytest.raises(InvalidPlanError, match="importance: 11 should be from 1 to 10"):
        _check(stored, PutItem("outcomes", dataclasses.replace(old, importance=11)))
    moved = dataclasses.replace(stored.budget, period_start=date(2027, 5, 1))
    with pytest.raises(InvalidPlanError, match="is before the start"):
        _check(stored, SetSection("budget", moved))  # changed, and still the wrong way round


def test_when_nothing_is_known_of_before_every_touched_value_is_checked(plan: Plan) -> None:
    person = dataclasses.replace(plan.person, date_of_birth=date(2026, 6, 2))
    new, _ = apply_edit(plan, SetSection("person", person))
    check_storable(new, [SetSection("person", plan.person)], before=new, today=TODAY)
    with pytest.raises(InvalidPlanError, match="is in the future"):
        check_storable(new, [SetSection("person", person)], today=TODAY)


def test_references_to_outcomes_that_are_gone_are_refused_only_when_new(plan: Plan) -> None:
    served = plan.support_lines[0].outcomes[0]
    with pytest.raises(InvalidPlanError, match="still point to an outcome no longer in the plan"):
        _check(plan, RemoveItem("outcomes", served))
    dangling = dataclasses.replace(
        plan, unpaid_support=(UnpaidSupport("u-old", who="Ffion", outcomes=("o-gone",)),)
    )
    _check(dangling, SetSection("consent_to_share", True))
