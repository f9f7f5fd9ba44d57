"""Undo and redo reach across pages and are saved in the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from phbplanner.domain.money import Money
from phbplanner.domain.plan import Plan
from phbplanner.ui.pages.about import AboutMePage, StrengthsPage
from phbplanner.ui.pages.budget import BudgetPage
from phbplanner.ui.window import MainWindow

from .conftest import (
    make_plan_file,
    open_in,
    press,
    read_plan,
    tab_to,
    type_text,
    when_dialog_opens,
)


def test_undo_and_redo_across_pages(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan", Plan())
    open_in(window, qtbot, path)
    journey = window.journey
    # 1. About me: type a name
    journey.go(0)
    about = journey.page("about-me")
    assert isinstance(about, AboutMePage)
    name = about.person.editors["name"].widget
    name.setFocus()
    type_text("Zoë Evans")
    press(Qt.Key.Key_Tab)
    assert window.controller is not None
    assert window.controller.plan.person.name == "Zoë Evans"
    # 2. My strengths: add one through the dialog
    journey.go(2)
    strengths = journey.page("my-strengths")
    assert isinstance(strengths, StrengthsPage)

    def fill(dialog: Any) -> None:
        type_text("I make people laugh")
        tab_to(dialog.save_button)
        press(Qt.Key.Key_Space)

    strengths.list.buttons["add"].setFocus()
    when_dialog_opens(fill)
    press(Qt.Key.Key_Space)
    assert [s.text for s in window.controller.plan.strengths] == ["I make people laugh"]
    # 3. My budget: an amount
    journey.go(8)
    budget = journey.page("my-budget")
    assert isinstance(budget, BudgetPage)
    budget.form.editors["indicative"].widget.setFocus()
    type_text("12000")
    press(Qt.Key.Key_Tab)
    assert window.controller.plan.budget.indicative == Money(1_200_000)
    assert budget.form.editors["indicative"].text() == "£12,000.00"

    # Undo all three with Ctrl+Z, newest first, from wherever the focus is
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.plan.budget.indicative is None
    assert budget.form.editors["indicative"].text() == ""
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.plan.strengths == ()
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.plan.person.name == ""
    assert read_plan_while_open(window).person.name == ""
    # Redo two of them: Ctrl+Shift+Z and Ctrl+Y
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    press(Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.plan.person.name == "Zoë Evans"
    assert len(window.controller.plan.strengths) == 1
    assert name.text() == "Zoë Evans"
    window.close_plan()
    saved = read_plan(path)
    assert saved.person.name == "Zoë Evans"
    assert [s.text for s in saved.strengths] == ["I make people laugh"]
    assert saved.budget.indicative is None


def read_plan_while_open(window: MainWindow) -> Plan:
    assert window.session is not None
    return window.session.plan


def test_bad_amount_is_refused_beside_the_field(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan", Plan())
    open_in(window, qtbot, path)
    journey = window.journey
    journey.go(8)
    budget = journey.page("my-budget")
    assert isinstance(budget, BudgetPage)
    holder = budget.form.editors["holder"].widget
    holder.setFocus()
    type_text("My son")
    press(Qt.Key.Key_Tab)
    amount = budget.form.editors["indicative"]
    amount.widget.setFocus()
    type_text("twelve pounds")
    press(Qt.Key.Key_Tab)
    assert amount.error.isVisible()
    assert "must be an amount like 12.50" in amount.error.text()
    assert amount.text() == "twelve pounds"  # the typing is kept to fix
    assert window.controller is not None
    assert window.controller.plan.budget.indicative is None
    assert window.controller.plan.budget.holder == "My son"  # the rest is kept
    start = budget.form.editors["period_start"]
    start.widget.setFocus()
    type_text("31/02/2026")
    press(Qt.Key.Key_Tab)
    assert "no such date" in start.error.text()
    amount.widget.setFocus()
    amount.widget.selectAll()  # type: ignore[attr-defined]
    type_text("412.30")
    press(Qt.Key.Key_Tab)
    assert not amount.error.isVisible()
    assert window.controller.plan.budget.indicative == Money(41230)
    assert "£412.30 left" in budget.figures["remaining"].text()


def test_nhs_number_check_digit(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan", Plan())
    open_in(window, qtbot, path)
    about = window.journey.page("about-me")
    assert isinstance(about, AboutMePage)
    nhs = about.person.editors["nhs_number"]
    nhs.widget.setFocus()
    type_text("9434765918")
    press(Qt.Key.Key_Tab)
    assert nhs.error.isVisible() and "not a valid NHS number" in nhs.error.text()
    assert "not a valid NHS number" in nhs.widget.accessibleDescription()
    nhs.widget.setFocus()
    nhs.widget.selectAll()  # type: ignore[attr-defined]
    type_text("9434765919")
    press(Qt.Key.Key_Tab)
    assert not nhs.error.isVisible()
    assert window.controller is not None
    assert window.controller.plan.person.nhs_number == "943 476 5919"
