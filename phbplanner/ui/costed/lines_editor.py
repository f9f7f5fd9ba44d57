"""Paid support lines: the table with inline editing, buttons to add, duplicate, remove and
reorder, a line for problems, and the selected line's details."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.categories import Category
from ...domain.employment_plan import pa_group_of, pa_in_plan
from ...domain.plan import Management, Plan, SupportLine, new_id
from ...domain.text import translate
from ...services.edits import Edit, MoveItem, PutItem, RemoveItem
from ...services.pa_plan import out_of_date
from ..a11y import enter_edits
from ..fields import Field
from ..flow import FlowLayout
from ..listing import ItemDialog
from ..sorting import SortControl
from ..stacking import TableOrBlocks
from ..theme import set_role
from .delegates import LineDelegate
from .feed import CostedPlan
from .line_details import LineDetails
from .lines_model import Col, SupportLinesModel, short_management
from .pa_calculator import SupportKindDialog, ask_support_kind, open_pa_calculator


class SupportLinesEditor(QWidget):
    """Everything to do with the paid support lines of a plan."""

    def __init__(
        self,
        feed: CostedPlan,
        parent: QWidget | None = None,
        *,
        form: Callable[[Plan], list[Field]] | None = None,
    ) -> None:
        """``form`` gives the fields of a line for the "Add…" and "Change in a form…" dialog;
        without it, Add puts a new line in the table to type into."""
        super().__init__(parent)
        self.feed = feed
        self.form = form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        heading = QLabel(translate("SupportTable", "Paid support"), self)
        set_role(heading, "subheading")
        layout.addWidget(heading)
        self.hint = QLabel(self)  # how to change a line: in the table, or in the form
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "note")
        layout.addWidget(self.hint)

        buttons = FlowLayout()  # wraps at large text sizes instead of widening the page
        self.add_button = self._button(
            translate("SupportTable", "Add paid support…")
            if form
            else translate("SupportTable", "Add paid support"),
            self.add,
        )
        self.change_button = self._button(
            translate("SupportTable", "Change in a form…"), self.change_in_form
        )
        self.change_button.setVisible(form is not None)
        self.duplicate_button = self._button(translate("SupportTable", "Duplicate"), self.duplicate)
        self.remove_button = self._button(translate("SupportTable", "Remove"), self.remove)
        self.up_button = self._button(translate("SupportTable", "Move up"), self.move_up)
        self.down_button = self._button(translate("SupportTable", "Move down"), self.move_down)
        self.order_button = self._button(
            translate("SupportTable", "Show in plan order"), self.plan_order
        )
        self.pa_button = self._button(
            translate("SupportTable", "Work out the PA's costs again…"), self.recalculate_pa
        )
        self.pa_button.setVisible(False)
        #: The buttons by what they do (tests and the keyboard journey use these names).
        self.buttons = {
            "add": self.add_button,
            "change": self.change_button,
            "duplicate": self.duplicate_button,
            "remove": self.remove_button,
            "up": self.up_button,
            "down": self.down_button,
            "order": self.order_button,
            "pa": self.pa_button,
        }
        for button in self.buttons.values():
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "error")
        self.problem.setAccessibleName(translate("SupportTable", "Problem"))
        self.problem.hide()
        layout.addWidget(self.problem)
        #: Says when a PA's lines no longer match the rates or the budget period.
        self.pa_notice = QLabel(self)
        self.pa_notice.setWordWrap(True)
        self.pa_notice.setProperty("role", "error")
        self.pa_notice.hide()
        layout.addWidget(self.pa_notice)
        self._out_of_date: tuple[object, list[str]] | None = None

        self.model = SupportLinesModel(feed, self)
        self.model.problem.connect(self.show_problem)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(LineDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        enter_edits(self.view)  # Enter, as well as F2, starts changing a value
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(False)
        # Row numbers add nothing a person needs, and a 1,000-row header re-measures itself
        # on every change; fixed row heights keep scrolling and repainting cheap.
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.view.setAccessibleName(translate("SupportTable", "Paid support lines"))
        self.view.setAccessibleDescription(
            translate(
                "SupportTable", "One row for each paid support line, with its cost for the period."
            )
        )
        self.view.setMinimumHeight(self.fontMetrics().height() * 16)
        self._size_columns()
        # too many columns for the width (large text, a narrow window): the lines as blocks,
        # each changed in the form (Enter or a double-click)
        self.place = TableOrBlocks(self.view, self, on_activate=lambda _row: self._block_chosen())
        self.place.blocks.setMinimumHeight(self.fontMetrics().height() * 16)
        heading.setBuddy(self.place)
        layout.addWidget(self.place, 1)
        self.table_choice = self.place.table_choice(
            translate("SupportTable", "Show the lines as a table to change them in place")
        )
        layout.addWidget(self.table_choice)
        self.place.stacked_changed.connect(self._say_how_to_change)
        self._say_how_to_change(self.place.stacked)
        # What a click on a column's header does, by keyboard (and said by a screen reader).
        self.sort_control = SortControl(self.view, self)
        layout.addWidget(self.sort_control)

        self.details = LineDetails(feed, self)
        layout.addWidget(self.details)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, Col.DESCRIPTION))
            self.details.show_line(self.model.line_at(0).id)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._update_buttons)
        feed.updated.connect(self._update_buttons)
        self._update_buttons()

    def _say_how_to_change(self, blocks: bool) -> None:
        if blocks:
            text = translate(
                "SupportTable",
                "To change a line, choose it and press Enter (or double-click it). "
                "Costs are worked out for you.",
            )
        else:
            text = translate(
                "SupportTable",
                "Change a value by selecting it and pressing F2 or Enter (or double-click it). "
                "Costs are worked out for you.",
            )
        self.hint.setText(text)

    def _block_chosen(self) -> None:
        if self.form is not None:
            self.change_in_form()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def _size_columns(self) -> None:
        width = self.fontMetrics().horizontalAdvance
        sizes = {
            Col.DESCRIPTION: "Personal assistant for walks",
            Col.PROVIDER: "Northgate centre",
            Col.CATEGORY: "Personal assistant (PA)",
            Col.UNIT_COST: "£1,234.50",
            Col.QUANTITY: "Quantity",
            Col.FREQUENCY: "Every 2 weeks",
            Col.FIRST: "31/12/2026",
            Col.LAST: "31/12/2026",
            Col.MANAGEMENT: max(  # the longest of its cells, in the language shown
                (short_management(m) for m in (None, *Management)), key=width
            ),
            Col.OUTCOMES: "Walk to the shops on my",
            Col.TIMES: "Times",
            Col.PERIOD_COST: "£12,345.67",
            Col.WEEKLY: "£1,234.56",
        }
        for col, sample in sizes.items():
            self.view.setColumnWidth(col, width(sample) + 28)

    # -- selection -------------------------------------------------------------------------
    def current_line(self) -> SupportLine | None:
        """The line whose row holds the current cell."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.line_at(index.row())

    def select_line(self, line_id: str, column: int = Col.DESCRIPTION) -> None:
        """Make the cell of ``line_id`` in ``column`` current and visible."""
        row = self.model.row_of(line_id)
        if row < 0:
            return
        index = self.model.index(row, column)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = self.current_line()
        self.details.show_line(line.id if line else None)
        self._update_buttons()

    def _sorted(self) -> bool:
        return self.view.horizontalHeader().sortIndicatorSection() >= 0

    def _update_buttons(self, *_: object) -> None:
        line = self.current_line()
        lines = self.feed.plan.support_lines
        position = next((i for i, x in enumerate(lines) if line and x.id == line.id), -1)
        for button in (self.duplicate_button, self.remove_button, self.change_button):
            button.setEnabled(line is not None)
        self.up_button.setEnabled(line is not None and not self._sorted() and position > 0)
        self.down_button.setEnabled(
            line is not None and not self._sorted() and 0 <= position < len(lines) - 1
        )
        self.order_button.setVisible(self._sorted())
        self.pa_button.setVisible(
            self.form is not None and line is not None and pa_group_of(line) is not None
        )
        self._show_pa_notice()

    def _show_pa_notice(self) -> None:
        """Name the PAs whose lines would change if worked out again (worked out once per plan)."""
        plan = self.feed.plan
        if self.form is None:
            return
        if self._out_of_date is None or self._out_of_date[0] is not plan:
            self._out_of_date = (plan, out_of_date(plan))
        names = []
        for group in self._out_of_date[1]:
            found = pa_in_plan(plan, group)
            if found is not None:
                names.append(found.name)
        if not names:
            self.pa_notice.hide()
            return
        self.pa_notice.setText(
            translate(
                "SupportTable",
                "⚠ The costs of employing {names} no longer match what the PA calculator works "
                "out. The rates, the budget period or a figure in the table has changed. "
                "Choose one of their lines and press “Work out the PA's costs again…”.",
            ).format(names=translate("SupportTable", " and ").join(names))
        )
        self.pa_notice.show()

    # -- actions ---------------------------------------------------------------------------
    def show_problem(self, message: str) -> None:
        """Show why an edit was refused (nothing was saved)."""
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def new_line(self) -> SupportLine:
        """A new line, not yet in the plan (managed as the last line is)."""
        lines = self.feed.plan.support_lines
        # Most plans manage most lines the same way: start from the last line's choice.
        management = lines[-1].management if lines else None
        return SupportLine(
            id=new_id("s", lines),
            description=translate("SupportTable", "New support"),
            category=Category.OTHER,
            management=management,
        )

    def add(self) -> None:
        """Add a line: in the table when there is no form; otherwise ask what kind first —
        a personal assistant (the PA calculator) or anything else (the form)."""
        if self.form is None:
            self.add_line()
            return
        choice = ask_support_kind(self)
        self.window().activateWindow()
        if choice == SupportKindDialog.PA:
            self.add_pa()
        elif choice == SupportKindDialog.OTHER:
            self._edit_in_form(self.new_line(), adding=True)
        else:
            self.view.setFocus()

    def add_pa(self) -> None:
        """The PA calculator for a new PA; its first line is selected once saved."""
        before = {line.id for line in self.feed.plan.support_lines}
        saved = open_pa_calculator(self.feed, self)
        self.window().activateWindow()
        added = [line.id for line in self.feed.plan.support_lines if line.id not in before]
        if saved and added:
            self.show_problem("")
            self.select_line(added[0])
        else:
            self.view.setFocus()

    def recalculate_pa(self) -> None:
        """Work the current line's PA's costs out again (the calculator, with their answers)."""
        line = self.current_line()
        group = pa_group_of(line) if line is not None else None
        if line is None or group is None:
            return
        open_pa_calculator(self.feed, self, group)
        self.window().activateWindow()
        if any(item.id == line.id for item in self.feed.plan.support_lines):
            self.select_line(line.id)
        else:
            self.view.setFocus()

    def change_in_form(self) -> None:
        """Change the current line in the form (every field, with its explanation)."""
        line = self.current_line()
        if line is not None and self.form is not None:
            self._edit_in_form(line, adding=False)

    def form_dialog(self, line: SupportLine, *, adding: bool) -> ItemDialog:
        """The form for ``line`` (not shown yet)."""
        assert self.form is not None
        if adding:
            line = dataclasses.replace(line, description="")
        return ItemDialog(self._form_title(adding), self.form(self.feed.plan), line, self)

    def _form_title(self, adding: bool) -> str:
        if adding:
            return translate("SupportTable", "Add paid support")
        return translate("SupportTable", "Change paid support")

    def _edit_in_form(self, line: SupportLine, *, adding: bool) -> None:
        title = self._form_title(adding)
        dialog = self.form_dialog(line, adding=adding)
        line = dialog.item
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.window().activateWindow()  # give the keyboard back to the window
        if not accepted or (not adding and dialog.item == line):
            self.view.setFocus()
            return
        if self.feed.controller.edit(PutItem("support_lines", dialog.item), title):
            self.show_problem("")
            self.select_line(dialog.item.id)

    def add_line(self) -> None:
        """Add a new line at the end and start typing its description."""
        line = self.new_line()
        if self.feed.controller.edit(
            PutItem("support_lines", line), translate("SupportTable", "Add paid support")
        ):
            self.show_problem("")
            self.select_line(line.id)
            self.view.edit(self.view.currentIndex())

    def duplicate(self) -> None:
        """Copy the current line, just below it."""
        line = self.current_line()
        if line is None:
            return
        lines = self.feed.plan.support_lines
        position = next(i for i, x in enumerate(lines) if x.id == line.id)
        copy = dataclasses.replace(
            line,
            id=new_id("s", lines),
            description=translate("SupportTable", "{description} (copy)").format(
                description=line.description
            ),
            group="",  # a copy is a line of its own, not one the PA calculator keeps
        )
        if self.feed.controller.edit(
            PutItem("support_lines", copy, position + 1),
            translate("SupportTable", "Duplicate support"),
        ):
            self.select_line(copy.id)

    def remove(self) -> None:
        """Remove the current line (Undo brings it back)."""
        line = self.current_line()
        if line is None:
            return
        lines = self.feed.plan.support_lines
        position = next(i for i, x in enumerate(lines) if x.id == line.id)
        edits: list[Edit] = [RemoveItem("support_lines", line.id)]
        group = pa_group_of(line)
        last_of_group = group is not None and not any(
            x.id != line.id and pa_group_of(x) == group for x in lines
        )
        if last_of_group and any(item.id == group for item in self.feed.plan.employments):
            # the PA's last line: their answers go too (Undo brings both back)
            edits.append(RemoveItem("employments", str(group)))
        if self.feed.controller.edit(edits, translate("SupportTable", "Remove support")):
            remaining = self.feed.plan.support_lines
            if remaining:
                self.select_line(remaining[min(position, len(remaining) - 1)].id)

    def move_up(self) -> None:
        """Move the current line one place earlier."""
        self.move_line(-1)

    def move_down(self) -> None:
        """Move the current line one place later."""
        self.move_line(1)

    def move_line(self, offset: int) -> None:
        """Move the current line up (-1) or down (+1) in the plan's order."""
        line = self.current_line()
        if line is None or self._sorted():
            return
        column = self.view.currentIndex().column()
        lines = self.feed.plan.support_lines
        position = next(i for i, x in enumerate(lines) if x.id == line.id)
        target = position + offset
        if 0 <= target < len(lines) and self.feed.controller.edit(
            MoveItem("support_lines", line.id, target), translate("SupportTable", "Move support")
        ):
            self.select_line(line.id, column)

    def plan_order(self) -> None:
        """Stop sorting: show the lines in the plan's own order."""
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.sort(-1)
        self._update_buttons()
