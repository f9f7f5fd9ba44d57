"""Telling the person when the background check finds damage, or an automatic backup fails.

After a plan opens, a worker thread checks every page of the file and makes backups when enough
has changed (``services/keeper.py``); it notes what went wrong in ``session.file_problem`` and
``session.backup_problem`` and carries on. Nobody would know unless the window says so: this
watcher looks every couple of seconds while a plan is open (reading two attributes; the worker
is never waited for) and says each new problem once — damage in a calm box that offers the
backups, a failed backup in the status bar for a minute and in the saved-state line until a
backup works again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from ..domain.text import translate

if TYPE_CHECKING:
    from .window import MainWindow

#: How often the watcher looks, in milliseconds.
INTERVAL_MS = 2000


class FileHealth(QObject):
    """Watches the open plan's background check and backups for ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: Any = None
        self._said: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.look)
        #: the damage box while it is shown (tests answer it)
        self.box: QMessageBox | None = None

    def watch(self, session: Any) -> None:
        """Start watching a plan that has just opened."""
        self.session = session
        self._said.clear()
        self.timer.start()

    def stop(self) -> None:
        """The plan closed: stop looking, forget what was said."""
        self.timer.stop()
        self.session = None
        self._said.clear()

    def look(self) -> None:
        """Say any problem the background work found since the last look."""
        session = self.session
        if session is None or self.window.locker.locked:
            return  # (said after unlocking: nothing of the plan shows on the lock screen)
        damage = getattr(session, "file_problem", None)
        if damage and damage not in self._said:
            self._said.add(damage)
            self._say_damage(damage)
        failed = getattr(session, "backup_problem", None)
        if failed and failed not in self._said:
            self._said.add(failed)
            message = translate(
                "FileHealth",
                "The automatic backup could not be made: {why} Your changes are still saved in "
                "the plan file. File › Backups… makes one by hand.",
            ).format(why=failed)
            self.window.statusBar().showMessage(message, 60000)

    def _say_damage(self, damage: str) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("file_damage")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("FileHealth", "The plan file needs attention"))
        box.setText(damage)
        backups = box.addButton(
            translate("FileHealth", "Show the &backups…"), QMessageBox.ButtonRole.AcceptRole
        )
        later = box.addButton(translate("FileHealth", "&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(backups)
        box.setEscapeButton(later)
        self.box = box
        try:
            box.exec()
        finally:
            self.box = None
            box.deleteLater()
        if box.clickedButton() is backups:
            self.window.show_backups()
