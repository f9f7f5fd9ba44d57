"""The window's privacy slots (File and Edit menus): they hand over to their own modules.

Kept apart from ``window.py`` so the window stays a layout of the start screen and the plan; a
:class:`PrivacyActions` is mixed into :class:`~.window.MainWindow`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.text import translate

if TYPE_CHECKING:
    from .window import MainWindow


class PrivacyActions:
    """History, backups, the passphrase, settings and finishing supporter mode."""

    def _me(self) -> MainWindow:
        return self  # type: ignore[return-value]

    def _open_session(self) -> Any:
        window = self._me()
        if window.session is None or window.controller is None or window.locker.locked:
            return None
        window.controller.flush()
        return window.session

    def show_history(self) -> None:
        """File › What changed…: the file's history, filtered by date and part."""
        session = self._open_session()
        if session is None:
            return
        from .history_view import HistoryDialog

        dialog = HistoryDialog(session, self._me())
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def show_backups(self) -> None:
        """File › Backups…: this plan's backups; make one, or restore one."""
        session = self._open_session()
        if session is None:
            return
        from .backups_dialog import BackupsDialog

        window = self._me()
        dialog = BackupsDialog(session, window, remembered=window.remembered)
        dialog.restored.connect(window.plan_restored)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def plan_restored(self) -> None:
        """A backup was put in place of the open plan: the undo steps belong to the old one."""
        window = self._me()
        if window.controller is not None:
            window.controller.undo_stack.clear()
        window._update_actions()

    def change_passphrase(self) -> None:
        """File › Change the passphrase…"""
        session = self._open_session()
        if session is None:
            return
        from .passphrase_dialog import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(session, self._me())
        try:
            dialog.exec()
        finally:
            dialog.clear()
            dialog.deleteLater()

    def forget_passphrase(self) -> None:
        """File › Forget the passphrase on this computer…"""
        session = self._open_session()
        if session is None:
            return
        from .passphrase_dialog import forget_remembered

        window = self._me()
        if forget_remembered(window, Path(str(session.path))):
            window.remembered = False
            window._update_actions()

    def _look_up_remembered(self) -> None:
        """Find out (off the GUI thread) whether the open plan's passphrase is remembered."""
        window = self._me()
        window.remembered = False
        session = window.session
        if session is None or window.supporter or window.example_dir is not None:
            window._update_actions()
            return
        from .operations import Task, run_operation

        path = Path(str(session.path))

        def work(_task: Task) -> bool:
            from ..services.files import remembered_passphrase

            return remembered_passphrase(path) is not None

        def done(found: bool) -> None:
            if window.session is session:
                window.remembered = found
                window._update_actions()

        run_operation(window, work, done=done, failed=lambda _exc: None)

    def show_settings(self) -> None:
        """Edit › Settings…: how soon the plan locks."""
        from .privacy_settings import SettingsDialog

        window = self._me()
        dialog = SettingsDialog(window, supporter=window.supporter)
        try:
            if dialog.exec():
                window.locker.apply_settings()
                window.statusBar().showMessage(translate("Window", "Settings saved"), 4000)
        finally:
            dialog.deleteLater()

    def finish_supporting(self) -> None:
        """File › Finish and close (supporter mode): close everything and say what was left."""
        from .supporter import finish

        finish(self._me())

    def plan_file_name(self) -> str:
        """The open plan's file name (what the title and the lock screen show), "" for none."""
        window = self._me()
        if window.session is None:
            return ""
        if window.example_dir is not None:
            return translate("Window", "Example plan")
        return Path(str(window.session.path)).name

    def set_supporter(self, on: bool) -> None:
        """Turn supporter mode on ("I am helping someone") or off, while no plan is open."""
        window = self._me()
        if window.session is not None or on == window.supporter:
            return
        window.supporter = on
        window.banner.setVisible(on)
        window._replace_start(None)
        window.stack.setCurrentWidget(window.start)
        window.locker.apply_settings()
        window._update_actions()
        if on:
            window.statusBar().showMessage(
                translate("Window", "Supporter mode is on: nothing about the plan is kept here."),
                8000,
            )

    def backup_place(self) -> str | None:
        """Where the next plan's backups go: the banner's choice in supporter mode."""
        window = self._me()
        return window.banner.backup_place() if window.supporter else None

    def locked_chrome(self) -> None:
        """The window around a lock screen: nothing that could name anyone."""
        window = self._me()
        window.saved_label.setText(translate("Window", "Locked"))
        window.statusBar().clearMessage()
        window.clipboard_guard.clear_now()
        window._update_actions()
        window._update_title()

    def unlocked_chrome(self) -> None:
        """The window around the plan again, after unlocking."""
        window = self._me()
        if window.session is not None and window.session.read_only:
            window.saved_label.setText(
                "⚠ " + translate("Window", "Read only: changes are not saved")
            )
        else:
            window.saved_label.setText("✓ " + translate("Window", "All changes saved"))
        if window._rebuild_when_unlocked:
            window._rebuild_when_unlocked = False
            window.rebuild()
        window._update_actions()
        window._update_title()
        window.statusBar().showMessage(translate("Window", "Unlocked"), 4000)
