"""The spending records of an open plan: accounts, entries, splits, documents (SPEC §4).

Every change is one transaction with a history row, then one :class:`~.changes.Changes` of kind
``LEDGER`` (or ``ATTACHMENTS``) — never a plan change, so recording a payment never re-costs or
re-fingerprints the plan. What is typed or imported is checked first
(``domain.entry_checks``); what is read back is never re-validated. Views page and aggregate in
SQL through :mod:`.ledger_view`; this module changes things.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..domain.documents import (
    MAX_BYTES,
    DocumentError,
    DocumentKind,
    check_document,
    clean_filename,
    short_name,
    sniff_type,
    too_big,
)
from ..domain.entry_checks import (
    CheckCode,
    EntryProblems,
    check_account,
    check_entry,
    plan_lines,
)
from ..domain.entry_checks import Problem as EntryProblem
from ..domain.errors import PHBError
from ..domain.ledger import Account, Entry, Purpose, Split
from ..domain.payroll import DocumentDetails, PayslipDetails, TimesheetDetails, details_problems
from ..domain.text import translate
from ..storage import ledger_rows as rows
from ..storage import payroll_queries
from ..storage.ledger_rows import AttachmentInfo, EntrySnapshot
from ..storage.planfile import now_utc
from .changes import Change, Changes
from .exports import atomic_output
from .session import PlanSession


class LedgerError(PHBError):
    """A change to the spending records that cannot be made; the message says why."""

    exit_code = 1


def _money_words(entry: Entry) -> str:
    amount = abs(entry.amount).format()
    if entry.amount.pence > 0:
        return translate("LedgerHistory", "{amount} received from {payee}").format(
            amount=amount, payee=entry.payee or translate("LedgerHistory", "someone")
        )
    return translate("LedgerHistory", "{amount} paid to {payee}").format(
        amount=amount, payee=entry.payee or translate("LedgerHistory", "someone")
    )


class Ledger:
    """The spending records of one open plan (one per :class:`PlanSession`)."""

    def __init__(self, session: PlanSession) -> None:
        self.session = session

    # -- accounts ---------------------------------------------------------------------------------
    def accounts(self) -> list[Account]:
        """Every account, in order."""
        with self.session.reading() as conn:
            return rows.list_accounts(conn)

    def add_account(self, account: Account, *, today: date | None = None) -> Account:
        """Add an account (checked: a name, a real opening date); return it with its id."""
        _raise(check_account(account, today=today or date.today(), others=self.accounts()))
        what = translate("LedgerHistory", "Added the account “{name}”").format(name=account.name)
        with self.session.writing(what, "spending") as conn:
            account_id = rows.insert_account(conn, replace(account, id=None), now=now_utc())
        self._changed(Change.LEDGER)
        return replace(account, id=account_id)

    def change_account(self, account: Account, *, today: date | None = None) -> None:
        """Change an account's name, kind, opening balance or date."""
        if account.id is None or not any(a.id == account.id for a in self.accounts()):
            raise LedgerError(translate("Ledger", "That account is not in this plan."))
        _raise(check_account(account, today=today or date.today(), others=self.accounts()))
        what = translate("LedgerHistory", "Changed the account “{name}”").format(name=account.name)
        with self.session.writing(what, "spending") as conn:
            rows.update_account(conn, account)
        self._changed(Change.LEDGER)

    def _account_for(self, entry: Entry) -> tuple[Entry, Account]:
        accounts = self.accounts()
        if entry.account_id is None:
            if len(accounts) != 1:
                raise LedgerError(
                    translate("Ledger", "Add an account first: the bank account or card the "
                              "money is kept in.")
                    if not accounts
                    else translate("Ledger", "Choose the account this money went in or out of.")
                )  # fmt: skip
            return replace(entry, account_id=accounts[0].id), accounts[0]
        for account in accounts:
            if account.id == entry.account_id:
                return entry, account
        raise LedgerError(translate("Ledger", "That account is not in this plan."))

    # -- entries ----------------------------------------------------------------------------------
    def check(self, entry: Entry, *, today: date | None = None) -> list[EntryProblem]:
        """Every problem and warning with an entry as typed (nothing is stored)."""
        try:
            entry, account = self._account_for(entry)
        except LedgerError as exc:
            return [_account_problem(exc.message)]
        return check_entry(
            entry, today=today or date.today(), lines=plan_lines(self.session.plan), account=account
        )

    def _prepared(self, entry: Entry, today: date | None) -> Entry:
        """``entry`` checked, with its account, who recorded it and the lines' descriptions."""
        entry, account = self._account_for(entry)
        lines = plan_lines(self.session.plan)
        _raise(check_entry(entry, today=today or date.today(), lines=lines, account=account))
        if entry.purpose is not Purpose.PLAN_LINE:
            entry = replace(entry, line_id=None, line_description="", splits=())
        elif entry.splits:
            parts = tuple(
                replace(part, line_description=lines.get(part.line_id, part.line_description))
                for part in entry.splits
            )
            entry = replace(entry, line_id=None, line_description="", splits=parts)
        elif entry.line_id is not None:
            entry = replace(entry, line_description=lines.get(entry.line_id, ""))
        if not entry.recorded_by:
            entry = replace(entry, recorded_by=self.session.author)
        return entry

    def record(self, entry: Entry, *, today: date | None = None) -> Entry:
        """Record a new entry (checked; raises :class:`EntryProblems`); return it with its id."""
        prepared = self._prepared(replace(entry, id=None), today)
        with self.session.writing(_recorded(prepared), "spending") as conn:
            entry_id = rows.insert_entry(conn, prepared, now=now_utc())
        self._changed(Change.LEDGER)
        return replace(prepared, id=entry_id)

    def change(self, entry: Entry, *, today: date | None = None) -> Entry:
        """Store a changed entry (its id must exist); return it as stored."""
        if entry.id is None:
            raise LedgerError(translate("Ledger", "That entry is not in the records."))
        prepared = self._prepared(entry, today)
        what = translate("LedgerHistory", "Changed the entry of {date}: {money}").format(
            date=prepared.date.strftime("%-d %b %Y"), money=_money_words(prepared)
        )
        with self.session.writing(what, "spending") as conn:
            if rows.snapshot(conn, entry.id) is None:
                raise LedgerError(translate("Ledger", "That entry is not in the records."))
            rows.update_entry(conn, prepared, now=now_utc())
        self._changed(Change.LEDGER)
        return prepared

    def split(self, entry_id: int, parts: list[Split], *, today: date | None = None) -> Entry:
        """Share an entry between plan lines (the parts must add up to it)."""
        entry = self.entry(entry_id)
        return self.change(
            replace(entry, purpose=Purpose.PLAN_LINE, line_id=None, splits=tuple(parts)),
            today=today,
        )

    def entry(self, entry_id: int) -> Entry:
        """One entry as stored (raises :class:`LedgerError` if there is none)."""
        with self.session.reading() as conn:
            found = rows.get_entries(conn, [entry_id]).get(entry_id)
        if found is None:
            raise LedgerError(translate("Ledger", "That entry is not in the records."))
        return found

    def delete(self, entry_id: int) -> EntrySnapshot:
        """Remove an entry; return what :meth:`restore` needs to put it back exactly."""
        with self.session.reading() as conn:
            saved = rows.snapshot(conn, entry_id)
        if saved is None:
            raise LedgerError(translate("Ledger", "That entry is not in the records."))
        what = translate("LedgerHistory", "Removed the entry of {date}: {money}").format(
            date=saved.entry.date.strftime("%-d %b %Y"), money=_money_words(saved.entry)
        )
        with self.session.writing(what, "spending") as conn:
            rows.delete_entry(conn, entry_id)
        self._changed(Change.LEDGER)
        return saved

    def restore(self, saved: EntrySnapshot) -> Entry:
        """Put back an entry removed by :meth:`delete` (undo), with its documents."""
        what = translate("LedgerHistory", "Put back the entry of {date}: {money}").format(
            date=saved.entry.date.strftime("%-d %b %Y"), money=_money_words(saved.entry)
        )
        with self.session.writing(what, "spending") as conn:
            rows.restore_entry(conn, saved, now=now_utc())
        self._changed(Change.LEDGER)
        return saved.entry

    def mark_reconciled(self, entry_ids: list[int], reconciled: bool = True) -> None:
        """Mark entries as checked against a statement (or not)."""
        what = translate("LedgerHistory", "Marked {count} entries as reconciled").format(
            count=len(entry_ids)
        )
        with self.session.writing(what, "spending") as conn:
            rows.set_reconciled(conn, entry_ids, reconciled, now_utc())
        self._changed(Change.LEDGER)

    # -- documents --------------------------------------------------------------------------------
    def attach(
        self,
        entry_id: int,
        name: str,
        data: bytes,
        kind: DocumentKind = DocumentKind.RECEIPT,
        details: DocumentDetails | None = None,
    ) -> AttachmentInfo:
        """Keep a document (an image or a PDF, at most 20 MB) inside the file, linked to an
        entry. Raises :class:`DocumentError` with the reason when it cannot be kept.

        ``details``: what a payslip (net pay, pay period, HMRC, pension) or a timesheet (period,
        hours) says, typed in when attaching — checked first (:class:`LedgerError`)."""
        _check_details(kind, details)
        mime = check_document(name, data)
        found = sniff_type(data[:16])
        extension = found[1] if found else ""
        self.entry(entry_id)  # it must exist
        filename = clean_filename(name, extension)
        what = translate("LedgerHistory", "Kept {name} with an entry").format(
            name=short_name(filename)
        )
        with self.session.writing(what, "documents") as conn:
            attachment_id = rows.insert_attachment(
                conn, kind=kind.value, filename=filename, mime=mime, data=data, now=now_utc(),
                added_by=self.session.author,
                details=details.to_json() if details is not None else None,
            )  # fmt: skip
            rows.link_attachments(conn, entry_id, [attachment_id])
            info = rows.attachment_info(conn, attachment_id)
        assert info is not None
        self._changed(Change.ATTACHMENTS, Change.LEDGER)
        return info

    def attach_file(
        self,
        entry_id: int,
        path: Path,
        kind: DocumentKind = DocumentKind.RECEIPT,
        details: DocumentDetails | None = None,
    ) -> AttachmentInfo:
        """Keep the file at ``path`` with an entry (read into memory, never copied elsewhere)."""
        _check_details(kind, details)
        return self.attach(entry_id, Path(path).name, read_document(Path(path)), kind, details)

    def set_details(self, attachment_id: int, details: DocumentDetails | None) -> None:
        """Type in (or change) what a payslip or timesheet already kept says; ``None`` takes
        what was typed away again (undoing the first details typed in)."""
        with self.session.reading() as conn:
            info = rows.attachment_info(conn, attachment_id)
        if info is None:
            raise LedgerError(translate("Ledger", "That document is not in the file."))
        _check_details(DocumentKind(info.kind), details)
        what = translate("LedgerHistory", "Changed the details of {name}").format(
            name=short_name(info.filename)
        )
        found = {} if details is None else details.to_json()
        text = json.dumps(found, ensure_ascii=False, sort_keys=True)
        with self.session.writing(what) as conn:
            payroll_queries.set_details(conn, attachment_id, text)
        self._changed(Change.ATTACHMENTS, Change.LEDGER)

    def link(self, entry_id: int, attachment_id: int) -> None:
        """Link a document already kept to another entry (one invoice, several payments)."""
        self.entry(entry_id)
        with self.session.writing(
            translate("LedgerHistory", "Linked a document"), "documents"
        ) as conn:
            if rows.attachment_info(conn, attachment_id) is None:
                raise LedgerError(translate("Ledger", "That document is not in the file."))
            rows.link_attachments(conn, entry_id, [attachment_id])
        self._changed(Change.ATTACHMENTS, Change.LEDGER)

    def detach(self, entry_id: int, attachment_id: int) -> None:
        """Unlink a document from an entry; a document no entry uses any more is removed."""
        with self.session.writing(
            translate("LedgerHistory", "Removed a document"), "documents"
        ) as conn:
            rows.unlink_attachment(conn, entry_id, attachment_id)
            rows.delete_unlinked_attachment(conn, attachment_id)
        self._changed(Change.ATTACHMENTS, Change.LEDGER)

    def documents(self, entry_id: int) -> list[AttachmentInfo]:
        """The documents kept with an entry (without their bytes)."""
        with self.session.reading() as conn:
            return rows.attachments_of(conn, [entry_id]).get(entry_id, [])

    def document_bytes(self, attachment_id: int) -> bytes:
        """A document's bytes (read from inside the file, into memory only)."""
        with self.session.reading() as conn:
            data = rows.attachment_bytes(conn, attachment_id)
        if data is None:
            raise LedgerError(translate("Ledger", "That document is not in the file."))
        return data

    def export_document(self, attachment_id: int, target: Path, *, overwrite: bool) -> Path:
        """Write a document out to where the person chose (the window's save dialog has asked
        before replacing a file: ``overwrite``)."""
        target = Path(target)
        data = self.document_bytes(attachment_id)
        with atomic_output(target, overwrite=overwrite) as stream:
            stream.write(data)
        return target

    # -- events -----------------------------------------------------------------------------------
    def _changed(self, *kinds: Change) -> None:
        self.session.notify(Changes.of(kinds))


def read_document(path: Path) -> bytes:
    """Read a file a person chose to keep, refusing folders, devices and files too big —
    before reading them — with plain messages."""
    name = path.name or str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise DocumentError(
            translate("Documents", "There is no file at {path}.").format(path=short_name(str(path)))
        ) from None
    except OSError as exc:
        raise DocumentError(
            translate("Documents", "{name} cannot be read ({reason}).").format(
                name=short_name(name), reason=exc.strerror or type(exc).__name__
            )
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError(
            translate("Documents", "{name} is a folder. Choose the file of the receipt itself.")
            .format(name=short_name(name))
        )  # fmt: skip
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(
            translate("Documents", "{name} is not an ordinary file.").format(name=short_name(name))
        )
    if info.st_size > MAX_BYTES:
        raise too_big(name, info.st_size)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise DocumentError(
            translate("Documents", "{name} cannot be read ({reason}).").format(
                name=short_name(name), reason=exc.strerror or type(exc).__name__
            )
        ) from None
    if len(data) > MAX_BYTES:
        raise too_big(name, len(data))
    return data


def _check_details(kind: DocumentKind, details: DocumentDetails | None) -> None:
    """Details only for the kind they describe, and only good ones."""
    if details is None:
        return
    fits = (kind is DocumentKind.PAYSLIP and isinstance(details, PayslipDetails)) or (
        kind is DocumentKind.TIMESHEET and isinstance(details, TimesheetDetails)
    )
    if not fits:
        raise LedgerError(
            translate("Ledger", "Only a payslip or a timesheet has details to type in.")
        )
    problems = details_problems(details)
    if problems:
        raise LedgerError(" ".join(message for _field, message in problems))


def _recorded(entry: Entry) -> str:
    return translate("LedgerHistory", "Recorded {money} on {date}").format(
        money=_money_words(entry), date=entry.date.strftime("%-d %b %Y")
    )


def _account_problem(message: str) -> EntryProblem:
    return EntryProblem(CheckCode.ACCOUNT_MISSING, "account", message)


def _raise(problems: list[EntryProblem]) -> None:
    errors = [problem for problem in problems if not problem.warning]
    if errors:
        raise EntryProblems(errors)
