"""The actions the spending page's toolbar carries: each opens its dialog, window-modal over the
window the page is in, for the plan that is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QVBoxLayout, QWidget

from phbplanner.ui.returns import ReturnsSentDialog, SendRecordsDialog, returns_actions

from .conftest import Opened, shut


def _page(opened: Opened) -> tuple[QWidget, QToolBar]:
    """A page inside the window with a toolbar, as the spending page will be."""
    page = QWidget(opened.parent)
    toolbar = QToolBar(page)
    QVBoxLayout(page).addWidget(toolbar)
    page.show()
    return page, toolbar


def test_the_actions_are_named_in_plain_words(opened: Opened) -> None:
    page, _ = _page(opened)
    send, sent = returns_actions(page, opened.controller)
    assert (send.text(), sent.text()) == ("Send my records…", "Returns sent…")
    assert send.parent() is page and sent.parent() is page
    for action in (send, sent):
        assert action.toolTip() and action.statusTip() == action.toolTip()
        assert action.isEnabled()


def test_send_my_records_opens_over_the_window(opened: Opened) -> None:
    page, toolbar = _page(opened)
    send, _ = returns_actions(page, opened.controller)
    toolbar.addAction(send)
    toolbar.widgetForAction(send).click()  # type: ignore[union-attr]
    dialogs = opened.parent.findChildren(SendRecordsDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.isVisible() and dialog.parent() is opened.parent
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert dialog.controller is opened.controller
    shut(dialog)


def test_returns_sent_opens_over_the_window(opened: Opened) -> None:
    page, _ = _page(opened)
    _, sent = returns_actions(page, opened.controller)
    sent.trigger()
    dialogs = opened.parent.findChildren(ReturnsSentDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.isVisible() and dialog.parent() is opened.parent
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.empty.isVisibleTo(dialog)  # no return made yet: it says how to make one
    shut(dialog)
