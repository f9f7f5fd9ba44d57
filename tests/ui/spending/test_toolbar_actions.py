"""The toolbar of My spending carries the statement import, the list of imports,
reconciliation and the monitoring return: each button opens its own dialog, window-modal over
the window, for the plan that is open; the lists stay usable in a plan open to read only."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from phbplanner.ui.returns import ReturnsSentDialog, SendRecordsDialog
from phbplanner.ui.spending.actions import page_actions
from phbplanner.ui.statements import ImportDialog, ImportsDialog, ReconcileDialog

from .conftest import Page, settle

OPENS = {
    "import_statement": ImportDialog,
    "imports": ImportsDialog,
    "reconcile": ReconcileDialog,
    "send_records": SendRecordsDialog,
    "returns_sent": ReturnsSentDialog,
}


def test_the_toolbar_offers_each_action_in_plain_words(page: Page) -> None:
    buttons = page.view.toolbar.buttons
    assert [action.key for action in page_actions()][:6] == ["add_account", *OPENS]
    assert [buttons[key].text() for key in OPENS] == [
        "Import a statement…", "Imports…", "Reconcile…", "Send my records…", "Returns sent…",
    ]  # fmt: skip
    for key in OPENS:
        assert buttons[key].isEnabled() and buttons[key].toolTip()
        assert buttons[key].accessibleDescription() == buttons[key].toolTip()


@pytest.mark.parametrize("key", list(OPENS))
def test_each_button_opens_its_dialog_over_the_window(page: Page, qtbot: Any, key: str) -> None:
    page.view.toolbar.buttons[key].click()
    settle()
    shown = [d for d in page.window.findChildren(QDialog) if d.isVisible()]
    assert [type(d) for d in shown] == [OPENS[key]]
    dialog = shown[0]
    assert dialog.window() is dialog and dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.parentWidget() is not None and dialog.parentWidget().window() is page.window
    dialog.done(0)
    settle()
