"""One choice out of a few, as radio buttons in a titled group."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QRadioButton, QVBoxLayout, QWidget


class ChoiceGroup(QGroupBox):
    """One choice out of a few, as radio buttons (arrow keys move, the title names them)."""

    changed = Signal()

    def __init__(self, title: str, choices: Sequence[tuple[Any, str]], parent: QWidget) -> None:
        super().__init__(title, parent)
        self.values = [value for value, _text in choices]
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for index, (_value, text) in enumerate(choices):
            button = QRadioButton(text, self)
            button.setAccessibleDescription(title)
            self.group.addButton(button, index)
            layout.addWidget(button)
            self.buttons.append(button)
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, _id: int, on: bool) -> None:
        if on:
            self.changed.emit()

    def value(self) -> Any:
        """The value chosen, or ``None``."""
        index = self.group.checkedId()
        return self.values[index] if index >= 0 else None

    def set_value(self, value: Any) -> None:
        """Choose ``value`` quietly (``None``: nothing chosen)."""
        self.group.blockSignals(True)
        self.group.setExclusive(False)
        for index, button in enumerate(self.buttons):
            button.setChecked(self.values[index] == value and value is not None)
        self.group.setExclusive(True)
        self.group.blockSignals(False)

    def focus_target(self) -> QWidget:
        """The button the keyboard goes to (the chosen one, else the first)."""
        index = self.group.checkedId()
        return self.buttons[index if index >= 0 else 0]
