"""Which column is what: for a bank not in the list, or a file whose headings say too little.

The file's first lines are shown cut into columns; the person says which holds the date, the
description or payee, the amount (or paid in and paid out), the balance and the reference, how
the dates are written and how many lines to skip. Below, the first rows are shown as they will
be read, again each time something changes (read off the GUI thread by the dialog).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QComboBox, QSpinBox, QVBoxLayout, QWidget

from ...domain.text import translate
from ...services.import_columns import (
    DATE_FORMATS,
    ColumnMapping,
    MappingError,
    Sample,
    StatementTable,
    date_example,
)
from ..costed.text_table import TextTableModel
from .layout import (
    FieldBox,
    FittedTable,
    body_layout,
    choice_box,
    problem_label,
    words_label,
)
from .words import balance_words, money_words

#: How the amounts are written: one signed column, one column with money out positive (some
#: card statements), or paid in and paid out columns.
SIGNED, INVERTED, SPLIT = 0, 1, 2
#: The roles that may be left empty.
OPTIONAL = ("description", "payee", "balance", "reference")


class ColumnsStep(QWidget):
    """The generic column mapping, with a live preview of the first rows."""

    #: the mapping changed and the sample should be read again (after a short pause)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = translate
        layout = body_layout(self)
        layout.addWidget(
            words_label(
                t(
                    "ImportDialog",
                    "Say which column of your statement holds what. The first lines of the file "
                    "are shown first; the rows at the bottom show how they will be read.",
                ),
                self,
            )
        )
        self.lines_model = TextTableModel([t("ImportDialog", "Line")])
        self.lines_table = FittedTable(
            self.lines_model,
            [1],
            t("ImportDialog", "The first lines of the file"),
            self,
            fixed={0: ["9999"]},
        )
        self.lines_table.setObjectName("file_lines")
        self.lines_table.visible_rows(4)
        layout.addWidget(self.lines_table)

        grid_widget = QWidget(self)
        self.sides = QBoxLayout(QBoxLayout.Direction.LeftToRight, grid_widget)
        self.sides.setContentsMargins(0, 0, 0, 0)
        self.sides.setSpacing(16)
        self.skip = QSpinBox()
        self.skip.setRange(0, 1000)
        self.skip.setObjectName("skip")
        self.combos: dict[str, QComboBox] = {}
        self.boxes: dict[str, FieldBox] = {}
        self.boxes["skip"] = FieldBox(
            t("ImportDialog", "Lines to &skip at the top"),
            self.skip,
            grid_widget,
            note=t("ImportDialog", "Lines before the headings or the first row."),
        )
        self.style_combo = choice_box("amount_style")
        self.style_combo.addItems(
            [
                t("ImportDialog", "One column: money out has a minus sign"),
                t("ImportDialog", "One column: money out has no minus sign (some cards)"),
                t("ImportDialog", "Two columns: paid in and paid out"),
            ]
        )
        self.boxes["style"] = FieldBox(
            t("ImportDialog", "How the &amounts are written"), self.style_combo, grid_widget
        )
        roles = (
            ("date", t("ImportDialog", "&Date")),
            ("description", t("ImportDialog", "D&escription")),
            ("payee", t("ImportDialog", "&Payee")),
            ("amount", t("ImportDialog", "A&mount")),
            ("paid_in", t("ImportDialog", "Paid &in")),
            ("paid_out", t("ImportDialog", "Paid &out")),
            ("balance", t("ImportDialog", "&Balance")),
            ("reference", t("ImportDialog", "&Reference")),
        )
        for role, label in roles:
            combo = choice_box(f"column_{role}")
            self.combos[role] = combo
            self.boxes[role] = FieldBox(label, combo, grid_widget)
        self.date_format = choice_box("date_format")
        self.date_format.addItem(t("ImportDialog", "Work it out from the dates (day first)"), None)
        for date_format in DATE_FORMATS:
            example = date_example(date_format)
            if date_format.startswith("%m"):
                example = t("ImportDialog", "{example} (month first)").format(example=example)
            self.date_format.addItem(example, date_format)
        self.boxes["date_format"] = FieldBox(
            t("ImportDialog", "How the dates are &written"),
            self.date_format,
            grid_widget,
            note=t("ImportDialog", "31 January 2026 is shown in each way."),
        )
        sides = (
            ("skip", "date", "date_format", "description", "payee"),
            ("style", "amount", "paid_in", "paid_out", "balance", "reference"),
        )
        for keys in sides:
            side = QVBoxLayout()
            for key in keys:
                side.addWidget(self.boxes[key])
            side.addStretch(1)
            self.sides.addLayout(side, 1)
        layout.addWidget(grid_widget)
        self.problem = problem_label(self)
        self.problem.setObjectName("mapping_problem")
        layout.addWidget(self.problem)

        layout.addWidget(
            words_label(
                t("ImportDialog", "The first rows as they will be read"), self, "subheading"
            )
        )
        self.sample_model = TextTableModel(
            [
                t("ImportDialog", "Line"),
                t("ImportDialog", "Date"),
                t("ImportDialog", "Payee and description"),
                t("ImportDialog", "Money"),
            ]
        )
        self.sample_table = FittedTable(
            self.sample_model,
            [0, 0, 1, 0],
            t("ImportDialog", "The first rows as read"),
            self,
            fixed={
                0: ["9999"],
                1: ["30/12/2026"],
                3: [money_words(-9_999_999), balance_words(9_999_999)],
            },
        )
        self.sample_table.setObjectName("sample_rows")
        self.sample_table.visible_rows(4)
        layout.addWidget(self.sample_table)
        self.sample_words = words_label("", self)
        self.sample_words.setObjectName("sample_words")
        layout.addWidget(self.sample_words)

        self.table: StatementTable | None = None
        self._filling = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.changed.emit)
        self.skip.valueChanged.connect(self._skip_changed)
        self.style_combo.currentIndexChanged.connect(self._style_changed)
        self.date_format.currentIndexChanged.connect(self._edited)
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self._edited)
        self._style_changed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The fields side by side when there is room, else one under the other."""
        super().resizeEvent(event)
        narrow = self.width() < self.fontMetrics().averageCharWidth() * 100
        wanted = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.sides.direction() != wanted:
            self.sides.setDirection(wanted)

    # -- filling in -------------------------------------------------------------------------------
    def set_table(self, table: StatementTable, mapping: ColumnMapping | None) -> None:
        """Show the file's first lines and start from ``mapping`` (or a guess)."""
        self._filling = True
        try:
            self.table = table
            columns = max(table.columns, 1)
            self.lines_model.headings = [translate("ImportDialog", "Line")] + [
                translate("ImportDialog", "Column {number}").format(number=n + 1)
                for n in range(columns)
            ]
            self.lines_model.set_rows(
                [str(line), *[cells[n] if n < len(cells) else "" for n in range(columns)]]
                for line, cells in table.lines
            )
            self.lines_table.weights = [0] + [1] * columns
            self.lines_table.fit()
            start = mapping or _guess(columns)
            self.skip.setValue(start.skip if start else 0)
            self._fill_combos(start)
            if start is not None and (start.paid_in is not None or start.paid_out is not None):
                self.style_combo.setCurrentIndex(SPLIT)
            else:
                invert = start is not None and start.invert
                self.style_combo.setCurrentIndex(INVERTED if invert else SIGNED)
            position = self.date_format.findData(start.date_format if start else None)
            self.date_format.setCurrentIndex(max(position, 0))
        finally:
            self._filling = False
        self._style_changed()

    def _fill_combos(self, mapping: ColumnMapping | None) -> None:
        """The column lists, named by the first line after the lines skipped."""
        table = self.table
        columns = max(table.columns if table else 0, 1)
        skip = self.skip.value()
        first = next((cells for line, cells in table.lines if line > skip), ()) if table else ()
        wanted = mapping.columns() if mapping is not None else self.columns()
        for role, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            if role in OPTIONAL or role in ("amount", "paid_in", "paid_out"):
                combo.addItem(translate("ImportDialog", "None"), None)
            for number in range(columns):
                cell = first[number] if number < len(first) else ""
                name = translate("ImportDialog", "Column {number}").format(number=number + 1)
                if cell:
                    name = translate("ImportDialog", "Column {number}: “{cell}”").format(
                        number=number + 1, cell=cell[:30]
                    )
                combo.addItem(name, number)
            position = combo.findData(wanted.get(role))
            combo.setCurrentIndex(max(position, 0))
            combo.blockSignals(False)

    def columns(self) -> dict[str, Any]:
        """The column chosen for each role (roles left empty are not listed)."""
        found: dict[str, Any] = {}
        for role, combo in self.combos.items():
            value = combo.currentData()
            if value is not None and self.boxes[role].isVisibleTo(self):
                found[role] = int(value)
        return found

    def _skip_changed(self) -> None:
        if self._filling:
            return
        self._fill_combos(None)  # the names come from the first line after the skipped ones
        self._edited()

    def _style_changed(self) -> None:
        split = self.style_combo.currentIndex() == SPLIT
        self.boxes["amount"].setVisible(not split)
        self.boxes["paid_in"].setVisible(split)
        self.boxes["paid_out"].setVisible(split)
        self._edited()

    def _edited(self, *_args: Any) -> None:
        if not self._filling:
            self.timer.start()

    # -- the mapping ------------------------------------------------------------------------------
    def mapping(self) -> ColumnMapping:
        """The mapping as chosen; :class:`MappingError` (shown beside the fields) if it cannot
        work."""
        columns = self.columns()
        try:
            if "date" not in columns:
                raise MappingError(translate("ImportDialog", "Say which column holds the date."))
            mapping = ColumnMapping(
                **columns,
                date_format=self.date_format.currentData(),
                skip=self.skip.value(),
                invert=self.style_combo.currentIndex() == INVERTED,
            )
        except MappingError as exc:
            self.show_problem(_sentence(exc.message))
            raise
        self.show_problem("")
        return mapping

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def show_sample(self, sample: Sample | None, problem: str = "") -> None:
        """The first rows as read (or why nothing could be read)."""
        if sample is None:
            self.sample_model.set_rows([])
            self.sample_words.setText(problem)
            self.sample_words.setProperty("role", "error" if problem else "")
            self.sample_words.style().polish(self.sample_words)
            return
        self.sample_model.set_rows(
            [
                str(row.line),
                row.date.strftime("%d/%m/%Y"),
                "\n".join(part for part in (row.payee, row.description) if part),
                "\n".join(
                    part
                    for part in (
                        money_words(row.amount.pence),
                        balance_words(None if row.balance is None else row.balance.pence),
                    )
                    if part
                ),
            ]
            for row in sample.rows
        )
        words = [
            translate("ImportDialog", "The dates are read as {example}.").format(
                example=_format_words(sample.date_format)
            )
        ]
        words += [problem.message for problem in sample.problems]
        self.sample_words.setText("\n".join(words))
        self.sample_words.setProperty("role", "error" if sample.problems else "")
        self.sample_words.style().polish(self.sample_words)


def _guess(columns: int) -> ColumnMapping | None:
    """Where to start with a file whose headings say nothing: date, text, amount, balance."""
    if columns < 3:
        return None  # too few columns for a statement: the person says what they are
    return ColumnMapping(date=0, description=1, amount=2, balance=3 if columns > 3 else None)


def _format_words(date_format: str) -> str:
    try:
        return translate("ImportDialog", "“{example}” for 31 January 2026").format(
            example=date_example(date_format)
        )
    except ValueError:
        return date_format


def _sentence(text: str) -> str:
    """A message from the readers ("say which column…") as a sentence."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith(".") else text + "."
