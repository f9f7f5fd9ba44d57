"""Bank statements in the window: importing one, the list of imports, and reconciling.

The spending page (or a menu) calls one function per action::

    start_import(parent, controller)           # the import dialog, step by step
    show_imports(parent, controller)           # every import, with "Undo this import"
    start_reconciliation(parent, controller)   # check an account against a statement

Each opens its dialog (window-modal) and returns it, or returns ``None`` after saying plainly
why it cannot start (no account yet, the plan open to read only). docs/ui.md describes them.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...domain.text import translate
from ...services.imports import Imports
from ...services.ledger import Ledger
from ...services.session import PlanSession
from ..controller import PlanController
from ..dialogs import explain
from .import_dialog import ImportDialog
from .imports_list import ImportsDialog
from .reconcile_dialog import ReconcileDialog

__all__ = ["ImportDialog", "ImportsDialog", "ReconcileDialog", "show_imports", "start_import",
           "start_reconciliation"]  # fmt: skip


def _session(parent: QWidget, controller: PlanController, title: str) -> PlanSession | None:
    """The open plan's session when its spending records can be changed; otherwise say why."""
    session = cast(PlanSession, controller.session)
    if session.read_only:
        explain(
            parent,
            title,
            translate(
                "Statements", "This plan is open to read only, so its records cannot be changed."
            ),
        )
        return None
    if not Ledger(session).accounts():
        explain(
            parent,
            title,
            translate(
                "Statements",
                "Add an account first: the bank account or card the statement is for. My "
                "spending has a place for it.",
            ),
        )
        return None
    return session


def start_import(parent: QWidget, controller: PlanController) -> ImportDialog | None:
    """Open the statement import (see :mod:`.import_dialog`)."""
    title = translate("Statements", "Import a bank statement")
    session = _session(parent, controller, title)
    if session is None:
        return None
    dialog = ImportDialog(controller, Imports(session), Ledger(session).accounts(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog


def show_imports(parent: QWidget, controller: PlanController) -> ImportsDialog:
    """Open the list of imports (see :mod:`.imports_list`)."""
    dialog = ImportsDialog(controller, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog


def start_reconciliation(parent: QWidget, controller: PlanController) -> ReconcileDialog | None:
    """Open the reconciliation of an account against a statement (see :mod:`.reconcile_dialog`)."""
    title = translate("Statements", "Reconcile with a statement")
    session = _session(parent, controller, title)
    if session is None:
        return None
    dialog = ReconcileDialog(controller, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
