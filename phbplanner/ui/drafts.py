"""Dialogs that never throw typed work away without asking.

A :class:`DraftDialog` says whether it holds changes (:meth:`DraftDialog.has_changes`). Escape,
Cancel and the window's close button all go through ``reject``; with changes, it asks first —
"Keep editing" (the default, and what Escape chooses) or "Discard changes".

When the plan locks (``ui/locking.py``) an open draft dialog is *parked*: hidden with all it
holds, its ``exec()`` waiting until the plan is unlocked, then shown again just as it was — so
nothing typed in it is lost, and the code that opened it never knows. If the plan is closed
instead, ``exec()`` returns ``Rejected``.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.text import translate
from .fitting import fit_to_screen


def discard_box(parent: QWidget) -> QMessageBox:
    """The question "Discard your changes?" (not shown yet); its buttons are ``keep`` and
    ``discard`` attributes."""
    box = QMessageBox(parent)
    box.setObjectName("discard_changes")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Drafts", "Discard your changes?"))
    box.setText(translate("Drafts", "You have changes here that are not saved yet."))
    box.setInformativeText(
        translate("Drafts", "Keep editing to go back to them, or discard them to close.")
    )
    keep = box.addButton(translate("Drafts", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    discard = box.addButton(
        translate("Drafts", "Discard changes"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.keep, box.discard = keep, discard  # type: ignore[attr-defined]
    return box


def confirm_discard(parent: QWidget) -> bool:
    """Ask whether to throw away what was typed; ``True`` only for "Discard changes"."""
    box = discard_box(parent)
    box.exec()
    return box.clickedButton() is box.discard  # type: ignore[attr-defined]


#: The result a parked dialog's ``exec()`` loop ends with (never seen by its caller).
PARKED = 0x5041


class Parking(QObject):
    """Whether the plan is locked, for the dialogs parked meanwhile (one for the program)."""

    released = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.locked = False
        self.closed = False
        #: how many parked dialogs are waiting now
        self.waiting = 0

    def lock(self) -> None:
        """The plan is locked: dialogs parked from now on wait."""
        self.locked, self.closed = True, False

    def release(self, *, closed: bool) -> None:
        """The plan is unlocked (``closed``: closed instead): parked dialogs carry on."""
        self.locked, self.closed = False, closed
        self.released.emit()

    def wait(self) -> bool:
        """Wait (the window working meanwhile) while the plan is locked; False if it closed."""
        if self.locked:
            loop = QEventLoop()
            self.released.connect(loop.quit)
            self.waiting += 1
            try:
                loop.exec()
            finally:
                self.waiting -= 1
                self.released.disconnect(loop.quit)
        return not self.closed


parking = Parking()


def park(dialog: QDialog) -> None:
    """Hide an open draft dialog with everything in it until the plan is unlocked."""
    dialog.setResult(PARKED)
    dialog.hide()  # ends its exec() loop with PARKED


class DraftDialog(QDialog):
    """A dialog that asks before discarding its changes (Escape, Cancel, the close button)."""

    def has_changes(self) -> bool:
        """True when closing now would lose something the person typed or chose."""
        return False

    def exec(self) -> int:
        """Run the dialog; while the plan is locked it is parked, then shown again as it was."""
        while True:
            result = super().exec()
            if result != PARKED:
                return result
            if not parking.wait():
                self.setResult(QDialog.DialogCode.Rejected)
                return QDialog.DialogCode.Rejected.value

    def reject(self) -> None:
        if self.has_changes() and not confirm_discard(self):
            return  # keep editing: the dialog stays open with everything in it
        super().reject()


class TextDialog(DraftDialog):
    """Ask for a few sentences (a reason, a note); asks before throwing them away."""

    def __init__(self, title: str, question: str, parent: QWidget, *, save: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(question, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(title)
        self.text.setAccessibleDescription(question)
        label.setBuddy(self.text)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(save, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setProperty("role", "primary")
        buttons.addButton(translate("Drafts", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, chars=40)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.text.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def has_changes(self) -> bool:
        return bool(self.text.toPlainText().strip())


def ask_text(parent: QWidget, title: str, question: str, *, save: str) -> str | None:
    """The text typed, or ``None`` when the person cancelled (after confirming any discard)."""
    dialog = TextDialog(title, question, parent, save=save)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text.toPlainText()
    finally:
        dialog.deleteLater()
