"""The running balance and the balance check against the bank's own balance on statement rows."""

from datetime import date

import pytest

from phbplanner.domain.balance import (
    BalanceMismatch,
    check_balances,
    describe_gap,
    running_balances,
)
from phbplanner.domain.money import Money

OPENING = Money(150000)  # £1,500.00 on 1 August 2026


def test_running_balance_is_opening_plus_each_entry_in_order() -> None:
    # 1,500.00 - 100.00 = 1,400.00; + 20.00 = 1,420.00; - 0.01 = 1,419.99
    assert list(running_balances(OPENING.pence, [-10000, 2000, -1])) == [140000, 142000, 141999]


def test_a_missing_payment_is_found_between_the_last_good_and_first_bad_rows() -> None:
    rows = [
        (date(2026, 8, 3), 1, -10000, 140000),  # 1,500.00 - 100.00 = 1,400.00: the bank agrees
        (date(2026, 8, 12), 2, -5000, 135000),  # 1,400.00 - 50.00 = 1,350.00: agrees
        (date(2026, 8, 15), 3, -1000, None),  # typed by hand, no bank balance: 1,340.00
        (date(2026, 8, 15), 4, 1000, None),  # money back the same day: 1,350.00
        # 1,350.00 - 65.50 = 1,284.50, but the bank says 1,204.50: £80.00 went out unrecorded
        (date(2026, 8, 19), 5, -6550, 120450),
        (date(2026, 8, 20), 6, -450, 120000),  # agrees with the bank only by chance: ignored
    ]
    check = check_balances(OPENING, rows, opening_date=date(2026, 8, 1))
    assert not check.ok
    assert check.rows == 6 and check.agreed == 2
    assert check.balance == Money(150000 - 10000 - 5000 - 1000 + 1000 - 6550 - 450)  # 1,280.00
    mismatch = check.mismatch
    assert mismatch is not None
    assert (mismatch.since, mismatch.entry_date, mismatch.entry_id) == (
        date(2026, 8, 12), date(2026, 8, 19), 5,
    )  # fmt: skip
    assert mismatch.difference == Money(8000)
    assert mismatch.message() == (
        "A payment may be missing between 12 and 19 August 2026: the bank says £1,204.50 "
        "after 19 August, these records say £1,284.50."
    )


def test_money_in_missing_or_a_payment_twice_is_told_the_other_way() -> None:
    rows = [(date(2026, 8, 3), 1, -10000, 140000), (date(2026, 9, 2), 2, -5000, 140000)]
    mismatch = check_balances(OPENING, rows).mismatch
    assert mismatch is not None and mismatch.difference == Money(-5000)
    assert mismatch.message() == (
        "Money paid in may be missing, or a payment recorded twice, between 3 August and "
        "2 September 2026. The bank says £1,400.00 after 2 September, but these records say "
        "£1,350.00."
    )


def test_a_wrong_first_row_is_placed_after_the_opening_date() -> None:
    rows = [(date(2026, 8, 3), 1, -10000, 139000)]
    mismatch = check_balances(OPENING, rows, opening_date=date(2026, 8, 1)).mismatch
    assert mismatch is not None
    assert mismatch.message().startswith("A payment may be missing between 1 and 3 August 2026:")
    unknown = check_balances(OPENING, rows).mismatch  # the opening date not known
    assert unknown is not None
    assert unknown.message().startswith("A payment may be missing up to 3 August 2026:")


def test_agreeing_rows_and_rows_without_a_bank_balance_pass() -> None:
    rows = [(date(2026, 8, 3), 1, -10000, 140000), (date(2026, 8, 4), 2, -2500, None),
            (date(2026, 8, 5), 3, 100000, 237500)]  # fmt: skip
    check = check_balances(OPENING, rows)
    assert check.ok and check.agreed == 2 and check.balance == Money(237500)
    assert check_balances(OPENING, []).balance == OPENING


def test_rows_out_of_order_are_a_mistake_in_the_query() -> None:
    rows = [(date(2026, 8, 5), 2, -100, None), (date(2026, 8, 5), 1, -100, None)]
    with pytest.raises(ValueError, match="out of order"):
        check_balances(OPENING, rows)


def test_gaps_in_words() -> None:
    assert describe_gap(date(2026, 8, 19), date(2026, 8, 19)) == "on 19 August 2026"
    assert describe_gap(date(2025, 12, 30), date(2026, 1, 2)) == (
        "between 30 December 2025 and 2 January 2026"
    )


def test_a_mismatch_built_from_a_window_query_gives_the_same_message() -> None:
    mismatch = BalanceMismatch(
        date(2026, 8, 12), date(2026, 8, 19), 5, Money(120450), Money(128450)
    )
    assert mismatch.message().startswith("A payment may be missing between 12 and 19 August 2026")
