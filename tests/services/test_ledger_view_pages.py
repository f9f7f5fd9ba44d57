"""A page of rows spread over many months (sorted by payee, or filtered) has the same running
balances as the same rows read month by month — from a cheaper query."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from phbplanner.domain.ledger import Account, AccountKind, Entry, Purpose
from phbplanner.domain.money import Money
from phbplanner.services import ledger_view
from phbplanner.services.files import open_plan_file
from phbplanner.services.ledger import Ledger
from phbplanner.services.ledger_view import EntryFilter, LedgerView
from phbplanner.services.session import PlanSession
from phbplanner.storage import ledger_queries
from tests.storage.support import PASS

TODAY = date(2026, 12, 2)


@pytest.fixture
def session(plan_file: Path) -> Iterator[PlanSession]:
    with open_plan_file(plan_file, PASS, author="Carer", backup=False) as opened:
        yield opened


def test_balances_of_a_spread_page_match_the_month_by_month_ones(session: PlanSession) -> None:
    ledger = Ledger(session)
    rng = random.Random(11)
    opened = date(2026, 1, 1)
    for name, kind, opening in (("Bank", AccountKind.BANK_ACCOUNT, 25_000),
                                ("Card", AccountKind.PREPAID_CARD, -1_200)):  # fmt: skip
        ledger.add_account(Account(name, kind, Money(opening), opened), today=TODAY)
    accounts = [a.id for a in ledger.accounts()]
    line = session.plan.support_lines[0].id
    for n in range(160):
        day = opened + timedelta(days=rng.randrange(330))
        pence = rng.choice([-1, -1, -1, 1]) * rng.randint(100, 90_000)
        ledger.record(
            Entry(day, Money(pence), payee=f"Payee {rng.randrange(12)}", account_id=accounts[n % 2],
                  purpose=Purpose.PLAN_LINE if pence < 0 else Purpose.BUDGET_PAYMENT,
                  line_id=line if pence < 0 else None),
            today=TODAY,
        )  # fmt: skip
    view = LedgerView(session)
    openings = {a.id: a.opening_balance.pence for a in ledger.accounts() if a.id}
    for sort in ("payee", "out", "date"):
        ids = view.ids(EntryFilter(), sort)[:60]
        shown = view.rows(ids)
        with session.reading() as conn:
            months = ledger_queries.month_totals(conn)
            month_by_month = ledger_queries.page_rows(conn, ids, openings=openings, months=months)
            spread = ledger_view._spread_rows(conn, ids, openings, months)
        # the view also says what evidence each payment still needs (its own rules)
        assert [replace(row, evidence_needed="") for row in shown] == month_by_month == spread
        assert [row.id for row in shown] == ids
    by_payee, by_date = view.ids(EntryFilter(), "payee")[:60], view.ids(EntryFilter(), "date")[:3]
    with session.reading() as conn:
        assert not ledger_view._contiguous(conn, by_payee)
        assert ledger_view._contiguous(conn, by_date)


def test_the_first_page_and_totals_agree_with_the_whole_order(session: PlanSession) -> None:
    ledger = Ledger(session)
    ledger.add_account(Account("Bank", AccountKind.BANK_ACCOUNT, Money(0), date(2026, 1, 1)),
                       today=TODAY)  # fmt: skip
    rng = random.Random(5)
    line = session.plan.support_lines[0].id
    for n in range(90):
        pence = rng.choice([-1, -1, 1]) * rng.randint(100, 50_000)
        ledger.record(
            Entry(date(2026, 1, 1) + timedelta(days=rng.randrange(300)), Money(pence),
                  payee=rng.choice(["Rhian", "Chester Cars", "Bank"]),
                  description=f"week {n % 9}", purpose=Purpose.PLAN_LINE if pence < 0
                  else Purpose.BUDGET_PAYMENT, line_id=line if pence < 0 else None),
            today=TODAY,
        )  # fmt: skip
    view = LedgerView(session)
    filters = [EntryFilter(), EntryFilter(text="week 3"), EntryFilter(payee="chester"),
               EntryFilter(no_receipt=True), EntryFilter(text="nothing like this")]  # fmt: skip
    for filter_ in filters:
        for sort, descending in (("date", True), ("payee", False), ("in", True)):
            ids, totals = view.select(filter_, sort, descending)
            first, first_totals = view.first_page(filter_, sort, descending, limit=7)
            assert first == ids[:7]
            assert first_totals == totals
