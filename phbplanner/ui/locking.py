"""Locking an open plan in the window, and unlocking it again.

The plan locks after a while without keyboard or mouse input (:mod:`.idle`; the time is a
setting), when the computer's session locks or the machine suspends (D-Bus, where there is
one), and from File › Lock now (Ctrl+L). Locking:

1. waits for background work (a PDF being made, a recovery sheet) to finish — nothing is cut
   short — while the window stays as it is;
2. saves what is typed in fields that can be saved (as leaving a field does); a value that
   cannot be saved yet stays typed in its field;
3. parks open dialogs that hold typed work (:func:`.drafts.park`: hidden with what is in them,
   shown again after unlocking) and closes any other dialog, menu or message;
4. takes the plan's workspaces out of the window altogether (hidden, kept aside so every typed
   value and the place in the plan come back) and shows the lock screen, which holds only the
   file's name; status messages and undo texts, which can name people, are cleared, and
   personal text the program copied is taken off the clipboard;
5. drops the key from memory in the background (``PlanSession.lock``: a backup in progress
   finishes first; the engine and its connections are disposed; the lock on the file is kept).

Unlocking takes the passphrase (or the one remembered in the keyring) in the background, then
puts everything back as it was. "Close the plan" on the lock screen closes it without the key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from ..domain.errors import PHBError
from ..domain.text import translate
from . import settings as store
from .drafts import DraftDialog, park, parking
from .idle import IdleWatcher, SessionWatcher
from .lockscreen import ASKED, IDLE, SYSTEM, LockScreen, reason_text
from .operations import Task, live_operations, run_operation

if TYPE_CHECKING:
    from .window import MainWindow

OPEN, WAITING, LOCKED = "open", "waiting", "locked"


class Locker(QObject):
    """The lock of one main window (see the module's description)."""

    changed = Signal(bool)  # True once locked, False once open again

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.state = OPEN
        self.screen: LockScreen | None = None
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(lambda: self.request_lock(IDLE))
        self.system = SessionWatcher(self)
        self.system.lock_requested.connect(lambda: self.request_lock(SYSTEM))
        self._focus: QWidget | None = None
        self._why = ASKED
        self._key_dropped = False
        self._unlocking = False
        #: whether the open plan's passphrase is remembered in this computer's keyring
        self.remembered = False

    @property
    def locked(self) -> bool:
        """True from the moment locking starts until the plan is open to use again."""
        return self.state != OPEN

    @property
    def minutes(self) -> int | None:
        """Minutes without use before the plan locks, in this window's mode (None: never)."""
        return store.lock_minutes(self.window.supporter)

    # -- when a plan opens and closes ---------------------------------------------------------
    def plan_opened(self) -> None:
        """Start watching for idleness with the time chosen in Settings."""
        self.apply_settings()

    def apply_settings(self) -> None:
        """Use the time chosen in Settings (again)."""
        minutes = self.minutes
        open_plan = self.window.session is not None
        self.idle.set_timeout(minutes * 60_000 if minutes and open_plan else None)

    def plan_closed(self) -> None:
        """The plan is closed: stop watching, and take the lock screen away."""
        self.idle.set_timeout(None)
        self.state = OPEN
        self._key_dropped = False
        self._drop_screen()
        if parking.locked:
            parking.release(closed=True)

    # -- locking -----------------------------------------------------------------------------
    def request_lock(self, why: str = ASKED) -> None:
        """Lock the open plan once background work has finished (nothing happens without one)."""
        if self.window.session is None or self.state != OPEN:
            return
        self.state = WAITING
        self._why = why
        self._when_quiet()

    def _when_quiet(self) -> None:
        if self.state != WAITING or self.window.session is None:
            return
        if live_operations():
            QTimer.singleShot(100, self._when_quiet)  # a PDF or a sheet is still being made
            return
        self._lock_now()

    def _lock_now(self) -> None:
        window = self.window
        if window.controller is not None:
            window.controller.flush()  # typed text that can be saved is saved, as on leaving
        parked = self._put_away_windows()
        focus = QApplication.focusWidget()
        view = window.plan_view
        self._focus = focus if focus and view and view.isAncestorOf(focus) else None
        if view is not None:  # out of the window altogether, kept aside as it is
            window.stack.removeWidget(view)
            view.hide()
            view.setParent(None)
        self.state = LOCKED
        self._key_dropped = False
        self.remembered = False  # known once the key is dropped (asked off the GUI thread)
        self.screen = LockScreen(
            window.plan_file_name(),
            reason=reason_text(self._why, self.minutes),
            remembered=False,
            parked=parked,
        )
        self.screen.unlock_requested.connect(self.unlock)
        self.screen.close_requested.connect(window.close_plan)
        window.stack.addWidget(self.screen)
        window.stack.setCurrentWidget(self.screen)
        window.locked_chrome()
        self.screen.set_busy(translate("Lock", "Locking…"))
        self.changed.emit(True)
        session = window.session
        assert session is not None
        run_operation(
            self,  # not the screen: a language change makes a new one meanwhile
            lambda _task: self._drop_key(session),
            done=self._locked,
            failed=self._lock_failed,
        )

    @staticmethod
    def _drop_key(session: Any) -> bool:
        session.lock()
        if getattr(session, "supporter", True):
            return False
        from ..services.files import remembered_passphrase  # asked off the GUI thread

        return remembered_passphrase(session.path) is not None

    def _put_away_windows(self) -> bool:
        """Park dialogs holding typed work, close the rest; True when something was parked."""
        parking.lock()
        parked = False
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            next_popup = QApplication.activePopupWidget()
            if next_popup is popup:
                break
            popup = next_popup
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible() or not self._ours(widget):
                continue
            if isinstance(widget, DraftDialog):
                park(widget)
                parked = True
            elif isinstance(widget, QDialog):
                widget.reject()
                if widget.isVisible():
                    widget.hide()
            else:
                widget.close()
        return parked

    def _ours(self, widget: QWidget) -> bool:
        """A window of this main window's (a dialog, a message), or of nobody's but not
        another main window."""
        parent = widget.parentWidget()
        if parent is None:
            return not isinstance(widget, QMainWindow)
        while parent is not None:
            if parent is self.window:
                return True
            parent = parent.parentWidget()
        return False

    def _locked(self, remembered: bool) -> None:
        self._key_dropped = True
        self.remembered = remembered
        if self.screen is not None:
            self.screen.set_busy(None)
            if remembered:
                self.screen.remembered = True
                for widget in (
                    self.screen.passphrase_label,
                    self.screen.passphrase,
                    self.screen.show_it,
                ):
                    widget.hide()
                self.screen.remembered_note.show()
                self.screen.setFocusProxy(self.screen.unlock_button)
            self.screen.setFocus(Qt.FocusReason.OtherFocusReason)

    def _lock_failed(self, exc: BaseException) -> None:
        # The screen stays (nothing of the plan shows); unlocking still checks the passphrase.
        self._key_dropped = True  # as far as it goes: the screen is ready for the passphrase
        if self.screen is not None:
            self.screen.set_busy(None)
            message = exc.message if isinstance(exc, PHBError) else type(exc).__name__
            self.screen.show_problem(message)

    def retranslate(self) -> None:
        """Make the lock screen again in the language now installed (it holds nothing typed)."""
        old = self.screen
        if old is None:
            return
        screen = LockScreen(
            self.window.plan_file_name(),
            reason=reason_text(self._why, self.minutes),
            remembered=old.remembered,
            parked=not old.parked_note.isHidden(),
        )
        screen.set_busy(translate("Lock", "Unlocking…") if self._unlocking else None)
        screen.unlock_requested.connect(self.unlock)
        screen.close_requested.connect(self.window.close_plan)
        self._drop_screen()
        self.screen = screen
        self.window.stack.addWidget(screen)
        self.window.stack.setCurrentWidget(screen)
        if not self._key_dropped:
            screen.set_busy(translate("Lock", "Locking…"))
        screen.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- unlocking ---------------------------------------------------------------------------
    def unlock(self, passphrase: str | None) -> None:
        """Take the key again (``None``: the one remembered), then show the plan as it was."""
        session: Any = self.window.session
        screen = self.screen
        if session is None or screen is None or self.state != LOCKED or self._unlocking:
            return
        self._unlocking = True
        screen.set_busy(translate("Lock", "Unlocking…"))

        def work(_task: Task) -> None:
            session.unlock(passphrase)

        # only the work holds the passphrase, until it has run (then nothing does)
        run_operation(self, work, done=lambda _none: self._unlocked(), failed=self._refused)

    def _refused(self, exc: BaseException) -> None:
        self._unlocking = False
        screen = self.screen
        if screen is None:
            return
        screen.set_busy(None)
        if screen.remembered:
            screen.forget_remembered()  # the keyring's did not open it: ask for the passphrase
        message = exc.message if isinstance(exc, PHBError) else translate(
            "Lock", "The plan could not be unlocked. Please try again."
        )  # fmt: skip
        screen.show_problem(message)

    def _unlocked(self) -> None:
        self._unlocking = False
        window = self.window
        if window.session is None:  # closed meanwhile
            return
        self._drop_screen()
        view = window.plan_view
        if view is not None:
            window.stack.addWidget(view)
            window.stack.setCurrentWidget(view)
            view.show()
        self.state = OPEN
        self._key_dropped = False
        window.unlocked_chrome()
        focus = self._focus
        self._focus = None
        if focus is not None and shiboken6.isValid(focus):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        elif view is not None:
            view.focus_workspace()
        self.idle.touch()
        parking.release(closed=False)  # parked dialogs come back, as they were
        self.changed.emit(False)

    def _drop_screen(self) -> None:
        screen, self.screen = self.screen, None
        if screen is not None and shiboken6.isValid(screen):
            self.window.stack.removeWidget(screen)
            screen.hide()
            screen.deleteLater()

    # -- closing while locked ----------------------------------------------------------------
    def after_parked_dialogs(self, then: Any) -> bool:
        """When dialogs are parked, let them end (as cancelled) and call ``then`` once they
        have; True when ``then`` was deferred like this."""
        if not parking.waiting:
            return False
        parking.release(closed=True)

        def again() -> None:
            if parking.waiting:
                QTimer.singleShot(20, again)
            else:
                then()

        QTimer.singleShot(0, again)
        return True
