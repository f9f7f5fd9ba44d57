"""The list of imports: every import with when, file, bank and counts; "Undo this import"
takes one out (after asking), and the undo stack's step for it then has nothing left to do."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from phbplanner.services.imports import UndoCheck
from phbplanner.ui.statements import show_imports, start_import
from phbplanner.ui.statements.import_dialog import CHECK, DONE

from .conftest import MAY, TODAY, Plan, imports_of, lloyds, settle

MAY_END = date(2026, 5, 4)


def _cells(dialog: Any, row: int) -> list[str]:
    model = dialog.model
    return [str(model.data(model.index(row, column))) for column in range(model.columnCount())]


def test_an_import_undone_from_the_list_then_the_undo_stack_has_nothing_to_do(
    plan: Plan, qtbot: Any
) -> None:
    path = plan.statement("may.csv", lloyds(MAY))
    dialog = start_import(plan.window, plan.controller)
    assert dialog is not None
    dialog.today = lambda: TODAY
    dialog.ask_path = lambda *_args: str(path)
    dialog.choose_file()
    settle(qtbot, lambda: dialog.data is not None)
    dialog.next_button.click()
    settle(qtbot, lambda: dialog.page() == CHECK)
    dialog.import_button.click()
    settle(qtbot, lambda: dialog.page() == DONE)
    dialog.reject()
    assert len(plan.entries()) == 4
    assert plan.controller.undo_stack.canUndo()

    listing = show_imports(plan.window, plan.controller)
    settle(qtbot, listing.isVisible)
    assert listing.model.rowCount() == 1
    cells = " ".join(_cells(listing, 0))
    assert "may.csv" in cells and "Lloyds" in cells and "4" in cells
    assert _cells(listing, 0)[-1] == "No"  # not undone
    assert listing.undo_button.isEnabled()

    asked: list[str] = []

    def keep(check: UndoCheck) -> bool:
        asked.append(check.info.file_name)
        return False

    listing.ask_sure = keep
    listing.undo_button.click()  # "Keep it": nothing happens
    settle(qtbot)
    assert asked == ["may.csv"] and len(plan.entries()) == 4

    listing.ask_sure = lambda check: True
    listing.undo_button.click()
    settle(qtbot, lambda: not listing.undoing)
    assert plan.entries() == []
    assert "4 entries were taken out" in listing.status.text()
    assert _cells(listing, 0)[-1] != "No"  # when it was undone
    assert not listing.undo_button.isEnabled()
    assert imports_of(plan).imports()[0].undone is not None

    plan.window.undo()  # the stack's step: undone already, so nothing more happens
    assert plan.entries() == [] and not plan.controller.undo_stack.canUndo()
    plan.window.redo()  # and redo imports the statement again
    assert len(plan.entries()) == 4
    listing.close()


def test_an_import_whose_entry_was_reconciled_is_kept_unless_the_person_insists(
    plan: Plan, qtbot: Any
) -> None:
    from phbplanner.domain.money import Money
    from phbplanner.services.reconcile import Reconciliations

    from .conftest import imported

    imported(plan, lloyds(MAY))
    reconciliations = Reconciliations(plan.session)
    state = reconciliations.start(plan.account_id(), MAY_END, Money(223_150), today=TODAY)
    reconciliations.tick(state.id, [entry.id for entry in reconciliations.entries(state.id)], True)
    reconciliations.finish(state.id)

    listing = show_imports(plan.window, plan.controller)
    settle(qtbot, listing.isVisible)
    told: list[list[str]] = []

    def keep_it(parent: QWidget | None, check: UndoCheck) -> bool:
        told.append(list(check.losses))
        return False

    listing.ask_losses = keep_it
    listing.undo_button.click()
    settle(qtbot)
    assert told and any("reconciled" in loss for loss in told[0])
    assert len(plan.entries()) == 4 and imports_of(plan).imports()[0].undone is None

    def anyway(parent: QWidget | None, check: UndoCheck) -> bool:
        return True  # "Undo it anyway"

    listing.ask_losses = anyway
    listing.undo_button.click()
    settle(qtbot, lambda: not listing.undoing)
    assert plan.entries() == []
    listing.close()
