"""Between plans and the rows of a plan file: the interchange form of a plan and of its pieces.

Storage keeps a version as the pieces of its interchange document; this module turns a
:class:`Plan` into those pieces and back, and turns edits into row changes. Reading back is
*tolerant* (``interchange.reader.parse_stored``): the person's own file is never refused because
an entry rule changed or the computer's clock differs.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection

from ..domain.errors import PHBError
from ..domain.plan import Plan
from ..domain.text import translate
from ..interchange.plan_json import (
    PlanFormatError,
    item_document,
    parse_stored,
    section_document,
    stored_document,
)
from ..storage.planrows import insert_document, load_document, write_collection, write_section
from .edits import Edit, MoveItem, PutItem, RemoveItem, SetSection, apply_edit

__all__ = [
    "UnreadablePlanError",
    "item_document",
    "read_plan",
    "section_document",
    "store_plan",
    "write_edits",
]


class UnreadablePlanError(PHBError):
    """A stored version holds something the program cannot hold (the file is damaged)."""

    exit_code = 4

    def __init__(self, error: PlanFormatError) -> None:
        self.problems = error.problems
        message = translate(
            "StoredPlan",
            "Part of the plan in this file cannot be read ({problem}). The file has not been "
            "changed; restore a backup, or ask for help.",
        )
        super().__init__(message.format(problem=error.message))


def store_plan(conn: Connection, version_id: int, plan: Plan) -> None:
    """Write ``plan`` as the content of the empty version ``version_id``."""
    insert_document(conn, version_id, stored_document(plan))


def read_plan(conn: Connection, version_id: int) -> Plan:
    """Read the content of version ``version_id`` (structure only; no entry rules)."""
    try:
        return parse_stored(load_document(conn, version_id))
    except PlanFormatError as error:
        raise UnreadablePlanError(error) from None


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
