"""Shared by the import, reconciliation and export tests: a plan file with an account, and
statements written as a bank would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from phbplanner.domain.ledger import Account
from phbplanner.domain.money import Money
from phbplanner.services.files import open_plan_file
from phbplanner.services.ledger import Ledger
from phbplanner.services.ledger_view import EntryFilter, LedgerView
from phbplanner.services.session import PlanSession
from tests.storage.support import PASS

TODAY = date(2026, 6, 30)
OPENING = date(2026, 4, 1)
HEADER = "Date,Description,Amount,Balance\r\n"


@pytest.fixture
def session(plan_file: Path) -> Iterator[PlanSession]:
    """The example plan's file, open, with one account: £1,000.00 on 1 April 2026."""
    with open_plan_file(plan_file, PASS, author="Carer Ann", backup=False) as opened:
        Ledger(opened).add_account(
            Account("Direct payment account", opening_balance=Money(100_000),
                    opening_date=OPENING),
            today=TODAY,
        )  # fmt: skip
        yield opened


def statement(*rows: tuple[str, str, str, str | None], header: str = HEADER) -> bytes:
    """A CSV statement: ``(dd/mm/yyyy, description, amount, balance or None)`` per row."""
    lines = [header]
    for day, text, amount, balance in rows:
        quoted = '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n') else text
        lines.append(f"{day},{quoted},{amount},{balance or ''}\r\n")
    return "".join(lines).encode("utf-8")


#: Four rows that agree with an account opened with £1,000.00.
MAY = statement(
    ("01/05/2026", "NHS CHESHIRE ICB PHB", "1500.00", "2500.00"),
    ("03/05/2026", "CHESTER CARS LTD", "-25.00", "2475.00"),
    ("03/05/2026", "COSTA COFFEE", "-3.50", "2471.50"),
    ("04/05/2026", "RHIAN DAVIES WAGES", "-240.00", "2231.50"),
)
#: Overlapping May's last two rows, and two more.
MAY_JUNE = statement(
    ("03/05/2026", "COSTA COFFEE", "-3.50", "2471.50"),
    ("04/05/2026", "RHIAN DAVIES WAGES", "-240.00", "2231.50"),
    ("02/06/2026", "NHS CHESHIRE ICB PHB", "1500.00", "3731.50"),
    ("05/06/2026", "CHESTER CARS LTD", "-30.00", "3701.50"),
)


def entries(session: PlanSession) -> list[tuple[str, int, str]]:
    """``(date, pence, payee)`` of every entry, in date order."""
    view = LedgerView(session)
    try:
        return [(r.date, r.amount_pence, r.payee) for r in view.rows(view.ids(EntryFilter()))]
    finally:
        view.close()


def account_id(session: PlanSession, n: int = 0) -> int:
    """The id of the plan's ``n``-th account."""
    found = Ledger(session).accounts()[n].id
    assert found is not None
    return found
