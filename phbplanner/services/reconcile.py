"""Reconciling an account against a bank statement (SPEC §4; docs/statement-import.md).

The person gives the statement's end date and closing balance and ticks the entries the
statement shows. As accountants define it, the **cleared balance** is the account's opening
balance plus every entry dated up to the statement's date that is already reconciled or is
ticked now; the **difference** is the statement's closing balance less the cleared balance.
When the difference is £0.00 the reconciliation can be finished: the ticked entries are marked
reconciled and the reconciliation is recorded. An unfinished one is kept (ticks included) to be
resumed, or abandoned. Where imported rows carry the bank's own balance, the balance check does
most of the work: :attr:`ReconcileState.offer` ticks everything up to the last row where the
records agree with the bank.

Each change is one transaction; starting, finishing and abandoning write a history row
(ticking is the working state of a reconciliation, recorded when it is finished). All publish
``Changes.of(Change.LEDGER)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from ..domain.errors import PHBError
from ..domain.ledger import Account
from ..domain.money import Money
from ..domain.schedule import format_date
from ..domain.text import translate
from ..storage import ledger_rows
from ..storage import reconcile_rows as store
from ..storage.planfile import now_utc
from ..storage.reconcile_rows import OfferedEntry, ReconciliationRecord
from .changes import Change, Changes
from .session import PlanSession

__all__ = [
    "OfferedEntry",
    "ReconcileError",
    "ReconcileState",
    "Reconciliations",
    "TickOffer",
]


class ReconcileError(PHBError):
    """A reconciliation step that cannot be taken; the message says why."""

    exit_code = 1


@dataclass(frozen=True, slots=True)
class TickOffer:
    """What the balance check offers to tick: every entry not yet ticked up to the last row
    (``up_to``, with the bank's balance ``bank_balance`` after it) where the records and the
    bank agree. ``clears`` is True when ticking them brings the difference to £0.00."""

    entry_ids: tuple[int, ...]
    up_to: date
    bank_balance: Money
    clears: bool


@dataclass(frozen=True, slots=True)
class ReconcileState:
    """A reconciliation as it stands: the figures, and what the balance check offers."""

    id: int
    account: Account
    statement_date: date
    closing_balance: Money
    finished: datetime | None
    reconciled_before: Money  # entries reconciled earlier, up to the statement's date
    ticked_total: Money  # the entries ticked now
    cleared: Money  # opening balance + reconciled_before + ticked_total
    offered: int  # entries offered (not reconciled, up to the statement's date)
    ticked: int  # entries ticked (when finished: the entries it marked reconciled)
    offer: TickOffer | None

    @property
    def difference(self) -> Money:
        """The statement's closing balance less the cleared balance (£0.00: it reconciles)."""
        return self.closing_balance - self.cleared

    @property
    def balanced(self) -> bool:
        """Whether the difference is £0.00."""
        return not self.difference

    def message(self) -> str:
        """The difference in plain English."""
        if self.balanced:
            return translate(
                "Reconcile", "The difference is £0.00: the records agree with the statement."
            )
        if self.difference.pence > 0:
            text = translate(
                "Reconcile",
                "The difference is {difference}: the statement's closing balance is "
                "{difference} more than the entries ticked come to. Look for money paid in "
                "not yet ticked, or a payment ticked that the statement does not show.",
            )
        else:
            text = translate(
                "Reconcile",
                "The difference is {difference}: the statement's closing balance is "
                "{difference} less than the entries ticked come to. Look for a payment not yet "
                "ticked, or money paid in ticked that the statement does not show.",
            )
        return text.format(difference=abs(self.difference).format())


class Reconciliations:
    """Reconciling one open plan's accounts against bank statements."""

    def __init__(self, session: PlanSession) -> None:
        self.session = session

    def _account(self, account_id: int) -> Account:
        with self.session.reading() as conn:
            for account in ledger_rows.list_accounts(conn):
                if account.id == account_id:
                    return account
        raise ReconcileError(translate("Reconcile", "That account is not in this plan."))

    def _record(self, reconciliation_id: int, *, open_only: bool = True) -> ReconciliationRecord:
        with self.session.reading() as conn:
            record = store.get(conn, reconciliation_id)
        if record is None:
            raise ReconcileError(
                translate("Reconcile", "There is no reconciliation {id} in this file.").format(
                    id=reconciliation_id
                )
            )
        if open_only and record.state != "open":
            raise ReconcileError(
                translate("Reconcile", "The reconciliation to {date} is finished already.").format(
                    date=format_date(record.statement_date)
                )
            )
        return record

    # -- reading --------------------------------------------------------------------------------
    def unfinished(self, account_id: int) -> ReconcileState | None:
        """The account's unfinished reconciliation (to resume), if there is one."""
        self._account(account_id)
        with self.session.reading() as conn:
            record = store.open_for(conn, account_id)
        return None if record is None else self.state(record.id)

    def finished(self, account_id: int) -> list[ReconcileState]:
        """The account's finished reconciliations, the latest statement first."""
        self._account(account_id)
        with self.session.reading() as conn:
            records = store.finished_for(conn, account_id)
        return [self.state(record.id) for record in records]

    def state(self, reconciliation_id: int) -> ReconcileState:
        """A reconciliation's figures as they stand."""
        record = self._record(reconciliation_id, open_only=False)
        account = self._account(record.account_id)
        with self.session.reading() as conn:
            before, ticked, offered, ticked_count = store.figures(conn, record)
            rows = store.balance_rows(conn, record) if record.state == "open" else []
            if record.state != "open":
                ticked_count = store.reconciled_count(conn, record.id)
        cleared = account.opening_balance + Money(before) + Money(ticked)
        return ReconcileState(
            id=record.id,
            account=account,
            statement_date=record.statement_date,
            closing_balance=Money(record.closing_pence),
            finished=datetime.fromisoformat(record.finished) if record.finished else None,
            reconciled_before=Money(before),
            ticked_total=Money(ticked),
            cleared=cleared,
            offered=offered,
            ticked=ticked_count,
            offer=_offer(account, rows, cleared, Money(record.closing_pence)),
        )

    def entries(self, reconciliation_id: int) -> list[OfferedEntry]:
        """The entries an unfinished reconciliation offers, oldest first, each ticked or not."""
        record = self._record(reconciliation_id)
        with self.session.reading() as conn:
            return store.offered(conn, record)

    # -- changing -------------------------------------------------------------------------------
    def start(
        self,
        account_id: int,
        statement_date: date,
        closing_balance: Money,
        *,
        today: date | None = None,
    ) -> ReconcileState:
        """Start reconciling an account against the statement ending on ``statement_date``."""
        account = self._account(account_id)
        today = today or date.today()
        with self.session.reading() as conn:
            unfinished = store.open_for(conn, account_id)
            done = store.finished_for(conn, account_id)
        if unfinished is not None:
            raise ReconcileError(
                translate(
                    "Reconcile",
                    "The reconciliation to {date} is not finished yet. Carry on with it, or "
                    "abandon it first.",
                ).format(date=format_date(unfinished.statement_date))
            )
        if statement_date > today:
            raise ReconcileError(
                translate(
                    "Reconcile", "{date} is after today: a statement ends on a day that has passed."
                ).format(date=format_date(statement_date))
            )
        if account.opening_date is not None and statement_date < account.opening_date:
            raise ReconcileError(
                translate(
                    "Reconcile",
                    "{date} is before this account's opening date, {opening}: its opening "
                    "balance already counts everything before then.",
                ).format(
                    date=format_date(statement_date), opening=format_date(account.opening_date)
                )
            )
        if done and statement_date < done[0].statement_date:
            raise ReconcileError(
                translate(
                    "Reconcile",
                    "The statement to {last} is reconciled already; choose a statement ending "
                    "on or after it.",
                ).format(last=format_date(done[0].statement_date))
            )
        what = translate(
            "ReconcileHistory",
            "Started reconciling {account} against the statement to {date} ({balance})",
        ).format(
            account=account.name, date=format_date(statement_date), balance=closing_balance.format()
        )
        with self.session.writing(what) as conn:
            new_id = store.insert(
                conn, account_id, statement_date, closing_balance.pence, now_utc()
            )
        self._changed()
        return self.state(new_id)

    def tick(
        self, reconciliation_id: int, entry_ids: Iterable[int], ticked: bool = True
    ) -> ReconcileState:
        """Tick (or untick) entries the reconciliation offers; others are left alone."""
        record = self._record(reconciliation_id)
        with self.session.writing("") as conn:
            store.tick(conn, record, list(entry_ids), ticked)
        self._changed()
        return self.state(reconciliation_id)

    def tick_offered(self, reconciliation_id: int) -> ReconcileState:
        """Tick everything the balance check offers (see :class:`TickOffer`)."""
        offer = self.state(reconciliation_id).offer
        if offer is None:
            raise ReconcileError(
                translate(
                    "Reconcile",
                    "There is nothing to tick from the bank's balances. No entry up to this date "
                    "has a balance that agrees with these records.",
                )
            )
        return self.tick(reconciliation_id, offer.entry_ids)

    def finish(self, reconciliation_id: int) -> ReconcileState:
        """Finish: the ticked entries are marked reconciled. Refused unless the difference is
        £0.00."""
        current = self.state(reconciliation_id)
        record = self._record(reconciliation_id)
        if not current.balanced:
            raise ReconcileError(
                translate("Reconcile", "This cannot be finished yet. {why}").format(
                    why=current.message()
                )
            )
        what = translate(
            "ReconcileHistory",
            "Reconciled {count} entries of {account} to the statement of {date} ({balance})",
        ).format(
            count=current.ticked,
            account=current.account.name,
            date=format_date(current.statement_date),
            balance=current.closing_balance.format(),
        )
        with self.session.writing(what) as conn:
            if store.figures(conn, record) != (
                current.reconciled_before.pence, current.ticked_total.pence, current.offered,
                current.ticked,
            ):  # fmt: skip
                raise ReconcileError(
                    translate("Reconcile", "The records changed meanwhile; look again and finish.")
                )
            store.finish(conn, record, now_utc())
        self._changed()
        return self.state(reconciliation_id)

    def abandon(self, reconciliation_id: int) -> None:
        """Abandon an unfinished reconciliation (its ticks are removed; nothing is reconciled)."""
        record = self._record(reconciliation_id)
        account = self._account(record.account_id)
        what = translate(
            "ReconcileHistory", "Abandoned reconciling {account} against the statement to {date}"
        ).format(account=account.name, date=format_date(record.statement_date))
        with self.session.writing(what) as conn:
            store.abandon(conn, record)
        self._changed()

    def _changed(self) -> None:
        self.session.notify(Changes.of(Change.LEDGER))


def _offer(
    account: Account,
    rows: list[tuple[date, int, int, int | None, bool]],
    cleared: Money,
    closing: Money,
) -> TickOffer | None:
    """Everything not yet ticked up to the last row where the running balance agrees with the
    bank's, before any row that disagrees (one gap shifts every later balance)."""
    balance = account.opening_balance.pence
    last = None
    for index, (_day, _id, amount, bank, _done) in enumerate(rows):
        balance += amount
        if bank is None:
            continue
        if bank != balance:
            break
        last = index
    if last is None:
        return None
    ids = tuple(row[1] for row in rows[: last + 1] if not row[4])
    if not ids:
        return None
    adding = sum(row[2] for row in rows[: last + 1] if not row[4])
    bank_balance = rows[last][3]
    assert bank_balance is not None
    return TickOffer(ids, rows[last][0], Money(bank_balance), cleared + Money(adding) == closing)
