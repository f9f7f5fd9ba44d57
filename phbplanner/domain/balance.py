"""The running balance of an account and the balance check against the bank's own figures.

The running balance is the account's opening balance plus its entries in (date, id) order. Where
an entry came from a statement, the bank's balance after it is known, and the records must agree
with the bank on every such row. The first row where they do not is named in plain English, with
the dates of the last row that agreed and of the first that does not: the gap between them is
where a payment is missing (or was recorded twice).

Storage feeds :func:`check_balances` small tuples straight from a cursor (no entry objects), or
finds the first disagreeing row itself with a window query —
``SUM(amount_pence) OVER (ORDER BY date, id)`` — and builds a :class:`BalanceMismatch` for the
message.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from .money import Money
from .schedule import format_date
from .text import translate

#: (date, entry id, signed amount in pence, the bank's balance after it in pence or None)
BalanceRow = tuple[date, int, int, int | None]


def running_balances(start_pence: int, amounts: Iterable[int]) -> Iterator[int]:
    """The balance after each amount, starting from ``start_pence`` (all in pence).

    For one page of the records, ``start_pence`` is the balance before the page's first row.
    """
    balance = start_pence
    for amount in amounts:
        balance += amount
        yield balance


def _without_year(value: date) -> str:
    """ "19 August": the date as people write it, without its year."""
    text = format_date(value)
    suffix = f" {value.year}"
    return text[: -len(suffix)] if text.endswith(suffix) else text


def describe_gap(first: date | None, second: date) -> str:
    """ "between 12 and 19 August 2026", "on 19 August 2026" or "up to 19 August 2026"."""
    if first is None:
        return translate("Balance", "up to {date}").format(date=format_date(second))
    if first == second:
        return translate("Balance", "on {date}").format(date=format_date(second))
    if (first.year, first.month) == (second.year, second.month):
        start = str(first.day)
    elif first.year == second.year:
        start = _without_year(first)
    else:
        start = format_date(first)
    return translate("Balance", "between {first} and {second}").format(
        first=start, second=format_date(second)
    )


@dataclass(frozen=True, slots=True)
class BalanceMismatch:
    """The first row where the records' running balance differs from the bank's.

    ``since`` is the date of the last row that agreed with the bank (or the account's opening
    date when none did; None when that is unknown too).
    """

    since: date | None
    entry_date: date
    entry_id: int
    bank_balance: Money
    records_balance: Money

    @property
    def difference(self) -> Money:
        """The records' balance minus the bank's (above zero: a payment out may be missing)."""
        return self.records_balance - self.bank_balance

    def message(self) -> str:
        """The mismatch in plain English, naming where to look."""
        if self.difference.pence > 0:
            text = translate(
                "Balance",
                "A payment may be missing {when}: the bank says {bank} after {day}, "
                "these records say {ours}.",
            )
        else:
            text = translate(
                "Balance",
                "Money paid in may be missing, or a payment recorded twice, {when}. The bank says "
                "{bank} after {day}, but these records say {ours}.",
            )
        return text.format(
            when=describe_gap(self.since, self.entry_date),
            bank=self.bank_balance.format(),
            day=_without_year(self.entry_date),
            ours=self.records_balance.format(),
        )


@dataclass(frozen=True, slots=True)
class BalanceCheck:
    """The result of :func:`check_balances`."""

    balance: Money  # after every row given
    rows: int  # rows read
    agreed: int  # rows with a bank balance that agreed before the first mismatch
    mismatch: BalanceMismatch | None

    @property
    def ok(self) -> bool:
        """Whether the records agree with the bank on every row where the bank's is known."""
        return self.mismatch is None


def check_balances(
    opening_balance: Money, rows: Iterable[BalanceRow], *, opening_date: date | None = None
) -> BalanceCheck:
    """Run the balance of one account over ``rows`` (in date, id order) and check it.

    Returns the final balance and the first row whose bank balance differs from the running
    balance (later rows are still added up, but not compared: one gap shifts all that follow).
    Raises ``ValueError`` if the rows are not in (date, id) order, as that would be a mistake in
    the query, not in the records.
    """
    balance = opening_balance.pence
    since = opening_date
    previous: tuple[date, int] | None = None
    mismatch: BalanceMismatch | None = None
    count = agreed = 0
    for row_date, row_id, amount, bank in rows:
        key = (row_date, row_id)
        if previous is not None and key <= previous:
            raise ValueError(f"balance rows out of order at entry {row_id}")
        previous = key
        count += 1
        balance += amount
        if bank is None or mismatch is not None:
            continue
        if bank == balance:
            agreed += 1
            since = row_date
        else:
            mismatch = BalanceMismatch(since, row_date, row_id, Money(bank), Money(balance))
    return BalanceCheck(Money(balance), count, agreed, mismatch)
