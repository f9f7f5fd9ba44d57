"""One call for the spending page and ``ledger status``: every figure and alert from aggregates."""

from dataclasses import replace
from datetime import date
from pathlib import Path

from phbplanner.domain.alerts import AlertCode
from phbplanner.domain.balance import BalanceMismatch
from phbplanner.domain.forecast import PaymentStatus
from phbplanner.domain.ledger import LedgerSettings
from phbplanner.domain.ledger_status import LedgerFigures, ledger_status
from phbplanner.domain.money import Money
from phbplanner.domain.plan import Management
from phbplanner.domain.planned import PlannedSpending
from phbplanner.interchange.plan_json import loads_plan

from .ledger_plans import quarter_plan

TODAY = date(2027, 5, 10)


def test_a_calm_month_raises_no_alerts() -> None:
    # Paid on time; April's five Fridays and 7 May spent as planned (6 × 200.00 = 1,200.00):
    # balance 2,000.00 - 1,200.00 = 800.00, but we keep a buffer of 600.00 more: 1,400.00.
    figures = LedgerFigures(
        balance=Money(140000),
        spending=[("plan_line", "p", "2027-04", -100000), ("plan_line", "p", "2027-05", -20000)],
        budget_payments=[(date(2027, 4, 1), 100000), (date(2027, 5, 1), 100000)],
    )
    status = ledger_status(quarter_plan(), figures, TODAY)
    assert status.alerts == ()
    assert [p.status for p in status.payments] == [
        PaymentStatus.RECEIVED, PaymentStatus.RECEIVED, PaymentStatus.TO_COME,
    ]  # fmt: skip
    line = status.planned_vs_actual.lines[0]
    assert (line.planned, line.spent) == (Money(120000), Money(120000))
    assert status.forecast is not None
    # 1,400.00 + 1,000.00 (June) - 7 × 200.00 = 1,000.00
    assert status.forecast.projected_end == Money(100000)
    assert status.position.headroom == Money(80000)  # 1,400.00 - 600.00 (14, 21, 28 May)


def test_a_troubled_month_raises_each_alert_in_a_calm_order() -> None:
    figures = LedgerFigures(
        balance=Money(10000),
        spending=[("plan_line", "p", "2027-04", -150000)],  # 1,500.00 against 1,000.00 planned
        budget_payments=[(date(2027, 4, 1), 100000)],  # May's has not come
        receipts_missing=2,
        oldest_without_receipt=date(2027, 4, 2),
        mismatch=BalanceMismatch(
            date(2027, 4, 20), date(2027, 4, 30), 9, Money(5000), Money(10000)
        ),
    )
    status = ledger_status(quarter_plan(), figures, TODAY)
    assert [alert.code for alert in status.alerts] == [
        AlertCode.BALANCE_MISMATCH,
        AlertCode.MONEY_RUNS_OUT,
        AlertCode.PAYMENT_MISSING,
        AlertCode.BELOW_BUFFER,
        AlertCode.LINE_OVERSPENT,
        AlertCode.RECEIPTS_MISSING,
    ]
    assert status.forecast is not None and status.forecast.runs_out_on == date(2027, 5, 14)


def test_already_below_zero_says_so_once() -> None:
    paid = [(date(2027, 4, 1), 100000), (date(2027, 5, 1), 100000)]
    figures = LedgerFigures(balance=Money(-100), budget_payments=paid)
    codes = [alert.code for alert in ledger_status(quarter_plan(), figures, TODAY).alerts]
    assert codes == [AlertCode.MONEY_RUNS_OUT]


def test_settings_and_a_ready_made_schedule_are_used() -> None:
    plan = quarter_plan()
    planned = PlannedSpending(plan)
    figures = LedgerFigures(balance=Money(140000), budget_payments=[(date(2027, 4, 1), 100000)])
    # With a tolerance of 10 days May's payment is not yet missing on 10 May
    status = ledger_status(plan, figures, TODAY, LedgerSettings(payment_tolerance_days=10),
                           planned=planned)  # fmt: skip
    assert AlertCode.PAYMENT_MISSING not in [alert.code for alert in status.alerts]
    assert status.payments[1].status is PaymentStatus.DUE


def test_the_example_plan_direct_payment_only(example_plan_path: Path) -> None:
    plan = loads_plan(example_plan_path.read_text(encoding="utf-8"))
    held = frozenset({Management.DIRECT_PAYMENT})  # one bank account: the direct payment
    figures = LedgerFigures(balance=Money(150000),
                            budget_payments=[(date(2026, 4, 1), 120000)])  # fmt: skip
    status = ledger_status(plan, figures, date(2026, 4, 20), held=held)
    result = status.planned_vs_actual
    # physiotherapy (third party) and the walking frame (notional) are not in these records
    assert set(result.left_out) == {"s4", "s8"}
    assert {line.key for line in result.lines} == {"s1", "s2", "s3", "s5", "s6", "s7", "s9", "s10"}
    assert status.payments[0].status is PaymentStatus.RECEIVED
    assert status.forecast is not None
    assert status.forecast.message().startswith("If spending goes as planned,")


def test_a_plan_without_a_budget_period_still_gets_a_status() -> None:
    plan = quarter_plan()
    plan = replace(plan, budget=replace(plan.budget, period_end=None))
    figures = LedgerFigures(
        balance=Money(5000),
        spending=[("plan_line", "p", "2027-04", -100)],
        receipts_missing=1,
        oldest_without_receipt=date(2027, 4, 2),
    )
    status = ledger_status(plan, figures, TODAY)
    assert status.forecast is None and status.payments == ()
    assert status.planned_vs_actual.months == () and status.planned_vs_actual.lines[
        0
    ].spent == Money(0)
    assert [alert.code for alert in status.alerts] == [AlertCode.RECEIPTS_MISSING]
