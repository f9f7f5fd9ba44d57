"""A statement imported with the keyboard only: the file chosen (a stubbed file dialog), the bank
worked out, every row checked, one row left out, one row's plan line chosen, the suggestions
accepted, imported — then the entries read back from the file, undone and done again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from phbplanner.domain.ledger import Purpose
from phbplanner.services.import_preview import RowStatus
from phbplanner.ui.statements import start_import
from phbplanner.ui.statements.import_dialog import CHECK, DONE, FILE, ImportDialog

from .conftest import MAY, TODAY, Plan, focused, imports_of, key, lloyds, settle, tab_to


def _open(plan: Plan, qtbot: Any, chosen: list[str]) -> ImportDialog:
    dialog = start_import(plan.window, plan.controller)
    assert dialog is not None
    dialog.today = lambda: TODAY

    def ask(_parent: Any, _title: str, _start: str, filters: str) -> str | None:
        chosen.append(filters)
        return chosen[0]

    dialog.ask_path = ask
    settle(qtbot, dialog.isVisible)
    return dialog


def test_a_statement_imported_by_keyboard_then_undone_and_done_again(
    plan: Plan, qtbot: Any
) -> None:
    path = plan.statement("may.csv", lloyds(MAY))
    chosen = [str(path)]
    dialog = _open(plan, qtbot, chosen)
    assert dialog.page() == FILE
    assert focused() is dialog.file_step.choose_button
    key(Qt.Key.Key_Space)  # "Choose a file…"
    settle(qtbot, lambda: dialog.preview is not None)
    assert "*.csv" in chosen[1]  # the file dialog was asked for statements
    assert dialog.file_step.file_name.text() == "may.csv"
    assert "Lloyds" in dialog.file_step.detected.text()
    assert not dialog.file_step.confirm.isVisible()  # sure of the bank: nothing to confirm
    assert focused() is dialog.file_step.bank

    key(Qt.Key.Key_Return)  # Next
    settle(qtbot, lambda: dialog.page() == CHECK)
    step = dialog.check_step
    model, table = step.model, step.table
    assert model is not None and table is not None
    assert focused() is table
    assert model.rowCount() == 4  # oldest first, as they will be stored
    assert [model.row_at(n).payee for n in range(4)] == [
        "NHS CHESHIRE ICB PHB", "CHESTER CARS LTD", "COSTA COFFEE", "RHIAN DAVIES WAGES",
    ]  # fmt: skip
    assert all(model.row_at(n).status is RowStatus.NEW for n in range(4))
    assert "4 rows will be imported" in step.counts.text()
    assert "add up on every row" in step.checks.text()
    assert dialog.import_button.isVisible() and dialog.import_button.text() == "Import 4 rows"
    assert not dialog.good_rows_button.isVisible()
    assert plan.entries() == [] and imports_of(plan).imports() == []  # nothing stored yet

    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Down)  # the coffee
    key(Qt.Key.Key_Space)  # left out
    assert model.row_at(2).line in model.skipped
    assert dialog.import_button.text() == "Import 3 rows"
    assert "You have left it out" in step.details.text()

    key(Qt.Key.Key_Down)  # the wages: say which plan line they pay for
    wages = model.row_at(3)
    options = model.options(wages)
    wanted = next(n for n, (_words, choice) in enumerate(options) if choice.line_id == "s2")
    key(Qt.Key.Key_Return)
    editor = focused()
    assert isinstance(editor, QComboBox) and editor.accessibleName() == "What it is for"
    for _ in range(wanted - editor.currentIndex()):
        key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)  # the editor commits once the event loop turns
    qtbot.waitUntil(lambda: wages.line in model.chosen)
    assert model.chosen[wages.line].line_id == "s2"
    assert focused() is table

    assert step.accept_button.isVisible()  # the budget payment and the taxi are suggestions
    tab_to(step.accept_button)
    key(Qt.Key.Key_Space)
    assert not step.accept_button.isVisible()
    assert model.chosen[model.row_at(0).line].purpose is Purpose.BUDGET_PAYMENT

    tab_to(dialog.import_button)
    key(Qt.Key.Key_Space)
    settle(qtbot, lambda: dialog.page() == DONE)
    assert "3 rows of may.csv were imported" in dialog.done_words.text()
    stored = plan.entries()
    assert [(row.date, row.amount_pence, row.payee) for row in stored] == [
        ("2026-05-01", 150_000, "NHS CHESHIRE ICB PHB"),
        ("2026-05-03", -2_500, "CHESTER CARS LTD"),
        ("2026-05-04", -24_000, "RHIAN DAVIES WAGES"),
    ]
    assert stored[0].purpose == Purpose.BUDGET_PAYMENT.value
    assert stored[1].purpose == Purpose.PLAN_LINE.value and stored[1].line_ref == "s5"
    assert stored[2].line_ref == "s2"
    assert [row.bank_balance_pence for row in stored] == [250_000, 247_500, 223_150]
    (record,) = imports_of(plan).imports()
    assert record.imported == 3 and record.left_out == 1

    key(Qt.Key.Key_Escape)  # closes: nothing is left unsaved
    settle(qtbot, lambda: not dialog.isVisible())

    plan.window.undo()  # the whole import, out again
    assert plan.entries() == []
    assert imports_of(plan).imports()[0].undone is not None
    plan.window.redo()  # and in again, with the same choices
    again = plan.entries()
    assert [row.payee for row in again] == [row.payee for row in stored]
    assert again[2].line_ref == "s2"


def _read(dialog: ImportDialog) -> Callable[[], bool]:
    return lambda: dialog.preview is not None


def _on(dialog: ImportDialog, page: int) -> Callable[[], bool]:
    return lambda: dialog.page() == page


def test_the_same_statement_again_adds_nothing(plan: Plan, qtbot: Any) -> None:
    path = plan.statement("may.csv", lloyds(MAY))
    for attempt in range(2):
        dialog = _open(plan, qtbot, [str(path)])
        dialog.choose_file()
        settle(qtbot, _read(dialog))
        dialog.next_button.click()
        settle(qtbot, _on(dialog, CHECK))
        model = dialog.check_step.model
        assert model is not None
        if attempt == 0:
            dialog.import_button.click()
            settle(qtbot, _on(dialog, DONE))
        else:
            assert dialog.check_step.model is not None
            assert model.will_import() == 0
            assert "4 rows are in your records already" in dialog.check_step.counts.text()
            assert "You imported this very file" in dialog.check_step.notices.text()
            assert not dialog.import_button.isVisible()
            assert dialog.cancel_button.text() == "Close"
        dialog.reject()
    assert len(plan.entries()) == 4
