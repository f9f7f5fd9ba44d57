"""A carer keeps two receipts through the window, looks at them and saves a copy of one.

Run by ``test_receipt_traces.py`` in a fresh process whose HOME, XDG folders and TMPDIR are
empty folders of the test's, so everything the program writes outside the plan's folder can be
scanned for the receipts' bytes afterwards. ``python -m tests.ui.spending.receipt_session
FOLDER MARKER``: the plan is ``FOLDER/plan.phbplan``; the receipts ``FOLDER/source/receipt.png``
and ``receipt.pdf`` (each carrying MARKER) are kept with an entry through the file dialog, each
is previewed, the PDF is saved out as ``FOLDER/out/copy.pdf``; then the plan is closed. It prints
``done`` at the end.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from phbplanner.domain.ledger import Account, AccountKind, Entry, Purpose
from phbplanner.domain.money import Money
from phbplanner.interchange.plan_json import load_plan_file
from phbplanner.paths import resource
from phbplanner.services.files import create_plan_file
from phbplanner.ui.main import make_app
from phbplanner.ui.spending.feed import spending_feed_for
from phbplanner.ui.spending.view import SpendingView
from phbplanner.ui.theme import apply_theme
from phbplanner.ui.window import MainWindow

PASSPHRASE = "kettle orchard lantern pebble"
TODAY = date(2026, 12, 2)


def wait_until(app: QApplication, condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 60
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.01)


def answer_file_dialog(path: Path) -> None:
    """When Qt's file dialog opens, type ``path`` into it and accept."""

    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            if tries < 3000:
                QTimer.singleShot(20, lambda: attempt(tries + 1))
            return
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        assert field is not None
        field.setText(str(path))
        dialog.accept()

    QTimer.singleShot(0, attempt)


def main(folder: Path, marker: str) -> None:
    path = folder / "plan.phbplan"
    create_plan_file(path, PASSPHRASE, load_plan_file(resource("example-plan.json")),
                     author="Carer").close()  # fmt: skip
    app = make_app([sys.argv[0]])
    apply_theme(app, 100)
    window = MainWindow(text_scale=100)
    window.resize(1280, 800)
    window.show()
    opened: list[bool] = []
    window.plan_opened.connect(lambda: opened.append(True))
    window.open_plan(str(path), PASSPHRASE, ask=False)
    wait_until(app, lambda: bool(opened), "the plan to open")
    assert window.controller is not None and window.plan_view is not None
    feed = spending_feed_for(window.controller)
    feed.today = lambda: TODAY
    feed.ledger.add_account(Account("Bank", AccountKind.BANK_ACCOUNT, Money(0), date(2026, 4, 1)),
                            today=TODAY)  # fmt: skip
    saved = feed.ledger.record(
        Entry(date(2026, 11, 3), Money(-2200), payee="Chester Cars", purpose=Purpose.PLAN_LINE,
              line_id="s5"), today=TODAY)  # fmt: skip
    window.go_to_workspace("spending")
    view: QWidget = window.plan_view.widget("spending")
    assert isinstance(view, SpendingView)
    records = view.records
    wait_until(app, lambda: records.model.count == 1, "the entry to show")
    assert saved.id is not None and records.select_entry(saved.id)
    panel = records.receipts
    for name in ("receipt.png", "receipt.pdf"):
        answer_file_dialog(folder / "source" / name)
        panel.attach_button.click()
        wait_until(app, lambda n=name: n in [d.filename for d in feed.ledger.documents(saved.id)],
                   f"{name} to be kept")  # fmt: skip
    for row in range(panel.list.count()):
        panel.list.setCurrentRow(row)
        wait_until(app, lambda: panel.image is not None, "the preview")
    panel.list.setCurrentRow(1)
    (folder / "out").mkdir()
    answer_file_dialog(folder / "out" / "copy.pdf")
    panel.export_button.click()
    wait_until(app, (folder / "out" / "copy.pdf").exists, "the copy")
    window.close_plan()
    window.close()
    app.processEvents()
    print("done", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
