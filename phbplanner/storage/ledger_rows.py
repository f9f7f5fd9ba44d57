"""Spending records as rows, and back: accounts, entries with their splits, documents.

Everything here works inside a transaction the caller owns (``PlanFile.transaction``) or on a
read connection. Values are ``domain.ledger`` types built without checks — stored data is read
back tolerantly and never re-validated; the services check what is typed or imported before it
gets here. An attachment's bytes are read only by :func:`attachment_bytes`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from ..domain.ledger import Account, AccountKind, Entry, PaymentMethod, Purpose, Split
from ..domain.money import Money
from .records import (
    AccountRow,
    AttachmentDataRow,
    AttachmentRow,
    EntryAttachmentRow,
    EntryRow,
    SplitRow,
)

ENTRIES: Any = EntryRow.__table__
SPLITS: Any = SplitRow.__table__
ACCOUNTS: Any = AccountRow.__table__
ATTACHMENTS: Any = AttachmentRow.__table__
LINKS: Any = EntryAttachmentRow.__table__
DATA: Any = AttachmentDataRow.__table__


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """What a stored document is, without its bytes."""

    id: int
    kind: str
    filename: str
    mime: str
    size: int
    sha256: str
    added: str
    added_by: str
    note: str = ""
    details: str = "{}"


@dataclass(frozen=True, slots=True)
class EntrySnapshot:
    """An entry as it was, with its documents' links: what undoing a delete puts back."""

    entry: Entry
    attachment_ids: tuple[int, ...]
    created: str
    dup_key: str
    attachment_count: int


def _enum(kind: Any, value: str | None, default: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        return default


# -- accounts ---------------------------------------------------------------------------------
def account_from_row(row: Any) -> Account:
    """An :class:`Account` from an ``account`` row (tolerant of values it does not know)."""
    return Account(
        name=row.name,
        kind=_enum(AccountKind, row.kind, AccountKind.BANK_ACCOUNT),
        opening_balance=Money(row.opening_balance_pence),
        opening_date=date.fromisoformat(row.opening_date),
        id=row.id,
    )


def list_accounts(conn: Connection) -> list[Account]:
    """Every account of the plan, in their order."""
    rows = conn.execute(select(ACCOUNTS).order_by(ACCOUNTS.c.position, ACCOUNTS.c.id))
    return [account_from_row(row) for row in rows]


def insert_account(conn: Connection, account: Account, *, now: str) -> int:
    """Store a new account; return its id."""
    position = conn.execute(select(ACCOUNTS.c.position).order_by(ACCOUNTS.c.position.desc()))
    last = position.scalar()
    return int(
        conn.execute(
            insert(ACCOUNTS)
            .values(
                id=account.id,
                name=account.name,
                kind=account.kind.value,
                opening_balance_pence=account.opening_balance.pence,
                opening_date=(account.opening_date or date.today()).isoformat(),
                position=0 if last is None else last + 1,
                closed=False,
                created=now,
            )
            .returning(ACCOUNTS.c.id)
        ).scalar_one()
    )


def update_account(conn: Connection, account: Account) -> None:
    """Store a changed account (its name, kind, opening balance and date)."""
    conn.execute(
        update(ACCOUNTS)
        .where(ACCOUNTS.c.id == account.id)
        .values(
            name=account.name,
            kind=account.kind.value,
            opening_balance_pence=account.opening_balance.pence,
            opening_date=(account.opening_date or date.today()).isoformat(),
        )
    )


# -- entries ----------------------------------------------------------------------------------
def duplicate_key(entry: Entry) -> str:
    """What makes two rows of a statement the same payment: date, amount and description."""
    words = " ".join(f"{entry.payee} {entry.description}".lower().split())
    return f"{entry.date.isoformat()}|{entry.amount.pence}|{words}"


def entry_values(entry: Entry) -> dict[str, Any]:
    """An entry's own columns (not its id, duplicate key or times), in a fixed order."""
    split = bool(entry.splits)
    return {
        "account_id": entry.account_id,
        "date": entry.date.isoformat(),
        "amount_pence": entry.amount.pence,
        "purpose": entry.purpose.value,
        "line_ref": None if split else entry.line_id,
        "line_description": "" if split else entry.line_description,
        "payee": entry.payee,
        "description": entry.description,
        "method": entry.method.value if entry.method is not None else "",
        "reference": entry.reference,
        "recorded_by": entry.recorded_by,
        "reconciled": entry.reconciled,
        "bank_balance_pence": None if entry.bank_balance is None else entry.bank_balance.pence,
        "import_id": entry.import_id,
        "notes": entry.notes,
    }


def _insert_splits(conn: Connection, entry_id: int, entry: Entry) -> None:
    if entry.splits:
        conn.execute(
            insert(SPLITS),
            [
                {
                    "entry_id": entry_id,
                    "position": position,
                    "line_ref": part.line_id,
                    "line_description": part.line_description,
                    "amount_pence": part.amount.pence,
                    "date": entry.date.isoformat(),
                }
                for position, part in enumerate(entry.splits)
            ],
        )


def insert_entry(
    conn: Connection, entry: Entry, *, now: str, dup_key: str | None = None,
    created: str | None = None,
) -> int:  # fmt: skip
    """Store a new entry (with its splits); return its id (``entry.id`` is kept if given)."""
    values = entry_values(entry)
    entry_id = int(
        conn.execute(
            insert(ENTRIES)
            .values(
                id=entry.id,
                dup_key=duplicate_key(entry) if dup_key is None else dup_key,
                created=created or now,
                updated=now,
                **values,
            )
            .returning(ENTRIES.c.id)
        ).scalar_one()
    )
    _insert_splits(conn, entry_id, entry)
    return entry_id


def insert_entries(conn: Connection, entries: Iterable[Entry], *, now: str) -> list[int]:
    """Store many new entries (an import) with executemany; return their ids in order."""
    batch = list(entries)
    if not batch:
        return []
    first = int(conn.execute(select(ENTRIES.c.id).order_by(ENTRIES.c.id.desc())).scalar() or 0)
    ids = list(range(first + 1, first + 1 + len(batch)))
    conn.execute(
        insert(ENTRIES),
        [
            {
                "id": entry_id,
                "dup_key": duplicate_key(entry),
                "created": now,
                "updated": now,
                **entry_values(entry),
            }
            for entry_id, entry in zip(ids, batch, strict=True)
        ],
    )
    for entry_id, entry in zip(ids, batch, strict=True):
        _insert_splits(conn, entry_id, entry)
    return ids


def update_entry(conn: Connection, entry: Entry, *, now: str) -> None:
    """Store a changed entry (its splits replaced).

    An imported entry keeps the duplicate key of its statement row — what the bank wrote — so
    importing an overlapping statement after the person corrected the payee adds nothing.
    """
    assert entry.id is not None
    keys = {} if entry.import_id is not None else {"dup_key": duplicate_key(entry)}
    conn.execute(
        update(ENTRIES)
        .where(ENTRIES.c.id == entry.id)
        .values(updated=now, **keys, **entry_values(entry))
    )
    conn.execute(delete(SPLITS).where(SPLITS.c.entry_id == entry.id))
    _insert_splits(conn, entry.id, entry)


def set_reconciled(conn: Connection, entry_ids: Iterable[int], reconciled: bool, now: str) -> None:
    """Mark entries reconciled (or not)."""
    ids = list(entry_ids)
    if ids:
        conn.execute(
            update(ENTRIES).where(ENTRIES.c.id.in_(ids)).values(reconciled=reconciled, updated=now)
        )


def entry_from_row(row: Any, splits: tuple[Split, ...] = ()) -> Entry:
    """An :class:`Entry` from a ``ledger_entry`` row (and its splits), tolerantly."""
    return Entry(
        date=date.fromisoformat(row.date),
        amount=Money(row.amount_pence),
        payee=row.payee,
        description=row.description,
        purpose=_enum(Purpose, row.purpose, Purpose.UNASSIGNED),
        line_id=row.line_ref,
        line_description=row.line_description,
        splits=splits,
        method=_enum(PaymentMethod, row.method, PaymentMethod.OTHER) if row.method else None,
        reference=row.reference,
        recorded_by=row.recorded_by,
        reconciled=bool(row.reconciled),
        bank_balance=None if row.bank_balance_pence is None else Money(row.bank_balance_pence),
        import_id=row.import_id,
        notes=row.notes,
        account_id=row.account_id,
        id=row.id,
    )


def splits_of(conn: Connection, entry_ids: Iterable[int]) -> dict[int, tuple[Split, ...]]:
    """The splits of each of ``entry_ids`` that has any, in order."""
    ids = list(entry_ids)
    found: dict[int, list[Split]] = {}
    if not ids:
        return {}
    for row in conn.execute(
        select(SPLITS)
        .where(SPLITS.c.entry_id.in_(ids))
        .order_by(SPLITS.c.entry_id, SPLITS.c.position)
    ):
        found.setdefault(row.entry_id, []).append(
            Split(row.line_ref, Money(row.amount_pence), row.line_description)
        )
    return {key: tuple(value) for key, value in found.items()}


def get_entries(conn: Connection, entry_ids: Iterable[int]) -> dict[int, Entry]:
    """The entries with these ids (those that exist), by id."""
    ids = list(entry_ids)
    if not ids:
        return {}
    splits = splits_of(conn, ids)
    rows = conn.execute(select(ENTRIES).where(ENTRIES.c.id.in_(ids)))
    return {row.id: entry_from_row(row, splits.get(row.id, ())) for row in rows}


def snapshot(conn: Connection, entry_id: int) -> EntrySnapshot | None:
    """An entry with everything needed to put it back exactly (None if there is none)."""
    row = conn.execute(select(ENTRIES).where(ENTRIES.c.id == entry_id)).one_or_none()
    if row is None:
        return None
    entry = entry_from_row(row, splits_of(conn, [entry_id]).get(entry_id, ()))
    links = conn.execute(
        select(LINKS.c.attachment_id)
        .where(LINKS.c.entry_id == entry_id)
        .order_by(LINKS.c.attachment_id)
    ).scalars()
    return EntrySnapshot(entry, tuple(links), row.created, row.dup_key, row.attachment_count)


def delete_entry(conn: Connection, entry_id: int) -> None:
    """Remove an entry (its splits and links go with it; documents stay, for undo)."""
    conn.execute(delete(ENTRIES).where(ENTRIES.c.id == entry_id))


def restore_entry(conn: Connection, saved: EntrySnapshot, *, now: str) -> None:
    """Put a deleted entry back exactly as it was, with its documents linked again."""
    insert_entry(conn, saved.entry, now=now, dup_key=saved.dup_key, created=saved.created)
    assert saved.entry.id is not None
    link_attachments(conn, saved.entry.id, saved.attachment_ids)


# -- documents --------------------------------------------------------------------------------
def insert_attachment(
    conn: Connection, *, kind: str, filename: str, mime: str, data: bytes, now: str,
    added_by: str, note: str = "", details: dict[str, Any] | None = None,
) -> int:  # fmt: skip
    """Store a document (metadata and bytes apart); return its id."""
    attachment_id = int(
        conn.execute(
            insert(ATTACHMENTS)
            .values(
                kind=kind,
                filename=filename,
                mime=mime,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                details=json.dumps(details or {}, ensure_ascii=False, sort_keys=True),
                note=note,
                added=now,
                added_by=added_by,
            )
            .returning(ATTACHMENTS.c.id)
        ).scalar_one()
    )
    conn.execute(insert(DATA).values(attachment_id=attachment_id, data=data))
    return attachment_id


def link_attachments(conn: Connection, entry_id: int, attachment_ids: Iterable[int]) -> None:
    """Link documents to an entry (already linked ones are left alone)."""
    for attachment_id in attachment_ids:
        conn.execute(
            insert(LINKS)
            .values(entry_id=entry_id, attachment_id=attachment_id)
            .prefix_with("OR IGNORE")
        )


def unlink_attachment(conn: Connection, entry_id: int, attachment_id: int) -> None:
    """Unlink a document from an entry (the document itself stays)."""
    conn.execute(
        delete(LINKS).where(LINKS.c.entry_id == entry_id, LINKS.c.attachment_id == attachment_id)
    )


def delete_unlinked_attachment(conn: Connection, attachment_id: int) -> None:
    """Remove a document no entry links to any more."""
    linked = conn.execute(
        select(LINKS.c.entry_id).where(LINKS.c.attachment_id == attachment_id).limit(1)
    ).first()
    if linked is None:
        conn.execute(delete(ATTACHMENTS).where(ATTACHMENTS.c.id == attachment_id))


def _info(row: Any) -> AttachmentInfo:
    return AttachmentInfo(
        row.id, row.kind, row.filename, row.mime, row.size, row.sha256, row.added, row.added_by,
        row.note, row.details,
    )  # fmt: skip


def attachments_of(conn: Connection, entry_ids: Iterable[int]) -> dict[int, list[AttachmentInfo]]:
    """The documents linked to each of ``entry_ids`` (metadata only)."""
    ids = list(entry_ids)
    found: dict[int, list[AttachmentInfo]] = {}
    if not ids:
        return found
    rows = conn.execute(
        select(LINKS.c.entry_id, ATTACHMENTS)
        .join(ATTACHMENTS, ATTACHMENTS.c.id == LINKS.c.attachment_id)
        .where(LINKS.c.entry_id.in_(ids))
        .order_by(LINKS.c.entry_id, ATTACHMENTS.c.id)
    )
    for row in rows:
        found.setdefault(row.entry_id, []).append(_info(row))
    return found


def attachment_info(conn: Connection, attachment_id: int) -> AttachmentInfo | None:
    """One document's metadata."""
    row = conn.execute(select(ATTACHMENTS).where(ATTACHMENTS.c.id == attachment_id)).one_or_none()
    return None if row is None else _info(row)


def attachment_bytes(conn: Connection, attachment_id: int) -> bytes | None:
    """The bytes of one document."""
    value = conn.execute(
        select(DATA.c.data).where(DATA.c.attachment_id == attachment_id)
    ).scalar_one_or_none()
    return None if value is None else bytes(value)
