"""The window's menus and shortcuts: every action made once, its words set again on a language
change (a second set of actions would make each shortcut ambiguous).

File, Edit, View and, last, Help (its Keys page lists every shortcut made here); another menu
goes before Help with :meth:`WindowActions.add_menu`. The privacy actions (lock, history,
backups, passphrase, settings, finishing supporter mode) call the window's slots of the same
names, which hand over to their own modules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ..domain.text import translate
from . import settings as store

if TYPE_CHECKING:
    from .workspaces import Workspace

#: The language menu: code → the language's own name ("" follows the system).
LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}


def _language_name(code: str) -> Callable[[], str]:
    """A language's name in its own language (the system default in the one shown)."""
    if not code:
        return lambda: translate("Window", "System default")
    name = LANGUAGE_NAMES[code]
    return lambda: name


class WindowActions:
    """The actions of the main window and the menus that hold them."""

    def __init__(self, window: QMainWindow) -> None:
        #: the main window (its slots: close_plan, signoff, undo, step_scale, set_language, …)
        self.window: Any = window
        self._texts: dict[QAction, Callable[[], str]] = {}
        self._menus: dict[QMenu, Callable[[], str]] = {}
        w: Any = window
        self.close = self._make(lambda: translate("Window", "&Close this plan"), ["Ctrl+W"],
                                w.close_plan)  # fmt: skip
        self.export = self._make(lambda: translate("Window", "&Export the plan as a PDF…"),
                                 ["Ctrl+E"], lambda: w.signoff("export"))  # fmt: skip
        self.agree = self._make(lambda: translate("Window", "Record &agreement…"), [],
                                lambda: w.signoff("record_agreement"))  # fmt: skip
        self.versions = self._make(lambda: translate("Window", "&Versions and differences…"), [],
                                   lambda: w.signoff("show_versions"))  # fmt: skip
        self.lock = self._make(lambda: translate("Window", "&Lock now"), ["Ctrl+L"], w.lock)
        self.history = self._make(lambda: translate("Window", "What &changed…"), [],
                                  w.show_history)  # fmt: skip
        self.backups = self._make(lambda: translate("Window", "&Backups…"), [], w.show_backups)
        self.passphrase = self._make(lambda: translate("Window", "Change the &passphrase…"), [],
                                     w.change_passphrase)  # fmt: skip
        self.forget = self._make(
            lambda: translate("Window", "&Forget the passphrase on this computer…"), [],
            w.forget_passphrase,
        )  # fmt: skip
        self.finish = self._make(lambda: translate("Window", "&Finish and close"), [],
                                 w.finish_supporting)  # fmt: skip
        self.settings = self._make(lambda: translate("Window", "&Settings…"), [],
                                   w.show_settings)  # fmt: skip
        self.quit = self._make(lambda: translate("Window", "&Quit"), ["Ctrl+Q"], w.close)
        self.undo = self._make(lambda: translate("Window", "&Undo"), ["Ctrl+Z"], w.undo)
        self.redo = self._make(lambda: translate("Window", "&Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"],
                               w.redo)  # fmt: skip
        self.larger = self._make(lambda: translate("Window", "&Larger text"), ["Ctrl++", "Ctrl+="],
                                 lambda: w.step_scale(1))  # fmt: skip
        self.smaller = self._make(lambda: translate("Window", "&Smaller text"), ["Ctrl+-"],
                                  lambda: w.step_scale(-1))  # fmt: skip
        self.normal = self._make(lambda: translate("Window", "&Normal text size"), ["Ctrl+0"],
                                 lambda: w.set_scale(100))  # fmt: skip
        self.next_step = self._make(lambda: translate("Window", "Ne&xt step"), ["Alt+Right"],
                                    lambda: w.go_step(1))  # fmt: skip
        self.previous_step = self._make(lambda: translate("Window", "&Previous step"),
                                        ["Alt+Left"], lambda: w.go_step(-1))  # fmt: skip
        self.steps = self._make(
            lambda: translate("Window", "Go to the s&teps, or back to the page"), ["F6"],
            w.toggle_steps)  # fmt: skip
        self.keys = self._make(lambda: translate("Window", "&Keys…"), ["F1"], w.show_keys)
        self.about = self._make(lambda: translate("Window", "&About PHB Planner"), [],
                                w.show_about)  # fmt: skip
        self.language_group = QActionGroup(window)
        self.languages: dict[str, QAction] = {}
        current = store.language()
        for code in ("", *LANGUAGE_NAMES):
            action = self._make(
                _language_name(code), [], lambda _on=False, c=code: w.set_language(c)
            )
            action.setCheckable(True)
            action.setChecked(code == current)
            self.language_group.addAction(action)
            self.languages[code] = action
        self.workspace_actions: dict[str, QAction] = {}
        bar = window.menuBar()
        self.file_menu = self._menu(lambda: translate("Window", "&File"))
        self.file_menu.addAction(self.close)
        self.file_menu.addAction(self.lock)
        self.file_menu.addSeparator()
        for action in (self.export, self.agree, self.versions, self.history):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in (self.backups, self.passphrase, self.forget):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.finish)
        self.file_menu.addAction(self.quit)
        self.edit_menu = self._menu(lambda: translate("Window", "&Edit"))
        self.edit_menu.addAction(self.undo)
        self.edit_menu.addAction(self.redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings)
        self.view_menu = self._menu(lambda: translate("Window", "&View"))
        self.workspace_separator = self.view_menu.addSeparator()
        for action in (self.next_step, self.previous_step, self.steps):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        for action in (self.larger, self.smaller, self.normal):
            self.view_menu.addAction(action)
        self.language_menu = QMenu(self.view_menu)
        self._menus[self.language_menu] = lambda: translate("Window", "L&anguage")
        self.view_menu.addMenu(self.language_menu)
        for action in self.languages.values():
            self.language_menu.addAction(action)
        self.help_menu = self._menu(lambda: translate("Window", "&Help"))
        self.help_menu.addAction(self.keys)
        self.help_menu.addAction(self.about)
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)
        self.retranslate()

    def _make(self, text: Callable[[], str], keys: Sequence[str], slot: Any) -> QAction:
        action = QAction(self.window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self.window.addAction(action)  # shortcuts work whether or not a menu is open
        self._texts[action] = text
        return action

    def _menu(self, text: Callable[[], str]) -> QMenu:
        menu = QMenu(self.window.menuBar())
        self._menus[menu] = text
        return menu

    def add_menu(self, text: Callable[[], str]) -> QMenu:
        """Add a menu after the others, before Help; its title follows the language."""
        menu = self._menu(text)
        self.window.menuBar().insertMenu(self.help_menu.menuAction(), menu)
        menu.setTitle(text())
        return menu

    def retranslate(self) -> None:
        """Set every action's and menu's words in the language now installed."""
        for action, text in self._texts.items():
            action.setText(text())
        for menu, text in self._menus.items():
            menu.setTitle(text())

    # -- the workspaces of an open plan ----------------------------------------------------
    def set_workspaces(self, workspaces: list[Workspace]) -> None:
        """One action per workspace in the View menu, Ctrl+1, Ctrl+2, … (none: no plan open)."""
        if [w.key for w in workspaces[:9]] == list(self.workspace_actions):
            for workspace in workspaces[:9]:
                self.workspace_actions[workspace.key].setText(workspace.title())
            return
        for action in self.workspace_actions.values():
            action.setShortcuts([])  # at once: the old action may linger until deleted
            self.view_menu.removeAction(action)
            self.window.removeAction(action)
            self._texts.pop(action, None)
            action.deleteLater()
        self.workspace_actions = {}
        for number, workspace in enumerate(workspaces[:9], start=1):
            action = self._make(
                workspace.title,
                [f"Ctrl+{number}"],
                lambda _on=False, key=workspace.key: self.window.go_to_workspace(key),
            )
            action.setText(workspace.title())
            self.view_menu.insertAction(self.workspace_separator, action)
            self.workspace_actions[workspace.key] = action
