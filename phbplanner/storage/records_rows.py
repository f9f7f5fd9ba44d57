"""All of a plan's spending records at once: read for an export, written for an import.

Used when a whole interchange document is exported (``export --format json``) or turned into a
new plan file (``new --from``). Ids are kept, so entries, splits and documents still point at
one another; bulk inserts keep a six-year record quick.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, insert, select

from ..domain.documents import DocumentKind
from ..domain.ledger import Split
from ..domain.money import Money
from ..domain.records import DocumentRecord, Records
from .ledger_rows import (
    ACCOUNTS,
    ATTACHMENTS,
    DATA,
    ENTRIES,
    LINKS,
    SPLITS,
    account_from_row,
    duplicate_key,
    entry_from_row,
    entry_values,
)
from .records import AttachmentRow


def read_records(conn: Connection, *, with_data: bool = False) -> Records:
    """Every account, entry (with its splits) and document of the file, by id."""
    accounts = tuple(
        account_from_row(row) for row in conn.execute(select(ACCOUNTS).order_by(ACCOUNTS.c.id))
    )
    splits: dict[int, list[Any]] = {}
    for row in conn.execute(select(SPLITS).order_by(SPLITS.c.entry_id, SPLITS.c.position)):
        splits.setdefault(row.entry_id, []).append(row)
    entries = []
    for row in conn.execute(select(ENTRIES).order_by(ENTRIES.c.date, ENTRIES.c.id)):
        parts = tuple(
            Split(p.line_ref, Money(p.amount_pence), p.line_description)
            for p in splits.get(row.id, ())
        )
        entries.append(entry_from_row(row, parts))
    links: dict[int, list[int]] = {}
    for entry_id, attachment_id in conn.execute(
        select(LINKS.c.entry_id, LINKS.c.attachment_id).order_by(LINKS.c.entry_id)
    ):
        links.setdefault(attachment_id, []).append(entry_id)
    documents = []
    for row in conn.execute(select(ATTACHMENTS).order_by(ATTACHMENTS.c.id)):
        data = None
        if with_data:
            value = conn.execute(
                select(DATA.c.data).where(DATA.c.attachment_id == row.id)
            ).scalar_one_or_none()
            data = None if value is None else bytes(value)
        documents.append(
            DocumentRecord(
                id=row.id,
                kind=_kind(row.kind),
                filename=row.filename,
                mime=row.mime,
                size=row.size,
                sha256=row.sha256,
                entries=tuple(links.get(row.id, ())),
                note=row.note,
                details=_details(row.details),
                added=row.added,
                added_by=row.added_by,
                data=data,
            )
        )
    return Records(accounts, tuple(entries), tuple(documents))


def _kind(value: str) -> DocumentKind:
    try:
        return DocumentKind(value)
    except ValueError:
        return DocumentKind.OTHER


def _details(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def write_records(conn: Connection, records: Records, *, now: str) -> int:
    """Store every record of ``records`` in an empty file, ids kept; return how many documents
    were left out because the document listed them without their bytes."""
    if records.accounts:
        conn.execute(
            insert(ACCOUNTS),
            [
                {
                    "id": account.id,
                    "name": account.name,
                    "kind": account.kind.value,
                    "opening_balance_pence": account.opening_balance.pence,
                    "opening_date": account.opening_date.isoformat()
                    if account.opening_date
                    else now[:10],
                    "position": position,
                    "closed": False,
                    "created": now,
                }
                for position, account in enumerate(records.accounts)
            ],
        )
    if records.entries:
        conn.execute(
            insert(ENTRIES),
            [
                {
                    "id": entry.id,
                    "dup_key": duplicate_key(entry),
                    "created": now,
                    "updated": now,
                    **entry_values(entry),
                }
                for entry in records.entries
            ],
        )
        parts = [
            {
                "entry_id": entry.id,
                "position": position,
                "line_ref": part.line_id,
                "line_description": part.line_description,
                "amount_pence": part.amount.pence,
                "date": entry.date.isoformat(),
            }
            for entry in records.entries
            for position, part in enumerate(entry.splits)
        ]
        if parts:
            conn.execute(insert(SPLITS), parts)
    left_out = 0
    table: Any = AttachmentRow.__table__
    for record in records.attachments:
        if record.data is None:
            left_out += 1
            continue
        conn.execute(
            insert(table).values(
                id=record.id,
                kind=record.kind.value,
                filename=record.filename,
                mime=record.mime,
                size=record.size,
                sha256=record.sha256,
                details=json.dumps(record.details, ensure_ascii=False, sort_keys=True),
                note=record.note,
                added=record.added or now,
                added_by=record.added_by,
            )
        )
        conn.execute(insert(DATA).values(attachment_id=record.id, data=record.data))
        if record.entries:
            conn.execute(
                insert(LINKS),
                [{"entry_id": e, "attachment_id": record.id} for e in record.entries],
            )
    return left_out
