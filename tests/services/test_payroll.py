"""Payroll evidence and committed money through the services, on a real encrypted file: a
payslip's details typed when attaching it, the net pay checked against the bank payment, the
evidence rule the same in SQL as in the domain, and committed money in the status."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from phbplanner.domain.alerts import AlertCode
from phbplanner.domain.committed import CommitmentKind
from phbplanner.domain.documents import DocumentKind
from phbplanner.domain.employment_model import PAInputs
from phbplanner.domain.evidence import PaymentFacts, evidence_rules, missing_evidence
from phbplanner.domain.ledger import Account, Entry, Purpose, Split
from phbplanner.domain.money import Money
from phbplanner.domain.payroll import PaidStatus, PayrollFlag, PayslipDetails, TimesheetDetails
from phbplanner.domain.plan import Management
from phbplanner.services.files import open_plan_file
from phbplanner.services.ledger import Ledger, LedgerError
from phbplanner.services.ledger_view import EntryFilter, LedgerView
from phbplanner.services.pa_plan import pa_change, pa_change_edits
from phbplanner.services.payroll import (
    LOOK_BACK,
    committed,
    pay_periods,
    payroll_lines,
    payroll_since,
)
from phbplanner.services.session import PlanSession
from phbplanner.storage.payroll_queries import payroll_figures
from tests.storage.support import PASS

PDF = b"%PDF-1.4\n%payslip\n" + bytes(100)
APRIL = PayslipDetails(
    Money.parse("700.00"), date(2026, 4, 1), date(2026, 4, 30), Money.parse("25.00"),
    Money.parse("15.00"),
)  # fmt: skip


@pytest.fixture
def session(plan_file: Path) -> Iterator[PlanSession]:
    """The example plan with Anna (15 hours a week at £12.71) and a direct payment account."""
    with open_plan_file(plan_file, PASS, author="Carer Ann", backup=False) as opened:
        change = pa_change(
            opened.plan,
            PAInputs(name="Anna", hourly_rate=Money(1271), hours_per_week=Decimal(15)),
            management=Management.DIRECT_PAYMENT,
        )
        opened.apply_many(pa_change_edits(change), description="Add Anna")
        Ledger(opened).add_account(
            Account("Direct payment account", opening_balance=Money(300_000),
                    opening_date=date(2026, 4, 1)),
            today=date(2026, 4, 1),
        )  # fmt: skip
        yield opened


def _pay(ledger: Ledger, day: date, pounds: str, line: str | None, payee: str = "Anna") -> int:
    purpose = Purpose.PLAN_LINE if line else Purpose.UNASSIGNED
    entry = ledger.record(
        Entry(day, -Money.parse(pounds), payee=payee, purpose=purpose, line_id=line),
        today=date(2026, 6, 30),
    )
    assert entry.id is not None
    return entry.id


def test_net_pay_against_the_bank_payment_is_checked_and_flagged(session: PlanSession) -> None:
    ledger = Ledger(session)
    paid = _pay(ledger, date(2026, 5, 1), "650.00", "pa.1.wages")
    payslip = ledger.attach(paid, "april.pdf", PDF, DocumentKind.PAYSLIP, APRIL)
    assert json.loads(payslip.details) == APRIL.to_json()  # kept in the attachment's details
    (check,) = pay_periods(session, date(2026, 5, 23))
    flags = dict(check.flags)
    assert flags[PayrollFlag.NET_PAY_MISMATCH] == (
        "£650.00 was paid to Anna, £50.00 less than the payslip's net pay of £700.00."
    )
    assert {PayrollFlag.NO_TIMESHEET, PayrollFlag.HMRC_NOT_PAID} <= set(flags)
    # the rest of the net pay, a timesheet, HMRC and the pension paid: nothing flagged
    rest = _pay(ledger, date(2026, 5, 2), "50.00", "pa.1.wages")
    ledger.link(rest, payslip.id)
    ledger.attach(paid, "hours.pdf", PDF, DocumentKind.TIMESHEET, TimesheetDetails(hours="55"))
    _pay(ledger, date(2026, 5, 20), "25.00", None, payee="HMRC Shipley")
    _pay(ledger, date(2026, 5, 21), "15.00", None, payee="NEST")
    (check,) = LedgerView(session).status(date(2026, 5, 23)).pay_periods
    assert check.ok, check.flags
    assert check.paid == Money.parse("700.00")
    assert (check.hmrc, check.pension) == (PaidStatus.PAID, PaidStatus.PAID)


def test_details_typed_wrong_are_refused_and_nothing_is_saved(session: PlanSession) -> None:
    ledger = Ledger(session)
    paid = _pay(ledger, date(2026, 5, 1), "700.00", "pa.1.wages")
    backwards = PayslipDetails(Money.parse("700.00"), date(2026, 4, 30), date(2026, 4, 1))
    with pytest.raises(LedgerError, match="ends before it starts"):
        ledger.attach(paid, "april.pdf", PDF, DocumentKind.PAYSLIP, backwards)
    with pytest.raises(LedgerError, match="Only a payslip or a timesheet"):
        ledger.attach(paid, "receipt.pdf", PDF, DocumentKind.RECEIPT, APRIL)
    assert ledger.documents(paid) == []
    kept = ledger.attach(paid, "april.pdf", PDF, DocumentKind.PAYSLIP)  # details later
    with pytest.raises(LedgerError, match="net pay"):
        ledger.set_details(kept.id, PayslipDetails(period_start=date(2026, 4, 1)))
    assert ledger.documents(paid)[0].details == "{}"
    ledger.set_details(kept.id, APRIL)
    assert json.loads(ledger.documents(paid)[0].details) == APRIL.to_json()


def test_the_evidence_rule_is_the_same_in_sql_and_in_the_domain(session: PlanSession) -> None:
    ledger = Ledger(session)
    view = LedgerView(session)
    plan = session.plan
    other = next(line.id for line in plan.support_lines if not line.group)
    cases = {
        "wages, payslip only": (_pay(ledger, date(2026, 5, 1), "1.00", "pa.1.wages"),
                                [DocumentKind.PAYSLIP]),
        "wages, both": (_pay(ledger, date(2026, 5, 2), "1.00", "pa.1.wages"),
                        [DocumentKind.PAYSLIP, DocumentKind.TIMESHEET]),
        "payroll, a receipt": (_pay(ledger, date(2026, 5, 3), "1.00", "pa.1.payroll"),
                               [DocumentKind.RECEIPT]),
        "payroll, nothing": (_pay(ledger, date(2026, 5, 4), "1.00", "pa.1.payroll"), []),
        "insurance, certificate": (_pay(ledger, date(2026, 5, 5), "1.00", "pa.1.insurance"),
                                   [DocumentKind.CERTIFICATE]),
        "unassigned, other": (_pay(ledger, date(2026, 5, 6), "1.00", None),
                              [DocumentKind.OTHER]),
        "unassigned, nothing": (_pay(ledger, date(2026, 5, 7), "1.00", None), []),
    }  # fmt: skip
    split = _pay(ledger, date(2026, 5, 8), "2.00", None)
    ledger.split(
        split, [Split("pa.1.wages", Money(-100)), Split(other, Money(-100))],
        today=date(2026, 6, 30),
    )  # fmt: skip
    cases["split, a timesheet"] = (split, [DocumentKind.TIMESHEET])
    for entry_id, kinds in cases.values():
        for kind in kinds:
            ledger.attach(entry_id, f"{kind}.pdf", PDF, kind)
    lacking = set(view.ids(EntryFilter(no_receipt=True)))
    rules = evidence_rules(plan)
    for name, (entry_id, kinds) in cases.items():
        entry = ledger.entry(entry_id)
        lines = tuple(s.line_id for s in entry.splits) or (
            (entry.line_id,) if entry.line_id else ()
        )
        facts = PaymentFacts(entry.amount.pence, entry.purpose.value, lines, frozenset(kinds))
        domain_says = bool(missing_evidence(facts, rules))
        assert (entry_id in lacking) == domain_says, name
        (row,) = view.rows([entry_id])
        assert bool(row.evidence_needed) == domain_says, name
    expected = {"wages, payslip only", "payroll, nothing", "unassigned, nothing",
                "split, a timesheet"}  # fmt: skip
    assert {name for name, (i, _) in cases.items() if i in lacking} == expected
    assert view.rows([cases["split, a timesheet"][0]])[0].evidence_needed == "a payslip"
    # the alert counts the same payments once they are more than 30 days old
    status = view.status(date(2026, 7, 31))
    alert = next(a for a in status.alerts if a.code is AlertCode.RECEIPTS_MISSING)
    assert alert.figures["count"] == len(expected)


def test_committed_money_is_in_the_balance_shown(session: PlanSession) -> None:
    ledger = Ledger(session)
    paid = _pay(ledger, date(2026, 5, 1), "700.00", "pa.1.wages")
    ledger.attach(paid, "april.pdf", PDF, DocumentKind.PAYSLIP, APRIL)
    as_of = date(2026, 5, 10)
    status = LedgerView(session).status(as_of)
    assert status.committed is not None
    items = {(item.kind, item.line_id): item for item in status.committed.items}
    # Anna: the week of Wednesday 6 May (15 × £12.71); HMRC £25.00 and the pension £15.00
    assert items[(CommitmentKind.WAGES, "pa.1.wages")].amount == Money.parse("190.65")
    assert items[(CommitmentKind.HMRC, None)].amount == Money.parse("25.00")
    assert items[(CommitmentKind.PENSION, None)].amount == Money.parse("15.00")
    # the example's own PA lines have had nothing paid since the records began on 1 April
    own = [item for (kind, line), item in items.items() if line not in ("pa.1.wages", None)]
    assert own and all(item.kind is CommitmentKind.WAGES for item in own)
    assert all("since the records began, on 1 April 2026" in item.explanation for item in own)
    total = Money.parse("230.65") + Money.total(item.amount for item in own)
    balance = Money(300_000) - Money.parse("700.00")
    assert status.position.balance == balance
    assert status.position.committed == total
    assert status.position.free_balance == balance - total
    assert committed(session, as_of).total == total


def test_the_payroll_read_starts_at_its_date_and_knows_hmrc_by_its_words(
    session: PlanSession,
) -> None:
    ledger = Ledger(session)
    may = _pay(ledger, date(2026, 5, 1), "700.00", "pa.1.wages")
    ledger.attach(may, "april.pdf", PDF, DocumentKind.PAYSLIP, APRIL)
    june = _pay(ledger, date(2026, 6, 1), "700.00", "pa.1.wages")
    june_slip = ledger.attach(june, "may.pdf", PDF, DocumentKind.PAYSLIP)
    paye = _pay(ledger, date(2026, 6, 20), "25.00", None, payee="Employer PAYE")
    not_paye = _pay(ledger, date(2026, 6, 21), "9.99", None, payee="Sunpayers Ltd")
    lines = payroll_lines(session.plan)
    assert "pa.1.wages" in lines
    with session.reading() as conn:
        everything = payroll_figures(conn, lines)
        later = payroll_figures(conn, lines, date(2026, 5, 15))
    assert {may, june, paye} <= set(everything.entries) and not_paye not in everything.entries
    assert set(later.entries) == {june, paye}
    assert [document.id for document in later.documents] == [june_slip.id]
    # by default the check reads from two months before the budget period
    assert (
        payroll_since(session.plan, date(2026, 6, 30))
        == (session.plan.budget.period_start or date(2026, 6, 30)) - LOOK_BACK
    )
    assert len(pay_periods(session, date(2026, 6, 30))) == 2
    assert pay_periods(session, date(2026, 6, 30), since=date(2026, 5, 15)) == tuple(
        check for check in pay_periods(session, date(2026, 6, 30)) if june in check.entry_ids
    )
