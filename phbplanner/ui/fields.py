"""Field editors: a labelled input that reads, checks and shows one value of a plan.

A :class:`Field` says what a value is (a name, a label, an example, a kind). A :class:`FieldEditor`
makes the widgets for it — a buddy label, an example line, the input and a place for a
plain-English problem — and turns typed text into a value, refusing bad input without touching
anything else.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.money import Money, MoneyError
from ..domain.nhs import format_nhs_number, nhs_number_problem
from ..domain.text import translate
from .a11y import announce_ticks
from .stacking import wrap_items


class Problem(ValueError):
    """Typed text that is not a value of the field; the message is for people."""


@dataclass
class Field:
    """One value in a form.

    ``kind``: ``text``, ``long`` (several lines), ``date``, ``money``, ``decimal``, ``percent``,
    ``nhs``, ``choice`` (``choices`` of (value, label)), ``bool``.
    ``get``/``put`` read and write it on the section or item (default: the attribute ``name``).
    """

    name: str
    label: str
    kind: str = "text"
    example: str = ""
    choices: Sequence[tuple[Any, str]] = ()
    required: bool = False
    get: Callable[[Any], Any] | None = None
    put: Callable[[Any, Any], Any] | None = None
    lines: int = 3
    extra: dict[str, Any] = field(default_factory=dict)

    def read(self, obj: Any) -> Any:
        return self.get(obj) if self.get else getattr(obj, self.name)

    def write(self, obj: Any, value: Any) -> Any:
        if self.put:
            return self.put(obj, value)
        return dataclasses.replace(obj, **{self.name: value})


_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str, label: str) -> date | None:
    """``31/01/2026`` (or ``2026-01-31``) as a date; empty text is no date."""
    if not text.strip():
        return None
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        iso = _ISO.match(text)
        if not iso:
            raise Problem(
                translate("Fields", "{field}: write a date like 31/01/2026.").format(field=label)
            )
        year, month, day = (int(g) for g in iso.groups())
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise Problem(
            translate(
                "Fields", "{field}: there is no such date. Write a date like 31/01/2026."
            ).format(field=label)
        ) from exc


def show_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def parse_decimal(text: str, label: str, *, places: int = 2) -> Decimal | None:
    cleaned = text.strip().replace("%", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise Problem(
            translate("Fields", "{field} must be a number like 2.5.").format(field=label)
        ) from exc
    if not value.is_finite() or value < 0:
        raise Problem(translate("Fields", "{field} must be a number like 2.5.").format(field=label))
    if -value.as_tuple().exponent > places:  # type: ignore[operator]
        raise Problem(
            translate("Fields", "{field} can have at most {places} decimal places.").format(
                field=label, places=places
            )
        )
    return value


class LongText(QPlainTextEdit):
    """Several lines of text; Tab moves on; leaving it saves it."""

    left = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        """Room for ``lines`` lines at the current text size."""
        height = self.fontMetrics().lineSpacing() * self.lines + 18
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.fontMetrics().lineSpacing() * 2 + 18)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)


class FieldEditor(QObject):
    """The widgets of one field and the rules that turn its text into a value."""

    committed = Signal()  # the person has finished with the field

    def __init__(self, spec: Field, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self.box = QWidget(parent)
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(3)
        self.label = QLabel(spec.label, self.box)
        self.label.setWordWrap(True)
        self.label.setProperty("role", "fieldlabel")
        self.example: QLabel | None = None
        if spec.example and spec.kind != "bool":
            self.example = QLabel(spec.example, self.box)
            self.example.setWordWrap(True)
            self.example.setProperty("role", "example")
        self.widget = self._make_widget()
        self.error = QLabel(self.box)
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()
        plain_label = spec.label.replace("&", "")
        self.widget.setAccessibleName(plain_label)
        self.widget.setAccessibleDescription(spec.example)
        if spec.kind == "bool":
            self.label.hide()
        else:
            self.label.setBuddy(self.widget)
            layout.addWidget(self.label)
        # label, answer, then the example: answers side by side line up whatever the examples
        layout.addWidget(self.widget)
        if self.example:
            layout.addWidget(self.example)
        layout.addWidget(self.error)
        self._shown: Any = object()
        if isinstance(self.widget, QLineEdit | LongText):
            self.widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let Ctrl+Z / Ctrl+Y reach the plan's undo (across pages) while typing here."""
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

    def _make_widget(self) -> QWidget:
        kind = self.spec.kind
        widget: QWidget
        if kind == "long":
            long_text = LongText(self.box, self.spec.lines)
            long_text.left.connect(self._maybe_commit)
            widget = long_text
        elif kind == "choice":
            combo = QComboBox(self.box)
            for _value, text in self.spec.choices:
                combo.addItem(text)
            combo.currentIndexChanged.connect(lambda _index: self.committed.emit())
            # As wide as the form; narrower than its longest choice when the text is large (the
            # list opens wider), so the form never needs scrolling sideways.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
            combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
            widget = combo
        elif kind == "multi":
            view = QListView(self.box)
            model = QStandardItemModel(view)
            for value, text in self.spec.choices:
                item = QStandardItem(text)
                item.setData(value, Qt.ItemDataRole.UserRole)
                item.setCheckable(True)
                item.setEditable(False)
                model.appendRow(item)
            view.setModel(model)
            announce_ticks(view)  # "checked" / "not checked" for a screen reader
            wrap_items(view)
            rows = max(2, min(6, model.rowCount()))
            view.setMinimumHeight(view.fontMetrics().lineSpacing() * rows + 24)
            model.itemChanged.connect(lambda _item: self.committed.emit())
            widget = view
        elif kind == "bool":
            check = QCheckBox(self.spec.label, self.box)
            check.toggled.connect(lambda _on: self.committed.emit())
            widget = check
        else:
            line = QLineEdit(self.box)
            line.editingFinished.connect(self._maybe_commit)
            if self.spec.example:
                line.setPlaceholderText("")
            widget = line
        widget.setMinimumHeight(28)
        return widget

    def _maybe_commit(self) -> None:
        self.committed.emit()

    # -- text <-> value ----------------------------------------------------------------------
    def state(self) -> object:
        """What is on screen now, as it was typed or chosen (to tell whether it changed)."""
        widget = self.widget
        if isinstance(widget, QComboBox):
            return widget.currentIndex()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QListView):
            model = widget.model()
            return tuple(
                model.data(model.index(row, 0), Qt.ItemDataRole.CheckStateRole)
                for row in range(model.rowCount())
            )
        return self.text()

    def text(self) -> str:
        widget = self.widget
        if isinstance(widget, (QLineEdit, LongText)):
            return widget.text()
        return ""

    def value(self) -> Any:
        """The value typed; raises :class:`Problem` with a plain-English message."""
        spec, widget = self.spec, self.widget
        if isinstance(widget, QComboBox):
            # by position: Qt would turn enum values into plain strings
            return spec.choices[widget.currentIndex()][0] if widget.currentIndex() >= 0 else None
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QListView):
            model = widget.model()
            chosen = []
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                state = model.data(index, Qt.ItemDataRole.CheckStateRole)
                if state is not None and Qt.CheckState(state) == Qt.CheckState.Checked:
                    chosen.append(model.data(index, Qt.ItemDataRole.UserRole))
            return tuple(chosen)
        text = self.text()
        if spec.required and not text.strip():
            raise Problem(translate("Fields", "Please fill in “{field}”.").format(field=spec.label))
        if spec.kind == "date":
            return parse_date(text, spec.label)
        if spec.kind == "money":
            if not text.strip():
                return None
            try:
                return Money.parse(text)
            except MoneyError as exc:
                raise Problem(
                    translate("Fields", "{field} must be an amount like 12.50.").format(
                        field=spec.label
                    )
                ) from exc
        if spec.kind in ("decimal", "percent"):
            return parse_decimal(text, spec.label)
        if spec.kind == "nhs":
            problem = nhs_number_problem(text)
            if problem:
                raise Problem(problem)
            return format_nhs_number(text) if text.strip() else ""
        return text.strip() if spec.kind == "text" else text.rstrip()

    def set_value(self, value: Any) -> None:
        """Show ``value`` (clearing any problem)."""
        self._shown = value
        widget = self.widget
        self.widget.blockSignals(True)
        try:
            if isinstance(widget, QComboBox):
                keys = [key for key, _text in self.spec.choices]
                widget.setCurrentIndex(keys.index(value) if value in keys else 0)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QListView):
                model = widget.model()
                model.blockSignals(True)
                chosen = set(value or ())
                for row in range(model.rowCount()):
                    cell = model.index(row, 0)
                    state = (
                        Qt.CheckState.Checked
                        if model.data(cell, Qt.ItemDataRole.UserRole) in chosen
                        else Qt.CheckState.Unchecked
                    )
                    model.setData(cell, state.value, Qt.ItemDataRole.CheckStateRole)
                model.blockSignals(False)
                widget.viewport().update()
            else:
                text = self.format(value)
                if widget.text() != text:  # type: ignore[attr-defined]
                    widget.setText(text)  # type: ignore[attr-defined]
                    if isinstance(widget, QLineEdit) and not widget.hasFocus():
                        widget.setCursorPosition(0)  # show the start of a long answer
        finally:
            self.widget.blockSignals(False)
        self.show_problem(None)

    def format(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, date):
            return show_date(value)
        if isinstance(value, Money):
            return value.format()
        return str(value)

    def show_problem(self, message: str | None) -> None:
        """Show (or clear) a problem beside the field, and tell screen readers."""
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.widget.setProperty("invalid", bool(message))
        self.widget.style().unpolish(self.widget)
        self.widget.style().polish(self.widget)
        description = self.spec.example
        if message:
            description = f"{message} {description}".strip()
        self.widget.setAccessibleDescription(description)

    def checked_value(self) -> tuple[bool, Any]:
        """(ok, value): shows the problem beside the field when not ok."""
        try:
            value = self.value()
        except Problem as exc:
            self.show_problem(str(exc))
            return False, None
        self.show_problem(None)
        return True, value
