"""The main window: the start screen or an open plan's workspaces, menus, status bar."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import PHBError
from ..domain.text import translate
from . import settings as store
from .clipboard import ClipboardGuard
from .i18n import install_translations
from .locking import Locker
from .menus import WindowActions
from .operations import Task, run_operation
from .privacy_menu import PrivacyActions
from .start import StartScreen
from .supporter import SupporterBanner
from .theme import apply_text_scale, next_scale, refine_theme

if TYPE_CHECKING:  # the controller, the plan model and the workspaces load when a plan opens
    from .controller import PlanController, SessionLike
    from .journey import Journey
    from .planview import PlanView


def _author() -> str:
    import getpass

    try:
        return getpass.getuser() or "me"
    except Exception:  # no user name on this system
        return "me"


def _close_quietly(session: Any) -> None:
    """Close a session nobody is waiting for any more (its window has gone)."""
    with contextlib.suppress(Exception):  # nothing more can be done for it
        session.close()


class MainWindow(PrivacyActions, QMainWindow):
    """One window: the start screen first, then the open plan's workspaces."""

    plan_opened = Signal()
    open_failed = Signal(str)

    def __init__(self, *, supporter: bool = False, text_scale: int | None = None) -> None:
        super().__init__()
        self.supporter = supporter
        self.remember_scale = text_scale is None
        self.scale = text_scale if text_scale is not None else store.text_scale()
        self._wanted_scale: int | None = None
        self.session: SessionLike | None = None
        self.controller: PlanController | None = None
        self.plan_view: PlanView | None = None
        self.example_dir: Path | None = None
        self.keyring: tuple[bool, str] | None = None
        self.setMinimumSize(800, 560)
        self.resize(1200, 800)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banner = SupporterBanner(central)  # shown for as long as supporter mode is on
        self.banner.setVisible(supporter)
        self.banner.finish_requested.connect(self.finish_supporting)
        self.banner.leave_requested.connect(lambda: self.set_supporter(False))
        column.addWidget(self.banner)
        self.stack = QStackedWidget(central)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.start = self._make_start()
        self.start.focus_first()  # where the keyboard starts once the window shows
        self.menu_actions = WindowActions(self)
        self.locker = Locker(self)
        self.clipboard_guard = ClipboardGuard(self)
        self.clipboard_guard.note.connect(lambda text: self.statusBar().showMessage(text, 8000))
        #: a remembered passphrase for the open plan (looked up off the GUI thread on opening)
        self.remembered = False
        self._rebuild_when_unlocked = False
        self._retranslate()
        self._update_actions()
        QTimer.singleShot(200, self._warm_up)

    # -- building -----------------------------------------------------------------------------
    def _make_start(self, keep: dict[str, Any] | None = None) -> StartScreen:
        """A new start screen (holding nothing of anyone's, unless ``keep`` says what to keep)."""
        start = StartScreen(supporter=self.supporter, keyring=self.keyring)
        start.create_requested.connect(self.create_plan)
        start.open_requested.connect(lambda path: self.open_plan(path))
        start.example_requested.connect(self.open_example)
        start.supporter_requested.connect(lambda: self.set_supporter(True))
        start.set_recent([] if self.supporter else store.recent_plans())
        if keep:
            start.restore_typed(keep)
        self.stack.addWidget(start)
        return start

    def _replace_start(self, keep: dict[str, Any] | None = None) -> None:
        old = self.start
        showing = self.stack.currentWidget() is old
        self.start = self._make_start(keep)
        if showing:
            _let_go_of_focus()
            self.stack.setCurrentWidget(self.start)
            self.start.focus_first()
        self.stack.removeWidget(old)
        old.clear_typed()
        old.deleteLater()

    @property
    def journey(self) -> Journey:
        """The "My plan" workspace (the journey) of the open plan."""
        assert self.plan_view is not None, "no plan is open"
        widget = self.plan_view.widget("plan")
        return widget  # type: ignore[return-value]

    def _update_actions(self) -> None:
        a = self.menu_actions
        locked = self.locker.locked
        stack = self.controller.undo_stack if self.controller and not locked else None
        a.undo.setEnabled(bool(stack and stack.canUndo()))
        a.redo.setEnabled(bool(stack and stack.canRedo()))
        a.close.setEnabled(self.controller is not None)
        usable = self.controller is not None and not locked
        writable = usable and self.session is not None and not self.session.read_only
        for action in (a.export, a.versions, a.lock, a.history, a.backups):
            action.setEnabled(usable)
        a.passphrase.setEnabled(writable)
        a.forget.setEnabled(usable and self.remembered)
        a.forget.setVisible(not self.supporter)
        a.finish.setVisible(self.supporter)
        a.finish.setEnabled(usable)  # while locked: "Close the plan" on the lock screen
        self.banner.finish_button.setEnabled(usable)
        signoff = self.journey.signoff if self.plan_view is not None and usable else None
        a.agree.setEnabled(bool(signoff and signoff.agree_button.isEnabled()))
        # (undo texts can name people: nothing of them is kept once the plan is closed or locked)
        a.undo.setStatusTip(stack.undoText() if stack else "")
        a.redo.setStatusTip(stack.redoText() if stack else "")
        view = self.plan_view
        for key, action in a.workspace_actions.items():
            action.setEnabled(view is not None and usable and view.is_offered(key))
        on_steps = view is not None and view.current_key() == "plan"
        for action in (a.next_step, a.previous_step, a.steps):
            action.setEnabled(on_steps)

    @property
    def agree_action(self) -> Any:
        return self.menu_actions.agree

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(translate("Window", "PHB Planner"))
            self.saved_label.setText("")
            return
        name = self.plan_file_name()
        self.setWindowTitle(
            translate("Window", "{file} – PHB Planner – {state}").format(
                file=name, state=self.saved_label.text()
            )
        )

    def _retranslate(self) -> None:
        self.banner.retranslate()
        self.saved_label.setAccessibleName(translate("Window", "Save status"))
        self.menu_actions.retranslate()
        self._update_title()

    def _warm_up(self) -> None:
        """Load the storage code and ask about the keyring while the person reads."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and refine_theme(app, self.scale):
            self.start.update()

        def work(_task: Task) -> tuple[bool, str]:
            from ..services.files import keyring_status

            return keyring_status()

        def done(status: tuple[bool, str]) -> None:
            self.keyring = status
            self.start.set_keyring(*status)

        run_operation(self, work, done=done, failed=lambda _exc: None)

    # -- text size and language -----------------------------------------------------------
    def step_scale(self, step: int) -> None:
        """One text size larger (1) or smaller (-1); presses that come together make one update."""
        base = self._wanted_scale if self._wanted_scale is not None else self.scale
        wanted = next_scale(base, step)
        if self._wanted_scale is None:
            QTimer.singleShot(0, self._apply_wanted_scale)
        self._wanted_scale = wanted

    def _apply_wanted_scale(self) -> None:
        wanted, self._wanted_scale = self._wanted_scale, None
        if wanted is not None:
            self.set_scale(wanted)

    def set_scale(self, percent: int) -> None:
        """Show every text at ``percent`` of the normal size now (remembered unless told)."""
        self.scale = percent
        if self.remember_scale:
            store.set_text_scale(percent)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_text_scale(app, percent)
        if self.plan_view is not None:
            self.plan_view.text_scale_changed()
        self.statusBar().showMessage(
            translate("Window", "Text size {percent}%").format(percent=percent), 4000
        )

    def set_language(self, code: str) -> None:
        """Show the window in another language now (``""``: the system's), keeping everything."""
        store.set_language(code)
        app = QApplication.instance()
        assert app is not None
        install_translations(app, code)
        for action_code, action in self.menu_actions.languages.items():
            action.setChecked(action_code == code)
        self.rebuild()

    def rebuild(self) -> None:
        """Build every view again in the language now installed, keeping the open plan,
        the undo steps, what is typed on the start screen, the workspace and the step."""
        if self.locker.locked:  # the plan's views are rebuilt once it is unlocked
            self._rebuild_when_unlocked = True
            self._replace_start(self.start.typed())
            self.locker.retranslate()
            self._retranslate()
            self._update_actions()
            return
        if self.controller is not None:
            self.controller.flush()
        self._replace_start(self.start.typed())
        if self.controller is not None and self.plan_view is not None:
            state = self.plan_view.view_state()
            self._show_plan_view(state)
        self._retranslate()
        self._update_actions()

    # -- opening and creating -------------------------------------------------------------
    def show_error(self, message: str) -> None:
        """Show a storage problem on the start screen and in the status bar."""
        self.start.set_busy(None)
        self.start.show_banner(message)
        self.statusBar().showMessage(message, 15000)
        self.open_failed.emit(message)

    def _opened(self, session: SessionLike, path: str | None) -> None:
        self.start.set_busy(None)
        self.start.show_banner(None)
        self._replace_start(None)  # nothing typed there (a new plan's passphrase) stays
        if path and not self.supporter and self.example_dir is None:
            store.add_recent_plan(path)
        from .controller import PlanController
        from .wheel import install_wheel_guard

        install_wheel_guard()
        self.session = session
        self.controller = PlanController(session, self)
        self.controller.saved.connect(self._saved)
        self.controller.failed.connect(self._failed)
        self.controller.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self._show_plan_view(None)
        self._saved(translate("Window", "All changes saved"))
        notices = [str(n) for n in getattr(session, "notices", []) or []]
        if session.read_only:
            self.saved_label.setText("⚠ " + translate("Window", "Read only: changes are not saved"))
            self._update_title()
        if any(notices):
            self.statusBar().showMessage(" ".join(n for n in notices if n), 30000)
        self.banner.set_plan_open(True, getattr(session, "backup_place", None))
        self.locker.plan_opened()
        self._look_up_remembered()
        self.plan_opened.emit()

    def _show_plan_view(self, state: dict[str, Any] | None) -> None:
        """Show the open plan's workspaces (made again, at ``state``, after a language change)."""
        from .planview import PlanView
        from .workspaces import all_workspaces

        assert self.controller is not None
        old = self.plan_view
        workspaces = all_workspaces()
        self.plan_view = PlanView(self.controller, self, workspaces)
        self.plan_view.switched.connect(lambda _key: self._update_actions())
        self.menu_actions.set_workspaces(workspaces)
        self.stack.addWidget(self.plan_view)
        # The keyboard goes straight to the workspace: not first to whatever follows the screen
        # being hidden (a screen reader would read that out on the way).
        _let_go_of_focus()
        self.stack.setCurrentWidget(self.plan_view)
        if state:
            self.plan_view.restore_view_state(state)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self._update_actions()
        self.plan_view.focus_workspace()

    def go_to_workspace(self, key: str) -> None:
        """Show workspace ``key`` (Ctrl+1, Ctrl+2, …) and put the keyboard in it."""
        if self.plan_view is not None:
            self.plan_view.show_workspace(key, focus=True, announce=True)

    # -- the steps of the plan, and help ----------------------------------------------------
    def go_step(self, offset: int) -> None:
        """The next (1) or previous (-1) step of the plan (Alt+Right, Alt+Left)."""
        if self.plan_view is not None and self.plan_view.current_key() == "plan":
            self.journey.step(offset)

    def toggle_steps(self) -> None:
        """F6: the keyboard to the list of steps; from the list, back into the step's page."""
        if self.plan_view is None or self.plan_view.current_key() != "plan":
            return
        journey = self.journey
        if journey.steps.hasFocus():
            journey.focus_page()
        else:
            journey.focus_first(say=True)

    def show_keys(self) -> QDialog:
        """Help › Keys: every shortcut and the keys inside lists, tables and the circle."""
        from .keys import KeysDialog

        dialog = KeysDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> QDialog:
        """Help › About PHB Planner."""
        from .about_dialog import show_about

        return show_about(self)

    def _saved(self, text: str) -> None:
        self.saved_label.setText("✓ " + text)
        self._update_title()
        self._update_actions()

    def _failed(self, message: str) -> None:
        self.saved_label.setText("⚠ " + translate("Window", "Not saved"))
        self.statusBar().showMessage(message, 20000)
        self._update_title()
        self._update_actions()

    def _failure(self, exc: BaseException) -> None:
        if isinstance(exc, PHBError):
            self.show_error(exc.message)
        else:
            self.show_error(
                translate(
                    "Window",
                    "The plan could not be opened because of an unexpected problem. "
                    "The file has not been changed. Please try again.",
                )
            )

    def _start_opening(self, busy: str, work: Any, path: str | None, failed: Any) -> None:
        self.start.set_busy(busy)
        run_operation(
            self,
            work,
            done=lambda session: self._opened(session, path),
            failed=failed,
            discard=_close_quietly,
        )

    def create_plan(self, path: str, passphrase: str, name: str, remember: bool) -> None:
        from ..domain.plan import Person, Plan

        plan = Plan(person=Person(name=name))
        supporter, author, place = self.supporter, _author(), self.backup_place()

        def work(_task: Task) -> Any:
            from ..services.files import BackupPlace, create_plan_file

            return create_plan_file(
                Path(path), passphrase, plan, author=author,
                remember=remember and not supporter, supporter=supporter,
                backup_place=BackupPlace(place) if place else None,
            )  # fmt: skip

        self._start_opening(
            translate("Window", "Creating and locking your plan…"), work, path, self._failure
        )

    def open_plan(self, path: str, passphrase: str | None = None, *, ask: bool = True) -> None:
        """Open ``path``; without a passphrase, use the keyring or ask for one."""
        supporter, author = self.supporter, _author()
        remember = False
        if passphrase is None:
            from ..services.files import remembered_passphrase

            remembered = None if supporter else remembered_passphrase(Path(path))
            if remembered is None:
                if not ask:
                    return
                entered = self._ask_passphrase(path, "")
                if entered is None:
                    return
                passphrase, remember = entered
        self._open_with(path, passphrase, remember, supporter, author, ask)

    def _ask_passphrase(self, path: str, problem: str) -> tuple[str, bool] | None:
        from .dialogs import PassphraseDialog

        usable = bool(self.keyring and self.keyring[0]) and not self.supporter
        dialog = PassphraseDialog(Path(path).name, self, problem=problem, can_remember=usable)
        try:
            if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
                return None
            return dialog.passphrase.text(), dialog.remember.isChecked()
        finally:
            dialog.passphrase.clear()  # the dialog keeps nothing once it has been answered
            dialog.deleteLater()

    def _open_with(
        self, path: str, passphrase: str | None, remember: bool, supporter: bool, author: str,
        ask: bool,
    ) -> None:  # fmt: skip
        place = self.backup_place()

        def work(_task: Task) -> Any:
            from ..services.files import BackupPlace, open_plan_file

            session = open_plan_file(
                Path(path), passphrase, author=author, supporter=supporter,
                backup_place=BackupPlace(place) if place else None,
            )  # fmt: skip
            if remember and passphrase and not supporter:
                from ..services.files import remember_passphrase

                remember_passphrase(Path(path), passphrase)
            return session

        def failed(exc: BaseException) -> None:
            from ..services.files import WrongPassphraseError

            if ask and isinstance(exc, WrongPassphraseError):
                self.start.set_busy(None)
                entered = self._ask_passphrase(path, exc.message)
                if entered is not None:
                    self._open_with(path, entered[0], entered[1], supporter, author, ask)
                return
            self._failure(exc)

        self._start_opening(translate("Window", "Unlocking your plan…"), work, path, failed)

    def open_example(self) -> None:
        """Open the example plan in a temporary encrypted file that is deleted on close."""
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="phbplanner-example-"))
        self.example_dir = folder
        author = _author()

        def work(_task: Task) -> Any:
            from ..services.example import create_example

            return create_example(folder, author=author)

        def failed(exc: BaseException) -> None:
            self._drop_example()
            self._failure(exc)

        self._start_opening(translate("Window", "Opening the example plan…"), work, None, failed)

    def _drop_example(self) -> None:
        if self.example_dir is not None:
            import shutil

            shutil.rmtree(self.example_dir, ignore_errors=True)
            self.example_dir = None

    # -- closing and locking --------------------------------------------------------------
    def close_plan(self) -> None:
        """Save what is typed, close the file, and go back to a start screen holding nothing."""
        if self.locker.after_parked_dialogs(self.close_plan):
            return  # a dialog parked by the lock ends first (as cancelled); then this again
        if self.controller is not None:
            if not self.locker.locked:  # (a locked plan has saved what it could already)
                self.controller.flush()
            self.controller.detach()
        if self.session is not None:
            try:
                self.session.close()
            except PHBError as exc:
                self.statusBar().showMessage(exc.message, 15000)
        self.session = None
        if self.controller is not None:
            self.controller.deleteLater()
        self.controller = None
        self.menu_actions.set_workspaces([])
        self._drop_example()
        self.locker.plan_closed()
        self.clipboard_guard.clear_now()
        self.remembered = False
        self.banner.set_plan_open(False)
        # A new start screen: no name, path, passphrase or message of this plan stays on it.
        # It is shown (with the keyboard on it) before the plan's views go, so that nothing in
        # between takes the focus.
        _let_go_of_focus()
        self._replace_start(None)
        self.stack.setCurrentWidget(self.start)
        self.start.focus_first()
        if self.plan_view is not None:
            self.stack.removeWidget(self.plan_view)
            self.plan_view.deleteLater()
            self.plan_view = None
        self.statusBar().clearMessage()
        self._update_actions()
        self._update_title()

    def lock(self) -> None:
        """Lock the open plan now (File › Lock now, Ctrl+L): see ``ui/locking.py``."""
        from .lockscreen import ASKED

        self.locker.request_lock(ASKED)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locker.after_parked_dialogs(self.close):
            event.ignore()  # a dialog parked by the lock ends first; then the window closes
            return
        self.close_plan()
        self.clipboard_guard.clear_now()
        super().closeEvent(event)

    # -- sign-off ---------------------------------------------------------------------------
    def signoff(self, what: str) -> None:
        """Run one of the sign-off step's actions (export, agreement, versions) from the menu."""
        if self.plan_view is None or self.controller is None:
            return
        self.controller.flush()
        getattr(self.journey.signoff, what)()
        self._update_actions()

    # -- undo and redo across pages -------------------------------------------------------
    def undo(self) -> None:
        if self.controller is None:
            return
        self.controller.flush()
        self.controller.undo()

    def redo(self) -> None:
        if self.controller is None:
            return
        self.controller.flush()
        self.controller.redo()


def _let_go_of_focus() -> None:
    """Take the keyboard focus from the widget that has it (before the screen it is on goes)."""
    widget = QApplication.focusWidget()
    if widget is not None:
        widget.clearFocus()


def focus_chain(root: QWidget) -> list[QWidget]:
    """Every widget Tab reaches inside ``root``, in order."""
    first = root.nextInFocusChain()
    seen: list[QWidget] = []
    widget = first
    while widget is not None and widget is not root and widget not in seen:
        seen.append(widget)
        widget = widget.nextInFocusChain()
    return seen
