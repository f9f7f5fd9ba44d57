"""Supporter mode ("I am helping someone"): a banner while it is on, where backups go, and
"Finish and close".

In supporter mode a volunteer opens or creates a person's plan on the volunteer's own laptop and
nothing about it is remembered there: no recent-files entry, no keyring entry, no settings
naming the plan, no backups in this computer's data folder, Qt's file dialog keeps no folders,
PDFs are offered in the plan's own folder under a neutral name and are not opened in other
programs (which keep lists of recent files). The banner says so the whole time. Backups go next
to the plan file (on the person's USB stick) or nowhere — chosen in the banner before a plan is
opened. "Finish and close" closes the plan, takes personal text off the clipboard, and says what
was left where.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.text import translate
from .flow import FlowLayout
from .theme import set_role

if TYPE_CHECKING:
    from .window import MainWindow

#: Where backups go in supporter mode (``services.keeper.BackupPlace``'s values).
BESIDE, NONE = "beside", "none"

#: Files the person asked to save during this session (PDFs, recovery sheets), for the summary.
_saved: list[Path] = []


def note_saved(path: Path) -> None:
    """Remember that a file was saved for the person (named in "Finish and close")."""
    _saved.append(Path(path))


def saved_this_session() -> list[Path]:
    """The files saved since the last "Finish and close" (or the start)."""
    return list(_saved)


class SupporterBanner(QFrame):
    """Shown at the top of the window for as long as supporter mode is on."""

    finish_requested = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supporter_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.setSpacing(2)
        top = QHBoxLayout()  # what the mode is (and where backups go), and its button
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(self.title, 1)
        self.finish_button = QPushButton(self)
        self.finish_button.setProperty("role", "primary")
        self.finish_button.clicked.connect(self.finish_requested)
        self.leave_button = QPushButton(self)
        self.leave_button.clicked.connect(self.leave_requested)
        top.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(top)
        choices = FlowLayout()  # the choice, before a plan is opened
        self.choice_label = QLabel(self)
        self.beside = QRadioButton(self)
        self.none = QRadioButton(self)
        self.beside.setChecked(True)
        choices.addWidget(self.choice_label)
        choices.addWidget(self.beside)
        choices.addWidget(self.none)
        layout.addLayout(choices)
        #: where backups go, in words, once a plan is open ("" before)
        self.chosen = ""
        self.retranslate()
        self.set_plan_open(False)

    def retranslate(self) -> None:
        """Set the words in the language now installed."""
        self.choice_label.setText(translate("Supporter", "Backups while helping:"))
        self.beside.setText(
            translate(
                "Supporter", "Keep them next to the plan file (for example on their USB stick)"
            )
        )
        self.none.setText(translate("Supporter", "Make no backups"))
        self.finish_button.setText(translate("Supporter", "Finish and close"))
        self.finish_button.setAccessibleDescription(
            translate("Supporter", "Close the plan and see what was left where.")
        )
        self.leave_button.setText(translate("Supporter", "Leave supporter mode"))
        self._describe()

    def backup_place(self) -> str:
        """Where backups go for the plan opened next: ``"beside"`` or ``"none"`` (the values of
        ``services.keeper.BackupPlace``, not imported here: the start screen loads no storage)."""
        return BESIDE if self.beside.isChecked() else NONE

    def set_plan_open(self, open_: bool, place: object = None) -> None:
        """A plan is open (the choice is fixed and shown in words) or not (it can be made)."""
        for widget in (self.choice_label, self.beside, self.none):
            widget.setVisible(not open_)
        self.finish_button.setVisible(open_)
        self.leave_button.setVisible(not open_)
        self._place = str(place) if open_ and place is not None else None
        self._describe()

    def _describe(self) -> None:
        place = getattr(self, "_place", None)
        if place == BESIDE:
            self.chosen = translate(
                "Supporter", "Backups are kept next to the plan file, in “PHB Planner backups”."
            )
        elif place == NONE:
            self.chosen = translate("Supporter", "No backups are being made.")
        else:
            self.chosen = ""
        mode = translate(
            "Supporter", "Supporter mode: nothing about this plan is remembered on this computer."
        )
        self.title.setText(f"<b>{html.escape(mode)}</b> {html.escape(self.chosen)}")
        self.title.setAccessibleName(f"{mode} {self.chosen}".strip())


def left_where(window: MainWindow) -> list[str]:
    """What this session leaves where, in sentences (asked before the plan closes)."""
    session: Any = window.session
    lines: list[str] = []
    if session is not None and window.example_dir is None:
        path = Path(str(session.path))
        lines.append(
            translate("Supporter", "The plan file: {file} (in {folder}).").format(
                file=path.name, folder=path.parent
            )
        )
        folder = session.backup_folder
        if folder is None:
            lines.append(translate("Supporter", "No backups were made (you chose none)."))
        else:
            count = len(session.list_backups())
            lines.append(
                translate("Supporter", "Backups: {count} in {folder}.").format(
                    count=count, folder=folder
                )
            )
    for saved in saved_this_session():
        if saved.exists():
            lines.append(translate("Supporter", "Saved for them: {file}.").format(file=saved))
    lines.append(
        translate(
            "Supporter",
            "Nothing about this plan is left on this computer. There is no recent-files entry, no "
            "remembered passphrase and no backups. No settings name it, and no file dialog "
            "remembers its folder. Anything copied from the plan has been taken off the "
            "clipboard.",
        )
    )
    return lines


def finish(window: MainWindow) -> None:
    """Close the plan completely and say what was left where."""
    if window.session is None or window.locker.locked:
        return
    lines = left_where(window)
    window.close_plan()
    from .filedialogs import forget_file_dialog_folders

    forget_file_dialog_folders()
    _saved.clear()
    dialog = FinishedDialog(lines, window)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


class FinishedDialog(QDialog):
    """What a finished supporter session left, and where."""

    def __init__(self, lines: list[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("supporter_finished")
        self.setWindowTitle(translate("Supporter", "Finished"))
        layout = QVBoxLayout(self)
        heading = QLabel(translate("Supporter", "The plan is closed."), self)
        set_role(heading, "heading")
        layout.addWidget(heading)
        intro = QLabel(translate("Supporter", "This is what was left, and where:"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.lines = QLabel("\n".join("• " + line for line in lines), self)
        self.lines.setWordWrap(True)
        self.lines.setAccessibleName(intro.text())
        layout.addWidget(self.lines)
        buttons = QDialogButtonBox(self)
        done = buttons.addButton(
            translate("Supporter", "Done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        done.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        from .dialog_size import fit

        fit(self, 50)
        super().showEvent(event)
