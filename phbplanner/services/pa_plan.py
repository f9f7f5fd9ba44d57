"""A personal assistant in the plan: the PA calculator's change as plan edits.

The window (and any other caller) works out a :class:`~phbplanner.domain.employment_plan.
PAPlanChange` with :func:`pa_change`, shows it, and saves it as one undo step with the edits of
:func:`pa_change_edits`: the PA's support lines added, updated or removed in place, the
calculator's answers kept in the plan's ``employments`` (so the lines can be worked out again),
and, for someone new, the PA in the relationship circle.
"""

from __future__ import annotations

from ..domain.employment_model import PAInputs
from ..domain.employment_plan import PAPlanChange, pa_out_of_date, pas_in_plan, plan_pa
from ..domain.employment_rates import RatesBook
from ..domain.errors import PHBError
from ..domain.plan import RING_PAID, Management, Plan, Relationship, new_id
from ..domain.text import translate
from .edits import Edit, PutItem, RemoveItem
from .pa_costs import employment_rates


def pa_change(
    plan: Plan,
    inputs: PAInputs,
    *,
    group: str | None = None,
    outcomes: tuple[str, ...] = (),
    management: Management | None = None,
    rates: RatesBook | None = None,
) -> PAPlanChange:
    """What saving the calculator's answers would do: new lines for a new PA (``group`` None)
    or the recalculated lines of ``group`` (with the shipped rates unless ``rates`` is given).

    Raises the calculation's own errors (``PACostsInputError`` with the problems field by field,
    ``NoRatesError``, ``NoBudgetPeriodError``), each with a plain message.
    """
    return plan_pa(
        plan,
        inputs,
        rates or employment_rates(),
        group=group,
        outcomes=outcomes,
        management=management,
    )


def new_pa_person(plan: Plan, name: str) -> Relationship:
    """The PA as a new person in the relationship circle's paid ring."""
    return Relationship(
        id=new_id("p", plan.relationships),
        name=name.strip(),
        ring=RING_PAID,
        relationship=translate("PAPlan", "Personal assistant"),
        what_they_do=translate("PAPlan", "Paid support I employ them for"),
    )


def in_circle(plan: Plan, name: str) -> bool:
    """Whether someone of this name is already in the relationship circle."""
    wanted = " ".join(name.split()).casefold()
    return any(" ".join(p.name.split()).casefold() == wanted for p in plan.relationships)


def pa_change_edits(change: PAPlanChange, person: Relationship | None = None) -> list[Edit]:
    """The plan edits that make ``change`` (one undo step when made together): lines removed,
    changed in place and added where they belong, the answers kept, and ``person`` added to
    the relationship circle."""
    edits: list[Edit] = [RemoveItem("support_lines", line_id) for line_id in change.removed]
    updated, added = set(change.updated), set(change.added)
    for index, line in enumerate(change.lines):
        if line.id in added:
            edits.append(PutItem("support_lines", line, index))
        elif line.id in updated:
            edits.append(PutItem("support_lines", line))
    if change.employment_changed:
        edits.append(PutItem("employments", change.employment))
    if person is not None:
        edits.append(PutItem("relationships", person))
    return edits


def out_of_date(plan: Plan, rates: RatesBook | None = None) -> list[str]:
    """The groups of the plan's PAs whose figures would change if worked out again (new rates,
    a new budget period, a cost changed by hand)."""
    try:
        book = rates or employment_rates()
    except PHBError:  # a damaged rates file: the calculator says so when opened
        return []
    return [pa.group for pa in pas_in_plan(plan) if pa_out_of_date(plan, pa.group, book)]


__all__ = ["in_circle", "new_pa_person", "out_of_date", "pa_change", "pa_change_edits"]
