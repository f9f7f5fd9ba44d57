"""Reconciling May's statement in the window: the date and balance checked as typed, Space
ticks, the difference in words as it falls, the bank's offer, finish — the entries reconciled."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from phbplanner.ui.statements import start_reconciliation
from phbplanner.ui.statements.reconcile_dialog import ReconcileDialog

from .conftest import MAY, TODAY, Plan, focused, imported, key, lloyds, settle


def _open(plan: Plan, qtbot: Any) -> ReconcileDialog:
    dialog = start_reconciliation(plan.window, plan.controller)
    assert dialog is not None
    dialog.today = lambda: TODAY
    settle(qtbot, dialog.isVisible)
    return dialog


def test_reconciled_to_nothing_left_by_keyboard(plan: Plan, qtbot: Any) -> None:
    imported(plan, lloyds(MAY))
    dialog = _open(plan, qtbot)
    assert focused() is dialog.date_edit

    QTest.keyClicks(dialog.date_edit, "31/12/2026")  # after today: said beside the field
    key(Qt.Key.Key_Tab)
    assert dialog.date_box.problem.isVisible()
    assert "after today" in dialog.date_box.problem.text()
    dialog.date_edit.clear()
    QTest.keyClicks(dialog.date_edit, "4/5/2026")
    assert not dialog.date_box.problem.isVisible()
    dialog.balance_edit.setFocus()
    QTest.keyClicks(dialog.balance_edit, "2,231.50")
    assert "£2,231.50 in the account" in dialog.balance_box.note.text()
    key(Qt.Key.Key_Return)  # Start
    settle(qtbot)
    assert focused() is dialog.table
    assert dialog.model.rowCount() == 4
    # the opening balance (£1,000.00) counts already: the four entries make up the rest
    assert dialog.difference.text().endswith("£1,231.50 still to account for")
    assert not dialog.finish_button.isEnabled()

    key(Qt.Key.Key_Space)  # the budget payment, ticked
    assert dialog.model.entry_at(0).id in dialog.model.ticked
    assert dialog.difference.text().endswith("£268.50 still to account for")
    assert "1 of 4 entries ticked" in dialog.ticked_words.text()
    key(Qt.Key.Key_Space)  # and unticked again
    assert dialog.difference.text().endswith("£1,231.50 still to account for")

    assert dialog.offer_button.isVisible()
    assert dialog.offer_button.text() == "Tick everything up to 4 May 2026, where the bank agrees"
    assert "brings the difference to £0.00" in dialog.offer_words.text()
    dialog.offer_button.click()
    assert dialog.difference.text().endswith("£0.00: it all adds up")
    assert dialog.finish_button.isEnabled()
    dialog.finish_button.click()
    assert "4 entries of Direct payment account are now marked" in dialog.done_words.text()
    assert all(row.reconciled for row in plan.entries())
    dialog.close()


def test_kept_for_later_carries_on_then_abandoned_reconciles_nothing(
    plan: Plan, qtbot: Any
) -> None:
    imported(plan, lloyds(MAY))
    dialog = _open(plan, qtbot)
    dialog.date_edit.setText("04/05/2026")
    dialog.balance_edit.setText("2231.50")
    dialog.start_button.click()
    settle(qtbot)
    dialog.tick([dialog.model.entry_at(0).id], True)
    dialog.later_button.click()  # keep for later: the ticks are saved
    settle(qtbot, lambda: not dialog.isVisible())

    again = _open(plan, qtbot)
    assert "carry on where you left off" in again.facts.text()
    assert again.model.entry_at(0).id in again.model.ticked
    again.ask_abandon = lambda: True
    again.abandon_button.click()
    assert "nothing was marked reconciled" in again.last_words.text()
    assert not any(row.reconciled for row in plan.entries())
    again.close()
