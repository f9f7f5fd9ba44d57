"""The main window: the start screen or an open plan's journey, menus, status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ..domain.errors import PHBError
from ..domain.text import translate
from . import settings as store
from .i18n import install_translations
from .start import StartScreen
from .tasks import run_in_background
from .theme import apply_theme, next_scale, refine_theme

if TYPE_CHECKING:  # the controller (and the plan model) load when a plan is opened
    from .controller import PlanController, SessionLike


def _author() -> str:
    import getpass

    try:
        return getpass.getuser() or "me"
    except Exception:  # no user name on this system
        return "me"


class MainWindow(QMainWindow):
    """One window: start screen first, then the plan's journey."""

    plan_opened = Signal()
    open_failed = Signal(str)

    def __init__(self, *, supporter: bool = False, text_scale: int | None = None) -> None:
        super().__init__()
        self.supporter = supporter
        self.remember_scale = text_scale is None
        self.scale = text_scale if text_scale is not None else store.text_scale()
        self.session: SessionLike | None = None
        self.controller: PlanController | None = None
        self.journey: Any = None
        self.example_dir: Path | None = None
        self.keyring: tuple[bool, str] | None = None
        self.setMinimumSize(800, 560)
        self.resize(1200, 800)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName(translate("Window", "Save status"))
        self.statusBar().addPermanentWidget(self.saved_label)
        self.start = self._make_start()
        self._build_menus()
        self._update_title()
        QTimer.singleShot(200, self._warm_up)

    # -- building -----------------------------------------------------------------------------
    def _make_start(self) -> StartScreen:
        start = StartScreen(supporter=self.supporter, keyring=self.keyring)
        start.create_requested.connect(self.create_plan)
        start.open_requested.connect(lambda path: self.open_plan(path))
        start.example_requested.connect(self.open_example)
        start.set_recent([] if self.supporter else store.recent_plans())
        self.stack.addWidget(start)
        self.stack.setCurrentWidget(start)
        return start

    def _action(self, text: str, keys: list[Any], slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(translate("Window", "&File"))
        self.close_action = self._action(
            translate("Window", "&Close this plan"),
            ["Ctrl+W"],
            self.close_plan,
        )
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        self.export_action = self._action(
            translate("Window", "&Export the plan as a PDF…"), ["Ctrl+E"],
            lambda: self._signoff("export"),
        )  # fmt: skip
        self.agree_action = self._action(
            translate("Window", "Record &agreement…"), [], lambda: self._signoff("record_agreement")
        )
        self.versions_action = self._action(
            translate("Window", "&Versions and differences…"), [],
            lambda: self._signoff("show_versions"),
        )  # fmt: skip
        for action in (self.export_action, self.agree_action, self.versions_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(translate("Window", "&Quit"), ["Ctrl+Q"], self.close))
        edit_menu = bar.addMenu(translate("Window", "&Edit"))
        self.undo_action = self._action(translate("Window", "&Undo"), ["Ctrl+Z"], self.undo)
        self.redo_action = self._action(
            translate("Window", "&Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], self.redo
        )
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        view_menu = bar.addMenu(translate("Window", "&View"))
        view_menu.addAction(
            self._action(translate("Window", "&Larger text"), ["Ctrl++", "Ctrl+="],
                         lambda: self.set_scale(next_scale(self.scale, 1)))
        )  # fmt: skip
        view_menu.addAction(
            self._action(translate("Window", "&Smaller text"), ["Ctrl+-"],
                         lambda: self.set_scale(next_scale(self.scale, -1)))
        )  # fmt: skip
        view_menu.addAction(
            self._action(translate("Window", "&Normal text size"), ["Ctrl+0"],
                         lambda: self.set_scale(100))
        )  # fmt: skip
        language_menu = view_menu.addMenu(translate("Window", "L&anguage"))
        choices = {
            "": translate("Window", "System default"),
            "en": "English",
            "cy": "Cymraeg",
        }
        current = store.language()
        for code, name in choices.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _on=False, c=code: self.set_language(c))
            language_menu.addAction(action)
        self._update_actions()

    def _update_actions(self) -> None:
        stack = self.controller.undo_stack if self.controller else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        self.close_action.setEnabled(self.controller is not None)
        for action in (self.export_action, self.versions_action):
            action.setEnabled(self.controller is not None)
        signoff = self.journey.signoff if self.journey is not None else None
        self.agree_action.setEnabled(bool(signoff and signoff.agree_button.isEnabled()))
        if stack:
            self.undo_action.setStatusTip(stack.undoText())
            self.redo_action.setStatusTip(stack.redoText())

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(translate("Window", "PHB Planner"))
            self.saved_label.setText("")
            return
        name = Path(str(self.session.path)).name
        if self.example_dir is not None:
            name = translate("Window", "Example plan")
        self.setWindowTitle(
            translate("Window", "{file} – PHB Planner – {state}").format(
                file=name, state=self.saved_label.text()
            )
        )

    def _warm_up(self) -> None:
        """Load the storage code and ask about the keyring while the person reads."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and refine_theme(app, self.scale):
            self.start.update()

        def work() -> tuple[bool, str]:
            from ..services.files import keyring_status

            return keyring_status()

        def done(status: tuple[bool, str]) -> None:
            self.keyring = status
            self.start.set_keyring(*status)

        run_in_background(work, done, lambda _exc: None)

    # -- text size and language -----------------------------------------------------------
    def set_scale(self, percent: int) -> None:
        self.scale = percent
        if self.remember_scale:
            store.set_text_scale(percent)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, percent)
        if self.journey is not None:
            self.journey.fit_steps()
            for page in self.journey.pages:
                if hasattr(page, "circle"):
                    page.circle.redraw()
        self.statusBar().showMessage(
            translate("Window", "Text size {percent}%").format(percent=percent), 4000
        )

    def set_language(self, code: str) -> None:
        store.set_language(code)
        app = QApplication.instance()
        assert app is not None
        install_translations(app, code)
        self.rebuild()

    def rebuild(self) -> None:
        """Build every widget again (after a language change), keeping the open plan."""
        if self.controller is not None:
            self.controller.flush()
        old_start = self.start
        self.start = self._make_start()
        old_start.deleteLater()
        self._build_menus()
        if self.controller is not None:
            self._show_journey()
        self._update_title()

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
        if path and not self.supporter and self.example_dir is None:
            store.add_recent_plan(path)
        from .controller import PlanController

        self.session = session
        self.controller = PlanController(session, self)
        self.controller.saved.connect(self._saved)
        self.controller.failed.connect(self._failed)
        self.controller.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self._show_journey()
        self._saved(translate("Window", "All changes saved"))
        notices = [str(n) for n in getattr(session, "notices", []) or []]
        if session.read_only:
            self.saved_label.setText(
                "🔒 " + translate("Window", "Read only: changes are not saved")
            )
            self._update_title()
        if any(notices):
            self.statusBar().showMessage(" ".join(n for n in notices if n), 30000)
        self.plan_opened.emit()

    def _show_journey(self) -> None:
        from .journey import Journey

        assert self.controller is not None
        old = self.journey
        row = old.current() if old is not None else 0
        self.journey = Journey(self.controller, self)
        self.stack.addWidget(self.journey)
        self.stack.setCurrentWidget(self.journey)
        self.journey.go(row)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self._update_actions()
        self.journey.steps.setFocus()

    def _saved(self, text: str) -> None:
        self.saved_label.setText("✓ " + text)
        self._update_title()
        self._update_actions()

    def _failed(self, message: str) -> None:
        self.saved_label.setText("⚠ " + translate("Window", "Not saved"))
        self.statusBar().showMessage(message, 20000)
        self._update_title()

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

    def create_plan(self, path: str, passphrase: str, name: str, remember: bool) -> None:
        from ..domain.plan import Person, Plan

        plan = Plan(person=Person(name=name))
        supporter, author = self.supporter, _author()

        def work() -> Any:
            from ..services.files import create_plan_file

            return create_plan_file(
                Path(path), passphrase, plan, author=author,
                remember=remember and not supporter, supporter=supporter,
            )  # fmt: skip

        self.start.set_busy(translate("Window", "Creating and locking your plan…"))
        run_in_background(work, lambda session: self._opened(session, path), self._failure)

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
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase.text(), dialog.remember.isChecked()

    def _open_with(
        self, path: str, passphrase: str | None, remember: bool, supporter: bool, author: str,
        ask: bool,
    ) -> None:  # fmt: skip
        def work() -> Any:
            from ..services.files import open_plan_file

            session = open_plan_file(Path(path), passphrase, author=author, supporter=supporter)
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

        self.start.set_busy(translate("Window", "Unlocking your plan…"))
        run_in_background(work, lambda session: self._opened(session, path), failed)

    def open_example(self) -> None:
        """Open the example plan in a temporary encrypted file that is deleted on close."""
        import secrets
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="phbplanner-example-"))
        self.example_dir = folder
        author = _author()

        def work() -> Any:
            from ..interchange.plan_json import load_plan_file
            from ..paths import resource
            from ..services.files import create_plan_file

            plan = load_plan_file(resource("example-plan.json"))
            return create_plan_file(
                folder / "example.phbplan", secrets.token_urlsafe(24), plan,
                author=author, supporter=True,
            )  # fmt: skip

        def failed(exc: BaseException) -> None:
            self._drop_example()
            self._failure(exc)

        self.start.set_busy(translate("Window", "Opening the example plan…"))
        run_in_background(work, lambda session: self._opened(session, None), failed)

    def _drop_example(self) -> None:
        if self.example_dir is not None:
            import shutil

            shutil.rmtree(self.example_dir, ignore_errors=True)
            self.example_dir = None

    # -- closing and locking --------------------------------------------------------------
    def close_plan(self) -> None:
        """Save what is typed, close the file, and go back to the start screen."""
        if self.controller is not None:
            self.controller.flush()
        if self.session is not None:
            try:
                self.session.close()
            except PHBError as exc:
                self.statusBar().showMessage(exc.message, 15000)
        self.session = None
        if self.controller is not None:
            self.controller.deleteLater()
        self.controller = None
        if self.journey is not None:
            self.stack.removeWidget(self.journey)
            self.journey.deleteLater()
            self.journey = None
        self._drop_example()
        self.start.set_recent([] if self.supporter else store.recent_plans())
        self.stack.setCurrentWidget(self.start)
        self._update_actions()
        self._update_title()

    def lock(self) -> None:
        """The hook for idle auto-lock (a later issue): close the plan, back to the start."""
        self.close_plan()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.journey is not None:
            self.journey.fit_steps()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_plan()
        super().closeEvent(event)

    # -- sign-off ---------------------------------------------------------------------------
    def _signoff(self, what: str) -> None:
        """Run one of the sign-off step's actions (export, agreement, versions) from the menu."""
        if self.journey is None or self.controller is None:
            return
        self.controller.flush()
        getattr(self.journey.signoff, what)()
        self._update_actions()

    # -- undo and redo across pages -------------------------------------------------------
    def undo(self) -> None:
        if self.controller is None:
            return
        self.controller.flush()
        self.controller.undo_stack.undo()

    def redo(self) -> None:
        if self.controller is None:
            return
        self.controller.flush()
        self.controller.undo_stack.redo()


def focus_chain(root: QWidget) -> list[QWidget]:
    """Every widget Tab reaches inside ``root``, in order."""
    first = root.nextInFocusChain()
    seen: list[QWidget] = []
    widget = first
    while widget is not None and widget is not root and widget not in seen:
        seen.append(widget)
        widget = widget.nextInFocusChain()
    return seen
