"""The spending page in a real window over a real encrypted file, on a fixed day.

The example plan's budget period is 1 April 2026 to 31 March 2027; the page's clock (the feed's
``today``) is set to 2 December 2026, so every date, check and figure is the same whenever the
tests run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from phbplanner.domain.ledger import Account, AccountKind, Entry, Purpose
from phbplanner.domain.money import Money
from phbplanner.services.files import open_plan_file
from phbplanner.services.ledger import Ledger
from phbplanner.services.ledger_view import EntryFilter, LedgerView
from phbplanner.ui.spending.feed import SpendingFeed, spending_feed_for
from phbplanner.ui.spending.view import SpendingView
from phbplanner.ui.theme import settle_layouts
from phbplanner.ui.window import MainWindow

from ..conftest import PASSPHRASE, make_plan_file, open_in

TODAY = date(2026, 12, 2)
OPENED = date(2026, 4, 1)


@dataclass
class Page:
    """The window, its spending page and the file behind it."""

    window: MainWindow
    view: SpendingView
    feed: SpendingFeed
    path: Path

    @property
    def ledger(self) -> Ledger:
        return self.feed.ledger

    def entries(self, filter_: EntryFilter | None = None) -> int:
        """How many entries the file holds (read through the services)."""
        return self.feed.view.totals(filter_ or EntryFilter()).count

    def settle(self) -> None:
        """Let the page finish what it does after a change (a reload after the event loop)."""
        QTest.qWait(1)
        if self.view.records._reload_timer.isActive():
            self.view.records.reload()
        settle_layouts()


def settle() -> None:
    QTest.qWait(1)
    settle_layouts()


def open_spending(window: MainWindow, qtbot: Any, path: Path, *, account: bool = True) -> Page:
    """Open ``path`` in the window, on the fixed day, and show My spending."""
    open_in(window, qtbot, path)
    assert window.controller is not None and window.plan_view is not None
    feed = spending_feed_for(window.controller)
    feed.today = lambda: TODAY
    if account and not feed.accounts():
        feed.ledger.add_account(
            Account("Direct payment bank account", AccountKind.BANK_ACCOUNT, Money(0), OPENED),
            today=TODAY,
        )
    window.go_to_workspace("spending")
    view = window.plan_view.widget("spending")
    assert isinstance(view, SpendingView)
    feed.refresh()
    settle()
    return Page(window, view, feed, path)


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return make_plan_file(tmp_path / "plan.phbplan")


@pytest.fixture
def page(window: MainWindow, qtbot: Any, plan_path: Path) -> Iterator[Page]:
    yield open_spending(window, qtbot, plan_path)


def record(
    ledger: Ledger, day: date, pence: int, payee: str, line: str | None = None, **extra: Any
) -> int:
    """Record an entry through the services (money out below zero); its id."""
    purpose = extra.pop("purpose", Purpose.PLAN_LINE if line else Purpose.UNASSIGNED)
    saved = ledger.record(
        Entry(day, Money(pence), payee=payee, purpose=purpose, line_id=line, **extra),
        today=TODAY,
    )
    assert saved.id is not None
    return saved.id


def count_in_file(path: Path) -> tuple[int, int]:
    """(entries, documents) in the file, read back through a fresh session after closing."""
    with open_plan_file(path, PASSPHRASE, author="test", backup=False) as session:
        view = LedgerView(session)
        count = view.totals(EntryFilter()).count
        ids = view.ids(EntryFilter())
        documents = sum(len(names) for names in view.document_names(ids).values())
    return count, documents


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    for _ in range(50):  # window activation comes a little after a dialog closes
        if widget is not None:
            break
        QTest.qWait(20)
        widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_keys(text: str) -> None:
    QTest.keyClicks(focused(), text)
