"""Everything the spending page, ``ledger status`` and the start of the window show, in one call.

Storage computes a handful of aggregates in SQL (:class:`LedgerFigures`); this module turns them,
with the plan, into planned vs actual, the expected budget payments, the position today, the
forecast and the alerts. Nothing here needs the entries themselves.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from .alerts import (
    Alert,
    balance_alert,
    buffer_alert,
    missing_payment_alerts,
    overspending_alerts,
    receipts_alert,
    runs_out_alert,
    surplus_alert,
)
from .balance import BalanceMismatch
from .committed import Committed, committed_money
from .evidence import evidence_rules
from .forecast import ExpectedPayment, Forecast, Position, budget_payments, forecast, position
from .ledger import LedgerSettings
from .money import Money
from .payroll import PayPeriodCheck, PayrollFigures, pay_period_checks
from .plan import Management, Plan
from .planned import HELD_DEFAULT, PlannedSpending, PlannedVsActual, SpendRow, planned_vs_actual


@dataclass(frozen=True)
class LedgerFigures:
    """What storage works out in SQL for one "as of" date (usually today).

    - ``balance``: every account's opening balance plus its entries dated up to ``as_of``;
    - ``spending``: :data:`~phbplanner.domain.planned.SpendRow` aggregates of the entries dated
      from the period start up to ``as_of`` — by purpose, plan line (splits by their parts) and
      month;
    - ``budget_payments``: (date, pence) of each entry marked *budget payment received*, dated
      from a week before the period start up to ``as_of``;
    - ``receipts_missing`` and ``oldest_without_receipt``: payments out (not bank charges) with
      no attachment, dated before :func:`~phbplanner.domain.alerts.receipt_cutoff`;
    - ``mismatch``: the first balance-check failure of any account, if one was found;
    - ``former_lines``: descriptions kept on entries for lines the plan no longer has;
    - ``payroll``: the payments and payslips behind the payroll check and the committed money
      (``domain.payroll``); without it nothing is committed.
    """

    balance: Money
    spending: Sequence[SpendRow] = ()
    budget_payments: Sequence[tuple[date, int]] = ()
    receipts_missing: int = 0
    oldest_without_receipt: date | None = None
    mismatch: BalanceMismatch | None = None
    former_lines: Mapping[str, str] = field(default_factory=dict)
    payroll: PayrollFigures | None = None


@dataclass(frozen=True)
class LedgerStatus:
    """The spending records' figures as of one date.

    ``committed``: money the balance already owes (``position.free_balance`` is what is left
    of it); ``pay_periods``: the council's check of each payslip's pay period.
    """

    as_of: date
    planned_vs_actual: PlannedVsActual
    payments: tuple[ExpectedPayment, ...]
    position: Position
    forecast: Forecast | None
    alerts: tuple[Alert, ...]
    committed: Committed | None = None
    pay_periods: tuple[PayPeriodCheck, ...] = ()


def ledger_status(
    plan: Plan,
    figures: LedgerFigures,
    as_of: date,
    settings: LedgerSettings | None = None,
    *,
    held: frozenset[Management] = HELD_DEFAULT,
    planned: PlannedSpending | None = None,
) -> LedgerStatus:
    """Planned vs actual, payments, position, forecast and alerts for ``plan`` as of ``as_of``.

    Pass ``planned`` (built once per plan version) to avoid working out the schedule again.
    """
    settings = settings or LedgerSettings()
    planned = planned if planned is not None else PlannedSpending(plan, held)
    comparison = planned_vs_actual(
        planned, figures.spending, as_of, former_lines=figures.former_lines
    )
    payments = budget_payments(planned, figures.budget_payments, as_of, settings)
    committed: Committed | None = None
    checks: tuple[PayPeriodCheck, ...] = ()
    if figures.payroll is not None:
        rules = evidence_rules(plan)
        committed = committed_money(planned, figures.payroll, rules, as_of, settings)
        checks = pay_period_checks(figures.payroll, rules, as_of)
    place = position(planned, payments, figures.balance, as_of, settings, committed)
    owed = committed.owed_now if committed is not None else Money(0)
    outlook = forecast(planned, payments, figures.balance, as_of, owed)
    # Below zero already: the run-out alert says so, and a second one about the buffer would
    # only repeat it.
    overdrawn = figures.balance.pence < 0
    found: list[Alert | None] = [
        balance_alert(figures.mismatch),
        runs_out_alert(outlook),
        *missing_payment_alerts(payments),
        None if overdrawn else buffer_alert(place, settings),
        surplus_alert(place, settings),
        *overspending_alerts(comparison, settings),
        receipts_alert(figures.receipts_missing, figures.oldest_without_receipt, settings),
    ]
    return LedgerStatus(
        as_of=as_of,
        planned_vs_actual=comparison,
        payments=payments,
        position=place,
        forecast=outlook,
        alerts=tuple(alert for alert in found if alert is not None),
        committed=committed,
        pay_periods=checks,
    )
