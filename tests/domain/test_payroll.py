"""Payroll evidence: what a payslip says, and the council's check of each pay period — the PA
paid the payslip's net pay, a timesheet kept, HMRC and the pension paid by their date."""

from __future__ import annotations

from datetime import date

import pytest

from phbplanner.domain.documents import DocumentKind
from phbplanner.domain.evidence import SpendingKind
from phbplanner.domain.money import Money
from phbplanner.domain.payroll import (
    PaidStatus,
    PayDocument,
    PayEntry,
    PayrollFigures,
    PayrollFlag,
    PayslipDetails,
    TimesheetDetails,
    details_from_text,
    details_problems,
    due_date,
    pay_period_checks,
)

RULES = {
    "pa.1.wages": SpendingKind.WAGES,
    "pa.1.employer_ni": SpendingKind.HMRC,
    "pa.1.pension": SpendingKind.PENSION,
}
APRIL = PayslipDetails(
    Money.parse("700.00"), date(2026, 4, 1), date(2026, 4, 30), Money.parse("25.00"),
    Money.parse("15.00"),
)  # fmt: skip


def _wage(entry_id: int, day: date, pounds: str, line: str = "pa.1.wages") -> PayEntry:
    pence = -Money.parse(pounds).pence
    return PayEntry(entry_id, day, pence, "Anna Jones", ((line, pence),))


def _figures(*entries: PayEntry, documents: tuple[PayDocument, ...] = ()) -> PayrollFigures:
    return PayrollFigures({entry.id: entry for entry in entries}, documents, date(2026, 4, 1))


def _payslip(doc_id: int, *entry_ids: int, details: PayslipDetails = APRIL) -> PayDocument:
    return PayDocument(doc_id, DocumentKind.PAYSLIP, details, entry_ids)


def test_details_are_kept_as_json_and_read_back_tolerantly() -> None:
    assert APRIL.to_json() == {
        "net_pay": "700.00", "period_start": "2026-04-01", "period_end": "2026-04-30",
        "hmrc": "25.00", "pension": "15.00",
    }  # fmt: skip
    assert PayslipDetails.from_json(APRIL.to_json()) == APRIL
    # what the file holds is never refused: unreadable values are left out
    odd = details_from_text("payslip", '{"net_pay": "12.345", "period_end": "2026-02-30"}')
    assert odd == PayslipDetails()
    assert details_from_text("payslip", "not json") is None
    assert details_from_text("receipt", '{"net_pay": "1.00"}') is None
    assert details_from_text("payslip", '{"net_pay": "400.00"}') == PayslipDetails(
        Money.parse("400.00")
    )
    sheet = TimesheetDetails(date(2026, 4, 1), date(2026, 4, 30), "62.5")
    assert TimesheetDetails.from_json(sheet.to_json()) == sheet


def test_details_typed_in_are_checked() -> None:
    assert details_problems(APRIL) == []
    fields = [field for field, _ in details_problems(PayslipDetails())]
    assert fields == ["net_pay", "period"]
    backwards = PayslipDetails(Money(100), date(2026, 5, 1), date(2026, 4, 1))
    assert details_problems(backwards) == [("period", "The pay period ends before it starts.")]
    assert details_problems(PayslipDetails(Money(0), date(2026, 4, 1), date(2026, 4, 30)))


@pytest.mark.parametrize(
    ("end", "due"),
    [
        (date(2026, 4, 30), date(2026, 5, 22)),  # tax month 6 April – 5 May
        (date(2026, 5, 5), date(2026, 5, 22)),
        (date(2026, 5, 6), date(2026, 6, 22)),
        (date(2026, 12, 20), date(2027, 1, 22)),
    ],
)
def test_hmrc_and_the_pension_are_due_on_the_22nd_after_the_tax_month(end: date, due: date) -> None:
    assert due_date(end) == due


def test_a_payment_equal_to_the_net_pay_with_a_timesheet_passes() -> None:
    figures = _figures(
        _wage(1, date(2026, 5, 1), "700.00"),
        PayEntry(2, date(2026, 5, 20), -2500, "HMRC Cumbernauld", ((None, -2500),)),
        PayEntry(3, date(2026, 5, 21), -1500, "NEST", ((None, -1500),)),
        documents=(
            _payslip(10, 1),
            PayDocument(11, DocumentKind.TIMESHEET, TimesheetDetails(), (1,)),
        ),
    )
    (check,) = pay_period_checks(figures, RULES, date(2026, 6, 1))
    assert check.ok and check.paid == Money.parse("700.00") and check.has_timesheet
    assert (check.hmrc, check.pension) == (PaidStatus.PAID, PaidStatus.PAID)
    assert check.due_by == date(2026, 5, 22)
    assert check.period_words() == "1 April 2026 to 30 April 2026"


def test_a_payment_that_differs_from_the_net_pay_is_flagged_by_how_much() -> None:
    figures = _figures(_wage(1, date(2026, 5, 1), "650.00"), documents=(_payslip(10, 1),))
    (check,) = pay_period_checks(figures, RULES, date(2026, 5, 10))
    flags = dict(check.flags)
    assert flags[PayrollFlag.NET_PAY_MISMATCH] == (
        "£650.00 was paid to Anna Jones, £50.00 less than the payslip's net pay of £700.00."
    )
    assert PayrollFlag.NO_TIMESHEET in flags
    # before their date, HMRC and the pension are due, not late
    assert (check.hmrc, check.pension) == (PaidStatus.DUE, PaidStatus.DUE)
    assert PayrollFlag.HMRC_NOT_PAID not in flags


def test_two_payments_for_one_period_count_together_and_only_their_wage_parts() -> None:
    split = PayEntry(2, date(2026, 5, 1), -45000, "Anna Jones",
                     (("pa.1.wages", -40000), ("travel", -5000)))  # fmt: skip
    figures = _figures(
        _wage(1, date(2026, 4, 17), "300.00"), split, documents=(_payslip(10, 1, 2),)
    )
    (check,) = pay_period_checks(figures, RULES, date(2026, 5, 10))
    assert check.paid == Money.parse("700.00")
    assert PayrollFlag.NET_PAY_MISMATCH not in dict(check.flags)


def test_hmrc_and_the_pension_not_paid_by_their_date_are_flagged() -> None:
    figures = _figures(_wage(1, date(2026, 5, 1), "700.00"), documents=(_payslip(10, 1),))
    (check,) = pay_period_checks(figures, RULES, date(2026, 5, 23))
    flags = dict(check.flags)
    assert flags[PayrollFlag.HMRC_NOT_PAID] == (
        "No payment to HMRC of £25.00 is recorded by 22 May 2026, when it was due."
    )
    assert PayrollFlag.PENSION_NOT_PAID in flags


def test_one_payment_to_hmrc_can_cover_two_months() -> None:
    may = PayslipDetails(
        Money.parse("700.00"), date(2026, 5, 1), date(2026, 5, 31), Money.parse("25.00")
    )
    figures = _figures(
        _wage(1, date(2026, 5, 1), "700.00"),
        _wage(2, date(2026, 6, 1), "700.00"),
        PayEntry(3, date(2026, 6, 15), -5000, "Anna's payroll", (("pa.1.employer_ni", -5000),)),
        documents=(_payslip(10, 1), _payslip(11, 2, details=may)),
    )
    april, may_check = pay_period_checks(figures, RULES, date(2026, 7, 1))
    assert april.hmrc is PaidStatus.LATE  # due 22 May, paid 15 June
    assert may_check.hmrc is PaidStatus.PAID  # both months paid by 22 June


def test_a_payslip_without_its_details_or_a_payment_says_what_to_do() -> None:
    figures = _figures(documents=(_payslip(10, details=PayslipDetails()),))
    (check,) = pay_period_checks(figures, RULES, date(2026, 5, 10))
    assert [flag for flag, _ in check.flags] == [
        PayrollFlag.DETAILS_MISSING,
        PayrollFlag.NO_PAYMENT,
    ]
    assert check.period_words() == "a pay period not typed in yet"
