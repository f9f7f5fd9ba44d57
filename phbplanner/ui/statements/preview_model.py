"""Every row of a statement as it will be stored, as a Qt table model (fast for 10,000 rows).

Rows keep the preview's order (oldest first, the order they are stored). Cells are worked out
when they are painted, so a large statement costs nothing until it is scrolled. The person can
leave a new row out (untick it) and change what a new row is for; a suggestion is shown until it
is accepted — row by row, or all at once with :meth:`PreviewModel.accept_all` — and a row whose
suggestion was not accepted is stored as "not yet assigned".
"""

from __future__ import annotations

from collections.abc import Mapping
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

from ...domain.ledger import Purpose, purpose_label
from ...domain.text import translate
from ...services.import_preview import ImportPreview, ImportRow, RowStatus
from ...services.import_rules import Source
from ...services.imports import RowChoice
from .words import balance_words, money_words, purpose_words, source_words, status_words

AnyIndex = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    """The preview's columns, left to right."""

    IMPORT = 0
    DATE = 1
    TEXT = 2
    MONEY = 3
    HAPPENS = 4
    PURPOSE = 5


#: How the columns share the table's width: the fixed ones as wide as their longest words, the
#: others by weight.
WEIGHTS = (0, 0, 30, 0, 22, 26)


def fixed_widths() -> dict[int, list[str]]:
    """The words each fixed column must have room for."""
    return {
        Col.IMPORT: [translate("StatementPreview", "Yes"), translate("StatementPreview", "No")],
        Col.DATE: ["30/12/2026", translate("StatementPreview", "line {line}").format(line=99999)],
        Col.MONEY: [money_words(-9_999_999), balance_words(9_999_999)],
    }


class Show(IntEnum):
    """Which rows the table shows."""

    ALL = 0
    NEW = 1
    DUPLICATE = 2
    LEFT_OUT = 3
    CHECK = 4  # new rows that may already be in the records, or carry a warning


#: Columns when the text is too large for six: what to import, the row, and what happens to it.
STACKED_IMPORT, STACKED_ROW, STACKED_WHAT = 0, 1, 2
STACKED_WEIGHTS = (0, 52, 48)


def stacked_headings() -> list[str]:
    return [
        translate("StatementPreview", "Import"),
        translate("StatementPreview", "The row"),
        translate("StatementPreview", "What happens"),
    ]


def headings() -> list[str]:
    return [
        translate("StatementPreview", "Import"),
        translate("StatementPreview", "Date"),
        translate("StatementPreview", "Payee and description"),
        translate("StatementPreview", "Money"),
        translate("StatementPreview", "What happens"),
        translate("StatementPreview", "What it is for"),
    ]


def short_date(row: ImportRow) -> str:
    return row.date.strftime("%d/%m/%Y")


class PreviewModel(QAbstractTableModel):
    """The rows of one :class:`ImportPreview`, with the person's choices."""

    #: what will be imported changed (a row left out or put back, a choice made)
    choices_changed = Signal()

    def __init__(
        self, preview: ImportPreview, lines: Mapping[str, str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.lines = dict(lines)  # plan line id → description
        self._rows = preview.rows
        self._shown = list(range(len(self._rows)))
        self.show = Show.ALL
        self.chosen: dict[int, RowChoice] = {}  # by the row's line: what it is for
        self.skipped: set[int] = set()  # lines of new rows the person left out
        self._headings = headings()
        #: three columns, each of several lines, when six do not fit (large text)
        self.stacked = False

    def set_stacked(self, stacked: bool) -> None:
        """Show three columns of several lines each (``stacked``), or six."""
        if stacked == self.stacked:
            return
        self.beginResetModel()
        self.stacked = stacked
        self._headings = stacked_headings() if stacked else headings()
        self.endResetModel()

    @property
    def purpose_column(self) -> int:
        """The column where what a row is for is shown and changed."""
        return STACKED_WHAT if self.stacked else int(Col.PURPOSE)

    # -- what is shown ----------------------------------------------------------------------------
    def set_show(self, show: Show) -> None:
        """Show every row, or only those of one kind."""
        self.beginResetModel()
        self.show = show
        self._shown = [i for i, row in enumerate(self._rows) if self._wanted(row, show)]
        self.endResetModel()

    @staticmethod
    def _wanted(row: ImportRow, show: Show) -> bool:
        if show is Show.ALL:
            return True
        if show is Show.NEW:
            return row.status is RowStatus.NEW
        if show is Show.DUPLICATE:
            return row.status is RowStatus.DUPLICATE
        if show is Show.LEFT_OUT:
            return row.status is RowStatus.LEFT_OUT
        return row.status is RowStatus.NEW and (row.possible_match is not None or bool(row.warning))

    def count(self, show: Show) -> int:
        """How many rows ``show`` would list."""
        return sum(1 for row in self._rows if self._wanted(row, show))

    def row_at(self, view_row: int) -> ImportRow:
        """The statement row shown in ``view_row``."""
        return self._rows[self._shown[view_row]]

    def view_row_of(self, line: int) -> int:
        """Where the row of the file's ``line`` is shown (-1: not shown)."""
        for view_row, index in enumerate(self._shown):
            if self._rows[index].line == line:
                return view_row
        return -1

    # -- the person's choices ---------------------------------------------------------------------
    def importing(self, row: ImportRow) -> bool:
        """Whether ``row`` will be stored as the choices stand."""
        return row.status is RowStatus.NEW and row.line not in self.skipped

    def will_import(self) -> int:
        """How many rows will be stored."""
        return sum(1 for row in self._rows if self.importing(row))

    def has_suggestion(self, row: ImportRow) -> bool:
        return row.source is not Source.NONE and row.purpose is not Purpose.UNASSIGNED

    def waiting(self) -> int:
        """New rows to be imported whose suggestion has not been accepted (or changed)."""
        return sum(
            1
            for row in self._rows
            if self.importing(row) and row.line not in self.chosen and self.has_suggestion(row)
        )

    def set_importing(self, view_row: int, wanted: bool) -> None:
        """Put a new row in (``wanted``) or leave it out."""
        row = self.row_at(view_row)
        if row.status is not RowStatus.NEW:
            return
        if wanted:
            self.skipped.discard(row.line)
        else:
            self.skipped.add(row.line)
        self._changed_row(view_row)

    def toggle(self, view_row: int) -> None:
        """Leave a new row out, or put it back."""
        row = self.row_at(view_row)
        self.set_importing(view_row, row.line in self.skipped)

    def choose(self, view_row: int, choice: RowChoice) -> None:
        """Say what a new row is for (it replaces the suggestion)."""
        row = self.row_at(view_row)
        if row.status is not RowStatus.NEW:
            return
        self.chosen[row.line] = choice
        self._changed_row(view_row)

    def accept_all(self) -> int:
        """Accept every suggestion not yet accepted or changed; how many were accepted."""
        accepted = 0
        for row in self._rows:
            new = row.status is RowStatus.NEW and row.line not in self.chosen
            if new and self.has_suggestion(row):
                self.chosen[row.line] = RowChoice(row.purpose, row.line_id)
                accepted += 1
        if accepted and self._shown:
            column = self.purpose_column
            top, bottom = self.index(0, column), self.index(len(self._shown) - 1, column)
            self.dataChanged.emit(top, bottom)
            self.choices_changed.emit()
        return accepted

    def confirm_choices(self) -> dict[int, RowChoice]:
        """The choices to confirm the import with (rows not listed: "not yet assigned")."""
        found = {line: choice for line, choice in self.chosen.items() if line not in self.skipped}
        found.update({line: RowChoice(skip=True) for line in self.skipped})
        return found

    def options(self, row: ImportRow) -> list[tuple[str, RowChoice]]:
        """What a row can be said to be for, as ``(words, choice)``; the suggestion is marked."""
        found: list[tuple[str, RowChoice]] = [
            (purpose_label(Purpose.UNASSIGNED), RowChoice(Purpose.UNASSIGNED))
        ]
        if row.amount.pence > 0:
            found.append((purpose_label(Purpose.BUDGET_PAYMENT), RowChoice(Purpose.BUDGET_PAYMENT)))
            found.append((purpose_label(Purpose.REFUND), RowChoice(Purpose.REFUND)))
        found.append((purpose_label(Purpose.BANK_CHARGE), RowChoice(Purpose.BANK_CHARGE)))
        for line_id, description in self.lines.items():
            found.append(
                (
                    translate("StatementPreview", "Plan line: {line}").format(
                        line=description or line_id
                    ),
                    RowChoice(Purpose.PLAN_LINE, line_id),
                )
            )
        if self.has_suggestion(row):
            suggested = RowChoice(row.purpose, row.line_id)
            found = [
                (
                    translate("StatementPreview", "{choice} (suggested)").format(choice=words)
                    if choice == suggested
                    else words,
                    choice,
                )
                for words, choice in found
            ]
        return found

    def current_choice(self, row: ImportRow) -> RowChoice:
        """What a new row will be stored as, as things stand."""
        return self.chosen.get(row.line, RowChoice(Purpose.UNASSIGNED))

    def _changed_row(self, view_row: int) -> None:
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(view_row, 0), self.index(view_row, last))
        self.choices_changed.emit()

    # -- Qt's model -------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(STACKED_WEIGHTS) if self.stacked else len(Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headings[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base
        row = self.row_at(index.row())
        if row.status is RowStatus.NEW:
            if index.column() == Col.IMPORT:
                return base | Qt.ItemFlag.ItemIsUserCheckable
            if index.column() == self.purpose_column and row.line not in self.skipped:
                return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.words(row, column)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.words(row, column).replace("\n", ", ")
        if role == Qt.ItemDataRole.CheckStateRole and column == Col.IMPORT:
            if row.status is not RowStatus.NEW:
                return None
            checked = row.line not in self.skipped
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == Col.IMPORT:
            wanted = Qt.CheckState(value) == Qt.CheckState.Checked
            self.set_importing(index.row(), wanted)
            return True
        purpose = role == Qt.ItemDataRole.EditRole and index.column() == self.purpose_column
        if purpose and isinstance(value, RowChoice):
            self.choose(index.row(), value)
            return True
        return False

    def words(self, row: ImportRow, column: int) -> str:
        """The words of a cell as shown now (six columns, or three stacked ones)."""
        if not self.stacked:
            return self.cell(row, Col(column))
        if column == STACKED_IMPORT:
            return self.cell(row, Col.IMPORT)
        if column == STACKED_ROW:
            when = self.cell(row, Col.DATE).replace("\n", ", ")
            parts = (when, self.cell(row, Col.TEXT), self.cell(row, Col.MONEY).replace("\n", ", "))
            return "\n".join(part for part in parts if part)
        return f"{self.cell(row, Col.HAPPENS)}\n{self.cell(row, Col.PURPOSE)}"

    def cell(self, row: ImportRow, column: Col) -> str:
        """The words of one cell (lines separated by a line break)."""
        if column is Col.IMPORT:
            if row.status is not RowStatus.NEW:
                return translate("StatementPreview", "No")
            if row.line in self.skipped:
                return translate("StatementPreview", "No")
            return translate("StatementPreview", "Yes")
        if column is Col.DATE:
            line = translate("StatementPreview", "line {line}").format(line=row.line)
            return f"{short_date(row)}\n{line}"
        if column is Col.TEXT:
            return "\n".join(part for part in (row.payee, row.description) if part)
        if column is Col.MONEY:
            balance = balance_words(None if row.bank_balance is None else row.bank_balance.pence)
            return "\n".join(part for part in (money_words(row.amount.pence), balance) if part)
        if column is Col.HAPPENS:
            if row.status is RowStatus.NEW and row.line in self.skipped:
                return translate("StatementPreview", "Left out by you")
            return status_words(row)
        return self.purpose_cell(row)

    def purpose_cell(self, row: ImportRow) -> str:
        if not self.importing(row):
            return translate("StatementPreview", "Not imported")
        choice = self.chosen.get(row.line)
        if choice is not None:
            return purpose_words(choice.purpose, choice.line_id, self.lines)
        if self.has_suggestion(row):
            return translate("StatementPreview", "Suggested: {what}").format(
                what=purpose_words(row.purpose, row.line_id, self.lines)
            )
        return purpose_label(Purpose.UNASSIGNED)

    def sentence(self, row: ImportRow) -> str:
        """Everything about one row, in full sentences (shown below the table)."""
        parts = [
            translate("StatementPreview", "Line {line}, {date}: {money}, {payee}.").format(
                line=row.line,
                date=short_date(row),
                money=money_words(row.amount.pence),
                payee=" — ".join(p for p in (row.payee, row.description) if p),
            )
        ]
        if row.reference:
            parts.append(
                translate("StatementPreview", "Reference: {reference}.").format(
                    reference=row.reference
                )
            )
        if row.bank_balance is not None:
            parts.append(
                translate("StatementPreview", "The bank's balance after it: {amount}.").format(
                    amount=row.bank_balance.format()
                )
            )
        if row.status is RowStatus.DUPLICATE:
            parts.append(
                translate(
                    "StatementPreview",
                    "It is in your records already (entry {id}), so it will not be imported again.",
                ).format(id=row.duplicate_of)
            )
        elif row.status is RowStatus.LEFT_OUT:
            parts.append(
                translate("StatementPreview", "It will be left out: {reason}.").format(
                    reason=row.reason
                )
            )
        elif row.line in self.skipped:
            parts.append(translate("StatementPreview", "You have left it out. Space puts it back."))
        else:
            parts.append(translate("StatementPreview", "It will be imported. Space leaves it out."))
            if row.possible_match is not None:
                parts.append(
                    translate(
                        "StatementPreview",
                        "Entry {id} in your records has the same amount a few days away. If it "
                        "is the same payment, typed in before, leave this row out.",
                    ).format(id=row.possible_match)
                )
            if row.warning:
                parts.append(f"{row.warning}.")
            parts.append(self._purpose_sentence(row))
        return " ".join(parts)

    def _purpose_sentence(self, row: ImportRow) -> str:
        choice = self.chosen.get(row.line)
        if choice is not None:
            return translate("StatementPreview", "It is for: {what}. Enter changes it.").format(
                what=purpose_words(choice.purpose, choice.line_id, self.lines)
            )
        if self.has_suggestion(row):
            return translate(
                "StatementPreview",
                "Suggested: {what} ({why}). Enter accepts or changes it; until then it will be "
                "stored as not yet assigned.",
            ).format(
                what=purpose_words(row.purpose, row.line_id, self.lines),
                why=source_words(row.source),
            )
        return translate(
            "StatementPreview", "It will be stored as not yet assigned. Enter says what it is for."
        )
