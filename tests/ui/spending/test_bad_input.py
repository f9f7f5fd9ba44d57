"""Each bad input of the spending records, typed into the window: a plain message beside the
field it is about, no traceback, and nothing saved (the file is byte for byte as it was)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from phbplanner.services.edits import RemoveItem
from phbplanner.ui.spending.view import SpendingView

from ..conftest import make_plan_file
from .conftest import Page, file_hash, key, open_spending, record, type_keys

#: (field, text typed, words of the message beside the field)
CASES = [
    ("amount", "12.345", "more than 2 numbers after the decimal point"),
    ("amount", "twelve", "is not an amount"),
    ("amount", "£1,2,3", "commas in the wrong places"),
    ("amount", "1.2.3", "more than one decimal point"),
    ("amount", "0", "The amount is zero"),
    ("amount", "1000000", "more than any single payment could be"),
    ("date", "30/02/2026", "February 2026 has 28 days"),
    ("date", "31/13/2026", "there is no month 13"),
    ("date", "next tuesday", "is not a date"),
    ("date", "1/1/2031", "more than a month from today"),
    ("date", "1/3/26", "before this account's opening date"),
    ("date", "1/1/1999", "before the year 2000"),
]


def _fill_form(page: Page, day: str, amount: str) -> None:
    form = page.view.records.form
    form.start_new()
    form.focus_date()
    type_keys(day)
    key(Qt.Key.Key_Tab)
    type_keys("Chester Cars")
    key(Qt.Key.Key_Tab)
    type_keys(amount)
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Tab)
    type_keys("Tax")
    key(Qt.Key.Key_Return)


@pytest.mark.parametrize(("field", "typed", "words"), CASES, ids=[c[1] for c in CASES])
def test_bad_entry_input_is_refused_beside_its_field(
    page: Page, field: str, typed: str, words: str
) -> None:
    before = file_hash(page.path)
    day, amount = ("1/11/26", typed) if field == "amount" else (typed, "22.00")
    _fill_form(page, day, amount)
    box = page.view.records.form.boxes[field]
    assert box.problem.isVisible(), box.problem.text()
    assert words in box.problem.text(), box.problem.text()
    assert "Traceback" not in box.problem.text()
    assert words in box.widget.accessibleDescription()  # a screen reader hears it too
    assert page.entries() == 0
    assert file_hash(page.path) == before


def test_an_entry_for_a_line_the_plan_no_longer_has(page: Page) -> None:
    entry_id = record(page.ledger, date(2026, 6, 1), -6000, "Chester Arts Centre", "s9")
    controller = page.window.controller
    assert controller is not None
    course = next(line for line in controller.plan.support_lines if line.id == "s9")
    assert controller.edit(RemoveItem("support_lines", course.id), "Remove the course")
    page.settle()
    records = page.view.records
    records.edit_entry(entry_id)
    form = records.form
    assert "no longer in the plan" in form.boxes["line"].note.text()
    before = file_hash(page.path)
    form.save()
    problem = form.boxes["line"].problem.text()
    assert "Choose the line of the plan this pays for" in problem
    assert page.ledger.entry(entry_id).line_id == "s9"  # unchanged
    assert file_hash(page.path) == before
    # a new entry can only name the plan's lines: the removed one is not offered
    assert all(choice != ("line", "s9") for choice in form._choices)


def test_the_first_account_says_what_is_wrong_beside_each_field(
    window: Any, qtbot: Any, tmp_path: Any
) -> None:
    page = open_spending(window, qtbot, make_plan_file(tmp_path / "new.phbplan"), account=False)
    view = page.view
    assert isinstance(view, SpendingView)
    assert view.stack.currentWidget() is view.first_place  # a calm first screen
    fields = view.first.fields
    fields.name.clear()
    fields.opening.setText("£1,2,3")
    fields.opening_date.setText("31/9/26")
    before = file_hash(page.path)
    view.first.add_button.click()
    assert "commas in the wrong places" in fields.boxes["opening"].problem.text()
    assert "September 2026 has 30 days" in fields.boxes["opening_date"].problem.text()
    fields.opening.setText("250.00")
    fields.opening_date.setText("1/4/26")
    view.first.add_button.click()
    assert "Give the account a name" in fields.boxes["name"].problem.text()
    assert page.feed.accounts() == [] and file_hash(page.path) == before
    fields.name.setFocus()
    type_keys("Direct payment account")
    key(Qt.Key.Key_Return)  # Enter adds it
    page.settle()
    [account] = page.feed.accounts()
    assert account.name == "Direct payment account" and account.opening_balance.pence == 25000
    assert account.opening_date == date(2026, 4, 1)
    assert view.stack.currentWidget() is view.tabs
    assert view.records.form.date.hasFocus()  # ready for the first entry
