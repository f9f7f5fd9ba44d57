"""Every change to the spending records is one step on the window's undo stack (Ctrl+Z and
Ctrl+Shift+Z), saved in the file each way: record ↔ delete, change ↔ change back, delete ↔
restore (with its receipt), a split ↔ the entry as it was, reconciled ↔ not."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit

from phbplanner.domain.ledger import Purpose
from phbplanner.domain.money import Money
from phbplanner.services.ledger_view import EntryFilter
from phbplanner.ui.spending.split_dialog import SplitDialog
from phbplanner.ui.spending.view import SpendingView

from ..conftest import when_dialog_opens
from .conftest import Page, count_in_file, key, record, type_keys

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _active(page: Page) -> None:
    """Shortcuts reach an active window (after a dialog closes, activation comes a little later)."""
    page.window.activateWindow()
    for _ in range(100):
        if page.window.isActiveWindow():
            return
        QTest.qWait(10)
    raise AssertionError("the window never became active")


def undo(page: Page) -> None:
    _active(page)
    QTest.keyClick(page.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    page.settle()


def redo(page: Page) -> None:
    _active(page)
    QTest.keyClick(
        page.window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    page.settle()


def test_record_undo_redo_even_while_typing_in_the_form(page: Page) -> None:
    form = page.view.records.form
    form.focus_date()
    type_keys("3/11/26")
    key(Qt.Key.Key_Tab)
    type_keys("Chester Cars")
    key(Qt.Key.Key_Tab)
    type_keys("22")
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Tab)
    type_keys("Tax")
    key(Qt.Key.Key_Return)
    page.settle()
    [entry_id] = page.feed.view.ids(EntryFilter())
    stack = page.window.controller.undo_stack  # type: ignore[union-attr]
    assert stack.undoText() == "Record £22.00 paid to Chester Cars on 3 November 2026"
    assert form.date.hasFocus()  # Ctrl+Z reaches the window's undo from inside a field
    undo(page)
    assert page.entries() == 0 and page.view.records.model.count == 0
    redo(page)
    assert page.feed.view.ids(EntryFilter()) == [entry_id]  # the very same entry back
    assert page.ledger.entry(entry_id).line_id == "s5"
    page.window.close_plan()
    assert count_in_file(page.path) == (1, 0)


def test_change_undo_redo(page: Page) -> None:
    entry_id = record(page.ledger, date(2026, 11, 3), -2200, "Chester Cars", "s5")
    page.settle()
    records = page.view.records
    assert records.select_entry(entry_id)
    records.table.setFocus()
    key(Qt.Key.Key_Return)  # Enter on a row: the same form, to change it
    form = records.form
    assert form.editing is not None and form.editing.id == entry_id
    assert "Change the entry of 3 November 2026" in form.heading.text()
    assert form.date.hasFocus()
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Tab)
    form.amount.selectAll()
    type_keys("24.50")
    key(Qt.Key.Key_Return)
    page.settle()
    assert page.ledger.entry(entry_id).amount == Money(-2450)
    assert form.editing is None  # back to a new entry
    undo(page)
    assert page.ledger.entry(entry_id).amount == Money(-2200)
    redo(page)
    assert page.ledger.entry(entry_id).amount == Money(-2450)


def test_delete_undo_redo_with_its_receipt(page: Page) -> None:
    keep = record(page.ledger, date(2026, 11, 2), -580, "Northgate leisure centre", "s3")
    gone = record(page.ledger, date(2026, 11, 3), -2200, "Chester Cars", "s5", reference="CC1")
    page.ledger.attach(gone, "fare.png", PNG)
    page.settle()
    records = page.view.records
    records.select_entry(gone)
    records.table.setFocus()
    key(Qt.Key.Key_Delete)  # no question: Ctrl+Z puts it back
    page.settle()
    assert page.feed.view.ids(EntryFilter()) == [keep]
    undo(page)
    assert sorted(page.feed.view.ids(EntryFilter())) == [keep, gone]
    back = page.ledger.entry(gone)
    assert back.reference == "CC1" and back.line_id == "s5"
    [document] = page.ledger.documents(gone)
    assert page.ledger.document_bytes(document.id) == PNG
    redo(page)
    assert page.feed.view.ids(EntryFilter()) == [keep]


def choose(combo: QComboBox, letters: str, downs: int = 0) -> None:
    """Choose an item with the keyboard: its first letters, then Down as many times."""
    combo.view().keyboardSearch("")
    QTest.keyClicks(combo, letters)
    for _ in range(downs):
        QTest.keyClick(combo, Qt.Key.Key_Down)


def _answer_split(parts: list[tuple[str, int, str]]) -> None:
    def answer(dialog: Any) -> None:
        assert isinstance(dialog, SplitDialog)
        for number, (letters, downs, amount) in enumerate(parts):
            if number >= len(dialog.parts):
                dialog.add_button.click()
            part = dialog.parts[number]
            choose(part.line, letters, downs)
            part.amount.selectAll()
            QTest.keyClicks(part.amount, amount)
        assert "All of £149.43 is shared out" in dialog.left.text()
        dialog.save_button.click()

    when_dialog_opens(answer)


def test_a_split_is_one_step_and_shows_what_is_left(page: Page) -> None:
    entry_id = record(page.ledger, date(2026, 11, 2), -14943, "Rhian (PA)", "s1")
    page.settle()
    records = page.view.records
    records.edit_entry(entry_id)
    _answer_split([("Pers", 0, "33.43"), ("Pers", 1, "116.00")])
    records.form.split_button.click()
    assert records.form.choice() == ("split", None)
    records.form.save()
    page.settle()
    entry = page.ledger.entry(entry_id)
    assert [(p.line_id, p.amount.pence) for p in entry.splits] == [("s1", -3343), ("s2", -11600)]
    row = records.model.row(records.model.row_of(entry_id) or 0)
    assert row is not None and records.model.cell_text(row, "line") == "Split (2 lines)"
    undo(page)
    entry = page.ledger.entry(entry_id)
    assert entry.splits == () and entry.line_id == "s1" and entry.purpose is Purpose.PLAN_LINE
    redo(page)
    assert len(page.ledger.entry(entry_id).splits) == 2


def test_split_editor_says_what_is_left_and_refuses_a_wrong_total(page: Page, qtbot: Any) -> None:
    dialog = SplitDialog(Money(-14943), page.feed.line_names(), (), page.view)
    qtbot.addWidget(dialog)
    first, second = dialog.parts
    assert first.amount.text() == "149.43"
    choose(first.line, "Pers")
    first.amount.selectAll()
    QTest.keyClicks(first.amount, "100")
    assert "£49.43 still to share out" in dialog.left.text()
    choose(second.line, "Pers", 1)
    QTest.keyClicks(second.amount, "60")
    assert "£10.57 too much" in dialog.left.text()
    assert dialog.result_parts() is None
    assert "they are £10.57 too much" in dialog.problems.text()
    for widget in (first.line, first.amount, second.line, second.amount):
        assert isinstance(widget, QComboBox | QLineEdit) and widget.accessibleName()


def test_reconciled_undo_redo(page: Page) -> None:
    ids = [
        record(page.ledger, date(2026, 11, day), -580, "Northgate leisure centre", "s3")
        for day in (2, 9)
    ]
    page.ledger.mark_reconciled([ids[0]], True)
    page.settle()
    records = page.view.records
    records.table.selectAll()
    assert records.reconcile_button.text() == "Mark reconciled"  # not all are
    records.reconcile_button.click()
    page.settle()
    assert all(page.ledger.entry(i).reconciled for i in ids)
    undo(page)
    assert [page.ledger.entry(i).reconciled for i in ids] == [True, False]  # each as it was
    redo(page)
    assert all(page.ledger.entry(i).reconciled for i in ids)


def test_a_change_of_the_records_does_not_re_cost_the_plan(page: Page) -> None:
    from phbplanner.ui.costed.feed import feed_for

    costed = feed_for(page.window.controller)  # type: ignore[arg-type]
    costing = costed.costing
    record(page.ledger, date(2026, 11, 2), -580, "Northgate leisure centre", "s3")
    page.settle()
    assert costed.costing is costing
    assert isinstance(page.view, SpendingView)
