"""Committed money, worked by hand: wages earned but not yet paid, HMRC and the pension due, an
insurance renewal coming — in the free balance, the headroom the buffer and surplus are measured
on, and the forecast.

Anna works 15 hours a week at £12.71 (£190.65 a week), weekly from Wednesday 1 April 2026; her
insurance (£100.00 a year) renews on 1 June 2026. Today is Sunday 10 May 2026. Her April payslip
(1–30 April: net pay £700.00, £25.00 to HMRC, £15.00 to the pension) is kept with the payment of
1 May; the Wednesdays worked since 30 April: 6 May — one week, £190.65.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from phbplanner.domain.alerts import AlertCode
from phbplanner.domain.categories import Category
from phbplanner.domain.committed import CommitmentKind, committed_money
from phbplanner.domain.documents import DocumentKind
from phbplanner.domain.evidence import evidence_rules
from phbplanner.domain.ledger import LedgerSettings
from phbplanner.domain.ledger_status import LedgerFigures, ledger_status
from phbplanner.domain.money import Money
from phbplanner.domain.payroll import PayDocument, PayEntry, PayrollFigures, PayslipDetails
from phbplanner.domain.plan import Plan
from phbplanner.domain.planned import PlannedSpending
from phbplanner.domain.schedule import Frequency

from .plans import line, ready_plan

TODAY = date(2026, 5, 10)
APRIL = PayslipDetails(
    Money.parse("700.00"), date(2026, 4, 1), date(2026, 4, 30), Money.parse("25.00"),
    Money.parse("15.00"),
)  # fmt: skip


def _plan() -> Plan:
    wages = replace(
        line("pa.1.wages", "12.71", "15", first=date(2026, 4, 1)), group="pa.1",
        description="Wages for Anna",
    )  # fmt: skip
    insurance = replace(
        line("pa.1.insurance", "100.00", frequency=Frequency.ANNUALLY, first=date(2026, 6, 1),
             category=Category.EMPLOYER_COSTS),
        group="pa.1", description="Employer's liability insurance",
    )  # fmt: skip
    return replace(ready_plan(indicative="20000.00"), support_lines=(wages, insurance))


def _payroll(*extra: PayEntry, payslips: tuple[PayDocument, ...] | None = None) -> PayrollFigures:
    pay = PayEntry(1, date(2026, 5, 1), -70000, "Anna", (("pa.1.wages", -70000),))
    entries = {entry.id: entry for entry in (pay, *extra)}
    documents = (
        (PayDocument(10, DocumentKind.PAYSLIP, APRIL, (1,)),) if payslips is None else payslips
    )
    return PayrollFigures(entries, documents, date(2026, 4, 1))


def _committed(plan: Plan, payroll: PayrollFigures, as_of: date = TODAY) -> dict[str, Money]:
    found = committed_money(PlannedSpending(plan), payroll, evidence_rules(plan), as_of)
    return {item.kind.value: item.amount for item in found.items}


def test_wages_hmrc_pension_and_the_renewal_worked_by_hand() -> None:
    plan = _plan()
    committed = committed_money(PlannedSpending(plan), _payroll(), evidence_rules(plan), TODAY)
    by_kind = {item.kind: item for item in committed.items}
    wages = by_kind[CommitmentKind.WAGES]
    assert wages.amount == Money.parse("190.65")  # 1 × £12.71 × 15
    assert wages.explanation == (
        "1 × £12.71 × 15 (every week) since the pay period that ended on 30 April 2026, up to "
        "10 May 2026."
    )
    assert by_kind[CommitmentKind.HMRC].amount == Money.parse("25.00")
    assert by_kind[CommitmentKind.PENSION].amount == Money.parse("15.00")
    renewal = by_kind[CommitmentKind.RENEWAL]
    assert renewal.amount == Money.parse("100.00") and renewal.due == date(2026, 6, 1)
    assert committed.total == Money.parse("330.65")
    assert committed.owed_now == Money.parse("230.65")  # the renewal is still to come
    # the renewal is in the plan's spending up to 1 June: not counted twice before it
    assert committed.beyond(date(2026, 6, 1)) == Money.parse("230.65")
    assert committed.beyond(date(2026, 5, 31)) == Money.parse("330.65")


def test_what_was_paid_is_not_committed() -> None:
    plan = _plan()
    hmrc = PayEntry(2, date(2026, 5, 9), -2500, "HMRC", ((None, -2500),))
    pension = PayEntry(3, date(2026, 5, 9), -1000, "The People's Pension", ((None, -1000),))
    insurance = PayEntry(4, date(2026, 5, 2), -10000, "Insurer", (("pa.1.insurance", -10000),))
    found = _committed(plan, _payroll(hmrc, pension, insurance))
    assert "hmrc" not in found and "renewal" not in found  # paid, and renewed early
    assert found["pension"] == Money.parse("5.00")  # £15.00 due, £10.00 paid
    # without payslips, wages are owed since the last payment on the line (1 May, a Friday):
    # the Wednesday 6 May
    assert _committed(plan, _payroll(payslips=())) == {
        "wages": Money.parse("190.65"), "renewal": Money.parse("100.00"),
    }  # fmt: skip
    # a renewal more than 8 weeks away is not committed yet
    assert "renewal" not in _committed(plan, _payroll(), date(2026, 4, 1))


def test_without_any_payment_wages_are_owed_since_the_records_began() -> None:
    plan = _plan()
    nothing = PayrollFigures({}, (), date(2026, 4, 20))
    # Wednesdays 22 and 29 April and 6 May: 3 × £190.65
    assert _committed(plan, nothing)["wages"] == Money.parse("571.95")


def test_the_balance_the_buffer_and_the_forecast_account_for_committed_money() -> None:
    plan = _plan()
    figures = LedgerFigures(balance=Money.parse("1800.00"), payroll=_payroll())
    status = ledger_status(plan, figures, TODAY, LedgerSettings(buffer_weeks=8))
    place = status.position
    assert status.committed is not None and status.committed.total == Money.parse("330.65")
    assert place.committed == Money.parse("330.65")
    assert place.free_balance == Money.parse("1469.35")
    # no payment schedule: the balance itself is measured, less everything committed
    assert place.spending_until_next == Money(0)
    assert place.headroom == Money.parse("1469.35")
    # planned: 53 weeks × £190.65 + £100.00 = £10,204.45; a week: × 7 ÷ 365 = £195.70;
    # 8 weeks £1,565.60. £1,800.00 would be a surplus; what is free is under the buffer.
    assert place.weekly == Money.parse("195.70")
    assert place.buffer == Money.parse("1565.60")
    codes = {alert.code for alert in status.alerts}
    assert AlertCode.SURPLUS not in codes
    buffer = next(a for a in status.alerts if a.code is AlertCode.BELOW_BUFFER)
    assert buffer.message.endswith(
        "This allows for £330.65 already committed: wages not paid yet, money due to HMRC or "
        "the pension provider, a renewal."
    )
    assert status.forecast is not None
    assert status.forecast.owed == Money.parse("230.65")
    assert "This counts £230.65 already owed" in status.forecast.message()
    without = ledger_status(plan, replace(figures, payroll=None), TODAY, LedgerSettings(8))
    assert without.committed is None and without.position.committed == Money(0)
    assert {alert.code for alert in without.alerts} >= {AlertCode.SURPLUS}
    assert without.forecast is not None
    assert status.forecast.projected_end == without.forecast.projected_end - Money.parse("230.65")


def test_the_surplus_counts_only_free_money() -> None:
    plan = _plan()
    settings = LedgerSettings()
    level = PlannedSpending(plan).weekly().pence * settings.surplus_weeks
    # just over 8 weeks of spending in the account, but £330.65 of it committed: no surplus
    balance = Money(level + 1000)
    status = ledger_status(plan, LedgerFigures(balance=balance, payroll=_payroll()), TODAY)
    assert AlertCode.SURPLUS not in {alert.code for alert in status.alerts}
    plain = ledger_status(plan, LedgerFigures(balance=balance), TODAY)
    assert AlertCode.SURPLUS in {alert.code for alert in plain.alerts}
    assert Decimal(level) > 0
