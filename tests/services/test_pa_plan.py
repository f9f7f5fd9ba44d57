"""The PA calculator's change saved in a real plan file: one transaction, read back exactly,
undone by the inverse edits, and recalculated from the group after the file is reopened."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from phbplanner.domain.costing import cost_line
from phbplanner.domain.employment_plan import pa_in_plan
from phbplanner.domain.money import Money
from phbplanner.domain.plan import RING_PAID, Management
from phbplanner.interchange.plan_json import document_version, plan_fingerprint
from phbplanner.services.edits import apply_edit
from phbplanner.services.files import open_plan_file
from phbplanner.services.pa_plan import (
    in_circle,
    new_pa_person,
    out_of_date,
    pa_change,
    pa_change_edits,
)
from tests.domain.employment_rates import pa
from tests.storage.support import PASS


def test_a_pa_is_added_in_one_transaction_and_read_back(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Test", backup=False) as session:
        before = session.plan
        outcome = before.outcomes[0].id
        change = pa_change(
            before, pa("12.71", "15", name="Łukasz"), outcomes=(outcome,),
            management=Management.DIRECT_PAYMENT,
        )  # fmt: skip
        assert not in_circle(before, "Łukasz") and in_circle(before, before.relationships[0].name)
        person = new_pa_person(before, "Łukasz")
        edits = pa_change_edits(change, person)
        after = session.apply_many(edits, description="Add a personal assistant")
        undo = []
        plan = before
        for edit in edits:
            plan, inverse = apply_edit(plan, edit)
            undo.append(inverse)
        assert plan == after
        fingerprint = plan_fingerprint(after)
    with open_plan_file(plan_file, PASS, author="Test", backup=False) as session:
        again = session.plan
        assert again == after and document_version(again) == 3
        assert plan_fingerprint(again) == fingerprint
        made = [line for line in again.support_lines if line.group == change.group]
        assert [line.id for line in made] == list(change.added)
        start, end = again.budget.period_start, again.budget.period_end
        assert start is not None and end is not None
        # the created lines cost what the calculation says, by the plan's own rule
        assert Money.total(cost_line(line, start, end).period_cost for line in made) == (
            change.costs.total
        )
        assert again.relationships[-1].name == "Łukasz"
        assert again.relationships[-1].ring == RING_PAID
        assert out_of_date(again) == []
        # undo is the inverse edits, in reverse: the plan as it was, and version 1 again
        restored = session.apply_many(list(reversed(undo)), description="Undo")
        assert restored == before and document_version(restored) == 1


def test_recalculating_after_reopening_uses_the_kept_answers(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Test", backup=False) as session:
        change = pa_change(session.plan, pa("12.71", "13", employment_allowance=False))
        session.apply_many(pa_change_edits(change), description="Add a personal assistant")
    with open_plan_file(plan_file, PASS, author="Test", backup=False) as session:
        found = pa_in_plan(session.plan, change.group)
        assert found is not None and found.kept
        assert found.inputs.employment_allowance is False  # not readable from the lines alone
        more = pa_change(
            session.plan, replace(found.inputs, hours_per_week=Decimal(30)), group=found.group
        )
        assert more.added == (f"{found.group}.pension",)
        assert f"{found.group}.wages" in more.updated
        session.apply_many(pa_change_edits(more), description="Recalculate")
        wages = next(line for line in session.plan.support_lines if line.id.endswith(".wages"))
        assert wages.quantity == Decimal(30)
        assert session.plan.employments[0].hours_per_week == Decimal(30)
