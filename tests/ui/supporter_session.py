"""A volunteer's session in supporter mode, driven through the window as a person would.

Run by ``test_supporter_traces.py`` in a fresh process whose HOME, XDG folders and TMPDIR are
empty folders of the test's, so everything the program writes outside the plan's folder can be
scanned afterwards. ``python -m tests.ui.supporter_session FOLDER NAME MARKER`` creates
``FOLDER/<NAME>.phbplan`` through the start screen (choosing the place in the file dialog, with
backups kept next to the plan file), writes MARKER into "What is most important to me", records
a payment with a receipt from FOLDER (the spending records' services), copies some of the plan
to the clipboard, locks and unlocks the plan, exports a PDF where the save dialog suggests, and
ends with "Finish and close", printing what it says was left where. It prints ``done`` at the
end.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPushButton, QWidget

from phbplanner.domain.ledger import Account, Entry, Purpose
from phbplanner.domain.money import Money
from phbplanner.services.ledger import Ledger
from phbplanner.ui.main import make_app
from phbplanner.ui.pages.about import AboutMePage
from phbplanner.ui.supporter import FinishedDialog
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

    # a payment with its receipt (the spending records' services; their page comes later)
    receipt = folder / "receipt.png"
    receipt.write_bytes(b"\x89PNG\r\n\x1a\n" + marker.encode() + bytes(64))
    ledger = Ledger(window.session)  # type: ignore[arg-type]
    account = ledger.add_account(
        Account("Direct payment", opening_balance=Money(50_000), opening_date=date(2026, 4, 1)),
        today=date(2026, 6, 1),
    )
    entry = ledger.record(
        Entry(date(2026, 5, 2), Money(-1_250), payee=f"{marker} Café",
              purpose=Purpose.UNASSIGNED, account_id=account.id),
        today=date(2026, 6, 1),
    )  # fmt: skip
    assert entry.id is not None
    ledger.attach_file(entry.id, receipt)

    # some of the plan copied to the clipboard
    copy = QLineEdit(f"{marker} and my garden", window)
    copy.selectAll()
    copy.copy()

    # locked (Ctrl+L) and unlocked
    QTest.keySequence(window.windowHandle(), QKeySequence("Ctrl+L"))
    wait_until(app, lambda: window.locker._key_dropped, "the plan to lock")
    screen = window.locker.screen
    assert screen is not None
    screen.passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()
    wait_until(app, lambda: not window.locker.locked, "the plan to unlock")

    when_modal(export)
    window.signoff("export")
    wait_until(app, lambda: any(folder.glob("*.pdf")), "the PDF")

    said: list[str] = []

    def finished(dialog: QWidget) -> None:
        said.append(dialog.lines.text().replace("\n", " | "))  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    when_modal(finished, FinishedDialog)
    window.banner.finish_button.click()
    assert window.session is None
    print("left:", " | ".join(said), flush=True)
    window.close()
    app.processEvents()
    print("done", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
