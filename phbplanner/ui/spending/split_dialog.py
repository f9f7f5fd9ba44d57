"""Sharing one payment between lines of the plan: a small editor that shows what is left.

Each part is a line of the plan and an amount; the words under the parts say how much is still
to share out (or how much too much), and the checks of the spending records say what is wrong
before anything is saved. Amounts are typed without a sign: a part has the sign of its entry.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.amount_text import AmountError, parse_amount
from ...domain.entry_checks import check_splits
from ...domain.ledger import Split
from ...domain.money import Money
from ...domain.text import translate
from ..drafts import DraftDialog
from ..theme import set_role
from .widgets import pass_undo_keys
from .words import TICK, WARNING


class _Part:
    """The widgets of one part: its plan line and its amount."""

    def __init__(self, dialog: SplitDialog, number: int) -> None:
        self.label = QLabel(dialog.rows_widget)
        self.line = QComboBox(dialog.rows_widget)
        self.line.addItem(translate("SplitDialog", "Choose a line"))
        for description in dialog.lines.values():
            self.line.addItem(description if len(description) <= 50 else description[:49] + "…")
        self.line.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.line.setMinimumContentsLength(16)
        self.amount_label = QLabel(dialog.rows_widget)
        self.amount = QLineEdit(dialog.rows_widget)
        self.amount.setMaximumWidth(self.amount.fontMetrics().averageCharWidth() * 14)
        pass_undo_keys(self.amount)
        self.remove = QPushButton(translate("SplitDialog", "Remove"), dialog.rows_widget)
        self.label.setBuddy(self.line)
        self.amount_label.setBuddy(self.amount)
        self.number(number)

    def number(self, number: int) -> None:
        self.label.setText(translate("SplitDialog", "Part {n}: line").format(n=number))
        self.amount_label.setText(translate("SplitDialog", "Amount"))
        self.line.setAccessibleName(
            translate("SplitDialog", "Line of the plan for part {n}").format(n=number)
        )
        self.amount.setAccessibleName(
            translate("SplitDialog", "Amount of part {n}").format(n=number)
        )
        self.remove.setAccessibleName(translate("SplitDialog", "Remove part {n}").format(n=number))

    def widgets(self) -> list[QWidget]:
        return [self.label, self.line, self.amount_label, self.amount, self.remove]


class SplitDialog(DraftDialog):
    """Share ``amount`` (pounds, without a sign) between lines of the plan."""

    def __init__(
        self,
        amount: Money,
        lines: dict[str, str],
        parts: tuple[Split, ...],
        parent: QWidget,
        *,
        payee: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("split_dialog")
        self.amount = abs(amount)
        self.lines = dict(lines)
        self.ids = list(self.lines)
        self.setWindowTitle(translate("SplitDialog", "Share a payment between lines of the plan"))
        layout = QVBoxLayout(self)
        heading = QLabel(self)
        heading.setWordWrap(True)
        set_role(heading, "subheading")
        if payee:
            heading.setText(
                translate("SplitDialog", "Share {amount} to {payee} between lines of the plan")
                .format(amount=self.amount.format(), payee=payee)
            )  # fmt: skip
        else:
            heading.setText(
                translate("SplitDialog", "Share {amount} between lines of the plan").format(
                    amount=self.amount.format()
                )
            )
        layout.addWidget(heading)
        self.rows_widget = QWidget(self)
        self.grid = QGridLayout(self.rows_widget)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.rows_widget)
        layout.addWidget(scroll, 1)
        self.parts: list[_Part] = []
        self.add_button = QPushButton(translate("SplitDialog", "Add another line"), self)
        self.add_button.clicked.connect(lambda: self.add_part(focus=True))
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.left = QLabel(self)
        self.left.setWordWrap(True)
        self.left.setObjectName("left_to_share")
        layout.addWidget(self.left)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setProperty("role", "error")
        self.problems.hide()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            translate("SplitDialog", "Save the split"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setProperty("role", "primary")
        buttons.addButton(
            translate("SplitDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        start = list(parts)
        for part in start:
            self.add_part(part.line_id, abs(part.amount))
        while len(self.parts) < 2:
            self.add_part()
        self._original = self._typed()
        self._update_left()
        width = self.fontMetrics().horizontalAdvance("m") * 52
        self.resize(width, self.sizeHint().height())

    # -- parts -------------------------------------------------------------------------------------
    def add_part(self, line_id: str | None = None, amount: Money | None = None, *,
                 focus: bool = False) -> None:  # fmt: skip
        part = _Part(self, len(self.parts) + 1)
        if line_id in self.ids:
            part.line.setCurrentIndex(self.ids.index(line_id) + 1)
        if amount is not None:
            part.amount.setText(amount.to_str())
        elif not self.parts:
            part.amount.setText(self.amount.to_str())
        else:
            shared = self._shared()
            if shared is not None and shared < self.amount:
                part.amount.setText((self.amount - shared).to_str())
        row = len(self.parts)
        for column, widget in enumerate(part.widgets()):
            self.grid.addWidget(widget, row, column)
        part.amount.textChanged.connect(self._update_left)
        part.line.currentIndexChanged.connect(self._update_left)
        part.remove.clicked.connect(lambda _checked=False, p=part: self.remove_part(p))
        self.parts.append(part)
        self._update_left()
        if focus:
            part.line.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_part(self, part: _Part) -> None:
        index = self.parts.index(part)
        self.parts.remove(part)
        for widget in part.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        for number, other in enumerate(self.parts, start=1):
            other.number(number)
            for column, widget in enumerate(other.widgets()):
                self.grid.addWidget(widget, number - 1, column)
        self._update_left()
        if self.parts:
            self.parts[min(index, len(self.parts) - 1)].line.setFocus()
        else:
            self.add_button.setFocus()

    def _shared(self) -> Money | None:
        total = 0
        for part in self.parts:
            text = part.amount.text().strip()
            if not text:
                continue
            try:
                total += abs(parse_amount(text, allow_negative=False).pence)
            except AmountError:
                return None
        return Money(total)

    def _update_left(self, *_: object) -> None:
        shared = self._shared()
        if shared is None:
            self.left.setText(translate("SplitDialog", "One of the amounts is not an amount yet."))
            return
        gap = self.amount - shared
        if gap.pence > 0:
            text = translate("SplitDialog", "{amount} still to share out.").format(
                amount=gap.format()
            )
        elif gap.pence < 0:
            text = f"{WARNING} " + translate(
                "SplitDialog", "The parts are {amount} too much."
            ).format(amount=(-gap).format())
        else:
            text = f"{TICK} " + translate("SplitDialog", "All of {amount} is shared out.").format(
                amount=self.amount.format()
            )
        self.left.setText(text)
        self.left.setAccessibleName(text)

    # -- reading -----------------------------------------------------------------------------------
    def _typed(self) -> list[tuple[int, str]]:
        return [(p.line.currentIndex(), p.amount.text().strip()) for p in self.parts]

    def has_changes(self) -> bool:
        return self._typed() != self._original

    def result_parts(self) -> tuple[Split, ...] | None:
        """The parts typed (amounts without a sign), or None with the problems shown."""
        problems: list[str] = []
        found: list[Split] = []
        for number, part in enumerate(self.parts, start=1):
            index = part.line.currentIndex()
            if index <= 0:
                problems.append(
                    translate("SplitDialog", "Choose the line of the plan for part {n}.").format(
                        n=number
                    )
                )
                continue
            try:
                amount = parse_amount(part.amount.text(), allow_negative=False, allow_zero=True)
            except AmountError as exc:
                problems.append(
                    translate("SplitDialog", "Part {n}: {problem}").format(
                        n=number, problem=exc.message
                    )
                )
                continue
            line_id = self.ids[index - 1]
            found.append(Split(line_id, amount, self.lines[line_id]))
        if not problems:
            problems = [p.message for p in check_splits(self.amount, found, self.lines)]
        if problems:
            self.problems.setText(" ".join(problems))
            self.problems.show()
            return None
        return tuple(found)

    def accept(self) -> None:
        if self.result_parts() is not None:
            super().accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.parts:
            self.parts[0].line.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def ask_split(
    parent: QWidget, amount: Money, lines: dict[str, str], parts: tuple[Split, ...],
    payee: str = "",
) -> tuple[Split, ...] | None:  # fmt: skip
    """The parts chosen (amounts without a sign), or None when the person cancelled."""
    dialog = SplitDialog(amount, lines, parts, parent, payee=payee)
    try:
        if dialog.exec() != SplitDialog.DialogCode.Accepted:
            return None
        return dialog.result_parts()
    finally:
        dialog.deleteLater()
