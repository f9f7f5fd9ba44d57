"""Supporter mode from the start screen: the banner, where backups go, Finish and close."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from phbplanner.storage import backups
from phbplanner.ui import settings as store
from phbplanner.ui.supporter import FinishedDialog
from phbplanner.ui.window import MainWindow

from .conftest import make_plan_file, open_in


def _finish(window: MainWindow) -> str:
    """Press "Finish and close" and read what the summary says."""
    said: list[str] = []

    def answer(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, FinishedDialog):
            said.append(dialog.lines.text())
            dialog.accept()
        elif tries < 500:
            QTimer.singleShot(20, lambda: answer(tries + 1))

    QTimer.singleShot(0, answer)
    window.banner.finish_button.click()
    return said[0]


def test_i_am_helping_someone(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    path = make_plan_file(stick / "their plan.phbplan")  # (made here first, normally)
    before = sorted(backups.data_dir().rglob("*"))
    assert not window.banner.isVisibleTo(window) and not window.supporter
    window.start.supporter_button.click()
    assert window.supporter and window.banner.isVisibleTo(window)
    assert "nothing about this plan is remembered" in window.banner.title.text()
    assert not window.start.recent.isVisibleTo(window)  # no recent plans shown or kept
    assert window.banner.beside.isChecked()  # backups next to the plan file, unless changed
    open_in(window, qtbot, path)
    assert window.banner.isVisibleTo(window)  # all the time a plan is open
    assert not window.banner.beside.isVisibleTo(window)  # the choice is made…
    assert "next to the plan file" in window.banner.title.text()  # …and shown in words
    assert window.menu_actions.finish.isVisible() and not window.menu_actions.forget.isVisible()
    assert window.locker.idle.timeout_ms == store.SUPPORTER_LOCK_MINUTES * 60_000
    session: Any = window.session
    session._keeper.wait()
    folder = session.backup_folder
    assert folder.parent == stick / "PHB Planner backups"
    said = _finish(window)
    assert window.session is None
    assert f"The plan file: their plan.phbplan (in {stick})" in said
    assert f"Backups: 1 in {folder}" in said
    assert "Nothing about this plan is left on this computer." in said
    assert store.recent_plans() == []
    assert sorted(backups.data_dir().rglob("*")) == before  # nothing added on this computer
    window.banner.leave_button.click()
    assert not window.supporter and not window.banner.isVisibleTo(window)
    assert window.start.supporter_button.isVisibleTo(window)


def test_a_supporter_may_choose_no_backups(qtbot: Any, tmp_path: Path) -> None:
    window = MainWindow(supporter=True, text_scale=100)
    qtbot.addWidget(window)
    window.show()
    path = make_plan_file(tmp_path / "plan.phbplan")
    before = sorted(backups.data_dir().rglob("*"))
    window.banner.none.setChecked(True)
    open_in(window, qtbot, path)
    session: Any = window.session
    assert session.backup_folder is None
    assert "No backups are being made" in window.banner.title.text()
    said = _finish(window)
    assert "No backups were made (you chose none)." in said
    assert not (tmp_path / "PHB Planner backups").exists()
    assert sorted(backups.data_dir().rglob("*")) == before
