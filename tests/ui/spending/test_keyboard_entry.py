"""A carer types thirty entries in a row with the keyboard only, and every one is in the file."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from phbplanner.domain.ledger import Purpose
from phbplanner.services.ledger_view import EntryFilter
from phbplanner.ui.window import MainWindow

from .conftest import TODAY, Page, count_in_file, key, open_spending, type_keys

#: (first date, payee, amount as typed, money in?, first letters of the plan line's item)
ROWS = [
    (date(2026, 4, 6), "Rhian (PA)", "33.43", False, "Pers"),
    (date(2026, 4, 8), "Northgate leisure centre", "5.80", False, "Sw"),
    (date(2026, 4, 15), "Chester Cars", "22", False, "Tax"),
    (date(2026, 4, 30), "Cheshire Payroll Co-op", "£12.50", False, "Payr"),
    (date(2026, 4, 1), "Cheshire and Merseyside ICB", "1,413.85", True, "Bud"),
]


def _type_entry(day: str, payee: str, amount: str, money_in: bool, line: str | None) -> None:
    """One entry, as a person types it: Tab between fields, Enter to save."""
    type_keys(day)  # the date is selected: typing replaces it
    key(Qt.Key.Key_Tab)
    type_keys(payee)
    key(Qt.Key.Key_Tab)
    type_keys(amount)
    key(Qt.Key.Key_Tab)
    if money_in:
        key(Qt.Key.Key_Down)  # Money in or out: "In (received)"
    key(Qt.Key.Key_Tab)
    if line is not None:
        type_keys(line)  # a closed choice jumps to the item starting with these letters
    key(Qt.Key.Key_Return)


def test_thirty_entries_typed_with_the_keyboard_only(page: Page, qtbot: Any) -> None:
    form = page.view.records.form
    page.window.go_to_workspace("spending")  # as Ctrl+2 does: the keyboard goes to the date
    qtbot.waitUntil(form.date.hasFocus)
    assert form.date.text() == "02/12/2026"  # today, as the page's clock says
    typed = 0
    for week in range(6):
        for first, payee, amount, money_in, line in ROWS:
            day = first + timedelta(days=7 * week)
            # as people write dates: 6/4/26 (and once in full)
            text = f"{day.day}/{day.month}/{day.year % 100}" if typed != 3 else "30/04/2026"
            # after the first week the line comes from the payee's last entry: Tab accepts it
            _type_entry(text, payee, amount, money_in, line if week == 0 else None)
            typed += 1
            assert form.message.isHidden(), form.message.text()
            assert all(not box.problem.isVisible() for box in form.boxes.values()), [
                (typed, box.problem.text())
                for box in form.boxes.values()
                if box.problem.isVisible()
            ]
            assert QApplication.focusWidget() is form.date  # back on the date for the next
            assert form.payee.text() == "" and form.amount.text() == ""
    assert typed == 30
    page.settle()
    assert page.entries() == 30
    assert page.view.records.model.count == 30
    assert "30 entries" in page.view.records.totals.text()
    # what was saved: the lines (suggested after the first week), money in and out, the dates
    ledger = page.ledger
    ids = page.feed.view.ids(EntryFilter(), "date")
    entries = [ledger.entry(i) for i in ids]
    assert entries[0].date == date(2026, 4, 1) and entries[0].amount.pence == 141385
    assert entries[0].purpose is Purpose.BUDGET_PAYMENT
    rhian = [e for e in entries if e.payee == "Rhian (PA)"]
    assert len(rhian) == 6 and {e.line_id for e in rhian} == {"s1"}
    assert all(e.amount.pence == -3343 for e in rhian)
    swims = [e for e in entries if e.payee.startswith("Northgate")]
    assert {e.line_id for e in swims} == {"s3"}
    assert [e.date for e in swims] == [date(2026, 4, 8) + timedelta(days=7 * n) for n in range(6)]
    payments = [e for e in entries if e.purpose is Purpose.BUDGET_PAYMENT]
    assert len(payments) == 6 and all(e.amount.pence == 141385 for e in payments)
    # the window closes; the entries are in the file
    page.window.close_plan()
    assert count_in_file(page.path)[0] == 30


def test_a_problem_is_said_beside_its_field_and_nothing_is_saved(page: Page, qtbot: Any) -> None:
    form = page.view.records.form
    form.focus_date()
    _type_entry("1/12/26", "Chester Cars", "£1,2,3", False, "Tax")
    box = form.boxes["amount"]
    assert box.problem.isVisible() and "commas in the wrong places" in box.problem.text()
    assert QApplication.focusWidget() is form.amount  # the keyboard goes to what to fix
    assert page.entries() == 0
    form.amount.selectAll()
    type_keys("22.00")
    key(Qt.Key.Key_Return)
    assert not box.problem.isVisible()
    assert page.entries() == 1


def test_a_date_in_the_coming_weeks_is_saved_on_the_second_enter(page: Page) -> None:
    form = page.view.records.form
    form.focus_date()
    _type_entry("7/12/26", "Rhian (PA)", "33.43", False, "Pers")
    box = form.boxes["date"]
    assert box.problem.isVisible() and "5 days from today" in box.problem.text()
    assert "Enter again" in form.message.text()
    assert page.entries() == 0
    key(Qt.Key.Key_Return)
    assert page.entries() == 1


def test_the_keyboard_reaches_every_field_in_order(
    window: MainWindow, qtbot: Any, plan_path: Any
) -> None:
    page = open_spending(window, qtbot, plan_path)
    form = page.view.records.form
    form.focus_date()
    order = [form.date, form.payee, form.amount, form.direction, form.line, form.description,
             form.reference, form.method, form.save_button]  # fmt: skip
    for widget in order[1:]:
        key(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget, QApplication.focusWidget()
    assert TODAY.year == 2026
