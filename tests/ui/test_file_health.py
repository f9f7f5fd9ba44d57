"""The window tells the person when the background check of every page finds damage, and when an
automatic backup cannot be made — once each, calmly, with the way to the backups; nothing of the
kind is said for a sound file."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from phbplanner.storage.backups import backup_dir
from phbplanner.storage.planfile import read_plan_uuid
from phbplanner.ui.backups_dialog import BackupsDialog
from phbplanner.ui.window import MainWindow

from .conftest import PASSPHRASE, make_plan_file, open_in, when_dialog_opens


def _damage_a_middle_page(path: Path) -> None:
    """Flip a byte of a page the plan's loading does not need (the check of every page finds it;
    opening does not)."""
    data = bytearray(path.read_bytes())
    page = len(data) // 4096 // 2
    data[page * 4096 + 1000] ^= 0x5A
    path.write_bytes(bytes(data))


def _opened_and_checked(window: MainWindow, qtbot: Any, path: Path) -> Any:
    open_in(window, qtbot, path)
    assert window.file_health.timer.isActive()  # it looks every couple of seconds
    window.file_health.timer.stop()  # the test looks itself, once the background work ended
    session: Any = window.session
    qtbot.waitUntil(lambda: not session._keeper.busy, timeout=120000)
    return session


def test_damage_found_in_the_background_is_said_once_with_the_backups(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan")
    _damage_a_middle_page(path)
    session = _opened_and_checked(window, qtbot, path)
    assert session.file_problem and "damage" in session.file_problem
    seen: list[str] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "file_damage"
        seen.append(box.text())
        backups = next(b for b in box.buttons() if b.text() == "Show the &backups…")

        def close_backups(dialog: QWidget) -> None:
            assert isinstance(dialog, BackupsDialog)
            seen.append("backups shown")
            dialog.reject()

        when_dialog_opens(close_backups)
        backups.click()

    when_dialog_opens(answer)
    window.file_health.look()
    assert seen == [session.file_problem, "backups shown"]
    window.file_health.look()  # said once: no second box
    assert window.file_health.box is None and len(seen) == 2


def test_a_failed_automatic_backup_is_said_in_the_status_bar(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan")
    folder = backup_dir(read_plan_uuid(path, PASSPHRASE))
    shutil.rmtree(folder, ignore_errors=True)  # (creating the file made its first backup)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the backups' folder should be")  # no backup can be made
    session = _opened_and_checked(window, qtbot, path)
    assert session.backup_problem
    window.file_health.look()
    said = window.statusBar().currentMessage()
    assert said.startswith("The automatic backup could not be made:")
    assert "File › Backups… makes one by hand." in said
    assert session.file_problem is None and window.file_health.box is None


def test_a_sound_file_says_nothing(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    session = _opened_and_checked(window, qtbot, make_plan_file(tmp_path / "plan.phbplan"))
    window.statusBar().clearMessage()
    window.file_health.look()
    assert session.file_problem is None and session.backup_problem is None
    assert window.file_health.box is None and window.statusBar().currentMessage() == ""
    window.close_plan()
    assert not window.file_health.timer.isActive() and window.file_health.session is None
