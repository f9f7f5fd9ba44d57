"""Writing a :class:`Plan` as its interchange document, driven by ``domain.plan_fields``.

Every field is always written (``null`` where a value may be absent), amounts as decimal
strings, quantities without trailing zeros, dates as ISO 8601, choices by their value — so
export → import → export gives the same document, and the same plan always gives the same
canonical bytes (its fingerprint).

A document is written in the **lowest format version that holds the plan**
(:func:`document_version`): a plan using nothing added after version 1 is a version 1 document
without the later fields, so older programs read it and its fingerprint stays what it was. The
pieces a plan file stores are always written whole (:func:`stored_document`).
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
from .reader import FORMAT, VERSION

#: The format version every stored piece is written in (every field present).
LATEST = VERSION

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

#: Per shape and format version, each field's name and how its value is written (None: as it
#: is).
_PLANS: dict[tuple[int, int], list[tuple[str, Writer | None]]] = {}


def _plan_for(shape: Shape, version: int) -> list[tuple[str, Writer | None]]:
    plan = _PLANS.get((id(shape), version))
    if plan is None:
        plan = [
            (field.name, _writer(field, version))
            for field in shape.fields
            if field.since <= version
        ]
        _PLANS[(id(shape), version)] = plan
    return plan


def _writer(field: Field, version: int = LATEST) -> Writer | None:
    shape = field.shape
    if shape is None:
        return _SIMPLE[field.kind]
    if field.kind is Kind.LIST:
        return lambda value: [object_document(shape, item, version) for item in value]
    return lambda value: object_document(shape, value, version)


def object_document(shape: Shape, value: Any, version: int = LATEST) -> dict[str, Any]:
    """The interchange form of ``value``, an instance of ``shape``'s dataclass, with the fields
    of format ``version``."""
    out: dict[str, Any] = {}
    for name, write in _plan_for(shape, version):
        item = getattr(value, name)
        if write is None or (item is None and write is not _ids):
            out[name] = item
        else:
            out[name] = write(item)
    return out


# -- which version holds a plan ------------------------------------------------------------------
#: Per shape: the fields that hold something added after version 1, directly (a field of a later
#: version: its default) or inside (a nested object or list whose shape has such fields).
_LATER: dict[int, list[tuple[Field, Any]]] = {}


def _later_fields(shape: Shape) -> list[tuple[Field, Any]]:
    found = _LATER.get(id(shape))
    if found is None:
        found = []
        for field in shape.fields:
            if field.since > 1:
                found.append((field, shape.default(field.name)))
            elif field.shape is not None and _holds_later(field.shape):
                found.append((field, None))
        _LATER[id(shape)] = found
    return found


def _holds_later(shape: Shape) -> bool:
    return any(
        field.since > 1 or (field.shape is not None and _holds_later(field.shape))
        for field in shape.fields
    )


def _version_of(shape: Shape, value: Any) -> int:
    version = 1
    for field, default in _later_fields(shape):
        item = getattr(value, field.name)
        if field.since > 1 and item != default:
            version = max(version, field.since)
        elif field.since <= 1 and item is not None:
            assert field.shape is not None
            if field.kind is Kind.LIST:
                for element in item:
                    version = max(version, _version_of(field.shape, element))
            else:
                version = max(version, _version_of(field.shape, item))
        if version >= LATEST:
            break
    return version


def document_version(plan: Plan) -> int:
    """The lowest format version that holds everything in ``plan`` (1 unless it uses a field
    added later, such as a support line's group or the employments)."""
    return _version_of(PLAN, plan)


def plan_document(plan: Plan, version: int | None = None) -> dict[str, Any]:
    """The interchange document of ``plan``: every field of its version present, in a stable
    form. The version is the lowest that holds the plan unless ``version`` is given."""
    if version is None:
        version = document_version(plan)
    return {"format": FORMAT, "version": version, **object_document(PLAN, plan, version)}


def stored_document(plan: Plan) -> dict[str, Any]:
    """The pieces a plan file stores: every field of the newest version, whatever the plan
    uses."""
    return plan_document(plan, LATEST)


def section_document(plan: Plan, name: str) -> Any:
    """The interchange form of the section ``name`` of ``plan`` (a list for list sections),
    as stored (every field)."""
    write = _writer(PLAN_SECTIONS[name])
    value = getattr(plan, name)
    return value if write is None or value is None else write(value)


def item_document(collection: str, item: Any, version: int = LATEST) -> dict[str, Any]:
    """The interchange form of one item of the list section ``collection`` (with the fields of
    format ``version``; every field by default, as stored)."""
    shape = PLAN_SECTIONS[collection].shape
    assert shape is not None
    return object_document(shape, item, version)


def dumps_plan(plan: Plan) -> str:
    """Interchange JSON text for ``plan``, indented for people to read."""
    return json.dumps(plan_document(plan), ensure_ascii=False, indent=2) + "\n"
