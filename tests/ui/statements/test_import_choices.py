"""A statement with a bad row is imported only by the explicit choice; a statement no bank
reader knows is read through the columns step, with a live preview of its first rows, and the
account's next statement is read with the same columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from phbplanner.ui.statements import start_import
from phbplanner.ui.statements.file_step import COLUMNS
from phbplanner.ui.statements.import_dialog import CHECK, COLUMNS_PAGE, DONE, ImportDialog

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


def test_bad_rows_are_refused_unless_the_good_rows_are_chosen(plan: Plan, qtbot: Any) -> None:
    dialog = _read(plan, qtbot, "bad.csv", lloyds(MAY, bad={2: "three pound fifty"}))
    dialog.next_button.click()
    settle(qtbot, lambda: dialog.page() == CHECK)
    step = dialog.check_step
    assert step.bad_table.isVisible()
    # written newest first under a heading: the coffee (third of four) is on line 3
    assert step.bad_model.data(step.bad_model.index(0, 0), Qt.ItemDataRole.DisplayRole) == "3"
    reason = step.bad_model.data(step.bad_model.index(0, 1), Qt.ItemDataRole.DisplayRole)
    assert "three pound fifty" in reason or "amount" in reason.lower()
    assert not dialog.import_button.isVisible()  # no plain "Import" while rows are bad
    assert dialog.good_rows_button.isVisible()
    assert dialog.good_rows_button.text() == "Import only the 3 good rows"

    dialog._import(good_rows_only=False)  # the plain import is refused: nothing stored
    settle(qtbot)
    assert dialog.page() == CHECK and plan.entries() == [] and imports_of(plan).imports() == []

    dialog.good_rows_button.click()
    settle(qtbot, lambda: dialog.page() == DONE)
    assert [row.payee for row in plan.entries()] == [
        "NHS CHESHIRE ICB PHB", "CHESTER CARS LTD", "RHIAN DAVIES WAGES",
    ]  # fmt: skip
    (record,) = imports_of(plan).imports()
    assert record.imported == 3
    dialog.reject()


GENERIC = (
    b"Exported from Example Savings\r\n"
    b"Account 0042\r\n"
    b"When,What,Money,Left\r\n"
    b"2026-05-02,Market stall,-4.20,995.80\r\n"
    b"2026-05-06,Budget payment,500.00,1495.80\r\n"
)


def test_a_generic_statement_is_read_through_the_columns_step(plan: Plan, qtbot: Any) -> None:
    dialog = _read(plan, qtbot, "other.csv", GENERIC)
    dialog.file_step.set_bank(COLUMNS)
    dialog.next_button.click()
    settle(qtbot, lambda: dialog.page() == COLUMNS_PAGE)
    step = dialog.columns_step
    assert step.lines_model.rowCount() >= 5  # the file's first lines, as they are
    # start from scratch: every line counts, so the preamble makes the dates unreadable
    step.skip.setValue(2)
    combos = step.combos
    combos["date"].setCurrentIndex(combos["date"].findData(0))
    combos["payee"].setCurrentIndex(combos["payee"].findData(1))
    combos["description"].setCurrentIndex(0)  # "None": one column cannot be both
    assert combos["description"].currentData() is None
    step.style_combo.setCurrentIndex(0)  # one column, paid in positive
    combos["amount"].setCurrentIndex(combos["amount"].findData(2))
    combos["balance"].setCurrentIndex(combos["balance"].findData(3))
    assert "When" in combos["date"].currentText()  # named by the line after those skipped
    settle(qtbot, lambda: not step.timer.isActive())  # the live preview, read again
    assert step.sample_model.rowCount() == 2, step.problem.text()
    first = [
        step.sample_model.data(step.sample_model.index(0, column), Qt.ItemDataRole.DisplayRole)
        for column in range(step.sample_model.columnCount())
    ]
    assert first[1] == "02/05/2026" and "Market stall" in first[2] and "4.20" in first[3]
    assert step.sample_words.property("role") != "error", step.sample_words.text()

    dialog.next_button.click()
    settle(qtbot, lambda: dialog.page() == CHECK)
    model = dialog.check_step.model
    assert model is not None and model.rowCount() == 2
    assert model.row_at(1).amount.pence == 50_000
    dialog.import_button.click()
    settle(qtbot, lambda: dialog.page() == DONE)
    assert [(row.date, row.amount_pence) for row in plan.entries()] == [
        ("2026-05-02", -420), ("2026-05-06", 50_000),
    ]  # fmt: skip
    dialog.reject()

    # the next statement for the account is read with the same columns, and says so
    later = GENERIC.replace(b"2026-05-02", b"2026-06-02").replace(b"2026-05-06", b"2026-06-06")
    later = later.replace(b"995.80", b"1491.60").replace(b"1495.80", b"1991.60")
    second = _read(plan, qtbot, "other-june.csv", later)
    assert second.preview is not None
    assert "the columns you gave for this account's last statement" in (
        second.file_step.detected.text()
    )
    assert second.file_step.bank_key() == COLUMNS
    second.next_button.click()
    settle(qtbot, lambda: second.page() == COLUMNS_PAGE)
    assert second.columns_step.skip.value() == 2
    assert second.columns_step.combos["payee"].currentData() == 1
    second.next_button.click()
    settle(qtbot, lambda: second.page() == CHECK)
    model = second.check_step.model
    assert model is not None and model.will_import() == 2
    second.done(0)  # closed without importing (nothing stored)
