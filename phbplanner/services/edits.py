"""Edits: the small, invertible changes every screen and the CLI make to a plan.

A plan is immutable data; an edit names one change to it. ``apply_edit`` returns the new plan and
the edit that would undo it, so an undo stack is just a list of inverse edits. Storage persists an
edit in one transaction (see ``services.session``).

- :class:`SetSection` replaces one single-valued section (``person``, ``budget``, …) or the
  ``consent_to_share`` flag.
- :class:`PutItem` adds an item to a list section, or replaces the item with the same id, at an
  optional position.
- :class:`RemoveItem` removes the item with an id.
- :class:`MoveItem` moves the item with an id to a new position.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from ..domain.plan import COLLECTIONS, SECTIONS, Plan


class EditError(ValueError):
    """An edit that does not fit the plan (unknown section, missing id, wrong type)."""


@dataclass(frozen=True)
class SetSection:
    section: str
    value: Any


@dataclass(frozen=True)
class PutItem:
    collection: str
    item: Any
    index: int | None = None  # None: keep the old position, or append when new


@dataclass(frozen=True)
class RemoveItem:
    collection: str
    item_id: str


@dataclass(frozen=True)
class MoveItem:
    collection: str
    item_id: str
    index: int


Edit = SetSection | PutItem | RemoveItem | MoveItem


def _with(plan: Plan, name: str, value: Any) -> Plan:
    changes: dict[str, Any] = {name: value}
    return dataclasses.replace(plan, **changes)


def _items(plan: Plan, collection: str) -> tuple[Any, ...]:
    if collection not in COLLECTIONS:
        raise EditError(f"{collection!r} is not a list in a plan")
    items: tuple[Any, ...] = getattr(plan, collection)
    return items


def _position(items: tuple[Any, ...], item_id: str) -> int:
    for index, item in enumerate(items):
        if item.id == item_id:
            return index
    raise EditError(f"no item with id {item_id!r}")


def apply_edit(plan: Plan, edit: Edit) -> tuple[Plan, Edit]:
    """Apply ``edit`` to ``plan``; return the new plan and the edit that undoes it."""
    if isinstance(edit, SetSection):
        if edit.section == "consent_to_share":
            if edit.value is not None and not isinstance(edit.value, bool):
                raise EditError("consent_to_share must be True, False or None")
        elif edit.section not in SECTIONS:
            raise EditError(f"{edit.section!r} is not a section of a plan")
        elif not isinstance(edit.value, SECTIONS[edit.section]):
            raise EditError(f"{edit.section!r} needs a {SECTIONS[edit.section].__name__}")
        old = getattr(plan, edit.section)
        new_plan = _with(plan, edit.section, edit.value)
        return new_plan, SetSection(edit.section, old)
    if isinstance(edit, PutItem):
        items = list(_items(plan, edit.collection))
        if not isinstance(edit.item, COLLECTIONS[edit.collection]):
            raise EditError(f"{edit.collection!r} holds {COLLECTIONS[edit.collection].__name__}")
        item_id: str = getattr(edit.item, "id", "")
        if not item_id:
            raise EditError("an item needs an id")
        try:
            old_index = _position(tuple(items), item_id)
        except EditError:
            old_index = None
        if old_index is None:
            index = len(items) if edit.index is None else max(0, min(edit.index, len(items)))
            items.insert(index, edit.item)
            inverse: Edit = RemoveItem(edit.collection, item_id)
        else:
            old_item = items.pop(old_index)
            index = old_index if edit.index is None else max(0, min(edit.index, len(items)))
            items.insert(index, edit.item)
            inverse = PutItem(edit.collection, old_item, old_index)
        return _with(plan, edit.collection, tuple(items)), inverse
    if isinstance(edit, RemoveItem):
        items = list(_items(plan, edit.collection))
        index = _position(tuple(items), edit.item_id)
        removed = items.pop(index)
        new_plan = _with(plan, edit.collection, tuple(items))
        return new_plan, PutItem(edit.collection, removed, index)
    if isinstance(edit, MoveItem):
        items = list(_items(plan, edit.collection))
        index = _position(tuple(items), edit.item_id)
        moved = items.pop(index)
        target = max(0, min(edit.index, len(items)))
        items.insert(target, moved)
        new_plan = _with(plan, edit.collection, tuple(items))
        return new_plan, MoveItem(edit.collection, edit.item_id, index)
    raise EditError(f"unknown edit {edit!r}")
