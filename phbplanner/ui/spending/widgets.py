"""Small pieces the spending page is built from: a labelled field with its problem beside it,
a grid that reflows for the width and text size, and undo keys that reach the window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from .words import WARNING


class _UndoKeys(QObject):
    """Let Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y reach the window's undo while typing in a field
    (a line edit would otherwise take them for its own text)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or (
                    event.key() == Qt.Key.Key_Y
                    and event.modifiers() == Qt.KeyboardModifier.ControlModifier
                )
            )
        ):
            return True  # not taken by the field: the window's shortcut runs
        return super().eventFilter(watched, event)


_undo_keys: _UndoKeys | None = None


def pass_undo_keys(widget: QWidget) -> None:
    """Make Ctrl+Z and Ctrl+Shift+Z in ``widget`` undo and redo the window's last change."""
    global _undo_keys
    if _undo_keys is None:
        _undo_keys = _UndoKeys()
    widget.installEventFilter(_undo_keys)


class FieldBox(QWidget):
    """A buddy label above an input, an optional note below it, and a place for a problem.

    The problem (or a warning) is written out beside the field — and becomes the input's
    accessible description, so a screen reader says it too.
    """

    def __init__(
        self, label: str, widget: QWidget, parent: QWidget | None = None, *, note: str = ""
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(3)
        self.label = QLabel(label, self)
        self.label.setWordWrap(True)
        self.label.setProperty("role", "fieldlabel")
        self.label.setBuddy(widget)
        self.widget = widget
        widget.setParent(self)
        widget.setAccessibleName(label.replace("&", ""))
        layout.addWidget(self.label)
        layout.addWidget(widget)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setProperty("role", "note")
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "error")
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self._description = ""

    def set_label(self, text: str) -> None:
        self.label.setText(text)
        self.widget.setAccessibleName(text.replace("&", ""))

    def set_note(self, text: str) -> None:
        """A quiet line under the field (an example, a suggestion)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self._describe()

    def show_problem(self, message: str | None, *, warning: bool = False) -> None:
        """Show (or, with None, clear) a problem — or a warning — beside the field."""
        text = f"{WARNING} {message}" if message and warning else (message or "")
        self.problem.setText(text)
        self.problem.setVisible(bool(message))
        invalid = bool(message) and not warning
        if bool(self.widget.property("invalid")) != invalid:  # re-polish only on a change
            self.widget.setProperty("invalid", invalid)
            self.widget.style().unpolish(self.widget)
            self.widget.style().polish(self.widget)
        self._description = text
        self._describe()

    def problem_text(self) -> str:
        return self.problem.text() if self.problem.isVisible() or self.problem.text() else ""

    def _describe(self) -> None:
        parts = [self._description, self.note.text() if self.note.isVisible() else ""]
        self.widget.setAccessibleDescription(" ".join(part for part in parts if part))


class ReflowPanel(QWidget):
    """Widgets in as many equal columns as fit (each needs ``letters`` average letters), one
    column when narrow; the tab order stays the order they were added, whatever the columns."""

    def __init__(self, parent: QWidget | None = None, *, letters: int = 22) -> None:
        super().__init__(parent)
        self.letters = letters
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.items: list[tuple[QWidget, int]] = []
        self.columns = 0
        self._layout_key: tuple[int, tuple[int, ...]] | None = None

    def add(self, widget: QWidget, span: int = 1) -> None:
        """Add ``widget`` (taking ``span`` columns when there is room)."""
        widget.setParent(self)
        # Columns share the width equally (by stretch), not by what each widget would like.
        policy = widget.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        widget.setSizePolicy(policy)
        self.items.append((widget, span))
        self._layout_key = None
        if self.isVisible():  # otherwise laid out once, when shown
            self.reflow(self.width())

    def add_all(self, widgets: Sequence[QWidget]) -> None:
        for widget in widgets:
            self.add(widget)

    def relayout(self) -> None:
        """Lay the widgets out again (after one was hidden or shown)."""
        self._layout_key = None
        if self.isVisible():
            self.reflow(self.width())

    def showEvent(self, event: QShowEvent) -> None:
        if self._layout_key is None:
            self.reflow(self.width())
        super().showEvent(event)

    def reflow(self, width: int) -> None:
        letter = max(self.fontMetrics().averageCharWidth(), 1)
        cell = self.letters * letter
        spacing = self.grid.horizontalSpacing()
        columns_fit = max(1, (width + spacing) // (cell + spacing))
        column_width = (width + spacing) // columns_fit - spacing  # as the grid will share it
        shown = []
        for widget, span in self.items:
            if widget.isHidden():
                continue
            # a widget wider than its columns takes more of them
            need = -(-(widget.minimumSizeHint().width() + spacing) // (column_width + spacing))
            shown.append((widget, min(max(span, need), columns_fit)))
        columns = max(1, min(sum(span for _w, span in shown) or 1, columns_fit))
        layout_key = (columns, tuple(span for _w, span in shown))
        if layout_key == self._layout_key:
            return
        for widget, _span in self.items:
            self.grid.removeWidget(widget)
        row = column = 0
        for widget, span in shown:
            if column + span > columns:
                row, column = row + 1, 0
            self.grid.addWidget(widget, row, column, 1, span, Qt.AlignmentFlag.AlignTop)
            column += span
        for number in range(self.grid.columnCount()):
            self.grid.setColumnStretch(number, 1 if number < columns else 0)
        self.columns = columns
        self._layout_key = layout_key

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.reflow(event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._layout_key = None
            self.reflow(self.width())
