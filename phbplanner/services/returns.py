"""Monitoring returns made from the file (issue 13): the period, the checks, the return itself.

The window's "Send my records" and the CLI's ``ledger return`` follow the same steps:

1. :meth:`Returns.periods` — the periods to offer: the last full quarter of the budget period
   (the default) and "since the last return" (from the record of returns);
2. :meth:`Returns.prepare` — everything the return shows, fetched in SQL and worked out by
   ``domain.monitoring.build_return``: the figures to preview and the **checks** to see first
   (:meth:`Returns.checks` gives only those). Exporting is allowed whatever they say;
3. :meth:`Returns.produce` (in :mod:`.return_output`) — the PDF, the CSV and the audit pack, each
   written whole or not at all, then the return recorded in the file.

Reading holds the session's lock only while SQL runs, so a worker thread can prepare and produce
a return while the window stays responsive (the PDF is laid out outside the lock).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from ..domain.balance import check_balances
from ..domain.forecast import PaymentStatus, budget_payments, expected_payments
from ..domain.ledger import Account, LedgerSettings, held_managements
from ..domain.money import Money
from ..domain.monitoring import ReturnHeader, build_return, plan_refs
from ..domain.plan import Plan
from ..domain.planned import PlannedSpending
from ..domain.return_checks import MissingPayment, PeriodCheck
from ..domain.return_periods import (
    ReturnPeriod,
    calendar_quarter,
    default_period,
    last_full_quarter,
    since_last_return,
)
from ..domain.schedule import format_date
from ..domain.text import translate
from ..domain.versions import VersionInfo
from ..storage import ledger_rows
from ..storage import return_queries as queries
from ..storage.planfile import now_utc
from .changes import Change, Changes
from .language import in_language
from .ledger_view import PAYMENTS_BEFORE_START, SETTINGS_KEY, settings_from_text
from .return_output import Progress, check_targets, write_outputs
from .return_record import differences_from, recorded_return
from .return_values import (
    OfferedPeriods,
    OutputDiskFullError,
    OutputExistsError,
    OutputTargetError,
    PreparedReturn,
    ProducedReturn,
    RecordedReturn,
    RemadeReturn,
    ReturnError,
    ReturnOptions,
    ReturnOutputs,
    ReturnTotals,
)
from .session import PlanSession

__all__ = [
    "OfferedPeriods",
    "OutputDiskFullError",
    "OutputExistsError",
    "OutputTargetError",
    "PreparedReturn",
    "ProducedReturn",
    "RecordedReturn",
    "RemadeReturn",
    "ReturnError",
    "ReturnOptions",
    "ReturnOutputs",
    "ReturnTotals",
    "Returns",
    "check_outputs",
    "version_label",
]


def check_outputs(outputs: ReturnOutputs, *, plan_path: Path, overwrite: bool) -> None:
    """Refuse places a return must not be written to, before anything is opened or made (see
    :func:`.return_output.check_targets`); :meth:`Returns.produce` checks them again."""
    check_targets(outputs, plan_path=plan_path, overwrite=overwrite)


def version_label(info: VersionInfo) -> str:
    """ "Plan version 3 (agreed)" — printed on the return's first page."""
    if info.agreement is not None:
        return translate("Returns", "Plan version {number} (agreed)").format(number=info.number)
    return translate("Returns", "Plan version {number} (draft, not yet agreed)").format(
        number=info.number
    )


class Returns:
    """Monitoring returns of one open plan file (see the module's docstring)."""

    def __init__(self, session: PlanSession) -> None:
        self.session = session

    # -- the account and the period -----------------------------------------------------------
    def accounts(self) -> list[Account]:
        """Every account a return can be made for."""
        with self.session.reading() as conn:
            return ledger_rows.list_accounts(conn)

    def account(self, account_id: int | None = None) -> Account:
        """The account with ``account_id``; without one, the only account there is."""
        accounts = self.accounts()
        if account_id is None:
            if len(accounts) == 1:
                return accounts[0]
            if not accounts:
                raise ReturnError(
                    translate(
                        "Returns",
                        "There are no spending records yet. First add the bank account or card "
                        "the money is kept in, and its entries.",
                    )
                )
            raise ReturnError(
                translate(
                    "Returns", "This plan has {count} accounts. Choose one for the return: {names}."
                ).format(count=len(accounts), names=", ".join(a.name for a in accounts))
            )
        for account in accounts:
            if account.id == account_id:
                return account
        raise ReturnError(translate("Returns", "That account is not in this plan."))

    def periods(self, today: date | None = None, account_id: int | None = None) -> OfferedPeriods:
        """The periods to offer for a return of the account (see :class:`OfferedPeriods`)."""
        today = today or date.today()
        account = self.account(account_id)
        assert account.id is not None
        budget = self.session.plan.budget
        with self.session.reading() as conn:
            last_end = queries.last_return_end(conn, account.id)
        return OfferedPeriods(
            default=default_period(today, budget.period_start, budget.period_end),
            last_full_quarter=last_full_quarter(today, budget.period_start, budget.period_end),
            since_last_return=(
                since_last_return(last_end, today) if last_end is not None else None
            ),
            last_return_end=last_end,
        )

    def period_between(
        self, start: date | None, end: date | None, *, today: date | None = None,
        account_id: int | None = None,
    ) -> ReturnPeriod:  # fmt: skip
        """The period from ``start`` to ``end`` as a person gave them, either or both left out:
        neither — the default period (:meth:`periods`); no end — up to today; no start — from the
        start of the budget period (or of the calendar quarter of ``end``, when the budget
        period starts later). Raises ``PeriodError`` (a plain message) when it would start after
        it ends."""
        today = today or date.today()
        if start is None and end is None:
            return self.periods(today, account_id).default
        if end is None:
            assert start is not None
            return ReturnPeriod(start, today)
        if start is None:
            budget_start = self.session.plan.budget.period_start
            start = (
                budget_start
                if budget_start is not None and budget_start <= end
                else calendar_quarter(end).start
            )
        return ReturnPeriod(start, end)

    def plan_version_for(self, period: ReturnPeriod) -> VersionInfo:
        """The plan version a return of ``period`` is measured against: the latest version agreed
        by the period's last day; else the latest agreed; else the current draft."""
        versions = self.session.versions()
        agreed = [v for v in versions if v.agreement is not None]
        in_force = [v for v in agreed if v.agreement and v.agreement.agreed_on <= period.end]
        chosen = (in_force or agreed or [self.session.version])[-1]
        return chosen

    def _version(self, number: int | None, period: ReturnPeriod) -> tuple[VersionInfo, Plan]:
        if number is None:
            info = self.plan_version_for(period)
        else:
            found = [v for v in self.session.versions() if v.number == number]
            if not found:
                raise ReturnError(
                    translate("Returns", "This plan has no version {number}.").format(number=number)
                )
            info = found[0]
        # ``versions()`` gives the current draft with its fingerprint worked out
        return info, self.session.version_plan(info.number)

    # -- the return -----------------------------------------------------------------------------
    def prepare(
        self,
        period: ReturnPeriod,
        *,
        account_id: int | None = None,
        produced: date | None = None,
        bank_note: str = "",
        plan_version: int | None = None,
    ) -> PreparedReturn:
        """Work out the return of the account for ``period`` from what is in the file.

        ``produced`` (default today) is the production date; ``bank_note`` explains a difference
        from the bank's closing balance; ``plan_version`` picks the version to measure against
        (default :meth:`plan_version_for`). A period with no entries gives a return that says
        so; a period partly outside the budget period is allowed, and a check says so.
        """
        produced = produced or date.today()
        account = self.account(account_id)
        assert account.id is not None
        info, plan = self._version(plan_version, period)
        lines, outcomes = plan_refs(plan)
        with self.session.reading() as conn:
            settings = settings_from_text(
                conn.exec_driver_sql(
                    "SELECT value FROM meta WHERE key = ?", (SETTINGS_KEY,)
                ).scalar()
            )
            accounts = ledger_rows.list_accounts(conn)
            opening = queries.balance_before(
                conn, account.id, account.opening_balance.pence, period.start
            )
            documents = queries.period_documents(conn, account.id, period.start, period.end)
            entries = queries.period_entries(conn, account.id, period.start, period.end, documents)
            balances = queries.period_balance_rows(conn, account.id, period.start, period.end)
            received: list[tuple[date, int]] = []
            if plan.budget.period_start is not None:
                received = queries.budget_payments_received(
                    conn,
                    plan.budget.period_start - timedelta(days=PAYMENTS_BEFORE_START),
                    produced,
                )
        # The balance check of the period: from the opening balance, each row the bank's
        # statement gives a balance for must agree. A difference that began earlier shows at the
        # period's first statement row, so "since" is only ever a day of this period that agreed.
        check = check_balances(Money(opening), balances)
        problem = check.mismatch.message() if check.mismatch is not None else ""
        # The bank's closing balance is known when the period's last entry carries it.
        bank = balances[-1][3] if balances else None
        planned = PlannedSpending(plan, held_managements(accounts))
        missing, due = _payments(planned, settings, received, period, produced)
        person = plan.person.name.strip() or plan.person.preferred_name.strip()
        header = ReturnHeader(
            person_name=person,
            account_name=account.name,
            plan_label=version_label(info),
            plan_fingerprint=info.fingerprint,
            holder_name=plan.budget.holder,
            budget_start=plan.budget.period_start,
            budget_end=plan.budget.period_end,
        )
        ret = build_return(
            header,
            period,
            Money(opening),
            entries,
            plan_lines=lines,
            outcomes=outcomes,
            bank_closing=None if bank is None else Money(bank),
            bank_note=bank_note,
            balance_problem=problem,
            missing_payments=missing,
            weekly_planned=planned.weekly() if planned.has_period else None,
            buffer_weeks=settings.buffer_weeks,
            surplus_weeks=settings.surplus_weeks,
            due_before_next_payment=due,
        )
        notes = []
        if period.end >= produced:
            notes.append(
                translate(
                    "Returns",
                    "The period has not ended yet. Entries dated after {today} may still be "
                    "added, and would not be in this return.",
                ).format(today=format_date(produced))
            )
        return PreparedReturn(
            ret=ret,
            account=account,
            plan_version=info.number,
            documents=tuple(doc for docs in documents.values() for doc in docs),
            produced=produced,
            bank_note=bank_note.strip(),
            notes=tuple(notes),
        )

    def checks(
        self,
        period: ReturnPeriod,
        *,
        account_id: int | None = None,
        produced: date | None = None,
    ) -> tuple[PeriodCheck, ...]:
        """The checks to show before exporting (the return can still be made): the balance
        check, budget payments that did not arrive, entries unassigned, receipts missing, …"""
        return self.prepare(period, account_id=account_id, produced=produced).checks

    def document_bytes(self, attachment_id: int) -> bytes | None:
        """One document's bytes, read from inside the file (None if it is not there)."""
        with self.session.reading() as conn:
            return queries.document_bytes(conn, attachment_id)

    # -- producing it ---------------------------------------------------------------------------
    def produce(
        self,
        prepared: PreparedReturn,
        outputs: ReturnOutputs,
        *,
        options: ReturnOptions | None = None,
        overwrite: bool = False,
        progress: Progress | None = None,
    ) -> ProducedReturn:
        """Write the return's PDF (and CSV and audit pack, when ``outputs`` ask) and record it.

        Every file is written whole or not at all, private to the person (mode 0600); an existing
        file is replaced only with ``overwrite`` and a plan file never. ``progress(done, total)``
        follows the PDF, the CSV and the pack. The return is recorded in the file (with a
        history row) before the files are put in place, so a return is recorded exactly when its
        files exist; a file opened read-only cannot record it (``notice`` says so). Raises
        :class:`ReturnError` subclasses, ``OutputError`` or ``PackError`` with plain messages.
        """
        options = options or ReturnOptions()
        check_targets(outputs, plan_path=self.session.path, overwrite=overwrite)
        reason = self.session.read_only_reason
        recorded: list[int] = []

        def record(digest: str) -> None:
            if reason is None:
                recorded.append(self._record(prepared, outputs, options, digest))

        with in_language(options.language):
            written = write_outputs(
                prepared,
                outputs,
                large_print=options.large_print,
                read=self.document_bytes,
                before_rename=record,
                progress=progress,
            )
        if recorded:
            self.session.notify(Changes.of(Change.LEDGER))
        notice = ""
        if reason is not None:
            notice = (
                translate(
                    "Returns",
                    "The return was made, but it could not be recorded in the plan file. The "
                    "plan file is open read-only.",
                )
                + " "
                + reason
            )
        return ProducedReturn(
            outputs=outputs,
            pdf_sha256=written.pdf_sha256,
            totals=prepared.totals,
            record_id=recorded[0] if recorded else None,
            pack_files=written.pack_files,
            notice=notice,
        )

    def _record(
        self, prepared: PreparedReturn, outputs: ReturnOutputs, options: ReturnOptions, digest: str
    ) -> int:
        period = prepared.period
        what = translate(
            "ReturnsHistory", "Made the monitoring return of {account} for {period}"
        ).format(account=prepared.account.name, period=period.describe())
        kept = {
            "large_print": options.large_print,
            "language": options.language,
            "plan_version": prepared.plan_version,
            "plan_fingerprint": prepared.ret.header.plan_fingerprint,
            "produced_on": prepared.produced.isoformat(),
            "bank_note": prepared.bank_note,
            "made": [name for name, _path in outputs.named()],
        }
        with self.session.writing(what) as conn:
            return queries.insert_return(
                conn,
                start=period.start,
                end=period.end,
                account_id=prepared.account.id,
                produced_at=now_utc(),
                produced_by=self.session.author,
                totals=prepared.totals.to_json(),
                options=kept,
                pdf_sha256=digest,
            )

    # -- the record of returns ------------------------------------------------------------------
    def returns(self, account_id: int | None = None) -> list[RecordedReturn]:
        """The returns recorded in the file (of one account, when given), newest first."""
        with self.session.reading() as conn:
            names = {a.id: a.name for a in ledger_rows.list_accounts(conn)}
            stored = queries.list_returns(conn, account_id)
        return [recorded_return(row, names) for row in stored]

    def recorded(self, return_id: int) -> RecordedReturn:
        """One recorded return (raises :class:`ReturnError` when there is none)."""
        with self.session.reading() as conn:
            names = {a.id: a.name for a in ledger_rows.list_accounts(conn)}
            row = queries.get_return(conn, return_id)
        if row is None:
            raise ReturnError(
                translate("Returns", "There is no return number {number} in this file.").format(
                    number=return_id
                )
            )
        return recorded_return(row, names)

    def remake(
        self,
        return_id: int,
        outputs: ReturnOutputs,
        *,
        overwrite: bool = False,
        progress: Progress | None = None,
        language: str | None = None,
    ) -> RemadeReturn:
        """Make a recorded return again: the same period, account, plan version, options and
        production date. With the same records the PDF is the same, byte for byte (its SHA-256
        is the recorded one); otherwise ``differences`` say what changed. ``language`` is the
        caller's (compared with the recorded one). A copy is not recorded again.
        """
        record = self.recorded(return_id)
        if record.account_id is None or record.account_id not in {a.id for a in self.accounts()}:
            raise ReturnError(
                translate(
                    "Returns",
                    "The account of return number {number} is no longer in this file, so the "
                    "return cannot be made again.",
                ).format(number=return_id)
            )
        prepared = self.prepare(
            record.period,
            account_id=record.account_id,
            produced=record.produced_on,
            bank_note=record.bank_note,
            plan_version=record.plan_version,
        )
        check_targets(outputs, plan_path=self.session.path, overwrite=overwrite)
        written = write_outputs(
            prepared,
            outputs,
            large_print=record.options.large_print,
            read=self.document_bytes,
            before_rename=lambda _digest: None,
            progress=progress,
        )
        produced = ProducedReturn(
            outputs, written.pdf_sha256, prepared.totals, None, written.pack_files
        )
        identical = written.pdf_sha256 == record.pdf_sha256
        differences = () if identical else differences_from(record, prepared, language)
        return RemadeReturn(produced, record, identical, differences)


def _payments(
    planned: PlannedSpending,
    settings: LedgerSettings,
    received: list[tuple[date, int]],
    period: ReturnPeriod,
    as_of: date,
) -> tuple[list[MissingPayment], Money]:
    """The expected budget payments of ``period`` that had not arrived by ``as_of``, and the
    spending planned after the period until the next budget payment (the buffer is measured on
    what is left after it)."""
    found = budget_payments(planned, received, as_of, settings)
    missing = [
        MissingPayment(p.expected, p.amount)
        for p in found
        if p.status is PaymentStatus.MISSING and period.contains(p.expected)
    ]
    dates = [day for day, _amount in expected_payments(planned, settings)]
    later = [day for day in dates if day > period.end]
    if later:
        due = planned.between(period.end, later[0] - timedelta(days=1))
    elif dates and planned.end is not None:
        due = planned.between(period.end, planned.end)
    else:
        due = 0
    return missing, Money(due)
