"""Between plans and the rows of a plan file: the interchange form of a plan and of its pieces.

Storage keeps a version as the pieces of its interchange document; this module turns a
:class:`Plan` into those pieces and back, and turns edits into row changes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from ..domain.plan import Plan
from ..interchange.plan_json import FORMAT, VERSION, parse_plan, plan_document
from ..storage.planrows import insert_document, load_document, write_collection, write_section
from .edits import Edit, MoveItem, PutItem, RemoveItem, SetSection, apply_edit


def item_document(collection: str, item: Any) -> dict[str, Any]:
    """The interchange form of one list item."""
    changes: dict[str, Any] = {collection: (item,)}
    doc: dict[str, Any] = plan_document(dataclasses.replace(Plan(), **changes))
    result: dict[str, Any] = doc[collection][0]
    return result


def section_document(plan: Plan, name: str) -> Any:
    """The interchange form of the single-valued section ``name`` of ``plan``."""
    changes: dict[str, Any] = {name: getattr(plan, name)}
    return plan_document(dataclasses.replace(Plan(), **changes))[name]


def store_plan(conn: Connection, version_id: int, plan: Plan) -> None:
    """Write ``plan`` as the content of the empty version ``version_id``."""
    insert_document(conn, version_id, plan_document(plan))


def read_plan(conn: Connection, version_id: int) -> Plan:
    """Read the content of version ``version_id``."""
    document = {"format": FORMAT, "version": VERSION, **load_document(conn, version_id)}
    return parse_plan(document)


def write_edits(conn: Connection, version_id: int, plan: Plan, edits: Sequence[Edit]) -> None:
    """Store ``edits`` (applied to ``plan`` in order) in the rows of ``version_id``."""
    for edit in edits:
        new, _ = apply_edit(plan, edit)
        if isinstance(edit, SetSection):
            write_section(conn, version_id, edit.section, section_document(new, edit.section))
        elif isinstance(edit, PutItem | RemoveItem | MoveItem):
            old_ids = [item.id for item in getattr(plan, edit.collection)]
            new_items = getattr(new, edit.collection)
            documents = {}
            if isinstance(edit, PutItem):
                documents[edit.item.id] = item_document(edit.collection, edit.item)
            new_ids = [item.id for item in new_items]
            write_collection(conn, version_id, edit.collection, old_ids, new_ids, documents)
        plan = new
