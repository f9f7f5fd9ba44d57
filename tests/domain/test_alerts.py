"""Each alert of the spending records raised, and cleared, with the figures behind it.

``quarter_plan``: 1 April – 30 June 2027 (91 days), £200.00 every Friday from 2 April (13 times,
£2,600.00), paid £1,000.00 on 1 April, 1 May and 1 June. Planned spending a week:
2,600.00 × 7 / 91 = £200.00; the buffer (4 weeks) £800.00; a surplus above 8 weeks, £1,600.00.
"""

from datetime import date

import pytest

from phbplanner.domain.alerts import (
    AlertCode,
    balance_alert,
    buffer_alert,
    is_over_by_more_than,
    missing_payment_alerts,
    overspending_alerts,
    receipt_cutoff,
    receipts_alert,
    runs_out_alert,
    surplus_alert,
)
from phbplanner.domain.balance import BalanceMismatch
from phbplanner.domain.forecast import Position, budget_payments, forecast, position
from phbplanner.domain.ledger import LedgerSettings
from phbplanner.domain.money import Money
from phbplanner.domain.planned import PlannedSpending, planned_vs_actual

from .ledger_plans import MID, quarter_plan, spending, year_plan

TODAY = date(2027, 5, 10)
PAID = [(date(2027, 4, 1), 100000), (date(2027, 5, 1), 100000)]


def place(balance_pence: int, settings: LedgerSettings | None = None) -> Position:
    planned = PlannedSpending(quarter_plan())
    payments = budget_payments(planned, PAID, TODAY)
    return position(planned, payments, Money(balance_pence), TODAY, settings)


def test_the_position_measures_the_balance_after_spending_until_the_next_payment() -> None:
    here = place(140000)
    # next payment 1 June; Fridays before it and after today: 14, 21, 28 May = 3 × 200.00
    assert here.next_payment is not None and here.next_payment.expected == date(2027, 6, 1)
    assert here.spending_until_next == Money(60000)
    assert here.headroom == Money(80000)  # 1,400.00 - 600.00
    assert (here.weekly, here.buffer, here.surplus_level) == (
        Money(20000), Money(80000), Money(160000),
    )  # fmt: skip


def test_below_buffer_raised_and_cleared() -> None:
    raised = buffer_alert(place(139999))  # headroom 1,399.99 - 600.00 = 799.99 < 800.00
    assert raised is not None and raised.code is AlertCode.BELOW_BUFFER
    assert raised.message == (
        "After the spending planned before the next budget payment, £799.99 would be left. "
        "The agreed buffer is £800.00 (4 weeks of planned spending)."
    )
    assert raised.figures["headroom"] == Money(79999) and raised.figures["buffer"] == Money(80000)
    assert buffer_alert(place(140000)) is None  # headroom exactly the buffer: fine


def test_the_buffer_is_a_setting_of_the_plan() -> None:
    six_weeks = LedgerSettings(buffer_weeks=6)  # 6 × 200.00 = 1,200.00
    raised = buffer_alert(place(140000, six_weeks), six_weeks)
    assert raised is not None and "(6 weeks of planned spending)" in raised.message
    assert buffer_alert(place(180000, six_weeks), six_weeks) is None


def test_surplus_raised_and_cleared() -> None:
    assert surplus_alert(place(220000)) is None  # headroom 2,200.00 - 600.00 = 1,600.00: not more
    raised = surplus_alert(place(220001))
    assert raised is not None and raised.code is AlertCode.SURPLUS
    assert raised.message.startswith(
        "Money is building up: £1,600.01 is more than 8 weeks of planned spending (£1,600.00)."
    )
    assert raised.figures["surplus_level"] == Money(160000)


def test_overspending_more_than_ten_percent_raised() -> None:
    result = planned_vs_actual(PlannedSpending(year_plan()), spending(), MID,
                               former_lines={"s99": "Old taxi firm"})  # fmt: skip
    alerts = overspending_alerts(result)
    # w: 880.00 against 869.05 is 1.3% over (no alert); f: 200.00 against 154.00 is 29.9% over;
    # the removed line: £30.00 spent, nothing planned
    assert [(a.code, a.item_id) for a in alerts] == [
        (AlertCode.LINE_OVERSPENT, "f"), (AlertCode.LINE_OVERSPENT, "s99"),
    ]  # fmt: skip
    assert alerts[0].message == (
        "Spending on “Taxi to hydrotherapy” is £46.00 more than planned so far: £200.00 spent, "
        "£154.00 planned by 30 September 2027."
    )
    assert alerts[0].figures == {"planned": Money(15400), "spent": Money(20000),
                                 "over": Money(4600)}  # fmt: skip
    assert alerts[1].message == (
        "£30.00 has been spent on “Old taxi firm”, but the plan has nothing for it by "
        "30 September 2027."
    )


@pytest.mark.parametrize(("spent", "raised"), [(16940, False), (16941, True)])
def test_overspending_alert_clears_at_exactly_ten_percent(spent: int, raised: bool) -> None:
    # f is planned at 154.00 by 30 September; 154.00 × 1.10 = 169.40 is not "more than 10%"
    rows = [("plan_line", "f", "2027-09", -spent)]
    result = planned_vs_actual(PlannedSpending(year_plan()), rows, MID)
    assert [a.item_id for a in overspending_alerts(result)] == (["f"] if raised else [])


def test_over_by_more_than() -> None:
    assert not is_over_by_more_than(Money(0), Money(0), 10)
    assert is_over_by_more_than(Money(1), Money(0), 10)
    assert not is_over_by_more_than(Money(-500), Money(0), 10)  # a refund is not overspending


def test_missing_payment_raised_and_cleared() -> None:
    planned = PlannedSpending(quarter_plan())
    april = PAID[:1]
    raised = missing_payment_alerts(budget_payments(planned, april, date(2027, 5, 9)))
    assert [(a.code, a.item_id) for a in raised] == [(AlertCode.PAYMENT_MISSING, "2027-05-01")]
    assert raised[0].message.startswith(
        "The budget payment of £1,000.00 expected on 1 May 2027 has not arrived."
    )
    assert raised[0].figures == {"expected": date(2027, 5, 1), "amount": Money(100000)}
    assert missing_payment_alerts(budget_payments(planned, april, date(2027, 5, 8))) == []
    assert missing_payment_alerts(budget_payments(planned, PAID, date(2027, 5, 9))) == []


def test_receipts_missing_raised_and_cleared() -> None:
    # "older than 30 days" on 10 May: dated before 10 April (10 April itself is 30 days old)
    assert receipt_cutoff(TODAY) == date(2027, 4, 10)
    assert receipts_alert(0, None) is None
    one = receipts_alert(1, date(2027, 4, 2))
    assert one is not None and one.code is AlertCode.RECEIPTS_MISSING
    assert one.message.startswith(
        "One payment more than 30 days old is still missing its receipt, invoice, payslip or "
        "timesheet (from 2 April 2027)."
    )
    many = receipts_alert(1234, date(2027, 1, 5))
    assert many is not None
    assert many.message.startswith("1,234 payments more than 30 days old are still missing "
                                   "their receipts, invoices, payslips or timesheets (the oldest "
                                   "from 5 January 2027).")  # fmt: skip
    assert many.figures == {"count": 1234, "days": 30, "oldest": date(2027, 1, 5)}


def test_money_runs_out_raised_and_cleared() -> None:
    tight = PlannedSpending(quarter_plan(weekly="250.00"))
    start = date(2027, 3, 31)
    raised = runs_out_alert(forecast(tight, budget_payments(tight, [], start), Money(0), start))
    assert raised is not None and raised.code is AlertCode.MONEY_RUNS_OUT
    assert raised.figures["runs_out_on"] == date(2027, 4, 30)
    assert "the money would run out on 30 April 2027" in raised.message
    enough = PlannedSpending(quarter_plan())
    outlook = forecast(enough, budget_payments(enough, [], start), Money(0), start)
    assert runs_out_alert(outlook) is None


def test_balance_mismatch_raised_and_cleared() -> None:
    mismatch = BalanceMismatch(
        date(2026, 8, 12), date(2026, 8, 19), 5, Money(120450), Money(128450)
    )
    raised = balance_alert(mismatch)
    assert raised is not None and raised.code is AlertCode.BALANCE_MISMATCH
    assert raised.message == mismatch.message() and raised.item_id == "5"
    assert balance_alert(None) is None
