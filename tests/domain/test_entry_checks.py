"""Entries, splits and accounts typed in or imported: what is accepted, warned about and refused."""

from datetime import date

import pytest

from phbplanner.domain.entry_checks import (
    CheckCode,
    DateError,
    EntryProblems,
    check_account,
    check_entry,
    check_entry_date,
    check_splits,
    errors_only,
    parse_entry_date,
    plan_lines,
    raise_if_invalid,
)
from phbplanner.domain.ledger import (
    Account,
    AccountKind,
    Entry,
    LinePart,
    Purpose,
    Split,
    held_managements,
    needs_receipt,
)
from phbplanner.domain.money import Money
from phbplanner.domain.plan import Management

from .ledger_plans import year_plan

TODAY = date(2027, 8, 20)
LINES = plan_lines(year_plan())  # w, f, m, o, a, n


def codes(problems: list) -> list[CheckCode]:  # type: ignore[type-arg]
    return [problem.code for problem in problems]


def pays(line: str = "w", amount: int = -5000, **changes: object) -> Entry:
    fields: dict = {"date": date(2027, 8, 19), "amount": Money(amount), "payee": "Ffion",
                    "purpose": Purpose.PLAN_LINE, "line_id": line}  # fmt: skip
    fields.update(changes)
    return Entry(**fields)


# -- splits -----------------------------------------------------------------------------------
def test_a_split_that_adds_up_is_accepted() -> None:
    # £100.00 out: £60.00 for the PA and £40.00 for the taxi; -6000 + -4000 = -10000
    parts = (Split("w", Money(-6000)), Split("f", Money(-4000)))
    assert check_splits(Money(-10000), parts, LINES) == []
    entry = pays(None, -10000, splits=parts)
    assert check_entry(entry, today=TODAY, lines=LINES) == []
    assert entry.line_parts() == (
        LinePart("w", "", Money(-6000)),
        LinePart("f", "", Money(-4000)),
    )


def test_a_split_short_of_the_amount_says_how_much_is_left() -> None:
    # -6000 + -3000 = -9000, the payment is -10000: £10.00 still to share out
    problems = check_splits(Money(-10000), (Split("w", Money(-6000)), Split("f", Money(-3000))),
                            LINES)  # fmt: skip
    assert codes(problems) == [CheckCode.SPLIT_TOTAL]
    assert problems[0].message == (
        "The parts add up to £90.00, but the amount is £100.00: £10.00 is still to share out."
    )


def test_a_split_over_the_amount_says_by_how_much() -> None:
    problems = check_splits(Money(-10000), (Split("w", Money(-6000)), Split("f", Money(-4001))),
                            LINES)  # fmt: skip
    assert problems[0].message == (
        "The parts add up to £100.01, but the amount is £100.00: they are £0.01 too much."
    )


def test_a_split_part_with_the_other_sign_is_refused() -> None:
    # -12000 + +2000 = -10000 adds up, but a payment out cannot have money coming in as a part
    problems = check_splits(Money(-10000), (Split("w", Money(-12000)), Split("f", Money(2000))),
                            LINES)  # fmt: skip
    assert codes(problems) == [CheckCode.SPLIT_SIGN]
    assert "Part 2 of the split (£20.00) is money in" in problems[0].message


@pytest.mark.parametrize(
    ("parts", "code"),
    [
        ((Split("w", Money(-10000)),), CheckCode.SPLIT_TOO_FEW),
        ((Split("w", Money(-10000)), Split("f", Money(0))), CheckCode.SPLIT_ZERO),
        ((Split("w", Money(-5000)), Split("w", Money(-5000))), CheckCode.SPLIT_DUPLICATE),
        ((Split("w", Money(-5000)), Split("zz", Money(-5000))), CheckCode.LINE_UNKNOWN),
    ],
)
def test_splits_that_cannot_be_saved(parts: tuple[Split, ...], code: CheckCode) -> None:
    assert code in codes(check_splits(Money(-10000), parts, LINES))


# -- entries ----------------------------------------------------------------------------------
def test_an_ordinary_payment_has_no_problems() -> None:
    assert check_entry(pays(), today=TODAY, lines=LINES) == []


def test_a_line_that_is_not_in_the_plan_is_refused_by_name() -> None:
    problems = check_entry(pays("s99"), today=TODAY, lines=LINES)
    assert codes(problems) == [CheckCode.LINE_UNKNOWN]
    assert problems[0].message == (
        "The plan has no support line “s99”. Choose one of the plan's lines."
    )
    with pytest.raises(EntryProblems) as caught:
        raise_if_invalid(problems)
    assert caught.value.exit_code == 1
    assert "s99" in caught.value.message


@pytest.mark.parametrize(
    ("entry", "code"),
    [
        (pays(amount=0), CheckCode.AMOUNT_ZERO),
        (pays(amount=-100_000_000), CheckCode.AMOUNT_TOO_LARGE),
        (pays(None), CheckCode.LINE_MISSING),
        (pays(None, -100, purpose=Purpose.BUDGET_PAYMENT),
         CheckCode.MONEY_IN_EXPECTED),
        (pays("w", purpose=Purpose.BANK_CHARGE), CheckCode.LINE_NOT_EXPECTED),
        (pays(payee="x" * 501), CheckCode.TEXT_TOO_LONG),
        (pays(notes="x" * 10_001), CheckCode.TEXT_TOO_LONG),
    ],
)  # fmt: skip
def test_entries_that_cannot_be_saved(entry: Entry, code: CheckCode) -> None:
    assert code in codes(check_entry(entry, today=TODAY, lines=LINES))


def test_a_budget_payment_and_a_bank_charge_need_no_line() -> None:
    paid_in = Entry(date(2027, 8, 1), Money(32143), purpose=Purpose.BUDGET_PAYMENT)
    charge = Entry(date(2027, 8, 1), Money(-500), purpose=Purpose.BANK_CHARGE)
    assert check_entry(paid_in, today=TODAY, lines=LINES) == []
    assert check_entry(charge, today=TODAY, lines=LINES) == []


def test_receipts_are_needed_for_payments_out_but_not_bank_charges_or_money_in() -> None:
    assert needs_receipt(pays())
    assert not needs_receipt(Entry(TODAY, Money(-500), purpose=Purpose.BANK_CHARGE))
    assert not needs_receipt(Entry(TODAY, Money(500), purpose=Purpose.REFUND))


def test_a_refund_against_a_line_is_money_in_for_that_line() -> None:
    refund = pays("w", 2000)
    assert check_entry(refund, today=TODAY, lines=LINES) == []
    assert refund.line_parts() == (LinePart("w", "", Money(2000)),)
    assert refund.money_in


# -- dates ------------------------------------------------------------------------------------
def test_dates_up_to_today_are_fine_and_a_little_ahead_is_a_warning() -> None:
    assert check_entry_date(TODAY, today=TODAY) == []
    tomorrow = check_entry_date(date(2027, 8, 21), today=TODAY)
    assert tomorrow[0].warning and tomorrow[0].message == (
        "21 August 2027 is tomorrow. Is that the right date?"
    )
    month_ahead = check_entry_date(date(2027, 9, 20), today=TODAY)  # 31 days: the last allowed
    assert codes(month_ahead) == [CheckCode.DATE_AHEAD]
    assert month_ahead[0].warning
    assert "31 days from today" in month_ahead[0].message
    assert errors_only(month_ahead) == ()


def test_a_date_more_than_a_month_ahead_or_years_ahead_is_refused() -> None:
    for day in (date(2027, 9, 21), date(2072, 8, 19)):  # 32 days ahead; a mistyped year
        problems = check_entry_date(day, today=TODAY)
        assert codes(problems) == [CheckCode.DATE_FAR_AHEAD]
        assert not problems[0].warning
    assert check_entry_date(date(2072, 8, 19), today=TODAY)[0].message.startswith(
        "19 August 2072 is more than a month from today."
    )


def test_dates_before_2000_or_the_accounts_opening_are_refused() -> None:
    assert codes(check_entry_date(date(1999, 12, 31), today=TODAY)) == [CheckCode.DATE_TOO_OLD]
    account = Account("Direct payment account", opening_date=date(2027, 4, 1))
    problems = check_entry(pays(date=date(2027, 3, 31)), today=TODAY, lines=LINES,
                           account=account)  # fmt: skip
    assert codes(problems) == [CheckCode.DATE_BEFORE_OPENING]
    assert "before this account's opening date, 1 April 2027" in problems[0].message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-08-19", date(2026, 8, 19)),
        ("19/08/2026", date(2026, 8, 19)),
        ("19/8/2026", date(2026, 8, 19)),
        ("1-2-2026", date(2026, 2, 1)),  # day first, always
        ("19.8.26", date(2026, 8, 19)),
        (" 29/02/2028 ", date(2028, 2, 29)),
    ],
)
def test_dates_typed_day_first_or_iso(text: str, expected: date) -> None:
    assert parse_entry_date(text) == expected


@pytest.mark.parametrize(
    ("text", "code", "message"),
    [
        ("30/02/2026", CheckCode.DATE_DOES_NOT_EXIST,
         "“30/02/2026” is not a real date: February 2026 has 28 days."),
        ("2027-02-29", CheckCode.DATE_DOES_NOT_EXIST,
         "“2027-02-29” is not a real date: February 2027 has 28 days."),
        ("31/04/2026", CheckCode.DATE_DOES_NOT_EXIST,
         "“31/04/2026” is not a real date: April 2026 has 30 days."),
        ("08/19/2026", CheckCode.DATE_DOES_NOT_EXIST,
         "“08/19/2026” is not a real date: there is no month 19. "
         "Write the day first, like 19/08/2026."),
        ("next Tuesday", CheckCode.DATE_UNREADABLE,
         "“next Tuesday” is not a date. Write the day first, like 19/08/2026."),
        ("", CheckCode.DATE_UNREADABLE, "“” is not a date. Write the day first, like 19/08/2026."),
        ("0000-01-01", CheckCode.DATE_DOES_NOT_EXIST,
         "“0000-01-01” is not a real date. Check the year."),
        ("32/12/9999", CheckCode.DATE_DOES_NOT_EXIST,
         "“32/12/9999” is not a real date: December 9999 has 31 days."),
    ],
)  # fmt: skip
def test_dates_that_do_not_exist_get_a_plain_message(
    text: str, code: CheckCode, message: str
) -> None:
    with pytest.raises(DateError) as caught:
        parse_entry_date(text)
    assert caught.value.code is code
    assert caught.value.message == message


# -- accounts ---------------------------------------------------------------------------------
def test_an_account_needs_a_name_and_an_opening_date() -> None:
    assert check_account(Account("Prepaid card", AccountKind.PREPAID_CARD, Money(-250),
                                 date(2027, 4, 1)), today=TODAY) == []  # fmt: skip
    problems = check_account(Account("  "), today=TODAY)
    assert codes(problems) == [CheckCode.ACCOUNT_NAME_MISSING, CheckCode.OPENING_DATE_MISSING]
    late = check_account(Account("Bank", opening_date=date(2030, 1, 1)), today=TODAY)
    assert [(p.code, p.field) for p in late] == [(CheckCode.DATE_FAR_AHEAD, "opening_date")]


def test_two_accounts_cannot_share_a_name() -> None:
    held = [Account("Direct payment account", id=1), Account("Card", id=2)]
    same = check_account(Account(" direct  PAYMENT account ", opening_date=TODAY), today=TODAY,
                         others=held)  # fmt: skip
    assert [(p.code, p.field) for p in same] == [(CheckCode.ACCOUNT_NAME_TAKEN, "name")]
    assert "already an account called “direct  PAYMENT account”" in same[0].message
    renamed = Account("Direct payment account", opening_date=TODAY, id=1)  # itself, unchanged
    assert check_account(renamed, today=TODAY, others=held) == []
    other = Account("Savings", opening_date=TODAY)
    assert check_account(other, today=TODAY, others=held) == []


def test_accounts_hold_direct_payments_or_third_party_money() -> None:
    accounts = [Account("Bank"), Account("Card", AccountKind.PREPAID_CARD)]
    assert held_managements(accounts) == {Management.DIRECT_PAYMENT}
    accounts.append(Account("Statements", AccountKind.THIRD_PARTY_STATEMENT))
    assert held_managements(accounts) == {Management.DIRECT_PAYMENT, Management.THIRD_PARTY}
