"""The support lines as a Qt table model: every field, its computed cost, inline editing.

Edits are parsed and checked here; a value that does not fit is refused with a plain-English
message (``problem``) and nothing is saved. A value that fits becomes one ``PutItem`` edit sent
through the plan controller, so it is saved at once and can be undone.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ...domain.categories import EXCLUDED, Category, category_label
from ...domain.money import Money, MoneyError
from ...domain.plan import Management, SupportLine
from ...domain.readiness import open_keyword_warnings
from ...domain.schedule import Frequency, Schedule, frequency_label
from ...domain.text import translate
from ...services.edits import PutItem
from ..fields import Problem, parse_date, parse_decimal, show_date
from .feed import CostedPlan

AnyIndex = QModelIndex | QPersistentModelIndex
#: The role that gives a cell's current value to a combo-box editor.
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2


class Col(IntEnum):
    """Columns, left to right in the order a cost is worked out: what, how much, how often,
    how many times, the cost; then who provides it and the rest."""

    DESCRIPTION = 0
    UNIT_COST = 1
    QUANTITY = 2
    FREQUENCY = 3
    TIMES = 4
    PERIOD_COST = 5
    WEEKLY = 6
    PROVIDER = 7
    CATEGORY = 8
    FIRST = 9
    LAST = 10
    MANAGEMENT = 11
    OUTCOMES = 12


EDITABLE = {
    Col.DESCRIPTION,
    Col.PROVIDER,
    Col.CATEGORY,
    Col.UNIT_COST,
    Col.QUANTITY,
    Col.FREQUENCY,
    Col.FIRST,
    Col.LAST,
    Col.MANAGEMENT,
}
NUMERIC = {Col.UNIT_COST, Col.QUANTITY, Col.TIMES, Col.PERIOD_COST, Col.WEEKLY}


def headers() -> list[str]:
    """Column headings, in column order."""
    names = {
        Col.DESCRIPTION: translate("SupportTable", "Description"),
        Col.UNIT_COST: translate("SupportTable", "Unit cost"),
        Col.QUANTITY: translate("SupportTable", "Quantity"),
        Col.FREQUENCY: translate("SupportTable", "How often"),
        Col.TIMES: translate("SupportTable", "Times"),
        Col.PERIOD_COST: translate("SupportTable", "Period cost"),
        Col.WEEKLY: translate("SupportTable", "Weekly"),
        Col.PROVIDER: translate("SupportTable", "Provider"),
        Col.CATEGORY: translate("SupportTable", "Category"),
        Col.FIRST: translate("SupportTable", "First date"),
        Col.LAST: translate("SupportTable", "Last date"),
        Col.MANAGEMENT: translate("SupportTable", "How it is paid"),
        Col.OUTCOMES: translate("SupportTable", "Outcomes served"),
    }
    return [names[col] for col in Col]


def category_choices() -> list[tuple[Category, str]]:
    """Every category with its label; ones the budget may not buy say so in words."""
    choices = []
    for category in Category:
        label = category_label(category)
        if category in EXCLUDED:
            label = translate("SupportTable", "{category} (not allowed)").format(category=label)
        choices.append((category, label))
    return choices


def frequency_choices() -> list[tuple[Frequency, str]]:
    """Every frequency with its words, capitalised for a list."""
    return [(f, frequency_label(f)[:1].upper() + frequency_label(f)[1:]) for f in Frequency]


def short_management(value: Management | None) -> str:
    """Short words for the table cell: who pays for the support, as a person says it."""
    words = {
        None: translate("SupportTable", "Not stated"),
        Management.NOTIONAL: translate("SupportTable", "The NHS pays"),
        Management.THIRD_PARTY: translate("SupportTable", "An organisation pays"),
        Management.DIRECT_PAYMENT: translate("SupportTable", "Paid to me"),
    }
    return words[value]


def line_warnings(line: SupportLine) -> list[str]:
    """Plain-English warnings about one line (excluded category, words, household family)."""
    found = []
    if line.category in EXCLUDED:
        found.append(translate("SupportTable", "This category cannot be paid for from the budget."))
    for warning in open_keyword_warnings(line):
        found.append(
            translate(
                "SupportTable",
                "“{word}” looks like {category}: change it, or say why it is fine.",
            ).format(word=warning.keyword, category=category_label(warning.category).lower())
        )
    if line.paid_to_household_family and not line.household_justification.strip():
        found.append(
            translate(
                "SupportTable", "Pays a family member who lives with you: write the agreed reason."
            )
        )
    return found


class SupportLinesModel(QAbstractTableModel):
    """Rows are the plan's support lines; columns are :class:`Col`.

    The model sorts itself (``sort``) by keeping a view order of plan positions, so sorting
    1,000 lines costs one Python sort rather than thousands of calls from a proxy model.
    Sorting only changes what is shown: the plan keeps its own order.
    """

    problem = Signal(str)  # a refused edit, in plain English

    def __init__(self, feed: CostedPlan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self._headers = headers()
        self._lines: tuple[SupportLine, ...] = feed.plan.support_lines
        self._order: list[int] = list(range(len(self._lines)))
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._titles = {o.id: o.title or o.id for o in feed.plan.outcomes}
        # Words for the choices, worked out once rather than for every cell painted.
        self._categories = dict(category_choices())
        self._frequencies = dict(frequency_choices())
        self._warned: dict[int, bool] = {}
        feed.updated.connect(self._refresh)

    # -- reading --------------------------------------------------------------------------
    def _refresh(self) -> None:
        plan = self.feed.plan
        old_ids = [line.id for line in self._lines]
        new_ids = [line.id for line in plan.support_lines]
        self._titles = {o.id: o.title or o.id for o in plan.outcomes}
        self._warned = {}
        if old_ids == new_ids:
            # Same rows: repaint values in place so selection, focus and scroll stay put.
            self._lines = plan.support_lines
            if self.sort_column >= 0:
                self.sort(self.sort_column, self.sort_order)
            if self._lines:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._lines) - 1, len(Col) - 1)
                )
            return
        self.beginResetModel()
        self._lines = plan.support_lines
        self._order = self._sorted_order()
        self.endResetModel()

    def _sorted_order(self) -> list[int]:
        positions = list(range(len(self._lines)))
        if self.sort_column < 0:
            return positions
        col = Col(self.sort_column)
        keys = [self._sort_key(self._lines[i], col, i) for i in positions]
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        return sorted(positions, key=keys.__getitem__, reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Show the rows sorted by ``column`` (-1: the plan's own order), keeping selection."""
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old_order = self._order
        persistent = self.persistentIndexList()
        self._order = self._sorted_order()
        new_rows = {position: row for row, position in enumerate(self._order)}
        moved = []
        for index in persistent:
            valid = 0 <= index.row() < len(old_order)
            row = new_rows.get(old_order[index.row()], -1) if valid else -1
            moved.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def line_at(self, row: int) -> SupportLine:
        """The support line shown in ``row``."""
        return self._lines[self._order[row]]

    def row_of(self, line_id: str) -> int:
        """The row showing the line with ``line_id`` (-1 if none)."""
        position = next((i for i, line in enumerate(self._lines) if line.id == line_id), -1)
        return self._order.index(position) if position >= 0 else -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and Col(index.column()) in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._order):
            return None
        position = self._order[index.row()]
        line = self._lines[position]
        col = Col(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(line, col, position)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(line, col)
        if role == VALUE_ROLE:
            return {
                Col.CATEGORY: line.category,
                Col.FREQUENCY: line.schedule.frequency,
                Col.MANAGEMENT: line.management,
            }.get(col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            if col == Col.DESCRIPTION:
                warnings = line_warnings(line)
                return "\n".join(warnings) if warnings else None
            if col == Col.FIRST and line.schedule.first is None:
                return translate("SupportTable", "Empty means the start of the budget period.")
        return None

    def _display(self, line: SupportLine, col: Col, position: int) -> str:
        """A cell's words; ``position`` is the line's place in the plan."""
        lines = self.feed.costing.lines
        cost = lines[position] if position < len(lines) else None
        if col == Col.DESCRIPTION:
            warned = self._warned.get(position)
            if warned is None:
                warned = self._warned[position] = bool(line_warnings(line))
            mark = "⚠ " if warned else ""
            return mark + (line.description or translate("SupportTable", "(no description)"))
        if col == Col.PROVIDER:
            return line.provider
        if col == Col.CATEGORY:
            return self._categories[line.category]
        if col == Col.UNIT_COST:
            return line.unit_cost.format()
        if col == Col.QUANTITY:
            return _decimal_text(line.quantity)
        if col == Col.FREQUENCY:
            return self._frequencies[line.schedule.frequency]
        if col == Col.FIRST:
            return show_date(line.schedule.first) or translate("SupportTable", "Period start")
        if col == Col.LAST:
            return show_date(line.schedule.last)
        if col == Col.MANAGEMENT:
            return short_management(line.management)
        if col == Col.OUTCOMES:
            titles = [self._titles[o] for o in line.outcomes if o in self._titles]
            return "; ".join(titles) if titles else translate("SupportTable", "None yet")
        if cost is None:
            return ""
        if col == Col.TIMES:
            return str(cost.occurrences)
        if col == Col.PERIOD_COST:
            return cost.period_cost.format()
        return cost.weekly.format()

    def _edit_text(self, line: SupportLine, col: Col) -> str:
        if col == Col.UNIT_COST:
            return line.unit_cost.to_str()
        if col == Col.FIRST:
            return show_date(line.schedule.first)
        if col == Col.DESCRIPTION:
            return line.description
        position = next(i for i, x in enumerate(self._lines) if x.id == line.id)
        return self._display(line, col, position)

    def _sort_key(self, line: SupportLine, col: Col, position: int) -> Any:
        cost = self.feed.costing.lines[position]
        keys: dict[Col, Any] = {
            Col.UNIT_COST: line.unit_cost.pence,
            Col.QUANTITY: line.quantity,
            Col.FIRST: (line.schedule.first or date.min).toordinal(),
            Col.LAST: (line.schedule.last or date.max).toordinal(),
            Col.TIMES: cost.occurrences,
            Col.PERIOD_COST: cost.period_cost.pence,
            Col.WEEKLY: cost.weekly.pence,
            Col.FREQUENCY: list(Frequency).index(line.schedule.frequency),
        }
        if col in keys:
            return keys[col]
        return self._display(line, col, position).casefold()

    # -- editing ----------------------------------------------------------------------------
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        line = self.line_at(index.row())
        try:
            changed = self.parse(line, Col(index.column()), value)
        except Problem as exc:
            self.problem.emit(str(exc))
            return False
        if changed == line:
            return True
        what = translate("SupportTable", "Change {column}").format(
            column=self._headers[index.column()].lower()
        )
        return self.feed.controller.edit(PutItem("support_lines", changed), what)

    def parse(self, line: SupportLine, col: Col, value: Any) -> SupportLine:
        """The line with ``value`` typed into ``col``; :class:`Problem` when it does not fit."""
        text = value.strip() if isinstance(value, str) else value
        replace = dataclasses.replace
        if col == Col.DESCRIPTION:
            if not text:
                raise Problem(translate("SupportTable", "Describe the support in a few words."))
            return replace(line, description=_limited(text))
        if col == Col.PROVIDER:
            return replace(line, provider=_limited(text))
        if col == Col.CATEGORY:
            return replace(line, category=Category(value))
        if col == Col.UNIT_COST:
            try:
                cost = Money.parse(text)
            except MoneyError as exc:
                raise Problem(
                    translate("SupportTable", "Unit cost: {problem}").format(problem=str(exc))
                ) from None
            return replace(line, unit_cost=cost)
        if col == Col.QUANTITY:
            quantity = parse_decimal(text, translate("SupportTable", "Quantity"))
            if quantity is None or quantity <= 0 or quantity > 100000:
                raise Problem(
                    translate("SupportTable", "Quantity must be a number more than 0, like 2.5.")
                )
            return replace(line, quantity=quantity)
        if col == Col.FREQUENCY:
            return replace(line, schedule=replace(line.schedule, frequency=Frequency(value)))
        if col in (Col.FIRST, Col.LAST):
            label = headers()[col]
            day = parse_date(text, label)
            schedule = (
                replace(line.schedule, first=day)
                if col == Col.FIRST
                else replace(line.schedule, last=day)
            )
            _check_schedule(schedule)
            return replace(line, schedule=schedule)
        if col == Col.MANAGEMENT:
            return replace(line, management=Management(value) if value else None)
        raise Problem(translate("SupportTable", "This column is worked out for you."))


def _check_schedule(schedule: Schedule) -> None:
    if schedule.first and schedule.last and schedule.last < schedule.first:
        raise Problem(translate("SupportTable", "The last date cannot be before the first date."))


def _limited(text: str) -> str:
    if len(text) > 2000:
        raise Problem(translate("SupportTable", "That is too long: keep it under 2,000 letters."))
    return text


def _decimal_text(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def representative_meaning() -> str:
    """What "my representative" means, said where a choice first names one."""
    return translate("Pages", "My representative is someone who can act for me if I cannot.")


def management_choices() -> list[tuple[Management | None, str]]:
    """How the money for a line is managed, in the long words of the editors."""
    return [
        (None, translate("Pages", "Not decided yet")),
        (Management.NOTIONAL, translate("Pages", "The NHS holds the money (notional)")),
        (Management.THIRD_PARTY, translate("Pages", "An organisation holds it (third party)")),
        (Management.DIRECT_PAYMENT, translate("Pages", "I or my representative (direct payment)")),
    ]
