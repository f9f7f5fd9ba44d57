"""Payroll evidence and committed money for an open plan's spending records.

``LedgerView.status`` includes both (``status.committed``, ``status.pay_periods``,
``status.position.free_balance``); :func:`pay_periods` and :func:`committed` work them out on
their own for a page that shows only them. Typing a payslip's details when attaching it is
``Ledger.attach(..., details=PayslipDetails(...))``; changing them later ``Ledger.set_details``.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..domain.committed import Committed, committed_money
from ..domain.evidence import SpendingKind, evidence_rules
from ..domain.ledger import LedgerSettings, held_managements
from ..domain.payroll import PayPeriodCheck, PayrollFigures, pay_period_checks
from ..domain.plan import Plan
from ..domain.planned import HELD_DEFAULT, PlannedSpending
from ..storage import ledger_rows as rows
from ..storage.payroll_queries import payroll_figures
from .session import PlanSession

#: How far before the budget period the payroll check looks (a pay period that began before it).
LOOK_BACK = timedelta(days=62)

#: The kinds of spending whose payments the payroll check and the committed money read.
PAYROLL_KINDS = frozenset(
    {SpendingKind.WAGES, SpendingKind.HMRC, SpendingKind.PENSION, SpendingKind.INSURANCE}
)


def payroll_lines(plan: Plan) -> set[str]:
    """The plan's lines whose payments the payroll check reads (wages, HMRC, pension,
    insurance)."""
    return {line for line, kind in evidence_rules(plan).items() if kind in PAYROLL_KINDS}


def payroll_since(plan: Plan, as_of: date) -> date:
    """From when the payroll check and the committed money read the records: a little before
    the budget period (or the date, without one)."""
    return (plan.budget.period_start or as_of) - LOOK_BACK


def read_payroll(
    session: PlanSession, plan: Plan | None = None, since: date | None = None
) -> PayrollFigures:
    """The payslips, timesheets and payments behind the check, from the file (from ``since``)."""
    with session.reading() as conn:
        return payroll_figures(conn, payroll_lines(plan or session.plan), since)


def pay_periods(
    session: PlanSession, as_of: date | None = None, since: date | None = None
) -> tuple[PayPeriodCheck, ...]:
    """The council's check of every payslip's pay period (net pay paid, timesheet kept, HMRC
    and the pension paid on time), in the order of the periods — for payments from ``since``
    (default: a little before the budget period)."""
    plan = session.plan
    as_of = as_of or date.today()
    figures = read_payroll(session, plan, since or payroll_since(plan, as_of))
    return pay_period_checks(figures, evidence_rules(plan), as_of)


def committed(
    session: PlanSession, as_of: date | None = None, settings: LedgerSettings | None = None
) -> Committed:
    """What the balance is already committed to (wages earned, HMRC and the pension due, a
    renewal coming)."""
    plan = session.plan
    as_of = as_of or date.today()
    with session.reading() as conn:
        accounts = rows.list_accounts(conn)
        figures = payroll_figures(conn, payroll_lines(plan), payroll_since(plan, as_of))
    held = held_managements(accounts) if accounts else HELD_DEFAULT
    planned = PlannedSpending(plan, held)
    return committed_money(planned, figures, evidence_rules(plan), as_of, settings)


__all__ = [
    "LOOK_BACK",
    "PAYROLL_KINDS",
    "committed",
    "pay_periods",
    "payroll_lines",
    "payroll_since",
    "read_payroll",
]
