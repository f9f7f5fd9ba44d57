"""HSBC files have no headings: the window asks the person to confirm the bank before going on.
Undo from the window's undo stack refuses plainly when entries of the import were reconciled
since, and takes it out only when the person says "Undo it anyway"."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from phbplanner.domain.money import Money
from phbplanner.services.imports import UndoCheck
from phbplanner.services.reconcile import Reconciliations
from phbplanner.ui.statements import start_import
from phbplanner.ui.statements.commands import ImportCommand
from phbplanner.ui.statements.import_dialog import CHECK, DONE, FILE, ImportDialog
from tests.interchange.bank.writers import FORMATS, Txn

from .conftest import MAY, TODAY, Plan, imports_of, lloyds, settle


def _read(plan: Plan, qtbot: Any, name: str, data: bytes) -> ImportDialog:
    path = plan.statement(name, data)
    dialog = start_import(plan.window, plan.controller)
    assert dialog is not None
    dialog.today = lambda: TODAY
    dialog.ask_path = lambda *_args: str(path)
    settle(qtbot, dialog.isVisible)
    dialog.choose_file()
    settle(qtbot, lambda: dialog.data is not None)
    return dialog


def test_an_hsbc_file_is_imported_only_once_the_bank_is_confirmed(plan: Plan, qtbot: Any) -> None:
    rows = [
        Txn(date(2026, 5, 1), 150_000, "", "NHS CHESHIRE ICB PHB", "", 250_000),
        Txn(date(2026, 5, 3), -2_500, "", "CHESTER CARS LTD", "", 247_500),
    ]
    data, _lines = FORMATS["hsbc"].write(rows)
    dialog = _read(plan, qtbot, "hsbc.csv", data)
    step = dialog.file_step
    assert "HSBC" in step.detected.text() and "cannot be sure" in step.detected.text()
    assert step.confirm.isVisible() and not step.confirm.isChecked()
    assert step.confirm.text() == "Yes, this statement is from HSBC"

    dialog.next_button.click()  # not confirmed: the reason beside the box, still on step 1
    settle(qtbot)
    assert dialog.page() == FILE
    assert step.confirm_problem.isVisible() and "Tick the box" in step.confirm_problem.text()
    assert step.confirm.hasFocus()

    step.confirm.click()
    dialog.next_button.click()
    settle(qtbot, lambda: dialog.page() == CHECK)
    dialog.import_button.click()
    settle(qtbot, lambda: dialog.page() == DONE)
    assert [(row.date, row.amount_pence) for row in plan.entries()] == [
        ("2026-05-01", 150_000), ("2026-05-03", -2_500),
    ]  # fmt: skip
    assert imports_of(plan).imports()[0].bank == "hsbc"
    dialog.reject()


def test_undo_refused_while_an_entry_is_reconciled_unless_the_person_insists(
    plan: Plan, qtbot: Any
) -> None:
    dialog = _read(plan, qtbot, "may.csv", lloyds(MAY))
    dialog.next_button.click()
    settle(qtbot, lambda: dialog.page() == CHECK)
    dialog.import_button.click()
    settle(qtbot, lambda: dialog.page() == DONE)
    dialog.reject()
    stack = plan.controller.undo_stack
    command = stack.command(stack.index() - 1)
    assert isinstance(command, ImportCommand)
    assert command.text() == "Import 4 rows of may.csv"

    reconciliations = Reconciliations(plan.session)
    state = reconciliations.start(plan.account_id(), date(2026, 5, 4), Money(223_150), today=TODAY)
    reconciliations.tick(state.id, [entry.id for entry in reconciliations.entries(state.id)], True)
    reconciliations.finish(state.id)

    told: list[list[str]] = []
    failures: list[str] = []
    plan.controller.failed.connect(failures.append)

    def keep(parent: QWidget | None, check: UndoCheck) -> bool:
        told.append(list(check.losses))
        return False  # "Keep the import"

    command.ask = keep
    plan.window.undo()
    assert told and any("reconciled" in loss for loss in told[0])
    assert len(plan.entries()) == 4 and stack.canUndo()
    assert failures and "The import of may.csv was kept." in failures[-1]

    def anyway(parent: QWidget | None, check: UndoCheck) -> bool:
        return True  # "Undo it anyway"

    command.ask = anyway
    plan.window.undo()
    assert plan.entries() == [] and not stack.canUndo()
