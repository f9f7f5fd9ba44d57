"""The monitoring return as plain data: the arithmetic, the lists and the checks (issue 13)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phbplanner.domain.costing import cost_plan
from phbplanner.domain.money import ZERO, Money
from phbplanner.domain.monitoring import (
    BalanceAgreement,
    EntryPart,
    EntryPurpose,
    MissingPayment,
    PlanLineRef,
    ReturnEntry,
    ReturnError,
    build_return,
    plan_refs,
    receipt_reference,
)
from phbplanner.domain.return_buffer import BufferStatus
from phbplanner.domain.return_periods import PeriodError, ReturnPeriod

from ..reports.pdf_plans import sample_plan
from .return_data import OPENING, PERIOD, header, m, quarter_entries, refs

P = EntryPurpose


def quarter(**options: object):  # type: ignore[no-untyped-def]
    return build_return(header(), PERIOD, OPENING, quarter_entries(), **{**refs(), **options})  # type: ignore[arg-type]


def test_hand_worked_quarter_opening_plus_in_minus_out_is_closing() -> None:
    ret = quarter()
    assert ret.opening == m("1000.00")
    assert ret.money_in == m("3035.00")
    assert ret.money_out == m("468.00")
    assert ret.closing == m("3567.00")
    assert ret.opening + ret.money_in - ret.money_out == ret.closing


def test_entries_in_date_order_with_the_running_balance() -> None:
    ret = quarter()
    assert [row.entry.id for row in ret.rows] == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert [row.balance.to_str() for row in ret.rows] == [
        "4000.00", "3956.50", "3806.50", "3804.00", "3744.00",
        "3764.00", "3779.00", "3767.00", "3567.00",
    ]  # fmt: skip
    assert ret.rows[-1].balance == ret.closing


def test_same_day_entries_are_listed_in_the_order_they_were_recorded() -> None:
    day = date(2026, 4, 2)
    entries = [ReturnEntry(n, day, m("-1.00"), purpose=P.BANK_CHARGE) for n in (30, 10, 20)]
    ret = build_return(header(), PERIOD, OPENING, entries)
    assert [row.entry.id for row in ret.rows] == [10, 20, 30]


def test_money_in_lists_each_budget_payment_and_refund() -> None:
    rows = quarter().money_in_rows
    assert [(row.entry.id, row.what_for, row.money_in.to_str()) for row in rows] == [
        (1, "Budget payment received", "3000.00"),
        (6, "Personal assistant for walks", "20.00"),
        (7, "Refund", "15.00"),
    ]


def test_money_out_by_plan_line() -> None:
    by_line = {(row.line_id, row.label): row for row in quarter().by_line}
    l1 = by_line["l1", "Personal assistant for walks"]
    assert (l1.payments, l1.money_out, l1.refunded) == (2, m("143.50"), m("20.00"))
    assert by_line["l2", "Hydrotherapy sessions"].money_out == ZERO  # every line of the plan
    assert by_line["l4", "Payroll service"].money_out == m("62.00")
    old = by_line["old", "Gym membership"]  # no longer in the plan: named as kept
    assert (old.money_out, old.in_plan) == (m("200.00"), False)
    assert by_line[None, "Bank charge"].money_out == m("2.50")
    assert by_line[None, "Not yet assigned"].money_out == m("60.00")
    assert Money.total(row.money_out for row in quarter().by_line) == m("468.00")


def test_money_out_by_outcome_adds_up_to_money_out() -> None:
    by_outcome = [(row.outcome_id, row.title, row.amount.to_str()) for row in quarter().by_outcome]
    assert by_outcome == [
        ("o1", "Get out into the hills once a week", "205.50"),
        ("o2", "Sleep through the night", "0.00"),
        (None, "Not linked to an outcome", "200.00"),
        (None, "Not for a plan line", "62.50"),
    ]


def test_a_line_serving_two_outcomes_is_shared_the_odd_penny_to_the_first() -> None:
    entries = [ReturnEntry(1, date(2026, 4, 9), m("-45.01"), purpose=P.PLAN_LINE, line_id="l2")]
    ret = build_return(header(), PERIOD, OPENING, entries, **refs())  # type: ignore[arg-type]
    amounts = {row.outcome_id: row.amount for row in ret.by_outcome}
    assert amounts == {"o1": m("22.51"), "o2": m("22.50")}


def test_by_outcome_uses_the_same_rule_as_the_plans_own_breakdown() -> None:
    plan = sample_plan()
    costing = cost_plan(plan)
    # spend on every line exactly what the plan costs it over the period
    entries = [
        ReturnEntry(n, date(2026, 5, 1), -cost.period_cost, purpose=P.PLAN_LINE, line_id=cost.id)
        for n, cost in enumerate(costing.lines, start=1)
        if cost.period_cost
    ]
    lines, outcomes = plan_refs(plan)
    ret = build_return(header(), PERIOD, ZERO, entries, plan_lines=lines, outcomes=outcomes)
    ours = {row.outcome_id: row.amount for row in ret.by_outcome if row.outcome_id}
    assert ours == costing.by_outcome
    assert ret.money_out == costing.planned_total


def test_receipt_references_and_payments_without_a_receipt() -> None:
    ret = quarter()
    refs_by_entry = {row.entry.id: row.entry.receipt_refs for row in ret.rows}
    assert refs_by_entry[2] == ("R0002-1",)
    assert refs_by_entry[3] == ("R0003-1", "R0003-2")
    assert receipt_reference(12345, 3) == "R12345-3"
    # the unassigned payment and the payroll payment; a bank charge needs no receipt, money in
    # needs none
    assert [row.entry.id for row in ret.without_receipt] == [5, 8]


def test_entries_not_assigned_to_a_plan_line_are_listed_on_their_own() -> None:
    entries = [
        *quarter_entries(),
        ReturnEntry(20, date(2026, 6, 2), m("-5.00"), purpose=P.PLAN_LINE),  # no line named
        ReturnEntry(21, date(2026, 6, 3), m("7.00"), purpose=P.UNASSIGNED),  # money in too
    ]
    ret = build_return(header(), PERIOD, OPENING, entries, **refs())  # type: ignore[arg-type]
    assert [row.entry.id for row in ret.unassigned] == [5, 20, 21]
    assert all(row.what_for == "Not yet assigned" for row in ret.unassigned)
    check = next(c for c in ret.checks if c.code == "unassigned")
    assert check.message.startswith("3 entries are not yet assigned to a plan line.")


def test_a_split_lists_its_parts() -> None:
    row = next(row for row in quarter().rows if row.entry.id == 3)
    assert row.what_for == "Split between 2 lines"
    assert [(p.line_id, p.label, p.amount.to_str()) for p in row.parts] == [
        ("l1", "Personal assistant for walks", "-100.00"),
        ("l4", "Payroll service", "-50.00"),
    ]


def test_a_split_that_does_not_add_up_is_flagged_and_the_totals_still_hold() -> None:
    parts = (EntryPart("l1", m("-60.00")), EntryPart("l4", m("-30.00")))
    entries = [ReturnEntry(4, date(2026, 4, 4), m("-100.00"), purpose=P.PLAN_LINE, parts=parts)]
    ret = build_return(header(), PERIOD, OPENING, entries, **refs())  # type: ignore[arg-type]
    assert ret.money_out == m("100.00")
    assert Money.total(row.money_out for row in ret.by_line) == m("100.00")
    assert Money.total(row.amount for row in ret.by_outcome) == m("100.00")
    assert [row.entry.id for row in ret.unassigned] == [4]
    check = next(c for c in ret.checks if c.code == "split_mismatch")
    assert "add up to -£90.00, not -£100.00" in check.message


def test_a_period_with_no_entries_says_so() -> None:
    ret = build_return(header(), PERIOD, OPENING, [], **refs())  # type: ignore[arg-type]
    assert ret.is_empty
    assert ret.closing == ret.opening == OPENING
    assert ret.money_in == ret.money_out == ZERO
    assert ret.empty_message() == (
        "No money went into or out of Direct payment account from 1 April 2026 to 30 June 2026."
    )
    assert {c.code for c in ret.checks} == {"outside_budget_period"}


def test_from_after_to_is_refused_in_plain_words() -> None:
    with pytest.raises(PeriodError) as info:
        ReturnPeriod(date(2026, 7, 1), date(2026, 6, 30))
    assert info.value.message == (
        "The period cannot start after it ends: 1 July 2026 is after 30 June 2026. Choose a "
        "start date on or before the end date."
    )
    assert info.value.exit_code == 2


def test_an_entry_outside_the_period_or_listed_twice_is_refused() -> None:
    late = ReturnEntry(99, date(2026, 7, 1), m("-1.00"))
    with pytest.raises(ReturnError, match="Entry 99 is dated 1 July 2026, outside the period"):
        build_return(header(), PERIOD, OPENING, [late])
    twice = ReturnEntry(2, date(2026, 4, 5), m("-1.00"))
    with pytest.raises(ReturnError, match="Entry 2 is listed twice"):
        build_return(header(), PERIOD, OPENING, [*quarter_entries(), twice])


def test_a_period_outside_the_budget_period_is_allowed_and_stated() -> None:
    ret = quarter()  # 1 April; the budget period starts on 6 April
    assert ret.outside_budget_period
    assert any(
        c.code == "outside_budget_period" and "6 April 2026 to 5 April 2027" in c.message
        for c in ret.checks
    )
    inside = build_return(header(), ReturnPeriod(date(2026, 4, 6), date(2026, 7, 5)), OPENING, [])
    assert not inside.outside_budget_period
    no_budget = build_return(
        replace(header(), budget_start=None, budget_end=None), PERIOD, OPENING, []
    )
    assert not no_budget.outside_budget_period


def test_the_bank_balance_beside_the_records() -> None:
    agrees = quarter(bank_closing=m("3567.00"))
    assert agrees.balance_agreement is BalanceAgreement.AGREES
    assert agrees.bank_difference == ZERO
    assert not any(c.code == "balance_mismatch" for c in agrees.checks)

    differs = quarter(bank_closing=m("3517.00"))
    assert differs.balance_agreement is BalanceAgreement.DIFFERS
    assert differs.bank_difference == m("-50.00")
    assert differs.checks[0].code == "balance_mismatch"  # the most serious check comes first
    assert "The bank's closing balance is £3,517.00, but these records come to £3,567.00: a " \
        "difference of £50.00." in differs.checks[0].message  # fmt: skip

    explained = quarter(bank_closing=m("3517.00"), bank_note="  Cheque 104 not yet cashed. ")
    assert explained.balance_agreement is BalanceAgreement.EXPLAINED
    assert explained.bank_note == "Cheque 104 not yet cashed."
    assert not any(c.code == "balance_mismatch" for c in explained.checks)

    assert quarter().balance_agreement is BalanceAgreement.NOT_GIVEN


def test_the_period_checks_in_plain_sentences() -> None:
    ret = quarter(
        balance_problem="A payment may be missing between 12 and 19 May 2026: the bank says …",
        missing_payments=[MissingPayment(date(2026, 6, 1), m("1000.00"))],
    )
    codes = [check.code for check in ret.checks]
    assert codes == [
        "balance_check", "payment_missing", "unassigned", "receipts_missing",
        "outside_budget_period",
    ]  # fmt: skip
    messages = {check.code: check.message for check in ret.checks}
    assert messages["balance_check"].startswith("A payment may be missing between 12 and 19 May")
    assert messages["payment_missing"] == (
        "The budget payment of £1,000.00 expected on 1 June 2026 has not arrived."
    )
    assert messages["receipts_missing"] == (
        "2 payments (together £72.00) have no receipt attached. They are listed under "
        "“Payments without a receipt”."
    )


def test_one_payment_without_a_receipt_is_said_in_the_singular() -> None:
    entries = [ReturnEntry(1, date(2026, 4, 9), m("-9.99"), purpose=P.PLAN_LINE, line_id="l1")]
    ret = build_return(header(), PERIOD, OPENING, entries, **refs())  # type: ignore[arg-type]
    message = next(c.message for c in ret.checks if c.code == "receipts_missing")
    assert message.startswith("1 payment (£9.99) has no receipt attached.")


def test_surplus_against_the_buffer() -> None:
    ret = quarter(weekly_planned=m("400.00"))  # £3,567.00 is 8.9 weeks: above 4 to 8 weeks
    assert ret.buffer.status is BufferStatus.ABOVE
    assert str(ret.buffer.weeks_held) == "8.9"
    assert "above the agreed buffer of 4 to 8 weeks, by £367.00" in ret.buffer.message


def test_a_line_description_is_the_plans_or_the_one_kept_with_the_entry() -> None:
    entries = [
        ReturnEntry(1, date(2026, 4, 9), m("-1.00"), purpose=P.PLAN_LINE, line_id="gone",
                    line_description="Old gardening help"),
        ReturnEntry(2, date(2026, 4, 10), m("-1.00"), purpose=P.PLAN_LINE, line_id="gone"),
        ReturnEntry(3, date(2026, 4, 11), m("-1.00"), purpose=P.PLAN_LINE, line_id="x9"),
    ]  # fmt: skip
    lines = [PlanLineRef("l1", "Renamed in the plan")]
    ret = build_return(header(), PERIOD, OPENING, entries, plan_lines=lines)
    assert [row.what_for for row in ret.rows] == [
        "Old gardening help", "Old gardening help", "Plan line x9"
    ]  # fmt: skip


def test_the_declaration_and_signature_blocks() -> None:
    ret = quarter()
    assert ret.declaration.startswith(
        "I confirm that this money was spent on the support agreed in my plan"
    )
    assert [(s.role, s.name, s.ask_relationship) for s in ret.signatures] == [
        ("The budget holder", "Siân Williams", False),
        ("Or a representative or nominee signing for them", "", True),
    ]
    other = build_return(
        replace(header(), holder_name="Zoë Brontë", representative_name="Łukasz Nowak"),
        PERIOD,
        OPENING,
        [],
        declaration="We confirm.",
    )
    assert other.declaration == "We confirm."
    assert [s.name for s in other.signatures] == ["Zoë Brontë", "Łukasz Nowak"]


def test_the_return_is_a_frozen_value() -> None:
    ret = quarter()
    assert ret == quarter()
    with pytest.raises(AttributeError):
        ret.closing = ZERO  # type: ignore[misc]


_purposes = st.sampled_from(list(EntryPurpose))
_amounts = st.integers(-500_000, 500_000).filter(bool)


@st.composite
def _entries(draw: st.DrawFn) -> list[ReturnEntry]:
    count = draw(st.integers(0, 40))
    result = []
    for n in range(1, count + 1):
        pence = draw(_amounts)
        purpose = draw(_purposes)
        day = PERIOD.start + timedelta(days=draw(st.integers(0, PERIOD.days - 1)))
        line_id = draw(st.sampled_from(["l1", "l2", "l3", "l4", "gone", None]))
        parts: tuple[EntryPart, ...] = ()
        if purpose is P.PLAN_LINE and draw(st.booleans()):
            first = draw(st.integers(min(0, pence), max(0, pence)))
            parts = (EntryPart("l1", Money(first)), EntryPart("l2", Money(pence - first)))
            if draw(st.booleans()):
                parts = (*parts[:1], EntryPart("l3", Money(draw(_amounts))))  # may not add up
        docs = tuple(f"d{i}.pdf" for i in range(draw(st.integers(0, 2))))
        result.append(
            ReturnEntry(n, day, Money(pence), purpose=purpose, line_id=line_id, parts=parts,
                        documents=docs)
        )  # fmt: skip
    return result


@settings(deadline=None, derandomize=True, max_examples=200)
@given(opening=st.integers(-100_000, 1_000_000), entries=_entries())
def test_every_return_adds_up(opening: int, entries: list[ReturnEntry]) -> None:
    ret = build_return(header(), PERIOD, Money(opening), entries, **refs())  # type: ignore[arg-type]
    assert ret.opening + ret.money_in - ret.money_out == ret.closing
    assert ret.closing == Money(opening + sum(e.amount.pence for e in entries))
    assert Money.total(row.money_out for row in ret.by_line) == ret.money_out
    assert Money.total(row.amount for row in ret.by_outcome) == ret.money_out
    assert Money.total(row.money_in for row in ret.money_in_rows) == ret.money_in
    if ret.rows:
        assert ret.rows[-1].balance == ret.closing
    for row in ret.rows:
        assert Money.total(part.amount for part in row.parts) == row.entry.amount
    assert {row.entry.id for row in ret.without_receipt} == {
        e.id for e in entries if e.amount.pence < 0 and e.purpose is not P.BANK_CHARGE
        and not e.documents
    }  # fmt: skip
