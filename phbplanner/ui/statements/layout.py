"""Shared pieces of the statement dialogs: sizing to the screen, tables that fit their width,
rows of buttons that wrap, and labels for words and problems."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..flow import FlowLayout
from ..theme import set_role


def fit_to_screen(
    dialog: QDialog, width_chars: int, height_lines: int, room: QRect | None = None
) -> None:
    """Size ``dialog`` for its text at the current size, within the screen it is on (or
    ``room``): never larger than the screen, so its buttons are always in sight."""
    metrics = dialog.fontMetrics()
    if room is None:
        screen = dialog.screen()
        parent = dialog.parentWidget()
        if parent is not None and parent.screen() is not None:
            screen = parent.screen()
        room = screen.availableGeometry()
    width = min(max(640, metrics.averageCharWidth() * width_chars), int(room.width() * 0.96))
    height = min(max(480, metrics.lineSpacing() * height_lines), int(room.height() * 0.94))
    dialog.resize(width, height)


def choice_box(name: str, letters: int = 12) -> QComboBox:
    """A combo box that can be narrower than its longest item (the item is then cut short in
    the closed box, never the dialog made wider than the screen)."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    return combo


def words_label(text: str = "", parent: QWidget | None = None, role: str = "") -> QLabel:
    """A label of sentences that wraps (and can be read and selected with the keyboard)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        set_role(label, role)
    return label


def problem_label(parent: QWidget | None = None) -> QLabel:
    """A place for a plain-English problem beside a field (hidden while there is none)."""
    label = words_label("", parent)
    label.setProperty("role", "error")
    label.hide()
    return label


def show_problem(label: QLabel, message: str, field: QWidget | None = None) -> None:
    """Show (or with "" hide) ``message`` in ``label``; a screen reader hears it on ``field``."""
    label.setText(message)
    label.setVisible(bool(message))
    if field is not None:
        field.setAccessibleDescription(message)


def scrolling(body: QWidget, parent: QWidget) -> QScrollArea:
    """``body`` in a frameless scroll area (a dialog's contents, above its buttons)."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(body)
    return scroll


class FieldBox(QWidget):
    """A buddy label (with its keyboard shortcut), the input, a note and a place for a problem.

    The label's words are the input's accessible name; the note and any problem are its
    accessible description.
    """

    def __init__(self, label: str, field: QWidget, parent: QWidget, *, note: str = "") -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(3)
        self.field = field
        self.label = words_label(label, self)
        self.label.setTextFormat(Qt.TextFormat.AutoText)
        self.label.setProperty("role", "fieldlabel")
        self.label.setBuddy(field)
        field.setParent(self)
        field.setAccessibleName(label.replace("&", ""))
        self.note_text = note
        self.note = words_label(note, self, "note")
        self.note.setVisible(bool(note))
        self.problem = problem_label(self)
        layout.addWidget(self.label)
        layout.addWidget(field)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        field.setAccessibleDescription(note)

    def set_note(self, note: str) -> None:
        self.note_text = note
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.field.setAccessibleDescription(f"{self.problem.text()} {note}".strip())

    def set_problem(self, message: str) -> None:
        """Show (or with "" clear) a problem beside the input; a screen reader hears it too."""
        self.problem.setText(message)
        self.problem.setVisible(bool(message))
        self.field.setProperty("invalid", bool(message))
        self.field.style().unpolish(self.field)
        self.field.style().polish(self.field)
        self.field.setAccessibleDescription(f"{message} {self.note_text}".strip())


class ButtonRow(QWidget):
    """Buttons in a row that wraps onto the next line when the text is large."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self, spacing=10)

    def add(self, text: str, *, primary: bool = False, name: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        if primary:
            button.setProperty("role", "primary")
        if name:
            button.setObjectName(name)
        self.flow.addWidget(button)
        return button


class FittedTable(QTableView):
    """A table whose columns share its width, so no column is hidden off to the side: columns
    given in ``fixed`` are as wide as their longest sample text, the others share what is left
    by weight. Cells wrap onto two lines (three when the text is large for the width)."""

    def __init__(
        self,
        model: QAbstractItemModel,
        weights: Sequence[int],
        name: str,
        parent: QWidget | None = None,
        *,
        description: str = "",
        lines: int = 2,
        fixed: Mapping[int, Sequence[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.weights = list(weights)
        self.fixed = dict(fixed or {})
        self.base_lines = lines
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # always there, so the width the columns share does not change as rows come and go
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(name)
        if description:
            self.setAccessibleDescription(description)
        self.fit()

    def lines(self) -> int:
        """Lines of text per row: one more when fewer than 120 letters fit across."""
        letters = self.viewport().width() / max(1, self.fontMetrics().averageCharWidth())
        return self.base_lines + (1 if letters < 120 else 0)

    def fit(self) -> None:
        """Share the width among the columns and size the rows for the text now."""
        metrics = self.fontMetrics()
        width = max(1, self.viewport().width())
        padding = metrics.averageCharWidth() * 2 + 8
        widths: dict[int, int] = {}
        for column, samples in self.fixed.items():
            heading = self.model().headerData(column, Qt.Orientation.Horizontal)
            texts = [*samples, str(heading or "")]
            need = max(metrics.horizontalAdvance(text) for text in texts) + padding
            if self.model().flags(self.model().index(0, column)) & Qt.ItemFlag.ItemIsUserCheckable:
                need += metrics.height() + 12  # the tick box beside the words
            widths[column] = need
        shared = [c for c in range(len(self.weights)) if c not in widths]
        room = max(width - sum(widths.values()), 0)
        total = sum(self.weights[c] for c in shared) or 1
        used = 0
        for position, column in enumerate(shared):
            share = room * self.weights[column] // total
            if position == len(shared) - 1:
                share = room - used
            widths[column] = max(share, metrics.averageCharWidth() * 6)
            used += share
        overflow = sum(widths.values()) - width
        while overflow > 0 and shared:  # minimums met: take it from the widest shared column
            widest = max(shared, key=lambda c: widths[c])
            least = metrics.averageCharWidth() * 6
            if widths[widest] <= least:
                break
            taken = min(overflow, widths[widest] - least)
            widths[widest] -= taken
            overflow -= taken
        for column, share in widths.items():
            self.setColumnWidth(column, share)
        self.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() * self.lines() + 10)
        self.horizontalHeader().setMinimumHeight(metrics.height() + 14)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit()

    def visible_rows(self, rows: int) -> None:
        """Keep room for at least ``rows`` rows (and the headings) on screen."""
        metrics = self.fontMetrics()
        row = metrics.lineSpacing() * self.lines() + 10
        self.setMinimumHeight(row * rows + metrics.height() + 20)


def body_layout(widget: QWidget) -> QVBoxLayout:
    """The vertical layout of a page, with room between its parts."""
    layout = QVBoxLayout(widget)
    layout.setSpacing(10)
    return layout
