"""The passphrase, backups, history and clipboard in the window, on real encrypted files."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton

from phbplanner.domain.plan import Strength
from phbplanner.services.edits import PutItem, SetSection
from phbplanner.services.files import (
    WrongPassphraseError,
    open_plan_file,
    remember_passphrase,
    remembered_passphrase,
)
from phbplanner.storage import backups
from phbplanner.ui.backups_dialog import BackupsDialog, ConfirmRestoreDialog
from phbplanner.ui.history_view import HistoryDialog
from phbplanner.ui.passphrase_dialog import ChangePassphraseDialog
from tests.storage.support import MemoryKeyring

from .conftest import PASSPHRASE, answer_file_dialog, make_plan_file, open_in

NEW_PASSPHRASE = "velvet harbour ninety seven kites"


def when_modal(kind: type, action: Callable[[Any], None], tries: int = 0) -> None:
    """Run ``action(widget)`` once a modal ``kind`` is showing."""
    widget = QApplication.activeModalWidget()
    if isinstance(widget, kind) and widget.isVisible():
        action(widget)
    elif tries < 1000:
        QTimer.singleShot(20, lambda: when_modal(kind, action, tries + 1))


def press(button_text: str, seen: list[str] | None = None) -> Callable[[Any], None]:
    """Click the button called ``button_text`` in a message box (noting its words)."""

    def act(box: QMessageBox) -> None:
        if seen is not None:
            seen.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == button_text).click()

    return act


@pytest.fixture
def opened(window: Any, qtbot: Any, tmp_path: Path) -> Any:
    path = make_plan_file(tmp_path / "plan.phbplan")
    open_in(window, qtbot, path)
    window.session._keeper.wait()  # the check (and first backup) made on opening
    return window.session


def test_change_the_passphrase_in_the_window(window: Any, qtbot: Any, opened: Any) -> None:
    opened.backup_now("manual")
    dialog = ChangePassphraseDialog(opened, window)
    dialog.new.setText("short")
    assert dialog.strength.text().startswith("✗")  # the start screen's feedback
    assert dialog.has_changes()
    dialog.old.setText("not the passphrase")
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.confirm.setText(NEW_PASSPHRASE)
    assert dialog.strength.text().startswith("✓")
    dialog.change()
    qtbot.waitUntil(lambda: not dialog.problem.isHidden(), timeout=20000)
    assert "old passphrase is not right" in dialog.problem.text()
    dialog.old.setText(PASSPHRASE)
    dialog.change()
    qtbot.waitUntil(lambda: dialog.changed, timeout=30000)
    assert dialog.sheet_button.isVisibleTo(dialog)  # the recovery sheet, offered again
    assert "now open with the new passphrase only" in dialog.done_note.text()
    assert [f.text() for f in (dialog.old, dialog.new, dialog.confirm)] == ["", "", ""]
    listed = opened.list_backups()
    assert len(listed) >= 2
    for info in listed:
        backups.verify_backup(info.path, NEW_PASSPHRASE)
        with pytest.raises(WrongPassphraseError):
            backups.verify_backup(info.path, PASSPHRASE)
    sheet = Path(str(opened.path)).with_name("sheet.pdf")
    answer_file_dialog(sheet)
    dialog.save_recovery_sheet()
    qtbot.waitUntil(lambda: "Saved sheet.pdf" in dialog.done_note.text(), timeout=20000)
    assert sheet.read_bytes().startswith(b"%PDF")
    path = Path(str(opened.path))
    window.close_plan()
    with pytest.raises(WrongPassphraseError):
        open_plan_file(path, PASSPHRASE, author="T", backup=False)
    open_plan_file(path, NEW_PASSPHRASE, author="T", backup=False).close()


def test_forget_a_remembered_passphrase(window: Any, qtbot: Any, tmp_path: Path) -> None:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    path = make_plan_file(tmp_path / "plan.phbplan")
    remember_passphrase(path, PASSPHRASE)
    open_in(window, qtbot, path)
    qtbot.waitUntil(lambda: window.menu_actions.forget.isEnabled(), timeout=20000)
    asked: list[str] = []
    when_modal(QMessageBox, lambda box: (press("Forget it", asked)(box), when_modal(
        QMessageBox, press("OK"))))  # fmt: skip
    window.menu_actions.forget.trigger()
    assert "Forget the passphrase of plan.phbplan" in asked[0]
    assert remembered_passphrase(path) is None
    assert not window.menu_actions.forget.isEnabled()
    window.close_plan()


def _answer_restore(passphrase: str) -> Callable[[Any], None]:
    def act(dialog: ConfirmRestoreDialog) -> None:
        dialog.passphrase.setText(passphrase)
        dialog.accept()

    return act


def test_backups_listed_and_restored_over_the_plan(window: Any, qtbot: Any, opened: Any) -> None:
    controller = window.controller
    before = controller.plan
    opened.backup_now("manual")
    person = dataclasses.replace(before.person, preferred_name="Changed since the backup")
    controller.edit(SetSection("person", person), "Change the name")
    assert controller.undo_stack.count() == 1
    told: list[str] = []
    problems: list[str] = []
    seen: dict[str, Any] = {}

    def asked_again(ask: ConfirmRestoreDialog) -> None:
        if not ask.problem.text():  # still the first one, on its way out
            QTimer.singleShot(20, lambda: when_modal(ConfirmRestoreDialog, asked_again))
            return
        problems.append(ask.problem.text())
        when_modal(QMessageBox, press("OK", told))
        _answer_restore(PASSPHRASE)(ask)

    def first(ask: ConfirmRestoreDialog) -> None:
        _answer_restore("not the passphrase")(ask)
        QTimer.singleShot(20, lambda: when_modal(ConfirmRestoreDialog, asked_again))

    def close_when_told(dialog: BackupsDialog, tries: int = 0) -> None:
        if told and not isinstance(QApplication.activeModalWidget(), QMessageBox):
            seen["reasons"] = [b.reason for b in dialog.model.backups]
            dialog.reject()
        elif tries < 1500:
            QTimer.singleShot(20, lambda: close_when_told(dialog, tries + 1))

    def in_backups(dialog: BackupsDialog) -> None:
        rows = dialog.model.backups
        seen["rows"] = rows == opened.list_backups() and rows[0].reason == "manual"
        seen["shown"] = [dialog.model.index(0, c).data() for c in range(3)]
        when_modal(ConfirmRestoreDialog, first)
        QTimer.singleShot(0, lambda: dialog.restore(over=True))
        close_when_told(dialog)

    when_modal(BackupsDialog, in_backups)
    window.show_backups()  # File › Backups…; returns once the dialog is closed
    assert seen["rows"]
    when, why, size = seen["shown"]
    assert " at " in when and why == "asked for" and size.endswith(("KB", "MB"))
    assert "not the passphrase of this plan" in problems[0]  # asked again, saying why
    assert "back as it was then" in told[0]
    assert controller.plan.person == before.person  # the window shows the restored plan
    assert controller.undo_stack.count() == 0  # the old steps belong to the replaced plan
    assert opened.history()[0].what.startswith("Restored the backup made on")
    assert seen["reasons"].count("before-restore") == 1
    window.close_plan()


def test_restore_to_a_new_file(window: Any, qtbot: Any, opened: Any, tmp_path: Path) -> None:
    opened.backup_now("manual")
    dialog = BackupsDialog(opened, window, remembered=False)
    target = tmp_path / "restored copy.phbplan"
    told: list[str] = []

    def confirm(ask: ConfirmRestoreDialog) -> None:
        answer_file_dialog(target)
        _answer_restore(PASSPHRASE)(ask)
        when_modal(QMessageBox, press("OK", told))

    when_modal(ConfirmRestoreDialog, confirm)
    dialog.restore(over=False)
    qtbot.waitUntil(lambda: bool(told), timeout=30000)
    assert str(target) in told[0]
    with open_plan_file(target, PASSPHRASE, author="T", backup=False) as restored:
        assert restored.history()[0].what.startswith("Made from the backup of")
    window.close_plan()


def test_what_changed_pages_and_filters(window: Any, qtbot: Any, opened: Any) -> None:
    for number in range(104):  # a season of spending records (no plan change: quick)
        with opened.writing(f"Paid Café {number}", "spending"):
            pass
    opened.apply(PutItem("strengths", Strength("stx", "Strength")))
    opened.apply(SetSection("consent_to_share", True))
    dialog = HistoryDialog(opened, window)
    assert dialog.model.rowCount() == 100
    total = dialog.page.total  # type: ignore[union-attr]
    assert dialog.where.text() == f"Changes 1 to 100 of {total}"
    assert dialog.model.index(0, 2).data() == "Changed consent to share"
    assert dialog.model.index(0, 3).data() == "Consent to share"
    assert dialog.model.index(0, 1).data() == opened.author  # who: the window's user
    assert not dialog.newer.isEnabled() and dialog.older.isEnabled()
    dialog.older.click()
    assert dialog.where.text() == f"Changes 101 to {total} of {total}"
    assert dialog.newer.isEnabled() and not dialog.older.isEnabled()
    dialog.part.setCurrentIndex(dialog.part.findData("spending"))
    assert dialog.page.total == 104  # type: ignore[union-attr]
    assert dialog.model.index(0, 2).data() == "Paid Café 103"
    assert dialog.model.index(0, 3).data() == "Spending records"
    dialog.part.setCurrentIndex(dialog.part.findData("plan"))
    assert [dialog.model.index(r, 2).data() for r in range(2)] == [
        "Changed consent to share",
        "Added strength “Strength”",
    ]
    dialog.since.setText("32/13/2026")
    dialog.show_button.click()
    assert not dialog.problem.isHidden() and "31/01/2026" in dialog.problem.text()
    dialog.since.setText("01/01/2199")
    dialog.show_button.click()
    assert dialog.problem.isHidden() and dialog.where.text() == "No changes match."
    window.close_plan()


def test_personal_text_leaves_the_clipboard_but_an_amount_stays(
    window: Any, qtbot: Any, opened: Any
) -> None:
    guard = window.clipboard_guard
    guard.delay_ms = 150
    clipboard = QGuiApplication.clipboard()
    field = QLineEdit("Siân Pritchard, 12 Oak Road", window)
    field.selectAll()
    field.copy()
    assert guard.pending and clipboard.text() == "Siân Pritchard, 12 Oak Road"
    assert "removed from the clipboard in" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=10000)
    assert "was removed from the clipboard" in window.statusBar().currentMessage()
    clipboard.setText("£1,234.50")
    assert not guard.pending
    field.setText("943 476 5919")
    field.selectAll()
    field.copy()
    assert guard.pending
    clipboard.setText(
        "ab12 cd34 ef56 0000 1111 2222 3333 4444 5555 6666 7777 8888 9999 aaaa bbbb cccc"
    )
    assert not guard.pending  # replaced by a fingerprint: nothing of ours to remove
    qtbot.wait(300)
    assert clipboard.text().startswith("ab12")
    field.copy()
    assert guard.pending
    window.lock()  # locking takes it off at once
    assert clipboard.text() == "" and not guard.pending
