"""A monitoring return made from a real encrypted file: totals, lists, checks and periods.

The records are those of ``return_file.py``, worked out by hand there.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from phbplanner.domain.ledger import Entry, LedgerSettings, Purpose
from phbplanner.domain.money import Money
from phbplanner.domain.return_periods import PeriodError, ReturnPeriod
from phbplanner.domain.versions import Agreement
from phbplanner.services.files import open_plan_file
from phbplanner.services.ledger import Ledger
from phbplanner.services.ledger_view import (
    SETTINGS_KEY,
    EntryFilter,
    LedgerView,
    settings_to_text,
)
from phbplanner.services.returns import ReturnError, Returns
from phbplanner.services.session import PlanSession
from tests.storage.support import PASS

from .return_file import Q1, Q2, TODAY, filled_file, m


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory, template_file: Path) -> Path:
    """The template plan with the two quarters of records (made once for this module)."""
    return filled_file(template_file, tmp_path_factory.mktemp("filled"))


@pytest.fixture
def session(filled: Path, tmp_path: Path) -> Iterator[PlanSession]:
    target = tmp_path / "plan.phbplan"
    shutil.copyfile(filled, target)
    with open_plan_file(target, PASS, author="Ffion", backup=False) as opened:
        yield opened


def _ledger_figures(session: PlanSession, period: ReturnPeriod) -> tuple[int, int, int, int]:
    """(opening, in, out, closing) in pence as the spending records' own views give them."""
    view = LedgerView(session)
    try:
        ids, totals = view.select(
            EntryFilter(account_id=1, date_from=period.start, date_to=period.end)
        )
        earlier = view.ids(EntryFilter(account_id=1, date_to=period.start - timedelta(days=1)))
        opening = view.rows(earlier[-1:])[0].balance_pence if earlier else 100_000
        closing = view.rows(ids[-1:])[0].balance_pence if ids else opening
    finally:
        view.close()
    return opening, totals.money_in, -totals.money_out, closing


@pytest.mark.parametrize(
    ("period", "opening", "money_in", "money_out", "closing"),
    [
        (Q2, "5417.12", "2493.56", "378.10", "7532.58"),
        (Q1, "1000.00", "4917.12", "500.00", "5417.12"),
        (ReturnPeriod(date(2026, 6, 1), date(2026, 7, 31)), "4487.84", "2458.56", "558.10",
         "6388.30"),
        (ReturnPeriod(date(2026, 10, 1), date(2026, 10, 7)), "7532.58", "0.00", "0.00",
         "7532.58"),
    ],
)  # fmt: skip
def test_totals_are_the_ledgers_for_hand_worked_periods(
    session: PlanSession, period: ReturnPeriod, opening: str, money_in: str, money_out: str,
    closing: str,
) -> None:  # fmt: skip
    prepared = Returns(session).prepare(period, produced=TODAY)
    totals = prepared.totals
    assert (totals.opening, totals.money_in, totals.money_out, totals.closing) == (
        m(opening),
        m(money_in),
        m(money_out),
        m(closing),
    )
    assert totals.opening + totals.money_in - totals.money_out == totals.closing
    figures = _ledger_figures(session, period)
    assert figures == (
        totals.opening.pence,
        totals.money_in.pence,
        totals.money_out.pence,
        totals.closing.pence,
    )


def test_every_entry_of_the_period_with_its_parts_and_receipt_references(
    session: PlanSession,
) -> None:
    ret = Returns(session).prepare(Q2, produced=TODAY).ret
    assert [row.entry.id for row in ret.rows] == list(range(7, 18))
    assert [row.balance for row in ret.rows][-1] == m("7532.58")
    split = ret.rows[1]
    assert [(p.line_id, p.amount) for p in split.parts] == [
        ("s1", m("-100.00")),
        ("s6", m("-50.00")),
    ]
    assert split.entry.receipt_refs == ("R0008-1", "R0008-2")
    assert split.entry.documents == ("payslip.pdf", "invoice.jpg")  # in the order attached
    assert ret.rows[0].entry.reference == "PA-01"
    assert ret.rows[0].what_for == "Personal assistant for walks"
    by_line = {row.line_id: row for row in ret.by_line if row.line_id}
    assert (by_line["s1"].money_out, by_line["s1"].payments, by_line["s1"].refunded) == (
        m("145.60"),
        2,
        m("20.00"),
    )
    assert (by_line["s6"].money_out, by_line["s6"].payments) == (m("62.00"), 2)
    assert by_line["s5"].money_out == m("75.00") and by_line["s9"].money_out == m("33.00")
    assert by_line["s3"].money_out == m("0.00")  # every line of the plan has a row
    assert "s8" in by_line  # the notional line is listed, at £0.00
    assert Money.total(row.money_out for row in ret.by_line) == ret.money_out
    assert Money.total(row.amount for row in ret.by_outcome) == ret.money_out
    assert ret.header.person_name == "Siân Pritchard"
    assert ret.header.holder_name == "Ffion Pritchard (nominee)"
    assert ret.header.plan_label == "Plan version 1 (draft, not yet agreed)"
    assert ret.header.plan_fingerprint == session.version.fingerprint


def test_payments_without_a_receipt_and_entries_not_assigned(session: PlanSession) -> None:
    prepared = Returns(session).prepare(Q2, produced=TODAY)
    ret, totals = prepared.ret, prepared.totals
    assert [row.entry.id for row in ret.without_receipt] == [10, 14, 17]
    assert (totals.without_receipt, totals.without_receipt_total) == (3, m("105.00"))
    assert [row.entry.id for row in ret.unassigned] == [10]
    assert (totals.unassigned, totals.unassigned_out, totals.unassigned_in) == (
        1,
        m("60.00"),
        m("0.00"),
    )
    assert totals.receipts == 4 and totals.entries == 11
    assert [(d.entry_id, d.number, d.filename) for d in prepared.documents] == [
        (7, 1, "wages.png"), (8, 1, "payslip.pdf"), (8, 2, "invoice.jpg"), (16, 1, "taxi.pdf")
    ]  # fmt: skip


def test_the_checks_before_export(session: PlanSession) -> None:
    returns = Returns(session)
    checks = returns.checks(Q2, produced=TODAY)
    assert [check.code for check in checks] == ["payment_missing", "unassigned",
                                                 "receipts_missing"]  # fmt: skip
    assert checks[0].message == (
        "The budget payment of £1,229.28 expected on 16 September 2026 has not arrived."
    )
    assert "3 payments (together £105.00)" in checks[2].message
    # on 20 September the payment of the 16th is still within its week of tolerance
    assert "payment_missing" not in [c.code for c in returns.checks(Q2, produced=date(2026, 9, 20))]
    # the bank's balance agrees with the records: no balance check
    assert returns.prepare(Q2, produced=TODAY).ret.balance_agreement == "agrees"


def test_a_bank_balance_that_disagrees_is_a_check(session: PlanSession) -> None:
    ledger = Ledger(session)
    entry = ledger.entry(17)
    ledger.change(replace(entry, bank_balance=m("7500.00")), today=TODAY)
    prepared = Returns(session).prepare(Q2, produced=TODAY)
    codes = [check.code for check in prepared.checks]
    assert codes[:2] == ["balance_mismatch", "balance_check"]
    assert prepared.totals.bank_difference == m("-32.58")
    assert "£7,500.00" in prepared.checks[1].message
    # with a note explaining it, the difference is shown as explained
    explained = Returns(session).prepare(Q2, produced=TODAY, bank_note="A cheque not yet cleared")
    assert explained.ret.balance_agreement == "explained"
    assert "balance_mismatch" not in [c.code for c in explained.checks]
    # a mismatch after the period is not this period's problem
    assert "balance_check" not in [c.code for c in Returns(session).checks(Q1, produced=TODAY)]


def test_an_entry_after_the_last_statement_row_leaves_the_banks_balance_unknown(
    session: PlanSession,
) -> None:
    Ledger(session).record(
        Entry(date(2026, 9, 30), m("-5.00"), payee="Cash", purpose=Purpose.UNASSIGNED),
        today=TODAY,
    )
    prepared = Returns(session).prepare(Q2, produced=TODAY)
    assert prepared.totals.bank_closing is None
    assert prepared.ret.balance_agreement == "not_given"


def test_the_default_period_and_since_the_last_return(session: PlanSession) -> None:
    returns = Returns(session)
    offered = returns.periods(TODAY)
    assert offered.default == Q2 == offered.last_full_quarter
    assert offered.since_last_return is None
    assert returns.period_between(None, None, today=TODAY) == Q2
    assert returns.period_between(date(2026, 9, 1), None, today=TODAY) == ReturnPeriod(
        date(2026, 9, 1), TODAY
    )
    assert returns.period_between(None, date(2026, 5, 31), today=TODAY) == ReturnPeriod(
        date(2026, 4, 1), date(2026, 5, 31)
    )
    # before the budget period: from the start of that calendar quarter
    assert returns.period_between(None, date(2026, 2, 10)).start == date(2026, 1, 1)
    # before any quarter has ended: the budget period so far
    assert returns.periods(date(2026, 5, 2)).default == ReturnPeriod(
        date(2026, 4, 1), date(2026, 5, 2)
    )


def test_from_after_to_is_refused_plainly(session: PlanSession) -> None:
    with pytest.raises(PeriodError) as info:
        Returns(session).period_between(date(2026, 7, 1), date(2026, 6, 30))
    assert info.value.exit_code == 2
    assert info.value.message == (
        "The period cannot start after it ends: 1 July 2026 is after 30 June 2026. Choose a "
        "start date on or before the end date."
    )


def test_a_period_with_no_entries_gives_a_return_that_says_so(session: PlanSession) -> None:
    prepared = Returns(session).prepare(
        ReturnPeriod(date(2026, 10, 1), date(2026, 10, 7)), produced=TODAY
    )
    assert prepared.ret.is_empty
    assert prepared.ret.empty_message() == (
        "No money went into or out of Direct payment account from 1 October 2026 to 7 October 2026."
    )
    assert prepared.notes == ()


def test_dates_outside_the_budget_period_are_allowed_and_stated(session: PlanSession) -> None:
    prepared = Returns(session).prepare(
        ReturnPeriod(date(2026, 3, 1), date(2026, 4, 30)), produced=TODAY
    )
    assert prepared.ret.outside_budget_period
    assert prepared.checks[-1].code == "outside_budget_period"
    assert prepared.totals.opening == m("1000.00")
    assert prepared.totals.closing == m("3258.56")


def test_a_period_not_yet_ended_is_noted(session: PlanSession) -> None:
    prepared = Returns(session).prepare(ReturnPeriod(date(2026, 10, 1), date(2026, 12, 31)),
                                        produced=TODAY)  # fmt: skip
    assert prepared.notes and "has not ended yet" in prepared.notes[0]


def test_the_buffer_is_measured_with_the_plans_settings(session: PlanSession) -> None:
    with session.writing("settings") as conn:
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            (SETTINGS_KEY, settings_to_text(LedgerSettings(buffer_weeks=2, surplus_weeks=3))),
        )
    buffer = Returns(session).prepare(Q2, produced=TODAY).ret.buffer
    assert (buffer.buffer_weeks, buffer.surplus_weeks) == (2, 3)
    assert buffer.weekly_planned is not None and buffer.weekly_planned.pence > 0
    # the money left is the closing balance less what is planned before the next payment
    assert buffer.measured < m("7532.58")


def test_the_plan_version_agreed_for_the_period(session: PlanSession) -> None:
    returns = Returns(session)
    session.agree(Agreement(person_name="Siân Pritchard", agreed_on=date(2026, 6, 15)))
    assert returns.plan_version_for(Q2).number == 1
    ret = returns.prepare(Q2, produced=TODAY).ret
    assert ret.header.plan_label == "Plan version 1 (agreed)"
    assert ret.header.plan_fingerprint == session.versions()[0].fingerprint


def test_accounts_must_be_chosen_when_there_are_several(session: PlanSession) -> None:
    from phbplanner.domain.ledger import Account

    Ledger(session).add_account(Account("Prepaid card", opening_date=date(2026, 4, 1)), today=TODAY)
    with pytest.raises(ReturnError, match="This plan has 2 accounts"):
        Returns(session).prepare(Q2, produced=TODAY)
    card = Returns(session).prepare(Q2, account_id=2, produced=TODAY)
    assert card.ret.is_empty and card.ret.header.account_name == "Prepaid card"
    with pytest.raises(ReturnError, match="not in this plan"):
        Returns(session).prepare(Q2, account_id=9, produced=TODAY)


def test_a_difference_that_began_before_the_period_shows_in_its_balance_check(
    session: PlanSession,
) -> None:
    Ledger(session).delete(5)  # a payment of £300.00 in June, forgotten
    prepared = Returns(session).prepare(Q2, produced=TODAY)
    [check] = [c for c in prepared.checks if c.code == "balance_check"]
    assert check.message == (
        "A payment may be missing up to 30 September 2026: the bank says £7,532.58 after "
        "30 September, these records say £7,832.58."
    )
    assert prepared.totals.bank_difference == m("-300.00")
