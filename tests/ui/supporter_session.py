"""A volunteer's session in supporter mode, driven through the window as a person would.

Run by ``test_supporter_traces.py`` in a fresh process whose HOME, XDG folders and TMPDIR are
empty folders of the test's, so everything the program writes outside the plan's folder can be
scanned afterwards. ``python -m tests.ui.supporter_session FOLDER NAME MARKER`` creates
``FOLDER/<NAME>.phbplan`` through the start screen (choosing the place in the file dialog),
writes MARKER into "What is most important to me", exports a PDF where the save dialog
suggests, closes the plan and quits. It prints ``done`` at the end.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPushButton, QWidget

from phbplanner.ui.main import make_app
from phbplanner.ui.pages.about import AboutMePage
from phbplanner.ui.theme import apply_theme
from phbplanner.ui.window import MainWindow

PASSPHRASE = "kettle orchard lantern pebble"


def wait_until(app: QApplication, condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 60
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.01)


def when_modal(action: Callable[[QWidget], None], kind: type = QWidget) -> None:
    """Run ``action(dialog)`` once a modal dialog of ``kind`` is showing."""

    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            if tries < 3000:
                QTimer.singleShot(20, lambda: attempt(tries + 1))
            return
        action(dialog)

    QTimer.singleShot(0, attempt)


def main(folder: Path, name: str, marker: str) -> None:
    app = make_app([sys.argv[0]])
    apply_theme(app, 100)
    window = MainWindow(supporter=True, text_scale=100)
    window.resize(1280, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    wait_until(app, window.isActiveWindow, "the window to be active")
    start = window.start
    start.name.setText(marker)

    def choose_place(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        assert field is not None
        field.setText(str(folder / f"{name}.phbplan"))
        dialog.accept()

    when_modal(choose_place, QFileDialog)
    start.choose.click()
    start.passphrase.setText(PASSPHRASE)
    start.confirm.setText(PASSPHRASE)
    opened: list[bool] = []
    window.plan_opened.connect(lambda: opened.append(True))
    start.create_button.click()
    wait_until(app, lambda: bool(opened), "the plan to be created")

    about = window.journey.page("about-me")
    assert isinstance(about, AboutMePage)
    field = about.about.editors["most_important"].widget
    window.activateWindow()
    field.setFocus()
    wait_until(app, field.hasFocus, "the field to have the keyboard")
    field.setText(f"{marker} and my garden")  # type: ignore[attr-defined]
    QTest.keyClick(field, Qt.Key.Key_Tab)  # leaving the field saves it
    assert window.controller is not None
    assert marker in window.controller.plan.about_me.most_important

    def save_where_suggested(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.accept()  # the folder and name the program suggests

    def export(dialog: QWidget) -> None:
        button = next(
            b for b in dialog.findChildren(QPushButton) if b.text().startswith("Choose where")
        )
        when_modal(save_where_suggested, QFileDialog)
        button.click()

    when_modal(export)
    window.signoff("export")
    wait_until(app, lambda: any(folder.glob("*.pdf")), "the PDF")
    window.close_plan()
    window.close()
    app.processEvents()
    print("done", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
