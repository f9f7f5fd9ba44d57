"""A plan version's content as rows, and back, in the plan's interchange form.

Storage does not interpret plans: it stores the pieces of a plan's interchange document (built
and parsed by ``services``) — single sections and untyped list items as JSON text, outcomes and
support lines as typed columns — and gives the same document back. Writing a change touches
only the rows it changes (plus positions), so a change commits quickly however large the plan.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from ..domain.money import Money
from ..domain.plan import COLLECTIONS, SECTIONS
from .models import (
    LineOutcomeRow,
    OutcomeRow,
    PlanItemRow,
    PlanSectionRow,
    SupportLineRow,
)

#: Single-valued parts of a plan stored in ``plan_section`` (consent is a bare flag).
SECTION_NAMES = (*SECTIONS, "consent_to_share")
#: List parts stored as JSON rows in ``plan_item``.
ITEM_COLLECTIONS = tuple(name for name in COLLECTIONS if name not in ("outcomes", "support_lines"))


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


# -- typed rows ------------------------------------------------------------------------------
def _outcome_values(doc: dict[str, Any]) -> dict[str, Any]:
    return {
        "item_id": doc["id"],
        "title": doc["title"],
        "why_it_matters": doc["why_it_matters"],
        "success_looks_like": doc["success_looks_like"],
        "importance": doc["importance"],
        "target_date": doc["target_date"],
        "status": doc["status"],
    }


def _outcome_doc(row: Any) -> dict[str, Any]:
    return {
        "id": row.item_id,
        "title": row.title,
        "why_it_matters": row.why_it_matters,
        "success_looks_like": row.success_looks_like,
        "importance": row.importance,
        "target_date": row.target_date,
        "status": row.status,
    }


def _line_values(doc: dict[str, Any]) -> dict[str, Any]:
    schedule = doc["schedule"]
    return {
        "item_id": doc["id"],
        "description": doc["description"],
        "provider": doc["provider"],
        "category": doc["category"],
        "unit_cost_pence": Money.parse(doc["unit_cost"]).pence,
        "quantity": doc["quantity"],
        "frequency": schedule["frequency"],
        "first_date": schedule["first"],
        "last_date": schedule["last"],
        "management": doc["management"],
        "notes": doc["notes"],
        "paid_to_household_family": doc["paid_to_household_family"],
        "household_justification": doc["household_justification"],
        "dismissed_warnings": _dumps(doc["dismissed_warnings"]),
    }


def _line_doc(row: Any, outcomes: list[str]) -> dict[str, Any]:
    return {
        "id": row.item_id,
        "description": row.description,
        "provider": row.provider,
        "category": row.category,
        "unit_cost": Money(row.unit_cost_pence).to_str(),
        "quantity": row.quantity,
        "schedule": {"frequency": row.frequency, "first": row.first_date, "last": row.last_date},
        "management": row.management,
        "outcomes": outcomes,
        "notes": row.notes,
        "paid_to_household_family": bool(row.paid_to_household_family),
        "household_justification": row.household_justification,
        "dismissed_warnings": json.loads(row.dismissed_warnings),
    }


# -- whole versions --------------------------------------------------------------------------------
def insert_document(conn: Connection, version_id: int, doc: Mapping[str, Any]) -> None:
    """Write every part of the interchange document ``doc`` as the content of an empty version."""
    conn.execute(
        insert(PlanSectionRow),
        [{"version_id": version_id, "name": n, "data": _dumps(doc[n])} for n in SECTION_NAMES],
    )
    items = [
        {
            "version_id": version_id,
            "collection": collection,
            "item_id": item["id"],
            "position": position,
            "data": _dumps(item),
        }
        for collection in ITEM_COLLECTIONS
        for position, item in enumerate(doc[collection])
    ]
    if items:
        conn.execute(insert(PlanItemRow), items)
    outcomes = [
        {"version_id": version_id, "position": position, **_outcome_values(item)}
        for position, item in enumerate(doc["outcomes"])
    ]
    if outcomes:
        conn.execute(insert(OutcomeRow), outcomes)
    for position, line in enumerate(doc["support_lines"]):
        _insert_line(conn, version_id, position, line)


def _insert_line(conn: Connection, version_id: int, position: int, line: dict[str, Any]) -> None:
    row_id = conn.execute(
        insert(SupportLineRow)
        .values(version_id=version_id, position=position, **_line_values(line))
        .returning(SupportLineRow.id)
    ).scalar_one()
    _insert_line_outcomes(conn, row_id, line["outcomes"])


def _insert_line_outcomes(conn: Connection, row_id: int, outcomes: list[str]) -> None:
    if outcomes:
        conn.execute(
            insert(LineOutcomeRow),
            [
                {"line_id": row_id, "position": i, "outcome_id": oid}
                for i, oid in enumerate(outcomes)
            ],
        )


def load_document(conn: Connection, version_id: int) -> dict[str, Any]:
    """The content of one version, as the parts of its interchange document."""
    doc: dict[str, Any] = {}
    for name, data in conn.execute(
        select(PlanSectionRow.name, PlanSectionRow.data).where(
            PlanSectionRow.version_id == version_id
        )
    ):
        doc[name] = json.loads(data)
    for collection in ITEM_COLLECTIONS:
        doc[collection] = []
    for collection, data in conn.execute(
        select(PlanItemRow.collection, PlanItemRow.data)
        .where(PlanItemRow.version_id == version_id)
        .order_by(PlanItemRow.collection, PlanItemRow.position)
    ):
        doc[collection].append(json.loads(data))
    doc["outcomes"] = [
        _outcome_doc(row)
        for row in conn.execute(
            select(OutcomeRow.__table__)
            .where(OutcomeRow.version_id == version_id)
            .order_by(OutcomeRow.position)
        )
    ]
    served: dict[int, list[str]] = {}
    for line_id, outcome_id in conn.execute(
        select(LineOutcomeRow.line_id, LineOutcomeRow.outcome_id)
        .join(SupportLineRow, SupportLineRow.id == LineOutcomeRow.line_id)
        .where(SupportLineRow.version_id == version_id)
        .order_by(LineOutcomeRow.line_id, LineOutcomeRow.position)
    ):
        served.setdefault(line_id, []).append(outcome_id)
    doc["support_lines"] = [
        _line_doc(row, served.get(row.id, []))
        for row in conn.execute(
            select(SupportLineRow.__table__)
            .where(SupportLineRow.version_id == version_id)
            .order_by(SupportLineRow.position)
        )
    ]
    return doc


# -- one edit ------------------------------------------------------------------------------------
def write_section(conn: Connection, version_id: int, name: str, value: Any) -> None:
    """Store ``value``, the interchange form of the single section ``name``."""
    data = _dumps(value)
    done = conn.execute(
        update(PlanSectionRow)
        .where(PlanSectionRow.version_id == version_id, PlanSectionRow.name == name)
        .values(data=data)
    )
    if not done.rowcount:
        conn.execute(insert(PlanSectionRow).values(version_id=version_id, name=name, data=data))


def write_collection(
    conn: Connection,
    version_id: int,
    collection: str,
    old_ids: Sequence[str],
    new_ids: Sequence[str],
    documents: Mapping[str, dict[str, Any]],
) -> None:
    """Bring the rows of ``collection`` from the order ``old_ids`` to ``new_ids``.

    ``documents`` holds the interchange form of every item that is new or whose content
    changed; every other difference is a removal or a move, found by comparing the orders.
    """
    new_set = set(new_ids)
    old_pos = {item_id: i for i, item_id in enumerate(old_ids)}
    table: Any = _table(collection)
    where = [table.version_id == version_id]
    if collection in ITEM_COLLECTIONS:
        where.append(table.collection == collection)
    gone = [item_id for item_id in old_ids if item_id not in new_set]
    if gone:
        conn.execute(delete(table).where(*where, table.item_id.in_(gone)))
    for position, item_id in enumerate(new_ids):
        if item_id not in old_pos:
            _insert_item(conn, version_id, collection, position, documents[item_id])
            continue
        values: dict[str, Any] = {}
        if old_pos[item_id] != position:
            values["position"] = position
        if item_id in documents:
            _update_item(conn, version_id, collection, documents[item_id], values)
        elif values:
            conn.execute(update(table).where(*where, table.item_id == item_id).values(**values))


def _table(collection: str) -> Any:
    if collection == "outcomes":
        return OutcomeRow
    if collection == "support_lines":
        return SupportLineRow
    return PlanItemRow


def _insert_item(
    conn: Connection, version_id: int, collection: str, position: int, doc: dict[str, Any]
) -> None:
    if collection == "outcomes":
        conn.execute(
            insert(OutcomeRow).values(
                version_id=version_id, position=position, **_outcome_values(doc)
            )
        )
    elif collection == "support_lines":
        _insert_line(conn, version_id, position, doc)
    else:
        conn.execute(
            insert(PlanItemRow).values(
                version_id=version_id,
                collection=collection,
                item_id=doc["id"],
                position=position,
                data=_dumps(doc),
            )
        )


def _update_item(
    conn: Connection, version_id: int, collection: str, doc: dict[str, Any], values: dict[str, Any]
) -> None:
    if collection == "outcomes":
        conn.execute(
            update(OutcomeRow)
            .where(OutcomeRow.version_id == version_id, OutcomeRow.item_id == doc["id"])
            .values(**values, **_outcome_values(doc))
        )
    elif collection == "support_lines":
        row_id = conn.execute(
            update(SupportLineRow)
            .where(SupportLineRow.version_id == version_id, SupportLineRow.item_id == doc["id"])
            .values(**values, **_line_values(doc))
            .returning(SupportLineRow.id)
        ).scalar_one()
        conn.execute(delete(LineOutcomeRow).where(LineOutcomeRow.line_id == row_id))
        _insert_line_outcomes(conn, row_id, doc["outcomes"])
    else:
        conn.execute(
            update(PlanItemRow)
            .where(
                PlanItemRow.version_id == version_id,
                PlanItemRow.collection == collection,
                PlanItemRow.item_id == doc["id"],
            )
            .values(**values, data=_dumps(doc))
        )
