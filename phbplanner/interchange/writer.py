"""Writing a :class:`Plan` as its interchange document, driven by ``domain.plan_fields``.

Every field is always written (``null`` where a value may be absent), amounts as decimal
strings, quantities without trailing zeros, dates as ISO 8601, choices by their value — so
export → import → export gives the same document, and the same plan always gives the same
canonical bytes (its fingerprint).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from ..domain.entry_rules import decimal_text
from ..domain.fieldspec import Field, Kind, Shape
from ..domain.money import Money
from ..domain.plan import Plan
from ..domain.plan_fields import PLAN, PLAN_SECTIONS
from .reader import FORMAT, PLAN_VERSION

Writer = Callable[[Any], Any]


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _money(value: Money | None) -> str | None:
    return value.to_str() if value is not None else None


def _decimal(value: Decimal | None) -> str | None:
    return decimal_text(value) if value is not None else None


def _choice(value: Any) -> Any:
    return getattr(value, "value", value)


def _ids(value: Any) -> list[str]:
    return list(value)


_SIMPLE: dict[Kind, Writer | None] = {
    Kind.ID: None,  # written as it is
    Kind.TEXT: None,
    Kind.INT: None,
    Kind.FLAG: None,
    Kind.DATE: _day,
    Kind.MONEY: _money,
    Kind.DECIMAL: _decimal,
    Kind.CHOICE: _choice,
    Kind.IDS: _ids,
}

#: Per shape, each field's name and how its value is written (None: as it is).
_PLANS: dict[int, list[tuple[str, Writer | None]]] = {}


def _plan_for(shape: Shape) -> list[tuple[str, Writer | None]]:
    plan = _PLANS.get(id(shape))
    if plan is None:
        plan = [(field.name, _writer(field)) for field in shape.fields]
        _PLANS[id(shape)] = plan
    return plan


def _writer(field: Field) -> Writer | None:
    shape = field.shape
    if shape is None:
        return _SIMPLE[field.kind]
    if field.kind is Kind.LIST:
        return lambda value: [object_document(shape, item) for item in value]
    return lambda value: object_document(shape, value)


def object_document(shape: Shape, value: Any) -> dict[str, Any]:
    """The interchange form of ``value``, an instance of ``shape``'s dataclass."""
    out: dict[str, Any] = {}
    for name, write in _plan_for(shape):
        item = getattr(value, name)
        if write is None or (item is None and write is not _ids):
            out[name] = item
        else:
            out[name] = write(item)
    return out


def plan_document(plan: Plan) -> dict[str, Any]:
    """The interchange document of ``plan``: every field present, in a stable form."""
    return {"format": FORMAT, "version": PLAN_VERSION, **object_document(PLAN, plan)}


def section_document(plan: Plan, name: str) -> Any:
    """The interchange form of the section ``name`` of ``plan`` (a list for list sections)."""
    write = _writer(PLAN_SECTIONS[name])
    value = getattr(plan, name)
    return value if write is None or value is None else write(value)


def item_document(collection: str, item: Any) -> dict[str, Any]:
    """The interchange form of one item of the list section ``collection``."""
    shape = PLAN_SECTIONS[collection].shape
    assert shape is not None
    return object_document(shape, item)


def dumps_plan(plan: Plan) -> str:
    """Interchange JSON text for ``plan``, indented for people to read."""
    return json.dumps(plan_document(plan), ensure_ascii=False, indent=2) + "\n"
