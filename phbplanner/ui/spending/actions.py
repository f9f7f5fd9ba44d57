"""The actions of My spending: one toolbar above its parts, for the whole page.

An action is a key, a translated title, what it does and when it can be used. The program's own
are listed in :func:`page_actions`; the statement import (*Import a statement…*, *Imports*),
reconciliation (*Reconcile…*) and the monitoring return (*Send my records…*) each add one line
there, in that order — or :func:`register_action` from a module of their own (tests do). The
toolbar makes a button with words for each and wraps onto a second line at large text sizes,
so no action is ever pushed out of sight.

What an action is given (:class:`ActionPlace`): the page, as the parent of its dialogs; the
records' feed (``feed.ledger``, ``feed.view``, ``feed.controller`` for the undo stack and the
change events, ``feed.today``); and a way to say something in the window's status bar.
Actions that work on the selected entries (change, remove, mark reconciled) are in the Records
part's own row, beside the register.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QPushButton, QWidget

from ...domain.text import translate
from ..flow import FlowLayout
from .accounts import AccountDialog
from .feed import SpendingFeed


@dataclass(frozen=True)
class ActionPlace:
    """What an action works with."""

    #: the spending page: the parent of the action's dialogs
    parent: QWidget
    #: the open plan's spending records
    feed: SpendingFeed
    #: a message in the window's status bar
    say: Callable[[str], None]


@dataclass(frozen=True)
class SpendingAction:
    """One action of the page's toolbar."""

    key: str
    #: the button's words, translated when asked (end with "…" when it opens a dialog)
    title: Callable[[], str]
    #: what it does
    run: Callable[[ActionPlace], object]
    #: a sentence a screen reader says after the title (and the button's tooltip)
    description: Callable[[], str] | None = None
    #: usable only while this is true (when not given: while the file can be changed)
    enabled_when: Callable[[SpendingFeed], bool] | None = None

    def enabled_for(self, feed: SpendingFeed) -> bool:
        """Whether the action can be used now."""
        if self.enabled_when is None:
            return not feed.read_only
        return bool(self.enabled_when(feed))


def _add_account(place: ActionPlace) -> None:
    dialog = AccountDialog(place.feed, place.parent)
    try:
        if dialog.exec() == AccountDialog.DialogCode.Accepted:
            place.say(translate("Records", "The account was added."))
    finally:
        dialog.deleteLater()


ADD_ACCOUNT = SpendingAction(
    key="add_account",
    title=lambda: translate("Records", "Add an account…"),
    run=_add_account,
    description=lambda: translate(
        "Records", "Another place the money is kept, like a prepaid card beside the bank account"
    ),
)

_extra: list[SpendingAction] = []


def register_action(action: SpendingAction) -> None:
    """Add an action after the program's own (replacing one with the same key)."""
    unregister_action(action.key)
    _extra.append(action)


def unregister_action(key: str) -> None:
    """Take away an action added with :func:`register_action`."""
    _extra[:] = [a for a in _extra if a.key != key]


def page_actions() -> list[SpendingAction]:
    """Every action of the toolbar, in order: the program's own, then any registered."""
    found = [ADD_ACCOUNT]  # next: Import a statement…, Imports, Reconcile…, Send my records…
    keys = {a.key for a in found}
    return found + [a for a in _extra if a.key not in keys]


class ActionBar(QWidget):
    """The toolbar: a button with words for each action, wrapping when the text is large."""

    def __init__(self, place: ActionPlace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.place = place
        self.setObjectName("spending_toolbar")
        self.setAccessibleName(translate("Records", "Actions for My spending"))
        self.row = FlowLayout(self)
        self.actions_shown = page_actions()
        self.buttons: dict[str, QPushButton] = {}
        for action in self.actions_shown:
            button = QPushButton(action.title(), self)
            button.setObjectName(f"action_{action.key}")
            if action.description is not None:
                button.setAccessibleDescription(action.description())
                button.setToolTip(action.description())
            button.clicked.connect(lambda _checked=False, a=action: self.run(a))
            self.row.addWidget(button)
            self.buttons[action.key] = button
        place.feed.records_changed.connect(self.refresh)
        place.feed.plan_changed.connect(self.refresh)
        self.refresh()

    def run(self, action: SpendingAction) -> None:
        """Do ``action`` (if it can be used now: the file may have become read-only)."""
        if action.enabled_for(self.place.feed):
            action.run(self.place)
        self.refresh()

    def refresh(self) -> None:
        """Enable each action that can be used now."""
        if not self.place.feed.open:
            return
        for action in self.actions_shown:
            self.buttons[action.key].setEnabled(action.enabled_for(self.place.feed))
