"""What the window shows while a plan is locked: the plan file's name and a way back in.

Nothing of the plan is on it — not the person's name, not a figure — only the name of the file
(or "Example plan"), why it locked, the passphrase box (unless the passphrase is remembered on
this computer), Unlock and "Close the plan". The passphrase box is emptied as soon as it is read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.text import translate
from .theme import set_role

#: Why a plan locked.
IDLE, SYSTEM, ASKED = "idle", "system", "asked"


def _label(text: str, parent: QWidget, role: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if role:
        set_role(label, role)
    return label


def reason_text(why: str, minutes: int | None) -> str:
    """Why the plan locked, in a sentence."""
    if why == IDLE and minutes:
        return translate(
            "Lock", "It locked because nobody used PHB Planner for {minutes} minutes."
        ).format(minutes=minutes)
    if why == SYSTEM:
        return translate("Lock", "It locked because the computer was locked or went to sleep.")
    return translate("Lock", "It was locked from the File menu (Lock now) or with Ctrl+L.")


class LockScreen(QScrollArea):
    """The lock screen (see the module's description)."""

    unlock_requested = Signal(object)  # the passphrase typed, or None for the remembered one
    close_requested = Signal()

    def __init__(
        self,
        file_name: str,
        *,
        reason: str,
        remembered: bool,
        parked: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.remembered = remembered
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        card = QFrame(body)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(self.fontMetrics().horizontalAdvance("m") * 48)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        self.title = _label(translate("Lock", "This plan is locked"), card, "heading")
        layout.addWidget(self.title)
        self.file_label = _label(
            translate("Lock", "Plan file: {file}").format(file=file_name), card, "subheading"
        )
        layout.addWidget(self.file_label)
        self.reason = _label(reason, card)
        layout.addWidget(self.reason)
        self.parked_note = _label(
            translate(
                "Lock",
                "A window you were typing in is kept as it was and comes back when you unlock.",
            ),
            card,
            "note",
        )
        self.parked_note.setVisible(parked)
        layout.addWidget(self.parked_note)
        self.passphrase_label = _label(translate("Lock", "Passphrase"), card)
        self.passphrase = QLineEdit(card)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("Lock", "Passphrase"))
        self.passphrase_label.setBuddy(self.passphrase)
        self.passphrase.returnPressed.connect(self._unlock)
        layout.addWidget(self.passphrase_label)
        layout.addWidget(self.passphrase)
        self.show_it = QCheckBox(translate("Lock", "Show the passphrase"), card)
        self.show_it.toggled.connect(
            lambda on: self.passphrase.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        layout.addWidget(self.show_it)
        self.remembered_note = _label(
            translate("Lock", "The passphrase is remembered on this computer."), card, "note"
        )
        layout.addWidget(self.remembered_note)
        for widget in (self.passphrase_label, self.passphrase, self.show_it):
            widget.setVisible(not remembered)
        self.remembered_note.setVisible(remembered)
        self.problem = _label("", card, "error")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.busy = QProgressBar(card)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(translate("Lock", "Working"))
        self.busy.setMaximumHeight(self.fontMetrics().height())
        self.busy.hide()
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        self.unlock_button = QPushButton(translate("Lock", "Unlock"), card)
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.close_button = QPushButton(translate("Lock", "Close the plan"), card)
        self.close_button.setAccessibleDescription(
            translate("Lock", "Close the plan without unlocking it, for someone else to use.")
        )
        self.close_button.clicked.connect(self.close_requested)
        row.addWidget(self.unlock_button)
        row.addWidget(self.close_button)
        row.addStretch(1)
        layout.addLayout(row)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(card, 4)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)
        self.setWidget(body)
        self.setFocusProxy(self.unlock_button if remembered else self.passphrase)

    def _unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        if self.remembered:
            self.unlock_requested.emit(None)
            return
        typed = self.passphrase.text()
        self.passphrase.setText("")  # the box keeps nothing (setText also clears its undo)
        if not typed:
            self.show_problem(translate("Lock", "Type the plan's passphrase to unlock it."))
            return
        self.unlock_requested.emit(typed)

    def set_busy(self, text: str | None) -> None:
        """Show that the plan is being locked or unlocked (buttons off), or not."""
        self.busy.setVisible(bool(text))
        self.busy.setFormat(text or "")
        self.busy.setAccessibleDescription(text or "")
        self.unlock_button.setEnabled(not text)
        self.passphrase.setEnabled(not text)
        if text:
            self.show_problem(None)

    def show_problem(self, message: str | None) -> None:
        """Say why unlocking did not work (or hide the message)."""
        self.problem.setText(("⚠ " + message) if message else "")
        self.problem.setVisible(bool(message))
        self.passphrase.setAccessibleDescription(message or "")
        if message:
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def forget_remembered(self) -> None:
        """The keyring did not open the plan: ask for the passphrase instead."""
        self.remembered = False
        for widget in (self.passphrase_label, self.passphrase, self.show_it):
            widget.setVisible(True)
        self.remembered_note.setVisible(False)
        self.setFocusProxy(self.passphrase)
