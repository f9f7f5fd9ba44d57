"""Expected budget payments, payments received or missing, and the forecast to the period's end.

``quarter_plan``: 1 April – 30 June 2027, paid monthly (1 April, 1 May, 1 June); a personal
assistant every Friday from 2 April: 2, 9, 16, 23, 30 April; 7, 14, 21, 28 May; 4, 11, 18,
25 June (13 times).
"""

from dataclasses import replace
from datetime import date

from phbplanner.domain.forecast import (
    PaymentStatus,
    budget_payments,
    expected_payments,
    forecast,
    held_budget,
)
from phbplanner.domain.ledger import LedgerSettings
from phbplanner.domain.money import Money
from phbplanner.domain.plan import PaymentSchedule
from phbplanner.domain.planned import PlannedSpending

from .ledger_plans import quarter_plan, year_plan

APRIL, MAY, JUNE = date(2027, 4, 1), date(2027, 5, 1), date(2027, 6, 1)
DEFAULTS = LedgerSettings()


def statuses(received: list[tuple[date, int]], as_of: date) -> list[tuple[date, str]]:
    payments = budget_payments(PlannedSpending(quarter_plan()), received, as_of)
    return [(p.expected, p.status.value) for p in payments]


def test_the_indicative_budget_is_spread_evenly_pennies_to_the_last() -> None:
    planned = PlannedSpending(quarter_plan())  # £3,000.00 over 3 monthly payments
    assert expected_payments(planned, DEFAULTS) == [
        (APRIL, Money(100000)), (MAY, Money(100000)), (JUNE, Money(100000)),
    ]  # fmt: skip
    planned = PlannedSpending(quarter_plan(indicative="1000.00"))
    # 100000 // 3 = 33333; the last: 100000 - 2 × 33333 = 33334
    assert [amount for _, amount in expected_payments(planned, DEFAULTS)] == [
        Money(33333), Money(33333), Money(33334),
    ]  # fmt: skip


def test_four_weekly_and_quarterly_payments_of_the_budget_held_in_the_records() -> None:
    # The budget held: £18,500.00 less the notional walking frame (£120.00) = £18,380.00
    planned = PlannedSpending(year_plan(indicative="18500.00"))
    assert held_budget(planned) == Money(1838000)
    payments = expected_payments(planned, DEFAULTS)
    # every 28 days from 1 April 2027: 31 March 2028 is 365 days on; 365 // 28 = 13 → 14 times,
    # the last 13 × 28 = 364 days on: 30 March 2028
    assert len(payments) == 14
    assert payments[1][0] == date(2027, 4, 29) and payments[-1][0] == date(2028, 3, 30)
    # 1,838,000 // 14 = 131,285 (£1,312.85); the last 1,838,000 - 13 × 131,285 = 131,295
    assert {amount for _, amount in payments[:-1]} == {Money(131285)}
    assert payments[-1][1] == Money(131295)
    quarterly = PlannedSpending(year_plan("18500.00", PaymentSchedule.QUARTERLY))
    assert expected_payments(quarterly, DEFAULTS) == [
        (date(2027, 4, 1), Money(459500)), (date(2027, 7, 1), Money(459500)),
        (date(2027, 10, 1), Money(459500)), (date(2028, 1, 1), Money(459500)),
    ]  # fmt: skip


def test_a_set_amount_and_a_later_first_payment() -> None:
    planned = PlannedSpending(quarter_plan())
    chosen = LedgerSettings(payment_amount=Money(95000), first_payment=date(2027, 4, 15))
    assert expected_payments(planned, chosen) == [
        (date(2027, 4, 15), Money(95000)), (date(2027, 5, 15), Money(95000)),
        (date(2027, 6, 15), Money(95000)),
    ]  # fmt: skip


def test_no_payment_schedule_or_no_budget_means_no_expected_payments() -> None:
    assert expected_payments(PlannedSpending(year_plan(schedule=None)), DEFAULTS) == []
    plan = year_plan()
    unknown = replace(plan, budget=replace(plan.budget, indicative=None))
    assert expected_payments(PlannedSpending(unknown), DEFAULTS) == []
    chosen = LedgerSettings(payment_amount=Money(50000))  # unless the amount is set
    assert len(expected_payments(PlannedSpending(unknown), chosen)) == 14


def test_a_payment_is_missing_only_after_the_tolerance() -> None:
    april = [(APRIL, 100000)]
    # 8 May is 7 days after 1 May: still within the tolerance, so "due", not missing
    assert statuses(april, date(2027, 5, 8))[1] == (MAY, "due")
    assert statuses(april, date(2027, 5, 9))[1] == (MAY, "missing")
    assert statuses(april, date(2027, 4, 30)) == [
        (APRIL, "received"), (MAY, "to_come"), (JUNE, "to_come"),
    ]  # fmt: skip


def test_early_and_late_payments_count_for_their_own_month() -> None:
    # 29 April is within 7 days before 1 May: May's payment, paid early
    early = budget_payments(PlannedSpending(quarter_plan()), [(APRIL, 100000), (date(2027, 4, 29),
                            100000)], date(2027, 5, 10))  # fmt: skip
    assert [(p.status, p.received_on) for p in early[:2]] == [
        (PaymentStatus.RECEIVED, APRIL), (PaymentStatus.RECEIVED, date(2027, 4, 29)),
    ]  # fmt: skip
    # 12 May is late, but before June's window opens (25 May): it is May's payment
    assert statuses([(APRIL, 100000), (date(2027, 5, 12), 99000)], date(2027, 5, 20))[1] == (
        MAY, "received",
    )  # fmt: skip


def test_an_extra_payment_does_not_stand_in_for_the_next_one() -> None:
    # Two payments in April's window (a top-up): May's is still missing on 10 May
    received = [(APRIL, 100000), (date(2027, 4, 10), 5000)]
    assert statuses(received, date(2027, 5, 10))[1] == (MAY, "missing")
    # money paid before the period (last year's payment) is not this year's
    assert statuses([(date(2027, 3, 1), 100000)], date(2027, 4, 9))[0] == (APRIL, "missing")


def test_forecast_with_money_running_out_before_the_next_payment() -> None:
    planned = PlannedSpending(quarter_plan(weekly="250.00"))
    payments = budget_payments(planned, [], date(2027, 3, 31))
    outlook = forecast(planned, payments, Money(0), date(2027, 3, 31))
    assert outlook is not None
    # in: 3 × 1,000.00 = 3,000.00; out: 13 × 250.00 = 3,250.00; end: 0 + 3,000 - 3,250 = -250
    assert (outlook.payments_to_come, outlook.spending_to_come) == (Money(300000), Money(325000))
    assert outlook.projected_end == Money(-25000) and outlook.shortfall
    # 1 April +1,000 → 1,000; Fridays 2, 9, 16, 23 April → 0; 30 April → -250: runs out
    assert outlook.runs_out_on == date(2027, 4, 30)
    assert (outlook.lowest, outlook.lowest_on) == (Money(-25000), date(2027, 4, 30))
    assert outlook.message() == (
        "If spending goes as planned, the money will be £250.00 short at the end of the budget "
        "period on 30 June 2027. The money would run out on 30 April 2027."
    )


def test_forecast_with_a_surplus_and_a_balance_that_touches_zero() -> None:
    planned = PlannedSpending(quarter_plan())
    payments = budget_payments(planned, [], date(2027, 3, 31))
    outlook = forecast(planned, payments, Money(0), date(2027, 3, 31))
    assert outlook is not None
    # end: 3,000 - 13 × 200 = 400.00; on 30 April the balance is exactly £0.00: not run out
    assert outlook.projected_end == Money(40000) and not outlook.shortfall
    assert outlook.runs_out_on is None
    assert (outlook.lowest, outlook.lowest_on) == (Money(0), date(2027, 4, 30))
    # from £50.00: 1 April 1,050; Fridays 2 … 30 April take it down to 50.00, its lowest
    higher = forecast(planned, payments, Money(5000), date(2027, 3, 31))
    assert higher is not None
    assert (higher.lowest, higher.lowest_on) == (Money(5000), date(2027, 4, 30))
    assert outlook.message() == (
        "If spending goes as planned, £400.00 will be left at the end of the budget period on "
        "30 June 2027."
    )


def test_forecast_mid_period_from_the_balance_today() -> None:
    planned = PlannedSpending(quarter_plan())
    today = date(2027, 5, 10)
    payments = budget_payments(planned, [(APRIL, 100000), (MAY, 100000)], today)
    outlook = forecast(planned, payments, Money(90000), today)
    assert outlook is not None
    # to come: June's 1,000.00; spending after 10 May: 14, 21, 28 May and 4, 11, 18, 25 June
    # = 7 × 200.00 = 1,400.00; end: 900 + 1,000 - 1,400 = 500.00
    assert outlook.projected_end == Money(50000) and outlook.runs_out_on is None


def test_a_missing_payment_is_left_out_of_the_forecast_and_said_so() -> None:
    planned = PlannedSpending(quarter_plan())
    today = date(2027, 5, 10)
    outlook = forecast(planned, budget_payments(planned, [(APRIL, 100000)], today), Money(0), today)
    assert outlook is not None
    # 0 + June 1,000 - 1,400 = -400; Friday 14 May takes the balance to -200: runs out
    assert outlook.projected_end == Money(-40000)
    assert outlook.runs_out_on == date(2027, 5, 14)
    assert [p.expected for p in outlook.not_counted] == [MAY]
    assert outlook.message().endswith(
        "This does not count the payment of £1,000.00 expected on 1 May 2027, which has not "
        "arrived."
    )


def test_a_payment_due_but_not_late_is_counted_as_arriving_tomorrow() -> None:
    planned = PlannedSpending(quarter_plan())
    today = date(2027, 5, 5)
    outlook = forecast(planned, budget_payments(planned, [(APRIL, 100000)], today), Money(0), today)
    assert outlook is not None
    # 6 May +1,000 (May's, due), then 7 May -200: never below zero
    # end: 0 + 1,000 (May) + 1,000 (June) - 8 × 200 (7 May … 25 June) = 400.00
    assert outlook.runs_out_on is None and outlook.projected_end == Money(40000)
    assert outlook.not_counted == ()


def test_already_below_zero_and_after_the_period() -> None:
    planned = PlannedSpending(quarter_plan())
    today = date(2027, 5, 10)
    payments = budget_payments(planned, [(APRIL, 100000), (MAY, 100000)], today)
    below = forecast(planned, payments, Money(-5000), today)
    assert below is not None and below.runs_out_on == today
    assert "The balance is already below zero." in below.message()
    later = date(2027, 7, 1)
    after = forecast(planned, budget_payments(planned, [], later), Money(12345), later)
    assert after is not None
    assert after.projected_end == Money(12345) and after.spending_to_come == Money(0)


def test_no_forecast_without_a_budget_period() -> None:
    plan = quarter_plan()
    plan = replace(plan, budget=replace(plan.budget, period_start=None))
    assert forecast(PlannedSpending(plan), (), Money(0), date(2027, 5, 1)) is None
