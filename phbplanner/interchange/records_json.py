"""The spending records part of the interchange JSON (format version 2).

Three optional top-level keys beside the plan (``docs/interchange.md``): ``accounts``,
``entries`` and ``attachments``. Amounts are decimal strings (``"-45.60"``: money out is
negative), dates ISO 8601. Attachments are listed by name, size and SHA-256; with
``--with-attachments`` their bytes come too, as base64 in ``data`` (checked against the hash).
Records are not part of the agreed plan, so the plan's fingerprint never covers them.

Reading collects every problem with its exact path (``entries[3].amount: …``) and raises one
:class:`~.errors.PlanFormatError`, like the plan reader. Only the structure and the rules that
keep the records whole are checked (splits that add up, references that exist, bytes that match
their hash) — not rules of the day they are read, such as how far ahead a date may be.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from ..domain.documents import MAX_BYTES, DocumentKind, sniff_type
from ..domain.ledger import Account, AccountKind, Entry, PaymentMethod, Purpose, Split
from ..domain.money import Money
from ..domain.records import DocumentRecord, Records
from ..domain.text import translate
from .errors import PlanFormatError
from .part_reader import PartReader, join, show

#: The top-level keys of the records part.
PARTS = ("accounts", "entries", "attachments")

_ACCOUNT_KEYS = ("id", "name", "kind", "opening_balance", "opening_date")
_ENTRY_KEYS = (
    "id", "account", "date", "amount", "payee", "description", "purpose", "line",
    "line_description", "splits", "method", "reference", "recorded_by", "reconciled",
    "bank_balance", "notes",
)  # fmt: skip
_SPLIT_KEYS = ("line", "line_description", "amount")
_ATTACHMENT_KEYS = (
    "id", "kind", "filename", "mime", "size", "sha256", "entries", "note", "details", "added",
    "added_by", "data",
)  # fmt: skip
_BIGGEST_ID = 2**62
#: Stands in for a date that could not be read (the problem is reported; nothing is stored).
_NO_DATE = date(2000, 1, 1)


# -- writing ------------------------------------------------------------------------------------
def _money(value: Money | None) -> str | None:
    return value.to_str() if value is not None else None


def account_document(account: Account) -> dict[str, Any]:
    """One account as its interchange form."""
    return {
        "id": account.id,
        "name": account.name,
        "kind": account.kind.value,
        "opening_balance": account.opening_balance.to_str(),
        "opening_date": account.opening_date.isoformat() if account.opening_date else None,
    }


def entry_document(entry: Entry) -> dict[str, Any]:
    """One entry as its interchange form (every field, always)."""
    return {
        "id": entry.id,
        "account": entry.account_id,
        "date": entry.date.isoformat(),
        "amount": entry.amount.to_str(),
        "payee": entry.payee,
        "description": entry.description,
        "purpose": entry.purpose.value,
        "line": entry.line_id,
        "line_description": entry.line_description,
        "splits": [
            {"line": s.line_id, "line_description": s.line_description, "amount": s.amount.to_str()}
            for s in entry.splits
        ],
        "method": entry.method.value if entry.method is not None else None,
        "reference": entry.reference,
        "recorded_by": entry.recorded_by,
        "reconciled": entry.reconciled,
        "bank_balance": _money(entry.bank_balance),
        "notes": entry.notes,
    }


def attachment_document(record: DocumentRecord, *, with_data: bool) -> dict[str, Any]:
    """One document as its interchange form; its bytes as base64 only ``with_data``."""
    found: dict[str, Any] = {
        "id": record.id,
        "kind": record.kind.value,
        "filename": record.filename,
        "mime": record.mime,
        "size": record.size,
        "sha256": record.sha256,
        "entries": list(record.entries),
        "note": record.note,
        "details": record.details,
        "added": record.added,
        "added_by": record.added_by,
    }
    if with_data and record.data is not None:
        found["data"] = base64.b64encode(record.data).decode("ascii")
    return found


def records_document(records: Records, *, with_data: bool = False) -> dict[str, Any]:
    """The records part: the three keys, to merge into a version 2 document."""
    return {
        "accounts": [account_document(a) for a in records.accounts],
        "entries": [entry_document(e) for e in records.entries],
        "attachments": [attachment_document(d, with_data=with_data) for d in records.attachments],
    }


# -- reading ------------------------------------------------------------------------------------
class _Records(PartReader):
    def whole(self, data: dict[str, Any], key: str, path: str, *, required: bool) -> int | None:
        value = self.integer(data, key, path, low=1, high=_BIGGEST_ID)
        if value is None and required and data.get(key) is None:
            self.problem(join(path, key), translate("RecordsJson", "is missing"))
        return value

    def account(self, value: Any, path: str) -> Account | None:
        data = self.obj(value, path, _ACCOUNT_KEYS)
        if not data:
            return None
        account_id = self.whole(data, "id", path, required=True)
        name = self.text(data, "name", path, required=True)
        kind = self.choice(data, "kind", path, AccountKind) or AccountKind.BANK_ACCOUNT
        opening = self.money(data, "opening_balance", path)
        opening_date = self.day(data, "opening_date", path)
        if opening_date is None and data.get("opening_date") is None:
            self.problem(join(path, "opening_date"), translate("RecordsJson", "is missing"))
        return Account(name, kind, opening, opening_date, account_id)

    def split(self, value: Any, path: str) -> Split | None:
        data = self.obj(value, path, _SPLIT_KEYS)
        if not data:
            return None
        line = self.ref(data, "line", path, required=True)
        amount = self.money(data, "amount", path)
        if not amount:
            self.problem(join(path, "amount"), translate("RecordsJson", "should not be 0.00"))
        return Split(line, amount, self.text(data, "line_description", path))

    def entry(self, value: Any, path: str) -> Entry | None:
        data = self.obj(value, path, _ENTRY_KEYS)
        if not data:
            return None
        day = self.day(data, "date", path)
        if day is None and data.get("date") is None:
            self.problem(join(path, "date"), translate("RecordsJson", "is missing"))
        amount = self.money(data, "amount", path)
        if not amount and data.get("amount") is not None:
            self.problem(join(path, "amount"), translate("RecordsJson", "should not be 0.00"))
        purpose = self.choice(data, "purpose", path, Purpose) or Purpose.UNASSIGNED
        line = self.ref(data, "line", path, required=False) or None
        splits = self.items(data.get("splits"), join(path, "splits"), self.split)
        bank = data.get("bank_balance")
        bank_balance = self.money(data, "bank_balance", path) if bank is not None else None
        reconciled = data.get("reconciled", False)
        if not isinstance(reconciled, bool):
            self.problem(
                join(path, "reconciled"), translate("RecordsJson", "should be true or false")
            )
            reconciled = False
        entry = Entry(
            date=day or _NO_DATE,
            amount=amount,
            payee=self.text(data, "payee", path),
            description=self.text(data, "description", path),
            purpose=purpose,
            line_id=line,
            line_description=self.text(data, "line_description", path),
            splits=splits,
            method=self.choice(data, "method", path, PaymentMethod),
            reference=self.text(data, "reference", path),
            recorded_by=self.text(data, "recorded_by", path),
            reconciled=reconciled,
            bank_balance=bank_balance,
            notes=self.text(data, "notes", path),
            account_id=self.whole(data, "account", path, required=True),
            id=self.whole(data, "id", path, required=True),
        )
        self.whole_entry(entry, path)
        return entry

    def whole_entry(self, entry: Entry, path: str) -> None:
        """What keeps an entry whole: a line only for a plan line, splits that add up."""
        if entry.purpose is not Purpose.PLAN_LINE and (entry.line_id or entry.splits):
            message = translate(
                "RecordsJson", "only an entry for a plan line names a line or is split"
            )
            self.problem(join(path, "line"), message)
        if entry.splits:
            if entry.line_id is not None:
                self.problem(
                    join(path, "line"),
                    translate("RecordsJson", "a split entry names its lines in splits"),
                )
            if len(entry.splits) < 2:
                self.problem(
                    join(path, "splits"), translate("RecordsJson", "a split has two parts or more")
                )
            total = Money.total(part.amount for part in entry.splits)
            if total != entry.amount:
                message = translate("RecordsJson", "the parts add up to {total}, not {amount}")
                self.problem(
                    join(path, "splits"),
                    message.format(total=total.to_str(), amount=entry.amount.to_str()),
                )
            if any((part.amount.pence > 0) != (entry.amount.pence > 0) for part in entry.splits):
                self.problem(
                    join(path, "splits"),
                    translate("RecordsJson", "every part has the entry's sign"),
                )

    def attachment(self, value: Any, path: str) -> DocumentRecord | None:
        data = self.obj(value, path, _ATTACHMENT_KEYS)
        if not data:
            return None
        size = self.integer(data, "size", path, low=0, high=MAX_BYTES) or 0
        digest = self.text(data, "sha256", path, required=True).lower()
        if digest and (len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest)):
            self.problem(
                join(path, "sha256"), translate("RecordsJson", "is not a SHA-256 (64 hex digits)")
            )
        entries = self.items(data.get("entries"), join(path, "entries"), self.entry_ref)
        details = data.get("details") or {}
        if not isinstance(details, dict):
            self.problem(join(path, "details"), translate("RecordsJson", "should be an object"))
            details = {}
        record = DocumentRecord(
            id=self.whole(data, "id", path, required=True) or 0,
            kind=self.choice(data, "kind", path, DocumentKind) or DocumentKind.OTHER,
            filename=self.text(data, "filename", path, required=True),
            mime=self.text(data, "mime", path),
            size=size,
            sha256=digest,
            entries=entries,
            note=self.text(data, "note", path),
            details=details,
            added=self.text(data, "added", path),
            added_by=self.text(data, "added_by", path),
            data=self.data(data, path, size, digest),
        )
        return record

    def entry_ref(self, value: Any, path: str) -> int | None:
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= _BIGGEST_ID:
            message = translate("RecordsJson", "{value} is not the number of an entry")
            self.problem(path, message.format(value=show(value)))
            return None
        return value

    def data(self, data: dict[str, Any], path: str, size: int, digest: str) -> bytes | None:
        text = data.get("data")
        if text is None:
            return None
        where = join(path, "data")
        if not isinstance(text, str) or len(text) > (MAX_BYTES * 4) // 3 + 4:
            self.problem(
                where, translate("RecordsJson", "should be the document's bytes as base64 text")
            )
            return None
        try:
            raw = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            self.problem(where, translate("RecordsJson", "is not base64 text"))
            return None
        if len(raw) != size:
            message = translate("RecordsJson", "holds {got} bytes, not {size}")
            self.problem(where, message.format(got=len(raw), size=size))
        elif hashlib.sha256(raw).hexdigest() != digest:
            self.problem(
                where, translate("RecordsJson", "does not match its SHA-256: it was changed or cut")
            )
        elif sniff_type(raw[:16]) is None:
            self.problem(where, translate("RecordsJson", "is not a picture or a PDF"))
        else:
            return raw
        return None


def _unique(r: _Records, items: Sequence[Any], path: str) -> set[int]:
    seen: set[int] = set()
    for index, item in enumerate(items):
        if item.id in seen:
            message = translate("RecordsJson", "{value} is used twice")
            r.problem(f"{path}[{index}].id", message.format(value=item.id))
        seen.add(item.id)
    return seen


def parse_records(document: dict[str, Any]) -> Records:
    """The records part of a version 2 document (empty when it has none)."""
    r = _Records()
    accounts = r.items(document.get("accounts"), "accounts", r.account)
    entries = r.items(document.get("entries"), "entries", r.entry)
    attachments = r.items(document.get("attachments"), "attachments", r.attachment)
    account_ids = _unique(r, accounts, "accounts")
    entry_ids = _unique(r, entries, "entries")
    _unique(r, attachments, "attachments")
    for index, entry in enumerate(entries):
        if entry.account_id is not None and entry.account_id not in account_ids:
            message = translate(
                "RecordsJson", "{value} is not the number of an account in this file"
            )
            r.problem(f"entries[{index}].account", message.format(value=entry.account_id))
    for index, record in enumerate(attachments):
        for position, entry_id in enumerate(record.entries):
            if entry_id not in entry_ids:
                message = translate(
                    "RecordsJson", "{value} is not the number of an entry in this file"
                )
                r.problem(
                    f"attachments[{index}].entries[{position}]", message.format(value=entry_id)
                )
    if r.problems:
        raise PlanFormatError(r.problems)
    return Records(accounts, entries, attachments)


def dumps_records(records: Records, *, with_data: bool = False) -> str:
    """The records part alone as JSON text (for tests and tools)."""
    return json.dumps(records_document(records, with_data=with_data), ensure_ascii=False, indent=2)


def line_ids(entries: Iterable[Entry]) -> set[str]:
    """Every plan line the entries name (their own or their splits')."""
    found: set[str] = set()
    for entry in entries:
        if entry.line_id:
            found.add(entry.line_id)
        found.update(part.line_id for part in entry.splits)
    return found
