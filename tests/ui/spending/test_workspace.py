"""The workspace: offered for plans that keep spending records, a plain page for a notional
budget, the keyboard's way in, Escape, a double-click, another account, a language change."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from phbplanner.domain.plan import Management
from phbplanner.services.edits import PutItem
from phbplanner.ui.spending.accounts import AccountDialog
from phbplanner.ui.spending.view import SpendingView
from phbplanner.ui.window import MainWindow

from ..conftest import when_dialog_opens
from .conftest import Page, key, record, settle, type_keys


def test_a_notional_budget_has_no_spending_page_and_says_so(page: Page) -> None:
    controller = page.window.controller
    assert controller is not None and page.window.plan_view is not None
    edits = [
        PutItem("support_lines", dataclasses.replace(line, management=Management.NOTIONAL))
        for line in controller.plan.support_lines
    ]
    view = page.view
    assert controller.edit(edits, "All notional")
    settle()
    assert not page.window.plan_view.is_offered("spending")  # the tab goes
    assert view.stack.currentWidget() is view.not_recorded  # and the page, if seen, says why
    words = " ".join(label.text() for label in view.not_recorded.findChildren(QLabel))
    assert "the NHS holds the money and pays for the support you choose" in words
    page.window.undo()
    settle()
    assert page.window.plan_view.is_offered("spending")
    assert view.stack.currentWidget() is view.tabs


def test_escape_asks_before_throwing_away_a_typed_entry(page: Page) -> None:
    form = page.view.records.form
    form.focus_date()
    key(Qt.Key.Key_Tab)
    type_keys("Chester Cars")

    def keep_editing(box: Any) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "discard_changes"
        QTest.keyClick(box, Qt.Key.Key_Escape)  # Escape means "Keep editing"

    when_dialog_opens(keep_editing)
    key(Qt.Key.Key_Escape)
    assert form.payee.text() == "Chester Cars"

    def discard(box: Any) -> None:
        button = next(b for b in box.buttons() if b.text() == "Discard changes")
        button.click()

    when_dialog_opens(discard)
    page.window.activateWindow()  # (after a dialog, as the window manager would)
    form.payee.setFocus()
    key(Qt.Key.Key_Escape)
    assert form.payee.text() == ""


def test_a_double_click_on_a_row_changes_that_entry(page: Page) -> None:
    entry_id = record(page.ledger, date(2026, 11, 3), -2200, "Chester Cars", "s5")
    page.settle()
    table = page.view.records.table
    row = page.view.records.model.row_of(entry_id)
    assert row is not None
    rect = table.visualRect(page.view.records.model.index(row, 1))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = page.view.records.form
    assert form.editing is not None and form.editing.id == entry_id
    assert form.payee.text() == "Chester Cars" and form.amount.text() == "22.00"
    assert page.view.records.receipts.entry_id == entry_id


def test_another_account_and_the_choice_of_account_in_the_form(page: Page) -> None:
    def answer(dialog: Any) -> None:
        assert isinstance(dialog, AccountDialog)
        dialog.fields.name.setText("Prepaid card")
        dialog.fields.kind.setCurrentIndex(1)
        dialog.add_button.click()

    when_dialog_opens(answer)
    page.view.toolbar.buttons["add_account"].click()
    settle()
    names = [a.name for a in page.feed.accounts()]
    assert names == ["Direct payment bank account", "Prepaid card"]
    form = page.view.records.form
    assert form.boxes["account"].isVisible()  # shown once there is a choice
    form.account.setCurrentIndex(1)
    form.date.setText("3/11/26")
    form.payee.setText("Chester Cars")
    form.amount.setText("22")
    form.set_choice(("line", "s5"))
    assert form.save()
    page.settle()
    [entry_id] = page.view.records.model.ids
    assert page.ledger.entry(entry_id).account_id == page.feed.accounts()[1].id


def test_a_language_change_keeps_the_page_working(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    from ..conftest import make_plan_file
    from .conftest import open_spending

    page = open_spending(window, qtbot, make_plan_file(tmp_path / "plan.phbplan"))
    page.view.show_part(2)
    try:
        window.set_language("cy")
        assert window.plan_view is not None
        view = window.plan_view.widget("spending")
        assert isinstance(view, SpendingView) and view is not page.view
        assert window.plan_view.current_key() == "spending" and view.tabs.currentIndex() == 2
        record(page.ledger, date(2026, 11, 3), -2200, "Chester Cars", "s5")  # heard by the new
        settle()
        assert view.records.model.count == 1
        window.go_to_workspace("plan")  # the old page's summary line is gone: nothing breaks
        window.go_to_workspace("spending")
        settle()
    finally:
        window.set_language("en")
    assert QApplication.instance() is not None


def test_another_part_of_the_program_adds_an_action_to_the_toolbar(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    from phbplanner.ui.spending.actions import (
        ActionPlace,
        SpendingAction,
        page_actions,
        register_action,
        unregister_action,
    )

    from ..conftest import make_plan_file
    from .conftest import open_spending

    own = [action.key for action in page_actions()]
    assert own[0] == "add_account" and "test_action" not in own
    ran: list[ActionPlace] = []
    register_action(
        SpendingAction(
            key="test_action",
            title=lambda: "Check the entries…",
            run=lambda place: (ran.append(place), place.say("Imported 3 entries.")),
            description=lambda: "Something another part of the program does",
        )
    )
    try:
        page = open_spending(window, qtbot, make_plan_file(tmp_path / "plan.phbplan"))
        bar = page.view.toolbar
        assert bar.isVisible()
        assert list(bar.buttons) == [*own, "test_action"]  # after the program's own
        button = bar.buttons["test_action"]
        assert button.text() == "Check the entries…" and button.isVisible()
        assert button.accessibleDescription() == "Something another part of the program does"
        button.click()
        assert len(ran) == 1 and ran[0].feed is page.feed and ran[0].parent is page.view
        assert page.window.statusBar().currentMessage() == "Imported 3 entries."
    finally:
        unregister_action("test_action")
    # a page made now has the program's own actions only
    window.set_language("cy")
    try:
        assert window.plan_view is not None
        view = window.plan_view.widget("spending")
        assert isinstance(view, SpendingView) and list(view.toolbar.buttons) == own
    finally:
        window.set_language("en")


def test_the_toolbar_waits_for_the_first_account(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    from ..conftest import make_plan_file
    from .conftest import open_spending

    page = open_spending(window, qtbot, make_plan_file(tmp_path / "plan.phbplan"), account=False)
    assert page.view.stack.currentWidget() is page.view.first_place
    assert not page.view.toolbar.isVisible()  # the first screen adds the account itself
