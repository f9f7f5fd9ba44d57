"""Choosing a file to open or save without leaving a trace of where it was.

Qt's file dialog remembers the folders it visited in ``QtProject.conf`` in the user's settings
folder (and the platform's own dialogs keep "recent files" lists of their own). A volunteer's
laptop must keep no trace of where a person's plan lives, so every file dialog here is Qt's own
(the same on every system, translated with the program) and, once it has closed, what it saved
about folders is removed again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

#: What Qt's file dialog writes about the folders it saw (in the group "FileDialog").
REMEMBERED = ("history", "lastVisited")


def forget_file_dialog_folders() -> None:
    """Remove the folders Qt's file dialog remembered (in every mode: nothing here needs them)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in REMEMBERED:
        settings.remove(key)
    settings.endGroup()
    settings.sync()


def _ask(parent: QWidget | None, dialog: QFileDialog) -> str | None:
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setObjectName("phb_file_dialog")
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return None
        files = dialog.selectedFiles()
        return files[0] if files else None
    finally:
        shiboken6.delete(dialog)  # Qt writes its settings as it is destroyed: do that now…
        forget_file_dialog_folders()  # …and take the folders out again


def ask_save_path(parent: QWidget | None, title: str, start: str, filters: str) -> str | None:
    """Ask where to save: ``start`` is the suggested folder and name; ``None`` if cancelled."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(start)
    return _ask(parent, dialog)


def ask_open_path(parent: QWidget | None, title: str, start: str, filters: str) -> str | None:
    """Ask for an existing file, starting in folder ``start``; ``None`` if cancelled."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _ask(parent, dialog)


def name_for_file(person: Any) -> str:
    """The person's name as the start of a file name (anything but letters, digits, spaces,
    ``-`` and ``_`` made ``_``), or "plan" without one. Not for supporter mode: there a file
    name says nothing of the person."""
    name = person.preferred_name or person.name or "plan"
    return "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip()


def start_folder(session: Any) -> Path:
    """Where a save dialog starts: the plan's own folder in supporter mode (the person's
    drive, not the helper's computer), else home."""
    if session.supporter:
        return Path(str(session.path)).parent
    return Path.home()
