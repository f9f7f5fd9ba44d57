"""Reconciling an account against a statement, on real encrypted files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from phbplanner.domain.ledger import Entry
from phbplanner.domain.money import Money
from phbplanner.services.changes import Change, Changes
from phbplanner.services.files import open_plan_file
from phbplanner.services.imports import Imports
from phbplanner.services.ledger import Ledger
from phbplanner.services.reconcile import ReconcileError, Reconciliations
from phbplanner.services.session import PlanSession
from tests.storage.conftest import plan_file, template_file
from tests.storage.support import PASS

from .import_support import MAY, TODAY, account_id, session

__all__ = ["plan_file", "session", "template_file"]


def _typed(session: PlanSession) -> list[int]:
    """Entries typed by hand (no bank balances): £1,000.00 opening, then in and out."""
    ledger = Ledger(session)
    made = [
        ledger.record(Entry(date(2026, 5, 1), Money(150_000), payee="ICB"), today=TODAY),
        ledger.record(Entry(date(2026, 5, 3), Money(-2_500), payee="Taxi"), today=TODAY),
        ledger.record(Entry(date(2026, 5, 20), Money(-350), payee="Cafe"), today=TODAY),
        ledger.record(Entry(date(2026, 6, 2), Money(-9_000), payee="After"), today=TODAY),
    ]
    return [entry.id or 0 for entry in made]


def test_ticking_brings_the_difference_to_zero_and_finishing_marks_them_reconciled(
    session: PlanSession,
) -> None:
    ids = _typed(session)
    heard: list[Changes] = []
    session.subscribe(heard.append)
    book = Reconciliations(session)
    # the statement to 31 May shows the payment in and the taxi; the café is not on it yet
    state = book.start(account_id(session), date(2026, 5, 31), Money(247_500), today=TODAY)
    assert heard[-1].touches(Change.LEDGER)
    assert (state.cleared, state.difference, state.offered, state.ticked) == (
        Money(100_000), Money(147_500), 3, 0,
    )  # fmt: skip
    assert [e.id for e in book.entries(state.id)] == ids[:3]  # not the June payment
    assert "£1,475.00 more than the entries ticked" in state.message()
    state = book.tick(state.id, [ids[0], ids[1], ids[2]])
    assert state.difference == Money(350) and state.ticked == 3
    assert "£3.50 more" in state.message()
    with pytest.raises(ReconcileError, match="cannot be finished yet"):
        book.finish(state.id)
    state = book.tick(state.id, [ids[2]], ticked=False)
    assert state.balanced and state.difference == Money(0)
    assert state.message() == "The difference is £0.00: the records agree with the statement."
    done = book.finish(state.id)
    assert done.finished is not None and done.ticked == 2
    ledger = Ledger(session)
    assert [ledger.entry(i).reconciled for i in ids] == [True, True, False, False]
    assert any("Reconciled 2 entries of Direct payment account" in h.what
               for h in session.history())  # fmt: skip
    with pytest.raises(ReconcileError, match="finished already"):
        book.tick(done.id, [ids[2]])
    assert [r.id for r in book.finished(account_id(session))] == [done.id]
    # the next statement counts what is reconciled already
    after = book.start(account_id(session), date(2026, 6, 30), Money(238_150), today=TODAY)
    assert after.reconciled_before == Money(147_500) and after.offered == 2
    assert book.finish(book.tick(after.id, ids[2:]).id).balanced


def test_an_unfinished_reconciliation_is_resumed_after_closing_the_file(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Ann", backup=False) as opened:
        from phbplanner.domain.ledger import Account

        Ledger(opened).add_account(
            Account("Bank", opening_balance=Money(100_000), opening_date=date(2026, 4, 1)),
            today=TODAY,
        )
        ids = _typed(opened)
        book = Reconciliations(opened)
        state = book.start(account_id(opened), date(2026, 5, 31), Money(247_500), today=TODAY)
        book.tick(state.id, ids[:1])
    with open_plan_file(plan_file, PASS, author="Ann", backup=False) as reopened:
        book = Reconciliations(reopened)
        resumed = book.unfinished(account_id(reopened))
        assert resumed is not None and resumed.ticked == 1
        with pytest.raises(ReconcileError, match="not finished yet"):
            book.start(account_id(reopened), date(2026, 6, 30), Money(0), today=TODAY)
        book.abandon(resumed.id)
        assert book.unfinished(account_id(reopened)) is None
        assert not any(Ledger(reopened).entry(i).reconciled for i in ids)
        # the ticks went with it
        again = book.start(account_id(reopened), date(2026, 5, 31), Money(247_500), today=TODAY)
        assert again.ticked == 0


def test_the_balance_check_offers_to_tick_up_to_the_last_agreeing_row(
    session: PlanSession,
) -> None:
    imports = Imports(session)
    imports.confirm(imports.preview(MAY, "may.csv", today=TODAY))
    book = Reconciliations(session)
    state = book.start(account_id(session), date(2026, 5, 3), Money(247_150), today=TODAY)
    offer = state.offer
    assert offer is not None and offer.clears
    assert (offer.up_to, offer.bank_balance, len(offer.entry_ids)) == (
        date(2026, 5, 3), Money(247_150), 3,
    )  # fmt: skip
    state = book.tick_offered(state.id)
    assert state.balanced and state.offer is None
    book.finish(state.id)


def test_the_offer_stops_before_the_first_row_that_disagrees(session: PlanSession) -> None:
    imports = Imports(session)
    imports.confirm(imports.preview(MAY, "may.csv", today=TODAY))
    # a payment typed by hand on 2 May that the bank does not show: from the taxi on 3 May,
    # the records and the bank disagree
    typed = Ledger(session).record(
        Entry(date(2026, 5, 2), Money(-1_000), payee="Typed"), today=TODAY
    )
    book = Reconciliations(session)
    state = book.start(account_id(session), date(2026, 5, 31), Money(223_150), today=TODAY)
    offer = state.offer
    assert offer is not None and not offer.clears
    assert (offer.up_to, offer.bank_balance) == (date(2026, 5, 1), Money(250_000))
    state = book.tick_offered(state.id)
    assert state.difference == Money(-26_850)  # £2,231.50 − £2,500.00
    rest = [e.id for e in book.entries(state.id) if not e.ticked and e.id != typed.id]
    state = book.tick(state.id, rest)
    assert state.balanced
    assert book.finish(state.id).ticked == 4
    assert not Ledger(session).entry(typed.id or 0).reconciled


def test_starting_is_refused_with_plain_reasons(session: PlanSession) -> None:
    book = Reconciliations(session)
    account = account_id(session)
    with pytest.raises(ReconcileError, match="after today"):
        book.start(account, date(2026, 7, 1), Money(0), today=TODAY)
    with pytest.raises(ReconcileError, match="before this account's opening date"):
        book.start(account, date(2026, 3, 31), Money(0), today=TODAY)
    with pytest.raises(ReconcileError, match="not in this plan"):
        book.start(99, date(2026, 5, 31), Money(0), today=TODAY)
    done = book.start(account, date(2026, 5, 31), Money(100_000), today=TODAY)
    book.finish(done.id)  # nothing to tick: the opening balance is the statement's
    with pytest.raises(ReconcileError, match="reconciled already"):
        book.start(account, date(2026, 4, 30), Money(100_000), today=TODAY)
    with pytest.raises(ReconcileError, match="no reconciliation 42"):
        book.state(42)


def test_only_offered_entries_can_be_ticked(session: PlanSession) -> None:
    ids = _typed(session)
    book = Reconciliations(session)
    state = book.start(account_id(session), date(2026, 5, 31), Money(0), today=TODAY)
    # the June payment is after the statement's date: ticking it does nothing
    state = book.tick(state.id, [ids[3]])
    assert state.ticked == 0
