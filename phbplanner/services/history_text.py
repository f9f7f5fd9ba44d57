"""Plain-English descriptions of edits for the history ("Added support line “PA hours”")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..domain.plan import Plan
from .edits import Edit, MoveItem, PutItem, RemoveItem, SetSection

SECTION_LABELS = {
    "person": "personal details",
    "about_me": "About me",
    "what_matters": "What matters to me",
    "budget": "My budget",
    "contingency_plan": "the contingency plan",
    "care_coordinator": "the care coordinator",
    "reviews": "Reviews",
    "consent_to_share": "consent to share",
}
ITEM_LABELS = {
    "strengths": "strength",
    "relationships": "person in the relationship circle",
    "community": "community place",
    "needs": "need",
    "outcomes": "outcome",
    "support_lines": "support line",
    "unpaid_support": "unpaid support",
    "risks": "risk",
    "actions": "action",
    "helpers": "helper",
    "consents": "consent record",
    "employments": "personal assistant's details",
}
_NAME_FIELDS = ("title", "description", "name", "text", "risk", "helper", "what", "who")


def item_name(item: Any) -> str:
    """A short name for a list item, from its first non-empty naming field."""
    for name in _NAME_FIELDS:
        value = getattr(item, name, "")
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 60 else text[:57] + "…"
    return str(getattr(item, "id", ""))


def _find(plan: Plan, collection: str, item_id: str) -> Any:
    for item in getattr(plan, collection, ()):
        if item.id == item_id:
            return item
    return None


def edits_section(edits: Sequence[Edit]) -> str:
    """The part of the plan some edits changed, as the history records it: the section's name
    when they all changed one section, else ``"plan"``."""
    names = {e.section if isinstance(e, SetSection) else e.collection for e in edits}
    return names.pop() if len(names) == 1 else "plan"


def describe_edit(plan: Plan, edit: Edit) -> str:
    """What ``edit`` does to ``plan``, in a short sentence for the history."""
    if isinstance(edit, SetSection):
        return f"Changed {SECTION_LABELS.get(edit.section, edit.section)}"
    label = ITEM_LABELS.get(edit.collection, edit.collection)
    if isinstance(edit, PutItem):
        verb = "Changed" if _find(plan, edit.collection, edit.item.id) is not None else "Added"
        return f"{verb} {label} “{item_name(edit.item)}”"
    old = _find(plan, edit.collection, edit.item_id)
    name = item_name(old) if old is not None else edit.item_id
    if isinstance(edit, RemoveItem):
        return f"Removed {label} “{name}”"
    if isinstance(edit, MoveItem):
        return f"Moved {label} “{name}”"
    return "Changed the plan"  # pragma: no cover - every edit kind is handled above
