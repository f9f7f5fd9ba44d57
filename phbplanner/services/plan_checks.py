"""Checks that a plan can be stored and read back before it is committed."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from ..domain.errors import PHBError
from ..domain.plan import Plan
from ..interchange.plan_json import PlanFormatError, parse_plan, plan_document
from .edits import Edit, PutItem, SetSection
from .history_text import ITEM_LABELS, item_name


class InvalidPlanError(PHBError):
    """A change would leave the plan in a state that could not be read back; not saved."""

    exit_code = 1

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "; ".join(problems[:3]) + (" …" if len(problems) > 3 else "")
        super().__init__(f"This change cannot be saved, because {shown}.")


def check_storable(plan: Plan, edits: Sequence[Edit]) -> None:
    """Refuse a plan that the file could not give back (too long text, a dangling reference).

    What is stored is read back through the interchange reader, so it is held to the same
    rules. Only the parts the edits touched are checked (with every outcome, for references),
    which keeps a change to a large plan fast.
    """
    touched: dict[str, Any] = {}
    for edit in edits:
        if isinstance(edit, SetSection):
            touched[edit.section] = getattr(plan, edit.section)
        elif isinstance(edit, PutItem):
            items = {item.id: item for item in getattr(plan, edit.collection)}
            if edit.item.id in items:
                touched.setdefault(edit.collection, {})[edit.item.id] = items[edit.item.id]
    pieces: dict[str, Any] = {
        key: tuple(value.values()) if isinstance(value, dict) else value
        for key, value in touched.items()
    }
    pieces["outcomes"] = plan.outcomes
    problems: list[str] = []
    try:
        parse_plan(plan_document(dataclasses.replace(Plan(), **pieces)))
    except PlanFormatError as error:
        problems.extend(str(p) for p in error.problems)
    outcome_ids = {outcome.id for outcome in plan.outcomes}
    for key in ("support_lines", "unpaid_support"):
        for item in getattr(plan, key):
            if any(oid not in outcome_ids for oid in item.outcomes):
                problems.append(
                    f"the {ITEM_LABELS[key]} “{item_name(item)}” would still say it helps "
                    "with an outcome that is no longer in the plan (change what it helps with "
                    "first)"
                )
    if problems:
        raise InvalidPlanError(problems)
