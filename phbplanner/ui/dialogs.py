"""Small dialogs: asking for a passphrase, explaining a problem calmly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.text import translate
from .fitting import fit_to_screen
from .theme import set_role


class PassphraseDialog(QDialog):
    """Ask for the passphrase of one plan file."""

    def __init__(
        self, file_name: str, parent: QWidget | None, *, problem: str = "", can_remember: bool
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "Open a plan"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate("Dialogs", "Type the passphrase for {file}.").format(file=file_name), self
        )
        intro.setWordWrap(True)
        set_role(intro, "subheading")
        layout.addWidget(intro)
        label = QLabel(translate("Dialogs", "Passphrase"), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("Dialogs", "Passphrase"))
        label.setBuddy(self.passphrase)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        self.show_it = QCheckBox(translate("Dialogs", "Show the passphrase"), self)
        self.show_it.toggled.connect(
            lambda on: self.passphrase.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        layout.addWidget(self.show_it)
        self.remember = QCheckBox(translate("Dialogs", "Remember it on this computer"), self)
        self.remember.setVisible(can_remember)
        layout.addWidget(self.remember)
        self.problem = QLabel(problem, self)
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "error")
        self.problem.setVisible(bool(problem))
        self.passphrase.setAccessibleDescription(problem)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(translate("Dialogs", "Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        ok.setProperty("role", "primary")
        buttons.addButton(translate("Dialogs", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, chars=40)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        self.passphrase.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def explain(parent: QWidget | None, title: str, message: str) -> None:
    """A calm message box with one button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(translate("Dialogs", "OK"))
    box.exec()
