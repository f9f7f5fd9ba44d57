"""The statement actions for a toolbar or menu (the "My spending" toolbar hosts them).

    from phbplanner.ui.statements.actions import statement_actions

    actions = statement_actions(page, controller)
    toolbar.addActions(actions.all())          # Import a statement…, Imports…, Reconcile…
    actions.retranslate()                      # after the language changes

Each action opens its dialog with ``page`` as the parent. The actions that change records are
disabled while the plan is open to read only (the list of imports still opens, to read).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ...domain.text import translate
from ..controller import PlanController
from . import show_imports, start_import, start_reconciliation


class StatementActions(QObject):
    """Three actions: import a statement, the list of imports, reconcile with a statement."""

    def __init__(self, parent: QWidget, controller: PlanController) -> None:
        super().__init__(parent)
        self.page = parent
        self.controller = controller
        self._texts: dict[QAction, tuple[Callable[[], str], Callable[[], str]]] = {}
        self.import_statement = self._make(
            "import_statement",
            lambda: translate("StatementActions", "&Import a statement…"),
            lambda: translate(
                "StatementActions", "Add the rows of a bank statement file to your records."
            ),
            lambda: start_import(self.page, self.controller),
        )
        self.imports = self._make(
            "statement_imports",
            lambda: translate("StatementActions", "Im&ports…"),
            lambda: translate(
                "StatementActions", "The statements imported so far, with Undo this import."
            ),
            lambda: show_imports(self.page, self.controller),
        )
        self.reconcile = self._make(
            "reconcile",
            lambda: translate("StatementActions", "&Reconcile…"),
            lambda: translate(
                "StatementActions", "Check an account's entries against a bank statement."
            ),
            lambda: start_reconciliation(self.page, self.controller),
        )
        self.retranslate()

    def _make(
        self,
        name: str,
        text: Callable[[], str],
        tip: Callable[[], str],
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self._texts[action] = (text, tip)
        return action

    def all(self) -> list[QAction]:
        """The actions in toolbar order."""
        return [self.import_statement, self.imports, self.reconcile]

    def retranslate(self) -> None:
        """Set the words in the language now installed, and which actions can be used."""
        for action, (text, tip) in self._texts.items():
            action.setText(text())
            action.setToolTip(tip())
            action.setStatusTip(tip())
        writable = not bool(self.controller.session.read_only)
        self.import_statement.setEnabled(writable)
        self.reconcile.setEnabled(writable)


def statement_actions(parent: QWidget, controller: PlanController) -> StatementActions:
    """The statement actions for ``parent``'s toolbar (see the module's notes)."""
    return StatementActions(parent, controller)
