"""A plan version's content as rows, and back, in the plan's interchange form.

Storage does not interpret plans: it stores the pieces of a plan's interchange document (built
and parsed by ``services``) and gives the same pieces back. Which pieces exist comes from the
field lists (``domain.plan_fields``):

- every single-valued section (and the ``consent_to_share`` flag) is one JSON row of
  ``plan_section``;
- every list section is one JSON row per item in ``plan_item`` — except the lists in
  :data:`TYPED`, whose items are typed rows because spending records and reports query them by
  id. Their columns follow the fields: ``id`` → ``item_id``, an amount → ``<name>_pence``, a
  nested object → one column per field (:data:`RENAMED` where a name would be unclear), a list
  of objects → JSON text, a list of ids → rows of a link table.

So a new section, or a new field of a JSON-stored section, needs no change here; a new field of
a typed list needs its column (``models.py`` and a schema upgrade). Writing a change touches only
the rows it changes (plus positions); a whole version is written with one multi-row insert per
table.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from ..domain.fieldspec import Field, Kind, Shape
from ..domain.money import Money
from ..domain.plan_fields import PLAN_SECTIONS
from .models import (
    LineOutcomeRow,
    OutcomeRow,
    PlanItemRow,
    PlanSectionRow,
    SupportLineRow,
)

#: List sections kept as typed rows, and their tables.
TYPED: dict[str, Any] = {"outcomes": OutcomeRow, "support_lines": SupportLineRow}
#: The link table holding each typed list's lists of ids (``line_id``, ``position``, the id).
LINKS: dict[str, Any] = {"support_lines": LineOutcomeRow}
#: Columns of nested fields whose plain name would be unclear in the table.
RENAMED = {"schedule.first": "first_date", "schedule.last": "last_date", "group": "line_group"}

#: Single-valued parts of a plan stored in ``plan_section``.
SECTION_NAMES = tuple(name for name, f in PLAN_SECTIONS.items() if f.kind is not Kind.LIST)
#: List parts stored as JSON rows in ``plan_item``.
ITEM_COLLECTIONS = tuple(
    name for name, f in PLAN_SECTIONS.items() if f.kind is Kind.LIST and name not in TYPED
)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _pence(text: str | None) -> int | None:
    return Money.parse(text, allow_negative=True).pence if text is not None else None


def _pounds(pence: int | None) -> str | None:
    return Money(pence).to_str() if pence is not None else None


def _loads_list(text: str) -> Any:
    return [] if text == "[]" else json.loads(text)  # most lists are empty


def _flag(value: Any) -> Any:
    return bool(value) if value is not None else None


# -- typed rows ------------------------------------------------------------------------------
class _Column:
    """One column of a typed table: the field's path in the item's document and its codec."""

    def __init__(self, path: tuple[str, ...], column: str, field: Field) -> None:
        self.path = path
        self.column = column
        self.to_row: Callable[[Any], Any] | None = None
        self.to_doc: Callable[[Any], Any] | None = None
        if field.kind is Kind.MONEY:
            self.to_row, self.to_doc = _pence, _pounds
        elif field.kind is Kind.LIST:
            self.to_row, self.to_doc = _dumps, _loads_list
        elif field.kind is Kind.FLAG:
            self.to_doc = _flag


class TypedTable:
    """How the items of one typed list section map to the columns of its table."""

    def __init__(self, collection: str, model: Any) -> None:
        shape = PLAN_SECTIONS[collection].shape
        assert shape is not None
        self.collection = collection
        self.model = model
        self.table: Any = model.__table__
        self.shape = shape
        self.columns: list[_Column] = list(_columns(shape, ()))
        self.links = [f.name for f in shape.fields if f.kind is Kind.IDS]
        self.link_model = LINKS.get(collection)
        if self.links and (self.link_model is None or len(self.links) > 1):
            raise TypeError(f"{collection}: a typed list holds at most one list of ids, linked")
        if any(len(c.path) > 2 for c in self.columns):
            raise TypeError(f"{collection}: typed rows hold objects nested one level at most")
        missing = [c.column for c in self.columns if c.column not in self.table.c]
        if missing:
            raise TypeError(f"{collection}: the table {self.table.name} has no column {missing}")

    def values(self, doc: Mapping[str, Any]) -> dict[str, Any]:
        """The column values of one item's document."""
        out: dict[str, Any] = {}
        for column in self.columns:
            value: Any = doc
            for key in column.path:
                value = value[key]
            out[column.column] = value if column.to_row is None else column.to_row(value)
        return out

    def select(self, version_id: int) -> Any:
        """The query for the rows of one version, in order: the columns, then the row id."""
        table = self.table
        return (
            select(*(table.c[column.column] for column in self.columns), table.c.id)
            .where(table.c.version_id == version_id)
            .order_by(table.c.position)
        )

    def documents(self, rows: Any, links: Mapping[int, list[str]]) -> list[dict[str, Any]]:
        """Each item's document from the rows of :meth:`select` (and its links, in order)."""
        keys = [column.column for column in self.columns]
        # Columns that are not simply the field of the same name: renamed, converted or nested.
        fixes = [
            (column.column, column.path, column.to_doc)
            for column in self.columns
            if column.path != (column.column,) or column.to_doc is not None
        ]
        names = self.links
        result = []
        for row in map(tuple, rows):  # plain tuples: much quicker to take apart than result rows
            doc = dict(zip(keys, row, strict=False))  # the last value, the row's id, is left out
            for column, path, to_doc in fixes:
                value = doc.pop(column)
                if to_doc is not None:
                    value = to_doc(value)
                if len(path) == 1:
                    doc[path[0]] = value
                else:
                    doc.setdefault(path[0], {})[path[1]] = value
            for name in names:
                doc[name] = links.get(row[-1], [])
            result.append(doc)
        return result

    def link_ids(self, doc: Mapping[str, Any]) -> list[str]:
        """The ids an item's document links to (empty when the list has no links)."""
        return list(doc[self.links[0]]) if self.links else []


def _columns(shape: Shape, prefix: tuple[str, ...]) -> Any:
    for field in shape.fields:
        path = (*prefix, field.name)
        if field.kind is Kind.IDS:
            continue  # rows of the link table
        if field.kind is Kind.NESTED:
            assert field.shape is not None
            yield from _columns(field.shape, path)
            continue
        dotted = ".".join(path)
        if field.kind is Kind.ID:
            name = "item_id"
        elif field.kind is Kind.MONEY:
            name = f"{field.name}_pence"
        else:
            name = RENAMED.get(dotted, field.name)
        yield _Column(path, name, field)


TABLES = {collection: TypedTable(collection, model) for collection, model in TYPED.items()}


def _insert_typed(
    conn: Connection, version_id: int, typed: TypedTable, items: Sequence[tuple[int, Any]]
) -> None:
    """Insert ``(position, document)`` items of a typed list, links included, in bulk."""
    if not items:
        return
    conn.execute(
        insert(typed.table),
        [
            {"version_id": version_id, "position": position, **typed.values(doc)}
            for position, doc in items
        ],
    )
    if typed.link_model is None:
        return
    query = select(typed.table.c.item_id, typed.table.c.id).where(
        typed.table.c.version_id == version_id
    )
    if len(items) <= 500:  # a few new items of a large list: look up only those
        query = query.where(typed.table.c.item_id.in_([doc["id"] for _, doc in items]))
    row_ids = {item_id: row_id for item_id, row_id in conn.execute(query)}
    links = [
        {"line_id": row_ids[doc["id"]], "position": index, "outcome_id": target}
        for _, doc in items
        for index, target in enumerate(typed.link_ids(doc))
    ]
    if links:
        conn.execute(insert(typed.link_model.__table__), links)


# -- whole versions --------------------------------------------------------------------------------
def insert_document(conn: Connection, version_id: int, doc: Mapping[str, Any]) -> None:
    """Write every part of the interchange document ``doc`` as the content of an empty version."""
    sections: Any = PlanSectionRow.__table__
    items_table: Any = PlanItemRow.__table__
    conn.execute(
        insert(sections),
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
        conn.execute(insert(items_table), items)
    for collection, typed in TABLES.items():
        _insert_typed(conn, version_id, typed, list(enumerate(doc[collection])))


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
    items = conn.execute(
        select(PlanItemRow.collection, PlanItemRow.data)
        .where(PlanItemRow.version_id == version_id)
        .order_by(PlanItemRow.collection, PlanItemRow.position)
    ).all()
    for collection, data in map(tuple, items):
        if collection in doc:
            doc[collection].append(json.loads(data))
    for collection, typed in TABLES.items():
        links: dict[int, list[str]] = {}
        if typed.link_model is not None:
            link = typed.link_model.__table__
            found = conn.execute(
                select(link.c.line_id, link.c.outcome_id)
                .join(typed.table, typed.table.c.id == link.c.line_id)
                .where(typed.table.c.version_id == version_id)
                .order_by(link.c.line_id, link.c.position)
            ).all()
            for line_id, target in map(tuple, found):
                links.setdefault(line_id, []).append(target)
        doc[collection] = typed.documents(conn.execute(typed.select(version_id)).all(), links)
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
    typed = TABLES.get(collection)
    table: Any = typed.table if typed is not None else PlanItemRow.__table__
    where = [table.c.version_id == version_id]
    if typed is None:
        where.append(table.c.collection == collection)
    gone = [item_id for item_id in old_ids if item_id not in new_set]
    if gone:
        conn.execute(delete(table).where(*where, table.c.item_id.in_(gone)))
    added: list[tuple[int, Any]] = []
    for position, item_id in enumerate(new_ids):
        if item_id not in old_pos:
            added.append((position, documents[item_id]))
            continue
        values: dict[str, Any] = {}
        if old_pos[item_id] != position:
            values["position"] = position
        if item_id in documents:
            _update_item(conn, where, table, typed, documents[item_id], values)
        elif values:
            conn.execute(update(table).where(*where, table.c.item_id == item_id).values(**values))
    if typed is not None:
        _insert_typed(conn, version_id, typed, added)
    elif added:
        conn.execute(
            insert(table),
            [
                {
                    "version_id": version_id,
                    "collection": collection,
                    "item_id": doc["id"],
                    "position": position,
                    "data": _dumps(doc),
                }
                for position, doc in added
            ],
        )


def _update_item(
    conn: Connection,
    where: list[Any],
    table: Any,
    typed: TypedTable | None,
    doc: dict[str, Any],
    values: dict[str, Any],
) -> None:
    match = table.c.item_id == doc["id"]
    if typed is None:
        conn.execute(update(table).where(*where, match).values(**values, data=_dumps(doc)))
        return
    row_id = conn.execute(
        update(table)
        .where(*where, match)
        .values(**values, **typed.values(doc))
        .returning(table.c.id)
    ).scalar_one()
    if typed.link_model is not None:
        link = typed.link_model.__table__
        conn.execute(delete(link).where(link.c.line_id == row_id))
        targets = typed.link_ids(doc)
        if targets:
            conn.execute(
                insert(link),
                [
                    {"line_id": row_id, "position": index, "outcome_id": target}
                    for index, target in enumerate(targets)
                ],
            )
