"""What changed between two versions of a plan (for the version history's difference view)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from .costing import cost_plan
from .money import Money
from .plan import COLLECTIONS, SECTIONS, Plan
from .schedule import Schedule, format_date


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field whose value changed, both values shown as people read them."""

    field: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class ItemChange:
    """An item of a list section that was added, removed or changed."""

    collection: str
    item_id: str
    label: str
    kind: str  # "added" | "removed" | "changed"
    fields: tuple[FieldChange, ...] = ()
    old_cost: Money | None = None  # support lines: period cost before and after
    new_cost: Money | None = None


@dataclass(frozen=True)
class PlanDiff:
    """Every difference between an older and a newer plan."""

    sections: tuple[str, ...]  # single-valued sections whose content changed
    section_fields: dict[str, tuple[FieldChange, ...]]
    items: tuple[ItemChange, ...]
    old_indicative: Money
    new_indicative: Money
    old_planned: Money
    new_planned: Money

    @property
    def unchanged(self) -> bool:
        """True when the two plans are the same."""
        return not self.sections and not self.items

    @property
    def planned_change(self) -> Money:
        """How much more (or, negative, less) the newer plan spends."""
        return self.new_planned - self.old_planned


def show(value: Any) -> str:
    """A value as people read it ("£12.50", "6 April 2026", "every week")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Money):
        return value.format()
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, Schedule):
        return value.describe()
    if isinstance(value, tuple):
        return ", ".join(show(item) for item in value)
    if dataclasses.is_dataclass(value):
        return "; ".join(
            f"{f.name}: {show(getattr(value, f.name))}" for f in dataclasses.fields(value)
        )
    return str(value)


def _field_changes(old: Any, new: Any) -> tuple[FieldChange, ...]:
    changes = []
    for f in dataclasses.fields(old):
        before, after = getattr(old, f.name), getattr(new, f.name)
        if before != after:
            changes.append(FieldChange(f.name, show(before), show(after)))
    return tuple(changes)


def _label(item: Any) -> str:
    for name in ("title", "description", "name", "risk", "what", "who", "text"):
        text = getattr(item, name, "")
        if isinstance(text, str) and text.strip():
            return text.strip()
    return str(item.id)


def diff_plans(old: Plan, new: Plan) -> PlanDiff:
    """Compare two plans section by section and item by item (matched by id)."""
    old_costs, new_costs = cost_plan(old), cost_plan(new)
    sections: list[str] = []
    section_fields: dict[str, tuple[FieldChange, ...]] = {}
    for name in SECTIONS:
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            sections.append(name)
            section_fields[name] = _field_changes(before, after)
    if old.consent_to_share != new.consent_to_share:
        sections.append("consent_to_share")
        section_fields["consent_to_share"] = (
            FieldChange("consent_to_share", show(old.consent_to_share), show(new.consent_to_share)),
        )
    items: list[ItemChange] = []
    for collection in COLLECTIONS:
        before = {item.id: item for item in getattr(old, collection)}
        after = {item.id: item for item in getattr(new, collection)}
        costed = collection == "support_lines"

        def cost(costing: Any, item_id: str, present: bool, costed: bool = costed) -> Money | None:
            return costing.line(item_id).period_cost if costed and present else None

        for item_id, item in before.items():
            if item_id not in after:
                items.append(ItemChange(collection, item_id, _label(item), "removed",
                                        old_cost=cost(old_costs, item_id, True)))  # fmt: skip
            elif after[item_id] != item:
                items.append(ItemChange(
                    collection, item_id, _label(after[item_id]), "changed",
                    _field_changes(item, after[item_id]),
                    cost(old_costs, item_id, True), cost(new_costs, item_id, True)))  # fmt: skip
        for item_id, item in after.items():
            if item_id not in before:
                items.append(ItemChange(collection, item_id, _label(item), "added",
                                        new_cost=cost(new_costs, item_id, True)))  # fmt: skip
    return PlanDiff(
        sections=tuple(sections), section_fields=section_fields, items=tuple(items),
        old_indicative=old_costs.indicative, new_indicative=new_costs.indicative,
        old_planned=old_costs.planned_total, new_planned=new_costs.planned_total,
    )  # fmt: skip
