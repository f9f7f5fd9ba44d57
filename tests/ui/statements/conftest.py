"""The statement dialogs in a real window over a real encrypted file, on a fixed day.

The plan file holds the example plan and one account, "Direct payment account", opened with
£1,000.00 on 1 April 2026; the dialogs' clock is 30 June 2026, so every check is the same
whenever the tests run. Statements are written as Lloyds writes them (newest first, debit and
credit columns, the bank's balance after each row).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from phbplanner.domain.ledger import Account
from phbplanner.domain.money import Money
from phbplanner.services.files import open_plan_file
from phbplanner.services.imports import Imports
from phbplanner.services.ledger import Ledger
from phbplanner.services.ledger_view import EntryFilter, LedgerView, PageRow
from phbplanner.services.session import PlanSession
from phbplanner.ui.controller import PlanController
from phbplanner.ui.operations import live_operations
from phbplanner.ui.theme import settle_layouts
from phbplanner.ui.window import MainWindow

from ..conftest import PASSPHRASE, make_plan_file, open_in

TODAY = date(2026, 6, 30)
OPENING = date(2026, 4, 1)
OPENING_PENCE = 100_000

#: May: a budget payment, a taxi from the plan's provider, a coffee, the PA's wages; the
#: balances agree with an account opened with £1,000.00.
MAY = (
    ("01/05/2026", "NHS CHESHIRE ICB PHB", 150_000, 250_000),
    ("03/05/2026", "CHESTER CARS LTD", -2_500, 247_500),
    ("03/05/2026", "COSTA COFFEE", -350, 247_150),
    ("04/05/2026", "RHIAN DAVIES WAGES", -24_000, 223_150),
)


def lloyds(
    rows: Sequence[tuple[str, str, int, int]], *, bad: dict[int, str] | None = None
) -> bytes:
    """A Lloyds statement of ``(dd/mm/yyyy, text, pence, balance pence)`` rows (oldest first
    given, written newest first); ``bad`` replaces the debit cell of some rows (by position)."""
    lines = [
        "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,"
        "Debit Amount,Credit Amount,Balance"
    ]
    for position, (day, text, pence, balance) in reversed(list(enumerate(rows))):
        debit = Money(-pence).to_str() if pence < 0 else ""
        credit = Money(pence).to_str() if pence > 0 else ""
        if bad and position in bad:
            debit = bad[position]
        lines.append(
            f"{day},DEB,'30-91-74,12345678,{text},{debit},{credit},{Money(balance).to_str()}"
        )
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


@dataclass
class Plan:
    """The window, its controller, and the plan file behind them."""

    window: MainWindow
    path: Path
    folder: Path

    @property
    def controller(self) -> PlanController:
        assert self.window.controller is not None
        return self.window.controller

    @property
    def session(self) -> PlanSession:
        return cast(PlanSession, self.controller.session)

    def statement(self, name: str, data: bytes) -> Path:
        """Write a statement file next to the plan; its path."""
        path = self.folder / name
        path.write_bytes(data)
        return path

    def entries(self) -> list[PageRow]:
        """Every entry in the file, oldest first (read through the services)."""
        view = LedgerView(self.session)
        try:
            return view.rows(view.ids(EntryFilter()))
        finally:
            view.close()

    def account_id(self) -> int:
        found = Ledger(self.session).accounts()[0].id
        assert found is not None
        return found


@pytest.fixture
def plan(window: MainWindow, qtbot: Any, tmp_path: Path) -> Iterator[Plan]:
    """The example plan with its account, open in the window."""
    path = make_plan_file(tmp_path / "plan.phbplan")
    with open_plan_file(path, PASSPHRASE, author="test", backup=False) as session:
        Ledger(session).add_account(
            Account("Direct payment account", opening_balance=Money(OPENING_PENCE),
                    opening_date=OPENING),
            today=TODAY,
        )  # fmt: skip
    open_in(window, qtbot, path)
    folder = tmp_path / "statements"
    folder.mkdir()
    yield Plan(window, path, folder)


def imports_of(plan: Plan) -> Imports:
    return Imports(plan.session)


def settle(qtbot: Any, until: Callable[[], bool] = lambda: True, timeout: int = 20_000) -> None:
    """Wait for background work to finish (and ``until``), then let layouts settle."""
    qtbot.waitUntil(lambda: live_operations() == 0 and until(), timeout=timeout)
    QTest.qWait(1)
    settle_layouts()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    for _ in range(50):  # window activation comes a little after a dialog opens or closes
        if widget is not None:
            break
        QTest.qWait(20)
        widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(pressed: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), pressed, modifier)


def tab_to(target: QWidget, limit: int = 80) -> None:
    """Press Tab until ``target`` has the focus (fails if Tab never reaches it)."""
    for _ in range(limit):
        if target.hasFocus():
            return
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r} ({target.accessibleName()!r})")


def imported(plan: Plan, data: bytes, name: str = "may.csv") -> int:
    """Import a statement through the service (as the CLI would); the import's id."""
    imports = imports_of(plan)
    preview = imports.preview(data, name, account_id=plan.account_id(), today=TODAY)
    result = imports.confirm(preview)
    assert result.import_id is not None
    return result.import_id
