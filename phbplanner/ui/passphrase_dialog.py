"""Changing the passphrase in the window, and forgetting a remembered one.

Changing needs the old passphrase; the new one gets the same feedback as on the start screen
(:mod:`.strength`) and "Suggest one for me". The file is re-encrypted and so is every backup (in
the background, with progress); the keyring follows if the passphrase was remembered. Afterwards
the recovery sheet is offered again. Every passphrase box is emptied when the dialog closes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import PHBError
from ..domain.text import translate
from .dialog_size import fit
from .drafts import DraftDialog
from .operations import Task, run_operation
from .strength import passphrase_feedback, show_strength
from .theme import set_role


class ChangePassphraseDialog(DraftDialog):
    """File › Change the passphrase… (see the module's description)."""

    def __init__(self, session: Any, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.session = session
        self.changed = False
        self.setWindowTitle(translate("Passphrase", "Change the passphrase"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(translate("Passphrase", "Change the passphrase"), self)
        set_role(heading, "heading")
        layout.addWidget(heading)
        self.intro = QLabel(
            translate(
                "Passphrase",
                "The plan file {file} and every backup of it will open with the new passphrase "
                "only. Nobody can open them without it: write it down and keep it safe.",
            ).format(file=Path(str(session.path)).name),
            self,
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.form = QWidget(self)
        grid = QGridLayout(self.form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        self.old = QLineEdit(self.form)
        self.new = QLineEdit(self.form)
        self.confirm = QLineEdit(self.form)
        rows = (
            (translate("Passphrase", "The passphrase now"), self.old),
            (translate("Passphrase", "The new passphrase"), self.new),
            (translate("Passphrase", "Type the new passphrase again"), self.confirm),
        )
        for row, (text, field) in enumerate(rows):
            label = QLabel(text, self.form)
            label.setWordWrap(True)
            label.setBuddy(field)
            field.setAccessibleName(text)
            field.setEchoMode(QLineEdit.EchoMode.Password)
            grid.addWidget(label, row * 2, 0, 1, 2)
            grid.addWidget(field, row * 2 + 1, 0)
        self.suggest = QPushButton(translate("Passphrase", "Suggest one for me"), self.form)
        self.suggest.clicked.connect(self.suggest_passphrase)
        grid.addWidget(self.suggest, 3, 1)
        grid.setColumnStretch(0, 1)
        self.show_them = QCheckBox(translate("Passphrase", "Show the passphrases"), self.form)
        self.show_them.toggled.connect(self._show)
        grid.addWidget(self.show_them, 6, 0, 1, 2)
        layout.addWidget(self.form)
        self.strength = QLabel("", self)
        self.strength.setWordWrap(True)
        set_role(self.strength, "note")
        self.strength.hide()
        layout.addWidget(self.strength)
        self.new.textChanged.connect(self._feedback)
        self.confirm.textChanged.connect(self._feedback)
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        set_role(self.problem, "error")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.done_note = QLabel("", self)
        self.done_note.setWordWrap(True)
        set_role(self.done_note, "subheading")
        self.done_note.hide()
        layout.addWidget(self.done_note)
        self.sheet_button = QPushButton(
            translate("Passphrase", "Save a recovery sheet to print…"), self
        )
        self.sheet_button.setAccessibleDescription(
            translate(
                "Passphrase",
                "A page to print and keep safe, with a space to write the passphrase by hand.",
            )
        )
        self.sheet_button.clicked.connect(self.save_recovery_sheet)
        self.sheet_button.hide()
        layout.addWidget(self.sheet_button)
        self.buttons = QDialogButtonBox(self)
        self.change_button = self.buttons.addButton(
            translate("Passphrase", "Change the passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setProperty("role", "primary")
        self.change_button.style().polish(self.change_button)
        self.change_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            translate("Passphrase", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        fit(self, 46)
        super().showEvent(event)
        if not self.changed:
            self.old.setFocus()

    # -- typing ---------------------------------------------------------------------------------
    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for field in (self.old, self.new, self.confirm):
            field.setEchoMode(mode)

    def _feedback(self) -> None:
        show_strength(self.strength, self.new, self.confirm)

    def suggest_passphrase(self) -> None:
        from ..services.passphrase import suggest_passphrase

        words = suggest_passphrase()
        self.new.setText(words)
        self.confirm.setText(words)
        self.show_them.setChecked(True)

    def has_changes(self) -> bool:
        return not self.changed and any(f.text() for f in (self.old, self.new, self.confirm))

    def clear(self) -> None:
        """Empty every passphrase box (their undo history too)."""
        for field in (self.old, self.new, self.confirm):
            field.setText("")

    def show_problem(self, message: str | None) -> None:
        self.problem.setText(("⚠ " + message) if message else "")
        self.problem.setVisible(bool(message))

    # -- changing -------------------------------------------------------------------------------
    def change(self) -> None:
        """Check what is typed, then change the passphrase in the background."""
        if self.changed:
            self.accept()
            return
        if not self.old.text():
            self.show_problem(translate("Passphrase", "Type the passphrase the plan has now."))
            self.old.setFocus()
            return
        problem = passphrase_feedback(self.new.text(), self.confirm.text())
        if problem:
            self.show_problem(problem)
            self.new.setFocus()
            return
        if self.new.text() == self.old.text():
            self.show_problem(translate("Passphrase", "The new passphrase is the same as now."))
            self.new.setFocus()
            return
        self.show_problem(None)
        old, new = self.old.text(), self.new.text()
        session = self.session

        def work(_task: Task) -> list[str]:
            before = len(session.notices)
            session.change_passphrase(old, new)
            return [str(n) for n in session.notices[before:]]

        self.change_button.setEnabled(False)
        progress = translate("Passphrase", "Changing the passphrase of the plan and its backups…")
        run_operation(self, work, done=self._changed, failed=self._failed, progress=progress)

    def _failed(self, exc: BaseException) -> None:
        self.change_button.setEnabled(True)
        message = exc.message if isinstance(exc, PHBError) else translate(
            "Passphrase", "The passphrase could not be changed. The old one still opens the plan."
        )  # fmt: skip
        self.show_problem(message)
        self.old.setText("")
        self.old.setFocus()

    def _changed(self, notices: list[str]) -> None:
        self.changed = True
        self.clear()
        self.form.hide()
        self.strength.hide()
        self.intro.hide()
        count = len(self.session.list_backups())
        text = translate(
            "Passphrase",
            "The passphrase is changed. The plan and its {count} backups now open with the new "
            "passphrase only.",
        ).format(count=count)
        if notices:
            text += " " + " ".join(notices)
        self.done_note.setText("✓ " + text)
        self.done_note.show()
        self.sheet_button.show()
        self.change_button.setText(translate("Passphrase", "Done"))
        self.change_button.setEnabled(True)
        self.cancel_button.hide()
        self.sheet_button.setFocus()

    def save_recovery_sheet(self) -> None:
        """The recovery sheet again (a PDF with a space to write the new passphrase by hand)."""
        from .filedialogs import ask_save_path

        plan = Path(str(self.session.path))
        start = plan.with_name(plan.stem + "-recovery-sheet.pdf")
        target = ask_save_path(
            self,
            translate("Passphrase", "Save the recovery sheet"),
            str(start),
            translate("Passphrase", "PDF documents (*.pdf)"),
        )
        if not target:
            return
        person = self.session.plan.person
        name = person.preferred_name or person.name

        def work(_task: Task) -> Path:
            from ..services.exports import export_recovery_sheet

            return export_recovery_sheet(name, plan.name, Path(target))

        def done(path: Path) -> None:
            from .supporter import note_saved

            note_saved(path)
            self.done_note.setText(
                self.done_note.text()
                + "\n"
                + translate(
                    "Passphrase",
                    "Saved {file}. Print it, write the new passphrase on it by hand, and keep it "
                    "somewhere safe, away from the computer.",
                ).format(file=Path(path).name)
            )

        run_operation(
            self, work, done=done,
            progress=translate("Passphrase", "Making the recovery sheet…"),
            failure_text=translate(
                "Passphrase", "The recovery sheet could not be saved there. Try another folder."
            ),
        )  # fmt: skip


def forget_remembered(parent: QWidget, path: Path) -> bool:
    """Ask, then take the remembered passphrase of ``path`` out of this computer's keyring."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Passphrase", "Forget the passphrase?"))
    box.setText(
        translate(
            "Passphrase",
            "Forget the passphrase of {file} on this computer? The plan will ask for it every "
            "time it is opened or unlocked. The passphrase itself does not change.",
        ).format(file=path.name)
    )
    forget = box.addButton(
        translate("Passphrase", "Forget it"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(translate("Passphrase", "Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    if box.clickedButton() is not forget:
        return False
    from ..services.files import forget_passphrase

    forget_passphrase(path)
    explain = QMessageBox(parent)
    explain.setWindowTitle(translate("Passphrase", "Forgotten"))
    explain.setText(
        translate("Passphrase", "The passphrase is no longer remembered on this computer.")
    )
    explain.addButton(translate("Passphrase", "OK"), QMessageBox.ButtonRole.AcceptRole)
    explain.exec()
    return True
