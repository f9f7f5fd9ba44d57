"""Checks that a change may be saved: entry rules on what it changed, and that it reads back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from ..domain.entry_rules import changed_problems, value_problem
from ..domain.errors import PHBError
from ..domain.fieldspec import Kind
from ..domain.plan import Plan
from ..domain.plan_fields import PLAN_SECTIONS
from ..domain.text import translate
from ..interchange.plan_json import (
    PlanFormatError,
    item_document,
    parse_stored,
    section_document,
)
from .edits import Edit, PutItem, SetSection
from .history_text import ITEM_LABELS, item_name


class InvalidPlanError(PHBError):
    """A change would break an entry rule, or could not be read back; not saved."""

    exit_code = 1

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "; ".join(problems[:3]) + (" …" if len(problems) > 3 else "")
        message = translate("PlanChecks", "This change cannot be saved, because {problems}.")
        super().__init__(message.format(problems=shown))


def check_storable(
    plan: Plan, edits: Sequence[Edit], *, before: Plan | None = None, today: date | None = None
) -> None:
    """Refuse a change that breaks an entry rule, or that the file could not give back.

    ``plan`` is the plan after ``edits``; ``before`` the plan they were applied to. Entry rules
    (``domain.entry_rules``) apply only to the values the edits changed — every value they
    touched when ``before`` is not given — so a value stored under older rules, or a date that
    is "in the future" only because this computer's clock is behind, never blocks an unrelated
    change. Only the touched parts are checked, which keeps a change to a large plan fast.
    """
    today = today or date.today()
    problems: list[str] = []
    touched_sections: set[str] = set()
    touched_items: dict[str, set[str]] = {}
    for edit in edits:
        if isinstance(edit, SetSection):
            touched_sections.add(edit.section)
        elif isinstance(edit, PutItem):
            touched_items.setdefault(edit.collection, set()).add(edit.item.id)
    for name in sorted(touched_sections):
        problems.extend(_section_problems(plan, before, name, today))
    for collection, ids in sorted(touched_items.items()):
        problems.extend(_item_problems(plan, before, collection, ids, today))
    problems.extend(_reference_problems(plan, before))
    if problems:
        raise InvalidPlanError(list(dict.fromkeys(problems)))


def _section_problems(plan: Plan, before: Plan | None, name: str, today: date) -> list[str]:
    field = PLAN_SECTIONS[name]
    value = getattr(plan, name)
    old = getattr(before, name) if before is not None else None
    found: list[tuple[str, str]] = []
    if field.kind is Kind.NESTED and field.shape is not None:
        found = changed_problems(field.shape, value, old, name, today)
    else:
        problem = value_problem(field, value, today) if before is None or value != old else None
        found = [(name, problem)] if problem else []
    texts = [f"{where}: {message}" for where, message in found]
    return texts or _reads_back({name: section_document(plan, name)})


def _item_problems(
    plan: Plan, before: Plan | None, collection: str, ids: set[str], today: date
) -> list[str]:
    field = PLAN_SECTIONS[collection]
    shape = field.shape
    assert shape is not None
    items = getattr(plan, collection)
    found: list[tuple[str, str]] = []
    if len(items) > field.max_items:
        message = translate("PlanChecks", "has {count} items; the most allowed is {limit}")
        found.append((collection, message.format(count=len(items), limit=field.max_items)))
    old_items = {item.id: item for item in getattr(before, collection)} if before else {}
    documents: list[Any] = []
    for index, item in enumerate(items):
        if item.id in ids:
            where = f"{collection}[{index}]"
            found.extend(changed_problems(shape, item, old_items.get(item.id), where, today))
            documents.append(item_document(collection, item))
    texts = [f"{where}: {message}" for where, message in found]
    return texts or _reads_back({collection: documents})


def _reads_back(pieces: dict[str, Any]) -> list[str]:
    """What the file could not give back of these pieces (nothing, for values of the right
    types)."""
    try:
        parse_stored(pieces)
    except PlanFormatError as error:
        return [str(problem) for problem in error.problems]
    return []


def _dangling(plan: Plan) -> dict[tuple[str, str], tuple[Any, frozenset[str]]]:
    """Items that name outcomes the plan does not hold, by (list, id), with those names."""
    outcome_ids = {outcome.id for outcome in plan.outcomes}
    found = {}
    for key in ("support_lines", "unpaid_support"):
        for item in getattr(plan, key):
            missing = frozenset(oid for oid in item.outcomes if oid not in outcome_ids)
            if missing:
                found[(key, item.id)] = (item, missing)
    return found


def _reference_problems(plan: Plan, before: Plan | None) -> list[str]:
    already = _dangling(before) if before is not None else {}
    found = []
    for (key, item_id), (item, missing) in _dangling(plan).items():
        if (key, item_id) in already and missing <= already[(key, item_id)][1]:
            continue  # stored like this; not this change's doing
        message = translate(
            "PlanChecks",
            "the {kind} “{name}” would still point to an outcome no longer in the plan (first "
            "change what it helps with)",
        )
        found.append(message.format(kind=ITEM_LABELS[key], name=item_name(item)))
    return found
