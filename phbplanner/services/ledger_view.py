"""Reading the spending records for a page, the CLI or a report — paged and aggregated in SQL.

A view asks for the ids an :class:`EntryFilter` shows in the order it sorts by, then for the rows
of the part on screen, each with its running balance; the totals of what is shown; and the whole
picture (:meth:`LedgerView.status`: planned vs actual, expected payments, forecast, alerts) from a
handful of aggregates. The per-month totals behind running balances, and the plan's worked-out
schedule, are kept until the records or the plan change.
"""

from __future__ import annotations

import contextlib
import json
import threading
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from ..domain.alerts import receipt_cutoff
from ..domain.balance import BalanceCheck, BalanceMismatch, check_balances
from ..domain.documents import DocumentKind
from ..domain.evidence import (
    PaymentFacts,
    SpendingKind,
    evidence_rules,
    evidence_words,
    missing_evidence,
)
from ..domain.ledger import Account, LedgerSettings, Purpose, held_managements
from ..domain.ledger_status import LedgerFigures, LedgerStatus, ledger_status
from ..domain.money import Money
from ..domain.plan import Management, Plan
from ..domain.planned import HELD_DEFAULT, PlannedSpending
from ..storage import ledger_queries as queries
from ..storage import ledger_rows as rows
from ..storage.ledger_queries import EntryFilter, PageRow
from ..storage.payroll_queries import payroll_figures
from .changes import Change, Changes
from .payroll import payroll_lines, payroll_since
from .session import PlanSession

__all__ = ["EntryFilter", "LedgerView", "PageRow", "records_apply"]

SETTINGS_KEY = "ledger.settings"
#: Budget payments a little before the period start still count for its first payment.
PAYMENTS_BEFORE_START = 7


def records_apply(plan: Plan) -> bool:
    """Whether spending records apply to a plan: part of its money is a direct payment or held by
    a third party (a notional budget is spent by the NHS, so there is nothing to record)."""
    managed = {line.management for line in plan.support_lines}
    return bool(managed & {Management.DIRECT_PAYMENT, Management.THIRD_PARTY})


_INT_SETTINGS = (
    "buffer_weeks", "surplus_weeks", "overspend_percent", "payment_tolerance_days", "receipt_days",
)  # fmt: skip


def _contiguous(conn: Any, ids: list[int]) -> bool:
    """Whether a page's rows fall in a few months (sorted by date, say)."""
    marks = ",".join("?" * len(ids))
    found = conn.exec_driver_sql(
        f"SELECT count(DISTINCT substr(date, 1, 7)) FROM ledger_entry WHERE id IN ({marks})",
        tuple(ids),
    ).scalar_one()
    return int(found) <= SPREAD_MONTHS


#: A page whose rows fall in more months than this (sorted by payee, or filtered) gets its
#: running balances from one query that sums each row's own month up to the row, over the
#: covering index, instead of reading every row of every month it touches: for 100 rows spread
#: over six years, ~7 ms instead of ~50 ms.
SPREAD_MONTHS = 3


def _spread_rows(
    conn: Any, ids: list[int], openings: dict[int, int], months: dict[tuple[int, str], int]
) -> list[PageRow]:
    """:func:`storage.ledger_queries.page_rows` for rows spread over many months."""
    marks = ",".join("?" * len(ids))
    found = {
        row.id: row
        for row in conn.exec_driver_sql(
            "SELECT e.*, (SELECT count(*) FROM entry_split s WHERE s.entry_id = e.id) AS parts, "
            "(SELECT sum(x.amount_pence) FROM ledger_entry x WHERE x.account_id = e.account_id "
            "AND x.date BETWEEN substr(e.date, 1, 7) || '-01' AND e.date "
            "AND (x.date < e.date OR x.id <= e.id)) AS within "
            f"FROM ledger_entry e WHERE e.id IN ({marks})",
            tuple(ids),
        )
    }
    before: dict[tuple[int, str], int] = {}
    result = []
    for entry_id in ids:
        row = found.get(entry_id)
        if row is None:
            continue
        place = (row.account_id, row.date[:7])
        if place not in before:
            before[place] = openings.get(row.account_id, 0) + sum(
                total for (acc, m), total in months.items() if acc == place[0] and m < place[1]
            )
        balance = before[place] + int(row.within or 0)
        result.append(_page_row(row, balance))
    return result


def _page_row(row: Any, balance: int) -> PageRow:
    return PageRow(
        row.id, row.account_id, row.date, row.amount_pence, row.payee, row.description,
        row.reference, row.purpose, row.line_ref, row.line_description, bool(row.reconciled),
        row.attachment_count, row.bank_balance_pence, row.import_id, balance, int(row.parts),
    )  # fmt: skip


def settings_from_text(text: str | None) -> LedgerSettings:
    """The settings kept in the file (tolerant: anything unreadable falls back to the default)."""
    defaults = LedgerSettings()
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return defaults
    if not isinstance(data, dict):
        return defaults
    values: dict[str, Any] = {}
    for key in _INT_SETTINGS:
        value = data.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 520:
            values[key] = value
    pence = data.get("payment_amount_pence")
    if isinstance(pence, int) and not isinstance(pence, bool) and pence > 0:
        values["payment_amount"] = Money(pence)
    first = data.get("first_payment")
    if isinstance(first, str):
        with contextlib.suppress(ValueError):
            values["first_payment"] = date.fromisoformat(first)
    return replace(defaults, **values)


def settings_to_text(settings: LedgerSettings) -> str:
    """The settings as kept in the file."""
    data: dict[str, Any] = {key: getattr(settings, key) for key in _INT_SETTINGS}
    if settings.payment_amount is not None:
        data["payment_amount_pence"] = settings.payment_amount.pence
    if settings.first_payment is not None:
        data["first_payment"] = settings.first_payment.isoformat()
    return json.dumps(data, sort_keys=True)


@dataclass(frozen=True, slots=True)
class Totals:
    """The money in and out of the entries a filter shows, and how many there are."""

    money_in: int
    money_out: int  # ≤ 0
    count: int


class LedgerView:
    """Paged and aggregated reading of one open plan's spending records."""

    def __init__(self, session: PlanSession) -> None:
        self.session = session
        self._lock = threading.Lock()
        self._months: dict[tuple[int, str], int] | None = None
        self._mismatch: tuple[BalanceMismatch | None] | None = None
        self._planned: tuple[Plan, frozenset[Management], PlannedSpending] | None = None
        self._rules: tuple[Plan, dict[str, SpendingKind]] | None = None
        self.unsubscribe = session.subscribe(self._heard)

    def _heard(self, changes: Changes) -> None:
        if changes.touches(Change.LEDGER, Change.IMPORTS):
            with self._lock:
                self._months = None
                self._mismatch = None

    # -- what evidence each payment needs --------------------------------------------------------
    def evidence_rules(self) -> dict[str, SpendingKind]:
        """The evidence rule of each line of the current plan that needs more than any document
        (``domain.evidence``), worked out once per plan."""
        plan = self.session.plan
        cached = self._rules
        if cached is None or cached[0] is not plan:
            cached = self._rules = (plan, evidence_rules(plan))
        return cached[1]

    # -- a page ---------------------------------------------------------------------------------
    def ids(self, filter_: EntryFilter, sort: str = "date", descending: bool = False) -> list[int]:
        """The ids of the entries ``filter_`` shows, in the order of the column ``sort``."""
        rules = self.evidence_rules()
        with self.session.reading() as conn:
            return queries.matching_ids(conn, filter_, sort, descending, rules)

    def first_page(
        self, filter_: EntryFilter, sort: str = "date", descending: bool = False, limit: int = 100
    ) -> tuple[list[int], Totals]:
        """The ids of the first ``limit`` entries ``filter_`` shows in the order of ``sort``, and
        the totals of all it shows: what a window shows at once, before it needs the whole
        order (:meth:`ids`). SQLite keeps only the first ``limit`` while it sorts.

        Words to find (the payee, free text) need every entry read: then one pass gives both
        the page and the totals; otherwise the totals and the page each use an index."""
        if sort not in queries.SORTS:
            raise ValueError(f"cannot sort by {sort!r}")
        way = "DESC" if descending else "ASC"
        rules = self.evidence_rules()
        where, params = queries.where_clause(filter_, rules)
        order = f"ORDER BY {queries.SORTS[sort]} {way}, e.date {way}, e.id {way} LIMIT :limit"
        params = {**params, "limit": int(limit)}
        with self.session.reading() as conn:
            if filter_.text.strip() or filter_.payee.strip():
                found = queries.fetch_all(
                    conn,
                    "SELECT e.id, count(*) OVER (), "
                    "sum(CASE WHEN e.amount_pence > 0 THEN e.amount_pence ELSE 0 END) OVER (), "
                    "sum(CASE WHEN e.amount_pence < 0 THEN e.amount_pence ELSE 0 END) OVER () "
                    f"FROM ledger_entry e WHERE {where} {order}",
                    params,
                )
                if not found:
                    return [], Totals(0, 0, 0)
                _id, count, money_in, money_out = found[0]
                return [row[0] for row in found], Totals(int(money_in), int(money_out), count)
            figures = queries.totals(conn, filter_, rules)
            found = queries.fetch_all(
                conn, f"SELECT e.id FROM ledger_entry e WHERE {where} {order}", params
            )
        return [row[0] for row in found], Totals(*figures)

    def select(
        self, filter_: EntryFilter, sort: str = "date", descending: bool = False
    ) -> tuple[list[int], Totals]:
        """The ids ``filter_`` shows in the order of ``sort``, and their totals, in one pass."""
        rules = self.evidence_rules()
        with self.session.reading() as conn:
            ids, figures = queries.matching(conn, filter_, sort, descending, rules)
        return ids, Totals(*figures)

    def rows(self, ids: list[int]) -> list[PageRow]:
        """The rows with these ids, in this order, each with its running balance and the
        evidence it still needs (``PageRow.evidence_needed``, in words)."""
        rules = self.evidence_rules()
        with self.session.reading() as conn:
            months = self._month_totals(conn)
            openings = {
                account.id: account.opening_balance.pence
                for account in rows.list_accounts(conn)
                if account.id is not None
            }
            if len(ids) <= 1 or _contiguous(conn, ids):
                found = queries.page_rows(conn, ids, openings=openings, months=months)
            else:
                found = _spread_rows(conn, ids, openings, months)
            facts = queries.evidence_facts(conn, [row.id for row in found])
        return [_with_evidence(row, facts[row.id], rules) for row in found]

    def _month_totals(self, conn: Any) -> dict[tuple[int, str], int]:
        with self._lock:
            months = self._months
        if months is None:
            months = queries.month_totals(conn)
            with self._lock:
                self._months = months
        return months

    def document_names(self, entry_ids: list[int]) -> dict[int, list[str]]:
        """The names of the documents kept with each of these entries."""
        found: dict[int, list[str]] = {}
        with self.session.reading() as conn:
            for batch in queries.chunked(entry_ids):
                for entry_id, infos in rows.attachments_of(conn, batch).items():
                    found[entry_id] = [info.filename for info in infos]
        return found

    def totals(self, filter_: EntryFilter) -> Totals:
        """The money in and out of what ``filter_`` shows."""
        rules = self.evidence_rules()
        with self.session.reading() as conn:
            return Totals(*queries.totals(conn, filter_, rules))

    def accounts(self) -> list[Account]:
        """Every account."""
        with self.session.reading() as conn:
            return rows.list_accounts(conn)

    def balance(self, as_of: date | None = None) -> int:
        """Every account's balance in pence, as of a date (today by default)."""
        with self.session.reading() as conn:
            return queries.balance_on(conn, as_of or date.today())

    # -- typing help ----------------------------------------------------------------------------
    def payees(self) -> list[str]:
        """Payees used before, most used first."""
        with self.session.reading() as conn:
            return queries.payees(conn)

    def suggestion(self, payee: str) -> tuple[Purpose, str | None] | None:
        """What the payee's last entry paid for, if it is still a line of the plan."""
        with self.session.reading() as conn:
            found = queries.last_line_for(conn, payee)
        if found is None:
            return None
        try:
            purpose = Purpose(found[0])
        except ValueError:
            return None
        line = found[1]
        if line is not None and line not in {item.id for item in self.session.plan.support_lines}:
            return None
        return purpose, line

    # -- the whole picture ----------------------------------------------------------------------
    def settings(self) -> LedgerSettings:
        """This plan's settings for the checks (buffer weeks, …), kept inside the file."""
        with self.session.reading() as conn:
            text = conn.exec_driver_sql(
                "SELECT value FROM meta WHERE key = ?", (SETTINGS_KEY,)
            ).scalar()
        return settings_from_text(text)

    def balance_checks(self) -> dict[int, BalanceCheck]:
        """The full balance check of every account (every row read: for a report)."""
        found: dict[int, BalanceCheck] = {}
        with self.session.reading() as conn:
            for account in rows.list_accounts(conn):
                assert account.id is not None
                found[account.id] = check_balances(
                    account.opening_balance,
                    queries.balance_rows(conn, account.id),
                    opening_date=account.opening_date,
                )
        return found

    def first_mismatch(self) -> BalanceMismatch | None:
        """The first place any account's records disagree with the bank, if there is one
        (worked out in SQL, kept until the records change)."""
        with self._lock:
            if self._mismatch is not None:
                return self._mismatch[0]
        mismatches = []
        with self.session.reading() as conn:
            for account in rows.list_accounts(conn):
                assert account.id is not None
                found = queries.first_mismatch(conn, account.id, account.opening_balance.pence)
                if found is not None:
                    mismatches.append(
                        BalanceMismatch(
                            found.since or account.opening_date,
                            found.entry_date,
                            found.entry_id,
                            Money(found.bank_pence),
                            Money(found.records_pence),
                        )
                    )
        first = min(mismatches, key=lambda m: (m.entry_date, m.entry_id), default=None)
        with self._lock:
            self._mismatch = (first,)
        return first

    def _planned_spending(self, plan: Plan, held: frozenset[Management]) -> PlannedSpending:
        cached = self._planned
        if cached is not None and cached[0] is plan and cached[1] == held:
            return cached[2]
        planned = PlannedSpending(plan, held)
        self._planned = (plan, held, planned)
        return planned

    def status(self, as_of: date | None = None) -> LedgerStatus:
        """Planned vs actual, expected payments, the position, the forecast and the alerts;
        the money already committed (``committed``, and ``position.free_balance``) and the
        payroll check of each pay period (``pay_periods``)."""
        as_of = as_of or date.today()
        plan = self.session.plan
        settings = self.settings()
        accounts = self.accounts()
        held = held_managements(accounts) if accounts else HELD_DEFAULT
        start = plan.budget.period_start or as_of
        mismatch = self.first_mismatch()
        rules = self.evidence_rules()
        with self.session.reading() as conn:
            missing, oldest = queries.receipts_missing(conn, receipt_cutoff(as_of, settings), rules)
            figures = LedgerFigures(
                balance=Money(queries.balance_on(conn, as_of)),
                spending=queries.spending_rows(conn, start, as_of),
                budget_payments=queries.budget_payments(
                    conn, start - timedelta(days=PAYMENTS_BEFORE_START), as_of
                ),
                receipts_missing=missing,
                oldest_without_receipt=oldest,
                mismatch=mismatch,
                former_lines=queries.line_descriptions(
                    conn, {line.id for line in plan.support_lines}
                ),
                payroll=payroll_figures(conn, payroll_lines(plan), payroll_since(plan, as_of)),
            )
        return ledger_status(
            plan, figures, as_of, settings, held=held, planned=self._planned_spending(plan, held)
        )

    def close(self) -> None:
        """Stop hearing the session's changes."""
        self.unsubscribe()


def _with_evidence(
    row: PageRow,
    facts: tuple[tuple[str, ...], frozenset[str]],
    rules: dict[str, SpendingKind],
) -> PageRow:
    split_lines, kinds = facts
    lines = split_lines or ((row.line_ref,) if row.line_ref else ())
    attached = frozenset(
        DocumentKind(kind) for kind in kinds if kind in DocumentKind.__members__.values()
    )
    needed = missing_evidence(PaymentFacts(row.amount_pence, row.purpose, lines, attached), rules)
    return replace(row, evidence_needed=evidence_words(needed)) if needed else row
