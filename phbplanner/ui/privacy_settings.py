"""Settings: how soon an open plan locks when nobody is using the program.

1 to 60 minutes, or never (with a plain warning). Supporter mode has its own setting (3 minutes
unless changed): a volunteer's laptop is often left in someone else's home for a moment.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.text import translate
from . import settings as store
from .dialog_size import fit
from .drafts import DraftDialog
from .theme import set_role


class SettingsDialog(DraftDialog):
    """The Settings dialog (see the module's description)."""

    def __init__(self, parent: QWidget | None, *, supporter: bool) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.supporter = supporter
        self.setWindowTitle(translate("Settings", "Settings"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(translate("Settings", "Locking the plan"), self)
        set_role(heading, "heading")
        layout.addWidget(heading)
        intro = QLabel(
            translate(
                "Settings",
                "When nobody uses PHB Planner for a while, the open plan locks. Everything in it "
                "is hidden, and it needs the passphrase again.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if supporter:
            mode = QLabel(
                translate(
                    "Settings",
                    "This is the setting for supporter mode (helping someone), which locks "
                    "sooner: {minutes} minutes unless you change it.",
                ).format(minutes=store.SUPPORTER_LOCK_MINUTES),
                self,
            )
            mode.setWordWrap(True)
            set_role(mode, "note")
            layout.addWidget(mode)
        current = store.lock_minutes(supporter)
        self.initial = current
        self.auto = QCheckBox(
            translate("Settings", "Lock the plan when it is not being used"), self
        )
        self.auto.setChecked(current is not None)
        layout.addWidget(self.auto)
        self.minutes_label = QLabel(
            translate("Settings", "Lock after this many minutes without use (1 to 60)"), self
        )
        self.minutes_label.setWordWrap(True)
        self.minutes = QSpinBox(self)
        low, high = store.LOCK_RANGE
        self.minutes.setRange(low, high)
        default = store.SUPPORTER_LOCK_MINUTES if supporter else store.DEFAULT_LOCK_MINUTES
        self.minutes.setValue(current if current is not None else default)
        self.minutes.setAccessibleName(self.minutes_label.text())
        self.minutes_label.setBuddy(self.minutes)
        layout.addWidget(self.minutes_label)
        row = QHBoxLayout()
        row.addWidget(self.minutes)
        row.addStretch(1)
        layout.addLayout(row)
        self.warning = QLabel(
            "⚠ "
            + translate(
                "Settings",
                "If the plan never locks by itself, someone could read and change it while you "
                "are away. Lock it yourself (File › Lock now, or Ctrl+L) whenever you step away.",
            ),
            self,
        )
        self.warning.setWordWrap(True)
        set_role(self.warning, "error")
        layout.addWidget(self.warning)
        self.auto.toggled.connect(self._shown)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            translate("Settings", "Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setProperty("role", "primary")
        self.save_button.style().polish(self.save_button)
        self.save_button.setDefault(True)
        buttons.addButton(translate("Settings", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._shown(self.auto.isChecked())

    def showEvent(self, event: QShowEvent) -> None:
        fit(self, 42)
        super().showEvent(event)
        (self.minutes if self.minutes.isEnabled() else self.auto).setFocus()

    def _shown(self, on: bool) -> None:
        self.minutes.setEnabled(on)
        self.minutes_label.setEnabled(on)
        self.warning.setVisible(not on)
        self.auto.setAccessibleDescription("" if on else self.warning.text())

    def chosen(self) -> int | None:
        """The minutes chosen (None: never)."""
        return self.minutes.value() if self.auto.isChecked() else None

    def has_changes(self) -> bool:
        return self.chosen() != self.initial

    def accept(self) -> None:
        store.set_lock_minutes(self.supporter, self.chosen())
        super().accept()
