"""The preview of a statement import: every row worked out as it would be stored, nothing stored.

See :mod:`.imports` for the whole flow. This module reads the statement (as the person chose,
as remembered for the account, or detected), turns its rows into :class:`ImportRow` values
oldest first, leaves out what cannot be stored, marks duplicates, gives suggestions, and checks
the bank's balances — the statement's own and the account's records after the import.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Connection

from ..domain.amount_text import ENTRY_LIMIT
from ..domain.balance import BalanceCheck, check_balances
from ..domain.documents import short_name
from ..domain.entry_checks import EARLIEST, FUTURE_LIMIT_DAYS, SHORT_TEXT_LIMIT
from ..domain.ledger import Account, Purpose
from ..domain.money import Money
from ..domain.schedule import format_date
from ..domain.text import translate
from ..interchange.bank import (
    BANK_NAMES,
    MAX_FILE_BYTES,
    ColumnMapping,
    MappingError,
    RowProblem,
    Statement,
    StatementRefused,
    StatementRow,
    read_statement,
)
from ..storage import import_rows as store
from ..storage.import_rows import NearbyEntry
from .import_rules import (
    NO_SUGGESTION,
    REFERENCE_DAYS,
    DuplicateReason,
    Source,
    Suggester,
    dates_of,
    in_order,
    match_rows,
    payee_key,
)
from .import_undo import ImportInfo, StatementImportError
from .session import PlanSession


class RowStatus(StrEnum):
    """What happens to a row when the import is confirmed."""

    NEW = "new"  # stored as a new entry
    DUPLICATE = "duplicate"  # already in the records: skipped and counted
    LEFT_OUT = "left_out"  # not stored, for the reason given (e.g. before the opening date)


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One row of the statement as it would be stored (``status`` says whether it will be).

    ``payee`` is the bank's payee, or its description when the bank gives one text only (then
    ``description`` is empty): suggestions and the payee list work on it. ``purpose`` and
    ``line_id`` are the suggestion (``source`` says where it came from). ``duplicate_of`` is the
    entry it is already in the records as; ``possible_match`` an entry that may be the same
    payment (typed by hand, say) — shown for the person to decide, imported unless they say.
    ``warning`` is a note about the row that does not stop it (a date a few days ahead).
    """

    line: int
    date: date
    amount: Money
    payee: str
    description: str
    reference: str
    bank_balance: Money | None
    key: str
    status: RowStatus = RowStatus.NEW
    reason: str = ""
    purpose: Purpose = Purpose.UNASSIGNED
    line_id: str | None = None
    source: Source = Source.NONE
    duplicate_of: int | None = None
    duplicate_reason: DuplicateReason | None = None
    possible_match: int | None = None
    warning: str = ""


@dataclass(frozen=True)
class ImportPreview:
    """Everything an import would do, worked out without storing anything.

    ``rows`` are oldest first (the order they are stored); ``problems`` the rows that cannot be
    imported, in line order. ``statement_check`` is the file's own balances checked against its
    amounts; ``balance_check`` the account's records after the import against every bank
    balance known (None when no row has one). ``settings`` says how the bank and columns were
    decided: ``"chosen"``, ``"remembered"`` (this account's last import) or ``"detected"``.
    """

    account: Account
    file_name: str
    sha256: str
    statement: Statement
    rows: tuple[ImportRow, ...]
    problems: tuple[RowProblem, ...]
    statement_check: BalanceCheck | None
    balance_check: BalanceCheck | None
    settings: str
    mapping: ColumnMapping | None  # given by the person (or remembered), to remember again
    earlier: tuple[ImportInfo, ...] = ()  # earlier imports of the very same file
    notices: tuple[str, ...] = ()
    counts: dict[RowStatus, int] = field(default_factory=dict)

    @property
    def new(self) -> int:
        """How many rows would be stored."""
        return self.counts.get(RowStatus.NEW, 0)

    @property
    def duplicates(self) -> int:
        """How many rows are already in the records."""
        return self.counts.get(RowStatus.DUPLICATE, 0)

    @property
    def left_out(self) -> int:
        """How many rows are left out for another reason."""
        return self.counts.get(RowStatus.LEFT_OUT, 0)

    @property
    def rows_total(self) -> int:
        """Every row of the statement, good or bad."""
        return len(self.rows) + len(self.problems)


def read_statement_file(path: Path) -> bytes:
    """A statement file's bytes, read into memory (never copied), refusing folders, devices and
    files over the size limit before reading them, with plain messages."""
    name = short_name(path.name or str(path))
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise StatementImportError(
            translate("Import", "There is no file at {path}.").format(path=short_name(str(path)))
        ) from None
    except OSError as exc:
        raise StatementImportError(_unreadable(name, exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise StatementImportError(
            translate("Import", "{name} is a folder. Choose the statement file itself.")
            .format(name=name)
        )  # fmt: skip
    if not stat.S_ISREG(info.st_mode):
        raise StatementImportError(
            translate("Import", "{name} is not an ordinary file.").format(name=name)
        )
    if info.st_size > MAX_FILE_BYTES:
        raise StatementImportError(_too_big(name))
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise StatementImportError(_unreadable(name, exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise StatementImportError(_too_big(name))
    return data


def _unreadable(name: str, exc: OSError) -> str:
    return translate("Import", "{name} cannot be read ({reason}).").format(
        name=name, reason=exc.strerror or type(exc).__name__
    )


def _too_big(name: str) -> str:
    return translate(
        "Import",
        "{name} is larger than {limit} MB: too large for a bank statement. Download a shorter "
        "date range.",
    ).format(name=name, limit=MAX_FILE_BYTES // 1_000_000)


# -- reading ------------------------------------------------------------------------------------
def _read(
    data: bytes,
    bank: str | None,
    mapping: ColumnMapping | None,
    remembered: tuple[str, str] | None,
) -> tuple[Statement, str, ColumnMapping | None, list[str]]:
    """The statement read as chosen, as remembered for the account, or detected."""
    if bank is not None or mapping is not None:
        return read_statement(data, bank=bank, mapping=mapping), "chosen", mapping, []
    if remembered is not None:
        kept_bank, kept_mapping = _remembered_choice(remembered)
        try:
            statement = read_statement(data, bank=kept_bank, mapping=kept_mapping)
        except StatementRefused:
            statement = None
        if statement is not None and statement.rows:
            return statement, "remembered", kept_mapping, []
        notice = translate(
            "Import",
            "This file could not be read the way this account's last statement was. So the bank "
            "was worked out from the file itself. Check the rows below.",
        )
        return read_statement(data), "detected", None, [notice]
    return read_statement(data), "detected", None, []


def _remembered_choice(remembered: tuple[str, str]) -> tuple[str | None, ColumnMapping | None]:
    bank, text = remembered
    try:
        saved = json.loads(text) if text else None
        mapping = ColumnMapping.from_json(saved) if saved is not None else None
    except (ValueError, MappingError):
        mapping = None  # a damaged saved mapping: fall back to the bank, or detection
    if mapping is not None:
        return None, mapping
    if bank in BANK_NAMES and bank not in ("generic", "ofx", "qif"):
        return bank, None
    return None, None


# -- rows -----------------------------------------------------------------------------------------
def _too_long(what: str, length: int) -> str:
    return translate(
        "Import", "the {what} is {length} characters long; the most is {limit}"
    ).format(what=what, length=f"{length:,}", limit=f"{SHORT_TEXT_LIMIT:,}")


def _row_problem(row: StatementRow, today: date) -> str:
    """Why a row read from the file still cannot be stored, or ``""``."""
    if (row.date - today).days > FUTURE_LIMIT_DAYS:
        return translate(
            "Import", "the date {date} is more than a month from today: check the year"
        ).format(date=format_date(row.date))
    if row.date < EARLIEST:
        return translate("Import", "the date {date} is before the year 2000").format(
            date=format_date(row.date)
        )
    if abs(row.amount).pence > ENTRY_LIMIT.pence:
        return translate(
            "Import",
            "the amount {amount} is more than any single payment could be (the most is {limit})",
        ).format(amount=abs(row.amount).format(), limit=ENTRY_LIMIT.format())
    for what, text in (
        (translate("Import", "payee"), row.payee or row.description),
        (translate("Import", "description"), row.description if row.payee else ""),
        (translate("Import", "reference"), row.reference),
    ):
        if len(text) > SHORT_TEXT_LIMIT:
            return _too_long(what, len(text))
    return ""


@dataclass(frozen=True, slots=True)
class _Read:
    """A row read from the file, with what happens to it before the duplicate check."""

    row: StatementRow
    status: RowStatus = RowStatus.NEW
    reason: str = ""
    warning: str = ""


def _rows(
    statement: Statement, account: Account, today: date
) -> tuple[list[_Read], tuple[RowProblem, ...]]:
    """Every readable row (oldest first) with what happens to it, and every bad row."""
    problems = list(statement.problems)
    rows: list[_Read] = []
    opening = account.opening_date
    for row in in_order(statement.rows, statement.newest_first):
        reason = _row_problem(row, today)
        if reason:
            problems.append(RowProblem(row.line, reason))
        elif not row.amount:
            rows.append(
                _Read(row, RowStatus.LEFT_OUT, translate("Import", "£0.00: no money moved"))
            )
        elif opening is not None and row.date < opening:
            reason = translate(
                "Import",
                "dated {date}, before this account's opening date ({opening}): the opening "
                "balance already counts it",
            ).format(date=format_date(row.date), opening=format_date(opening))
            rows.append(_Read(row, RowStatus.LEFT_OUT, reason))
        elif row.date > today:
            warning = translate("Import", "{date} is {days} days from today").format(
                date=format_date(row.date), days=(row.date - today).days
            )
            rows.append(_Read(row, warning=warning))
        else:
            rows.append(_Read(row))
    return rows, tuple(sorted(problems, key=lambda problem: problem.line))


def as_statement_rows(rows: Sequence[ImportRow]) -> list[StatementRow]:
    """Rows of a preview as the duplicate check reads them."""
    return [
        StatementRow(row.line, row.date, row.amount, row.payee, row.description, row.reference,
                     row.bank_balance, row.key)
        for row in rows
    ]  # fmt: skip


def _classify(
    rows: list[_Read], nearby: Sequence[NearbyEntry], suggester: Suggester
) -> list[ImportRow]:
    """The rows as they would be stored: duplicates marked, suggestions given."""
    candidates = [read.row for read in rows if read.status is RowStatus.NEW]
    found = iter(match_rows(candidates, nearby))
    same_row = translate("Import", "already in the records (entry {id})")
    same_reference = translate(
        "Import", "already in the records (entry {id}, the same bank reference)"
    )
    result = []
    for read in rows:
        row = read.row
        payee = row.payee or row.description
        description = row.description if row.payee else ""
        status, reason = read.status, read.reason
        suggestion = NO_SUGGESTION
        duplicate_of = possible = None
        duplicate_reason = None
        if status is RowStatus.NEW:
            match = next(found)
            if match.duplicate_of is not None:
                status, duplicate_of, duplicate_reason = (
                    RowStatus.DUPLICATE, match.duplicate_of, match.reason,
                )  # fmt: skip
                text = (
                    same_reference if match.reason is DuplicateReason.SAME_REFERENCE else same_row
                )
                reason = text.format(id=match.duplicate_of)
            else:
                suggestion = suggester.suggest(payee, row.amount.pence > 0)
                possible = match.possible_match
        result.append(
            ImportRow(
                row.line, row.date, row.amount, payee, description, row.reference, row.balance,
                row.key, status, reason, suggestion.purpose, suggestion.line_id,
                suggestion.source, duplicate_of, duplicate_reason, possible, read.warning,
            )
        )  # fmt: skip
    return result


def _statement_check(rows: Sequence[ImportRow]) -> BalanceCheck | None:
    """The statement's own balances against its own amounts, oldest first."""
    first = next((i for i, row in enumerate(rows) if row.bank_balance is not None), None)
    if first is None:
        return None
    known = rows[first].bank_balance
    assert known is not None
    before = known.pence - sum(row.amount.pence for row in rows[: first + 1])
    return check_balances(
        Money(before),
        (
            (row.date, index, row.amount.pence, _pence(row.bank_balance))
            for index, row in enumerate(rows)
        ),
        opening_date=rows[0].date,
    )


def _pence(money: Money | None) -> int | None:
    return None if money is None else money.pence


def balance_check_after(
    brought_forward: int,
    existing: list[tuple[date, int, int, int | None]],
    added: Sequence[tuple[date, int, int, int | None]],
) -> BalanceCheck | None:
    """The account's records with ``added`` among ``existing`` (both from the statement's first
    day on, after ``brought_forward`` pence), against every bank balance known — or None when
    no row carries one."""
    merged = sorted([*existing, *added], key=lambda item: (item[0], item[1]))
    if all(item[3] is None for item in merged):
        return None
    return check_balances(Money(brought_forward), iter(merged))


def _balance_check(
    conn: Connection, account: Account, rows: Sequence[ImportRow]
) -> BalanceCheck | None:
    """The account's records as they would be after the import, against the bank's balances,
    from the statement's first day on (earlier disagreements are the balance check's of the
    spending records, not this statement's)."""
    new = [row for row in rows if row.status is RowStatus.NEW]
    if not any(row.bank_balance is not None for row in new):
        return None
    assert account.id is not None
    forward, existing = store.balance_from(conn, account.id, account.opening_balance.pence,
                                           new[0].date)  # fmt: skip
    next_id = store.next_entry_id(conn)
    added = [
        (row.date, next_id + n, row.amount.pence, _pence(row.bank_balance))
        for n, row in enumerate(new)
    ]
    return balance_check_after(forward, existing, added)


def nearby_for(
    conn: Connection, account_id: int, rows: Sequence[StatementRow]
) -> list[NearbyEntry]:
    """The account's entries the duplicate check compares ``rows`` with: near their dates, and
    only those with an amount one of them has (every rule needs the same amount)."""
    span = dates_of(rows)
    if span is None:
        return []
    margin = timedelta(days=REFERENCE_DAYS)
    amounts = {row.amount.pence for row in rows}
    return store.nearby_entries(conn, account_id, span[0] - margin, span[1] + margin, amounts)


def make_preview(
    session: PlanSession,
    data: bytes,
    file_name: str,
    account: Account,
    bank: str | None,
    mapping: ColumnMapping | None,
    today: date,
) -> ImportPreview:
    """The preview of ``data`` imported into ``account`` (see ``Imports.preview``)."""
    assert account.id is not None
    with session.reading() as conn:
        remembered = store.remembered_mapping(conn, account.id)
    statement, settings, kept_mapping, notices = _read(data, bank, mapping, remembered)
    read, problems = _rows(statement, account, today)
    good = [item.row for item in read if item.status is RowStatus.NEW]
    sha256 = hashlib.sha256(data).hexdigest()
    with session.reading() as conn:
        nearby = nearby_for(conn, account.id, good)
        last = store.last_assignments(conn, relevant_payees(conn, good)) if good else {}
        earlier = tuple(
            ImportInfo.from_row(row, account.name)
            for row in store.batches(conn, account.id)
            if row.file_sha256 == sha256 and row.undone is None
        )
        rows = _classify(read, nearby, Suggester(session.plan, last))
        balance_check = _balance_check(conn, account, rows)
    counts: dict[RowStatus, int] = {}
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    return ImportPreview(
        account=account,
        file_name=file_name,
        sha256=sha256,
        statement=statement,
        rows=tuple(rows),
        problems=problems,
        statement_check=_statement_check(rows),
        balance_check=balance_check,
        settings=settings,
        mapping=kept_mapping,
        earlier=earlier,
        notices=tuple(notices),
        counts=counts,
    )


def relevant_payees(conn: Connection, rows: Sequence[StatementRow]) -> list[str]:
    """The payees already in the records whose last assignment could be suggested for
    ``rows``: the same payee, or the same words (see ``import_rules.payee_key``)."""
    exact = {row.payee or row.description for row in rows}
    loose = {payee_key(text) for text in exact} - {""}
    return [
        payee
        for payee in store.distinct_payees(conn)
        if payee in exact or payee_key(payee) in loose
    ]
