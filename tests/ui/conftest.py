"""Window tests: one themed QApplication, a fresh MainWindow, real encrypted plan files."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from phbplanner.build_translations import compile_all
from phbplanner.domain.plan import Plan
from phbplanner.interchange.plan_json import load_plan_file
from phbplanner.paths import resource
from phbplanner.services.files import create_plan_file, open_plan_file
from phbplanner.ui import settings as store
from phbplanner.ui.theme import apply_theme, settle_layouts
from phbplanner.ui.window import MainWindow

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def translations_compiled() -> None:
    """The .qm files built from the checkout's .ts (.ci/setup builds them too; a test run must
    not depend on that)."""
    compile_all()


@contextmanager
def speaking(window: MainWindow, language: str) -> Iterator[None]:
    """The window in ``language`` inside the block, English again after it (the translators
    are the application's: the next test's too)."""
    window.set_language(language)
    try:
        yield
    finally:
        window.set_language("en")


def settled() -> None:
    """Let every layout finish (rounds of posted layout requests, not a guess at a time)."""
    QTest.qWait(1)
    settle_layouts()


@pytest.fixture
def window(qtbot: Any) -> Iterator[MainWindow]:
    """A shown main window at 100% text, with settings cleared."""
    store.settings().clear()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, 100)
    win = MainWindow(text_scale=100)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close_plan()


def example_plan() -> Plan:
    return load_plan_file(resource("example-plan.json"))


def make_plan_file(path: Path, plan: Plan | None = None) -> Path:
    """A real encrypted plan file holding ``plan`` (the example by default)."""
    session = create_plan_file(path, PASSPHRASE, plan or example_plan(), author="test")
    session.close()
    return path


def read_plan(path: Path) -> Plan:
    """The plan in the file, read back through the real storage."""
    session = open_plan_file(path, PASSPHRASE, author="test")
    try:
        return session.plan
    finally:
        session.close()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_in(window: MainWindow, qtbot: Any, path: Path, passphrase: str = PASSPHRASE) -> None:
    with qtbot.waitSignal(window.plan_opened, timeout=15000):
        window.open_plan(str(path), passphrase, ask=False)


def open_example(window: MainWindow, qtbot: Any) -> None:
    with qtbot.waitSignal(window.plan_opened, timeout=15000):
        window.open_example()


# -- the keyboard -------------------------------------------------------------------------------
def focused() -> QWidget:
    widget = QApplication.focusWidget()
    for _ in range(50):  # window activation is asynchronous after a dialog closes
        if widget is not None:
            break
        QTest.qWait(20)
        widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    """Type ``text`` into the focused widget, one key at a time (accents included)."""
    for char in text:
        widget = focused()
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        # QTest only knows ASCII keys; a real keyboard sends the character as the event's text
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def tab_to(target: QWidget, limit: int = 400) -> None:
    """Press Tab until ``target`` has the focus (fails if Tab never reaches it)."""
    for _ in range(limit):
        if target.hasFocus():
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r} ({target.accessibleName()!r})")


def when_dialog_opens(action: Callable[[QWidget], None]) -> None:
    """Run ``action(dialog)`` as soon as a modal dialog is showing (for dialogs opened by exec)."""

    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if dialog is None or not dialog.isVisible() or not dialog.isAncestorOf(focus):
            if tries < 200:
                QTimer.singleShot(20, lambda: attempt(tries + 1))
            return
        action(dialog)

    QTimer.singleShot(0, attempt)


def answer_file_dialog(path: Path) -> None:
    """When the program's (Qt's own) file dialog opens, choose ``path`` in it."""
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog), type(dialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None, "not Qt's own file dialog"
        name.setText(str(path))  # as a person types a whole path into the name box
        dialog.accept()

    when_dialog_opens(choose)
