"""Bank statements into the spending records: preview, import (all or nothing), undo, the list.

A window or the CLI first asks for a :meth:`Imports.preview` — the statement read and every row
worked out as it would be stored (duplicates, rows left out, suggestions, the bad rows with
their lines, the bank's balances checked) without storing anything — then confirms it with
:meth:`Imports.confirm`: one transaction with a history row, then
``Changes.of({IMPORTS, LEDGER})``. A statement with bad rows is refused whole unless the caller
chooses to import only the good rows (the bad ones are then kept in the import's record). An
import is undone as a whole (:meth:`Imports.undo`). The statement file is read into memory and
never copied anywhere. The rules for duplicates and suggestions are in :mod:`.import_rules`;
docs/statement-import.md describes all of it for people and contributors.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.balance import BalanceCheck
from ..domain.documents import short_name
from ..domain.entry_checks import plan_lines
from ..domain.ledger import Account, Entry, Purpose
from ..domain.text import translate
from ..interchange.bank import ColumnMapping, RowProblem
from ..storage import import_rows as store
from ..storage import ledger_rows
from ..storage.planfile import now_utc
from .changes import Change, Changes
from .import_preview import (
    ImportPreview,
    ImportRow,
    RowStatus,
    as_statement_rows,
    balance_check_after,
    make_preview,
    nearby_for,
    read_statement_file,
)
from .import_rules import Suggestion, dates_of, match_rows
from .import_undo import (
    ImportInfo,
    StatementImportError,
    UndoCheck,
    UndoRefused,
    UndoResult,
    undo_import,
)
from .session import PlanSession

__all__ = [
    "ImportInfo",
    "ImportPreview",
    "ImportProblems",
    "ImportResult",
    "ImportRow",
    "Imports",
    "RowChoice",
    "RowStatus",
    "StatementImportError",
    "UndoCheck",
    "UndoRefused",
    "UndoResult",
    "read_statement_file",
]


class ImportProblems(StatementImportError):
    """The statement has bad rows and the caller did not choose to import only the good ones.

    ``problems`` lists every bad row (line and reason); nothing was stored.
    """

    def __init__(self, problems: Sequence[RowProblem], good_rows: int) -> None:
        self.problems = tuple(problems)
        self.good_rows = good_rows
        if len(self.problems) == 1:
            head = translate("Import", "One row of this statement cannot be read:")
        else:
            head = translate("Import", "{count} rows of this statement cannot be read:").format(
                count=len(self.problems)
            )
        lines = "\n".join(f"  {problem.message}" for problem in self.problems)
        tail = translate(
            "Import",
            "Nothing was imported. Correct the file or choose how it is read. Or import only the "
            "{good} good rows. The bad ones are then listed in the import's record.",
        ).format(good=good_rows)
        super().__init__(f"{head}\n{lines}\n{tail}")


@dataclass(frozen=True, slots=True)
class RowChoice:
    """What the person decided for one row before confirming (keyed by the row's line).

    ``skip`` leaves a new row out; otherwise the row is stored for ``purpose`` and ``line_id``
    instead of its suggestion.
    """

    purpose: Purpose = Purpose.UNASSIGNED
    line_id: str | None = None
    skip: bool = False


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did (``import_id`` is None when nothing was new, so nothing stored)."""

    import_id: int | None
    imported: int
    duplicates: int
    left_out: int
    problems: tuple[RowProblem, ...]
    entry_ids: tuple[int, ...]
    balance_check: BalanceCheck | None


class Imports:
    """Statement imports into one open plan's spending records."""

    def __init__(self, session: PlanSession) -> None:
        self.session = session

    # -- preview ----------------------------------------------------------------------------------
    def account(self, account_id: int | None) -> Account:
        """The account an import goes into (the only one when ``account_id`` is None)."""
        with self.session.reading() as conn:
            accounts = ledger_rows.list_accounts(conn)
        if account_id is None:
            if len(accounts) == 1:
                return accounts[0]
            if not accounts:
                raise StatementImportError(
                    translate(
                        "Import",
                        "Add an account first: the bank account or card the statement is for.",
                    )
                )
            raise StatementImportError(
                translate("Import", "Choose the account this statement is for: {names}.").format(
                    names=", ".join(account.name for account in accounts)
                )
            )
        for account in accounts:
            if account.id == account_id:
                return account
        raise StatementImportError(translate("Import", "That account is not in this plan."))

    def preview(
        self,
        data: bytes,
        file_name: str,
        *,
        account_id: int | None = None,
        bank: str | None = None,
        mapping: ColumnMapping | None = None,
        today: date | None = None,
    ) -> ImportPreview:
        """Read a statement for an account and work out every row as it would be stored.

        ``bank`` (a key of ``interchange.bank.CHOOSABLE``) and ``mapping`` are what the person
        chose; with neither, the account's remembered choice is used, else the bank is detected.
        Nothing is stored. Raises :class:`~phbplanner.interchange.bank.StatementRefused` for a
        file that cannot be read at all.
        """
        account = self.account(account_id)
        return make_preview(
            self.session, data, file_name, account, bank, mapping, today or date.today()
        )

    def preview_file(self, path: Path, **options: Any) -> ImportPreview:
        """:meth:`preview` of the statement file at ``path`` (read into memory only)."""
        return self.preview(read_statement_file(Path(path)), Path(path).name, **options)

    # -- import -----------------------------------------------------------------------------------
    def confirm(
        self,
        preview: ImportPreview,
        *,
        accept_good_rows: bool = False,
        accept_suggestions: bool = True,
        choices: Mapping[int, RowChoice] | None = None,
    ) -> ImportResult:
        """Import what ``preview`` shows, in one transaction: all of it, or nothing.

        With bad rows the statement is refused whole (:class:`ImportProblems`) unless
        ``accept_good_rows``. Rows already in the records — checked again inside the
        transaction, so two imports of one file never both add a row — are skipped and counted.
        Each new row gets its suggestion (``accept_suggestions``) or the person's ``choices``
        (by line); without either it is stored as "not yet assigned". When nothing is new,
        nothing is written (no import is recorded) and ``import_id`` is None.
        """
        try:
            return self._confirm(
                preview, accept_good_rows=accept_good_rows,
                accept_suggestions=accept_suggestions, choices=choices,
            )  # fmt: skip
        except _NothingNew as nothing:
            return ImportResult(
                None, 0, nothing.duplicates, nothing.left_out, preview.problems, (), None
            )

    def _confirm(
        self,
        preview: ImportPreview,
        *,
        accept_good_rows: bool = False,
        accept_suggestions: bool = True,
        choices: Mapping[int, RowChoice] | None = None,
    ) -> ImportResult:
        """:meth:`confirm`, raising :class:`_NothingNew` (rolled back) when nothing is new."""
        if preview.problems and not accept_good_rows:
            raise ImportProblems(preview.problems, preview.new)
        account = preview.account
        assert account.id is not None
        choices = dict(choices or {})
        lines = plan_lines(self.session.plan)
        _check_choices(preview, choices, lines)
        what = translate("ImportHistory", "Imported the statement {name} ({bank})").format(
            name=short_name(preview.file_name), bank=preview.statement.bank_name
        )
        wanted = [row for row in preview.rows if row.status != RowStatus.LEFT_OUT]
        with self.session.writing(what) as conn:
            if account.id not in {a.id for a in ledger_rows.list_accounts(conn)}:
                raise StatementImportError(translate("Import", "That account is not in this plan."))
            candidates = as_statement_rows(wanted)
            matches = match_rows(candidates, nearby_for(conn, account.id, candidates))
            new: list[ImportRow] = []
            matched: list[int] = []
            left_out = [row for row in preview.rows if row.status == RowStatus.LEFT_OUT]
            for row, found in zip(wanted, matches, strict=True):
                if found.duplicate_of is not None:
                    matched.append(found.duplicate_of)
                elif (choice := choices.get(row.line)) is not None and choice.skip:
                    left_out.append(replace(row, status=RowStatus.LEFT_OUT, reason=_skipped()))
                else:
                    new.append(row)
            if not new:
                raise _NothingNew(len(matched), len(left_out))
            batch_id = store.insert_batch(
                conn, account_id=account.id, file_name=preview.file_name,
                file_sha256=preview.sha256, bank=preview.statement.bank,
                mapping=_record(preview, left_out, matched), now=now_utc(),
                by=self.session.author, rows_total=preview.rows_total, imported=len(new),
                duplicates=len(matched), problems=_problems_json(preview.problems, left_out),
            )  # fmt: skip
            entries = [
                _entry(row, account.id, batch_id, choices.get(row.line), accept_suggestions,
                       lines, self.session.author)
                for row in new
            ]  # fmt: skip
            ids = store.insert_imported(conn, entries, [row.key for row in new], now=now_utc())
            store.remember_mapping(conn, account.id, *_remembered(preview), now=now_utc())
            check = None
            if any(row.bank_balance is not None for row in new):
                forward, existing = store.balance_from(
                    conn, account.id, account.opening_balance.pence, new[0].date
                )
                check = balance_check_after(forward, existing, [])
        self.session.notify(Changes.of({Change.IMPORTS, Change.LEDGER, Change.SETTINGS}))
        return ImportResult(
            batch_id, len(entries), len(matched), len(left_out), preview.problems, tuple(ids),
            check,
        )  # fmt: skip

    # -- the list and undo ------------------------------------------------------------------------
    def imports(self, account_id: int | None = None) -> list[ImportInfo]:
        """Every import (of one account, or all), newest first, undone ones included."""
        with self.session.reading() as conn:
            names = {a.id: a.name for a in ledger_rows.list_accounts(conn)}
            return [
                ImportInfo.from_row(row, names.get(row.account_id, ""))
                for row in store.batches(conn, account_id)
            ]

    def undo_check(self, import_id: int) -> UndoCheck:
        """What undoing an import would remove and lose, to show before asking."""
        with self.session.reading() as conn:
            return UndoCheck.of(conn, import_id)

    def undo(self, import_id: int, *, force: bool = False) -> UndoResult:
        """Undo an import as a whole: its entries removed, its record marked undone.

        Refused (:class:`UndoRefused`, naming what would be lost) when an entry of it has since
        been reconciled, changed by hand or given a document, or a later import skipped rows as
        already there from it — unless ``force`` (the person has read what will be lost).
        Documents kept only with its entries are removed with them.
        """
        return undo_import(self.session, import_id, force=force)


def _remembered(preview: ImportPreview) -> tuple[str, str]:
    """``(bank, mapping JSON)`` to remember for the account: the person's columns when they
    gave them, else the bank the file was read as."""
    if preview.mapping is not None:
        return "generic", json.dumps(preview.mapping.to_json(), sort_keys=True)
    return preview.statement.bank, "null"


class _NothingNew(Exception):
    """Every row is already in the records or left out: the transaction is rolled back."""

    def __init__(self, duplicates: int, left_out: int) -> None:
        super().__init__("nothing new")
        self.duplicates = duplicates
        self.left_out = left_out


def _skipped() -> str:
    return translate("Import", "left out when the import was confirmed")


# -- confirming -----------------------------------------------------------------------------------
def _check_choices(
    preview: ImportPreview, choices: Mapping[int, RowChoice], lines: Mapping[str, str]
) -> None:
    """Refuse choices that name a row that is not there, a line the plan has not, or a
    purpose for money the other way — before anything is written."""
    by_line = {row.line: row for row in preview.rows}
    problems = []
    for line, choice in sorted(choices.items()):
        row = by_line.get(line)
        if row is None:
            problems.append(
                RowProblem(line, translate("Import", "there is no row of the statement here"))
            )
            continue
        if choice.skip:
            continue
        if choice.purpose is Purpose.PLAN_LINE and choice.line_id not in lines:
            problems.append(
                RowProblem(
                    line,
                    translate("Import", "the plan has no support line “{line}”").format(
                        line=choice.line_id or ""
                    ),
                )
            )
        elif choice.purpose in (Purpose.BUDGET_PAYMENT, Purpose.REFUND) and row.amount.pence < 0:
            problems.append(
                RowProblem(
                    line,
                    translate("Import", "this is money going out, so it cannot be money received"),
                )
            )
    if problems:
        lines_text = "\n".join(f"  {problem.message}" for problem in problems)
        raise StatementImportError(
            translate("Import", "Some choices cannot be used; nothing was imported:")
            + "\n"
            + lines_text
        )


def _entry(
    row: ImportRow,
    account_id: int,
    import_id: int,
    choice: RowChoice | None,
    accept_suggestions: bool,
    lines: Mapping[str, str],
    author: str,
) -> Entry:
    """The entry stored for a new row."""
    if choice is not None:
        suggestion = Suggestion(choice.purpose, choice.line_id)
    elif accept_suggestions:
        suggestion = Suggestion(row.purpose, row.line_id)
    else:
        suggestion = Suggestion()
    purpose, line_id = suggestion.purpose, suggestion.line_id
    if purpose is Purpose.PLAN_LINE and line_id not in lines:
        purpose, line_id = Purpose.UNASSIGNED, None  # the plan changed since the preview
    if purpose is not Purpose.PLAN_LINE:
        line_id = None
    return Entry(
        date=row.date,
        amount=row.amount,
        payee=row.payee,
        description=row.description,
        purpose=purpose,
        line_id=line_id,
        line_description=lines.get(line_id, "") if line_id else "",
        reference=row.reference,
        recorded_by=author,
        bank_balance=row.bank_balance,
        import_id=import_id,
        account_id=account_id,
    )


def _record(
    preview: ImportPreview, left_out: Sequence[ImportRow], matched: Sequence[int]
) -> dict[str, Any]:
    """How the statement was read, kept in the import's record (``mapping`` column)."""
    statement = preview.statement
    span = dates_of(list(preview.rows))
    return {
        "file_format": statement.file_format,
        "encoding": statement.encoding,
        "date_format": statement.date_format,
        "newest_first": statement.newest_first,
        "settings": preview.settings,
        "columns": None if statement.mapping is None else statement.mapping.to_json(),
        "dates": None if span is None else [span[0].isoformat(), span[1].isoformat()],
        "left_out": len(left_out),
        "duplicate_of": sorted(matched),  # the entries its skipped rows are already in
    }


def _problems_json(
    problems: Sequence[RowProblem], left_out: Sequence[ImportRow]
) -> list[dict[str, Any]]:
    """The bad rows, then the rows left out, each with its line and reason."""
    found: list[dict[str, Any]] = [
        {"line": problem.line, "reason": problem.reason} for problem in problems
    ]
    found.extend(
        {"line": row.line, "reason": row.reason, "left_out": True}
        for row in sorted(left_out, key=lambda row: row.line)
    )
    return found
