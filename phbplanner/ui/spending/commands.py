"""Every change to the spending records as one step on the window's shared undo stack.

Each command makes its change through the ledger services and can reverse it: record ↔ delete
(the entry comes back with the same id, its documents linked again), change ↔ change back,
delete ↔ restore, a split ↔ the entry as it was, reconciled ↔ as it was, a document attached ↔
removed. ``apply`` and ``revert`` raise a ``PHBError`` when nothing could be saved; the
controller then leaves the stack where it was (see ``ui/controller.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...domain.documents import DocumentKind, document_kind_label
from ...domain.ledger import Entry
from ...domain.schedule import format_date
from ...domain.text import translate
from ...services.ledger import LedgerError
from ..controller import Command
from .feed import SpendingFeed


def money_words(entry: Entry) -> str:
    """“£33.43 paid to Rhian (PA)” or “£1,384.62 received from the ICB”."""
    someone = translate("SpendingUndo", "someone")
    if entry.amount.pence > 0:
        text = translate("SpendingUndo", "{amount} received from {payee}")
    else:
        text = translate("SpendingUndo", "{amount} paid to {payee}")
    return text.format(amount=abs(entry.amount).format(), payee=entry.payee or someone)


class RecordEntry(Command):
    """Record a new entry; undo removes it, redo puts the very same entry back."""

    def __init__(self, feed: SpendingFeed, entry: Entry) -> None:
        super().__init__(
            translate("SpendingUndo", "Record {money} on {date}").format(
                money=money_words(entry), date=format_date(entry.date)
            )
        )
        self.feed = feed
        self.entry = entry
        self.saved: Entry | None = None
        self._snapshot: Any = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.saved = self.feed.ledger.record(self.entry, today=self.feed.today())
        else:
            self.saved = self.feed.ledger.restore(self._snapshot)

    def revert(self) -> None:
        assert self.saved is not None and self.saved.id is not None
        self._snapshot = self.feed.ledger.delete(self.saved.id)


class ChangeEntry(Command):
    """Store a changed entry (a split is one too); undo stores it as it was."""

    def __init__(self, feed: SpendingFeed, before: Entry, after: Entry, text: str = "") -> None:
        super().__init__(
            text
            or translate("SpendingUndo", "Change the entry of {date}").format(
                date=format_date(before.date)
            )
        )
        self.feed = feed
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.after = self.feed.ledger.change(self.after, today=self.feed.today())

    def revert(self) -> None:
        self.before = self.feed.ledger.change(self.before, today=self.feed.today())


class DeleteEntries(Command):
    """Remove entries; undo puts each back exactly (same id, its documents linked again)."""

    def __init__(self, feed: SpendingFeed, entries: Sequence[Entry]) -> None:
        if len(entries) == 1:
            text = translate("SpendingUndo", "Remove {money} on {date}").format(
                money=money_words(entries[0]), date=format_date(entries[0].date)
            )
        else:
            text = translate("SpendingUndo", "Remove {count} entries").format(count=len(entries))
        super().__init__(text)
        self.feed = feed
        self.ids = [entry.id for entry in entries if entry.id is not None]
        self._snapshots: list[Any] = []

    def apply(self) -> None:
        done: list[Any] = []
        try:
            for entry_id in self.ids:
                done.append(self.feed.ledger.delete(entry_id))
        except Exception:
            for snapshot in reversed(done):  # all or nothing: put back what went
                self.feed.ledger.restore(snapshot)
            raise
        self._snapshots = done

    def revert(self) -> None:
        for snapshot in self._snapshots:
            self.feed.ledger.restore(snapshot)
        self._snapshots = []


class MarkReconciled(Command):
    """Mark entries as checked against a statement (or not); undo puts each back as it was."""

    def __init__(self, feed: SpendingFeed, entries: Sequence[Entry], reconciled: bool) -> None:
        if reconciled:
            text = translate("SpendingUndo", "Mark {count} entries as reconciled")
        else:
            text = translate("SpendingUndo", "Mark {count} entries as not reconciled")
        super().__init__(text.format(count=len(entries)))
        self.feed = feed
        self.reconciled = reconciled
        self.before = {entry.id: entry.reconciled for entry in entries if entry.id is not None}

    def apply(self) -> None:
        self.feed.ledger.mark_reconciled(list(self.before), self.reconciled)

    def revert(self) -> None:
        were = [entry_id for entry_id, value in self.before.items() if value]
        were_not = [entry_id for entry_id, value in self.before.items() if not value]
        if were:
            self.feed.ledger.mark_reconciled(were, True)
        if were_not:
            self.feed.ledger.mark_reconciled(were_not, False)


class AttachDocuments(Command):
    """Keep documents with an entry (all or none); undo removes them, redo keeps them again.

    The bytes stay in memory with the step (never in a file outside the plan)."""

    def __init__(
        self,
        feed: SpendingFeed,
        entry_id: int,
        files: Sequence[tuple[str, bytes]],
        kind: DocumentKind,
    ) -> None:
        if len(files) == 1:
            text = translate("SpendingUndo", "Keep {kind} {name}").format(
                kind=document_kind_label(kind).lower(), name=files[0][0]
            )
        else:
            text = translate("SpendingUndo", "Keep {count} documents").format(count=len(files))
        super().__init__(text)
        self.feed = feed
        self.entry_id = entry_id
        self.files = list(files)
        self.kind = kind
        self.attachment_ids: list[int] = []

    def apply(self) -> None:
        kept: list[int] = []
        try:
            for name, data in self.files:
                kept.append(self.feed.ledger.attach(self.entry_id, name, data, self.kind).id)
        except Exception:
            for attachment_id in kept:  # all or nothing
                self.feed.ledger.detach(self.entry_id, attachment_id)
            raise
        self.attachment_ids = kept

    def revert(self) -> None:
        for attachment_id in self.attachment_ids:
            self.feed.ledger.detach(self.entry_id, attachment_id)
        self.attachment_ids = []


class RemoveDocument(Command):
    """Take a document off an entry (it leaves the file when no entry uses it); undo puts it
    back — linked again if another entry still holds it, otherwise kept again from memory."""

    def __init__(self, feed: SpendingFeed, entry_id: int, attachment_id: int) -> None:
        info = next((d for d in feed.ledger.documents(entry_id) if d.id == attachment_id), None)
        if info is None:
            raise LedgerError(translate("SpendingUndo", "That document is not in the file."))
        super().__init__(translate("SpendingUndo", "Remove {name}").format(name=info.filename))
        self.feed = feed
        self.entry_id = entry_id
        self.attachment_id = attachment_id
        self.name = info.filename
        try:
            self.kind = DocumentKind(info.kind)
        except ValueError:
            self.kind = DocumentKind.OTHER
        self.data = feed.ledger.document_bytes(attachment_id)

    def apply(self) -> None:
        self.feed.ledger.detach(self.entry_id, self.attachment_id)

    def revert(self) -> None:
        try:
            self.feed.ledger.link(self.entry_id, self.attachment_id)
        except LedgerError:  # no other entry held it: it left the file, keep it again
            info = self.feed.ledger.attach(self.entry_id, self.name, self.data, self.kind)
            self.attachment_id = info.id
