"""Locking the window: after a while without input, on Ctrl+L, or when the computer locks — the
plan hidden (widget tree and screenshot), the key dropped, typed work kept, unlocking again."""

from __future__ import annotations

import dataclasses
import gc
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from phbplanner.domain.plan import Plan, Strength
from phbplanner.services.files import create_plan_file
from phbplanner.ui import settings as store
from phbplanner.ui.drafts import parking
from phbplanner.ui.idle import IdleWatcher, SessionWatcher
from phbplanner.ui.listing import ItemDialog
from phbplanner.ui.lockscreen import LockScreen
from phbplanner.ui.operations import live_operations
from phbplanner.ui.pages.about import AboutMePage, StrengthsPage
from phbplanner.ui.window import MainWindow

from .conftest import PASSPHRASE, example_plan, make_plan_file, open_in, read_plan

MARKER = "Quillfeather Zyxwynn"


def _plan(marker: str) -> Plan:
    plan = example_plan()
    return dataclasses.replace(
        plan,
        person=dataclasses.replace(plan.person, name=marker, preferred_name=marker),
        strengths=(*plan.strengths, Strength("st-marker", f"{marker} bakes bread")),
    )


def _locked(window: MainWindow, qtbot: Any) -> LockScreen:
    """Wait until the lock has finished (the key dropped); the lock screen."""
    qtbot.waitUntil(
        lambda: window.locker.screen is not None and window.locker._key_dropped, timeout=20000
    )
    screen = window.locker.screen
    assert screen is not None and not screen.busy.isVisible()
    return screen


def _unlock(window: MainWindow, qtbot: Any, passphrase: str = PASSPHRASE) -> None:
    screen = window.locker.screen
    assert screen is not None
    screen.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.locker.changed, timeout=20000):
        screen.unlock_button.click()


def _texts(root: QWidget) -> list[str]:
    """Every piece of text a person or a screen reader could get from ``root``'s widgets."""
    found = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            found.append(widget.toPlainText())
    found += [action.statusTip() for action in root.findChildren(QAction)]
    return [text for text in found if text]


@pytest.fixture
def no_blinking() -> Iterator[None]:
    """A text cursor that does not blink, so two pictures of the same screen are the same."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.cursorFlashTime()
    app.setCursorFlashTime(0)
    yield
    app.setCursorFlashTime(before)


def test_idle_lock_hides_the_plan_and_drops_the_key(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan", _plan(MARKER))
    open_in(window, qtbot, path)
    assert any(MARKER in t for t in _texts(window))  # the plan is on show…
    window.locker.idle.set_timeout(200)  # nobody touches anything from now on
    screen = _locked(window, qtbot)
    assert [t for t in _texts(window) if MARKER in t] == []  # …and then nothing of it
    assert window.plan_view is not None and not window.isAncestorOf(window.plan_view)
    assert window.stack.currentWidget() is screen
    assert screen.file_label.text() == "Plan file: plan.phbplan"
    assert "nobody used PHB Planner" in screen.reason.text()
    assert window.windowTitle().startswith("plan.phbplan")
    session: Any = window.session
    assert session.locked and session._file.key_dropped
    assert not window.menu_actions.undo.isEnabled() and not window.menu_actions.export.isEnabled()
    _unlock(window, qtbot)
    assert window.stack.currentWidget() is window.plan_view and not session.locked
    assert any(MARKER in t for t in _texts(window))


def test_the_screenshot_of_a_lock_screen_holds_nothing_of_the_plan(
    window: MainWindow, qtbot: Any, tmp_path: Path, no_blinking: None
) -> None:
    """Two different people's plans, with the same file name: their lock screens are the same
    picture, pixel for pixel — so the picture shows nothing of either."""
    pictures = []
    for number, marker in enumerate((MARKER, "Bronwen Pritchard-Evans")):
        folder = tmp_path / str(number)
        folder.mkdir()
        path = make_plan_file(folder / "plan.phbplan", _plan(marker))
        open_in(window, qtbot, path)
        before = window.grab().toImage()
        window.lock()
        _locked(window, qtbot)
        QTest.qWait(50)
        pictures.append(window.grab().toImage())
        assert pictures[-1] != before
        window.close_plan()
    assert pictures[0] == pictures[1]


def test_wrong_then_right_passphrase_and_typed_work_comes_back(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan")
    open_in(window, qtbot, path)
    window.journey.go(0)
    about = window.journey.page("about-me")
    assert isinstance(about, AboutMePage)
    wellness = about.about.editors["wellness"].widget
    wellness.setFocus()
    wellness.selectAll()  # type: ignore[attr-defined]
    QTest.keyClicks(wellness, "Half typed and not yet left")
    updated = about.about.editors["last_updated"].widget
    updated.setFocus()
    updated.selectAll()  # type: ignore[attr-defined]
    QTest.keyClicks(updated, "31/02/20")  # not a date yet: cannot be saved, stays typed
    window.lock()
    screen = _locked(window, qtbot)
    screen.passphrase.setText("not the passphrase")
    with qtbot.waitSignal(window.locker.screen.unlock_button.clicked):  # type: ignore[union-attr]
        screen.unlock_button.click()
    qtbot.waitUntil(lambda: screen.problem.isVisible(), timeout=20000)
    assert "does not open" in screen.problem.text()
    assert screen.passphrase.text() == ""  # the box keeps nothing
    assert window.locker.locked and window.stack.currentWidget() is screen
    _unlock(window, qtbot)
    assert wellness.toPlainText() == "Half typed and not yet left"  # type: ignore[attr-defined]
    assert updated.text() == "31/02/20"  # type: ignore[attr-defined]
    assert updated.hasFocus()  # the keyboard is back where it was
    window.close_plan()
    assert read_plan(path).about_me.wellness == "Half typed and not yet left"  # saved on lock


def test_a_dialog_with_typed_work_is_parked_and_comes_back(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan")
    open_in(window, qtbot, path)
    page = window.journey.page("my-strengths")
    assert isinstance(page, StrengthsPage)
    window.journey.go(window.journey.pages.index(page))
    seen: dict[str, Any] = {}

    def poll(condition: Any, then: Any, tries: int = 0) -> None:
        if condition():
            then()
        elif tries < 1000:
            QTimer.singleShot(20, lambda: poll(condition, then, tries + 1))

    def typed(dialog: ItemDialog) -> None:
        dialog.editors[0].widget.setText("Good at baking bread")  # type: ignore[attr-defined]
        seen["dialog"] = dialog
        window.lock()
        poll(lambda: window.locker._key_dropped, while_locked)

    def while_locked() -> None:
        dialog = seen["dialog"]
        seen["hidden"] = not dialog.isVisible()
        seen["parked_note"] = window.locker.screen.parked_note.isVisibleTo(window)  # type: ignore[union-attr]
        seen["texts"] = [t for t in _texts(window) if "baking" in t]
        window.locker.screen.passphrase.setText(PASSPHRASE)  # type: ignore[union-attr]
        window.locker.screen.unlock_button.click()  # type: ignore[union-attr]
        poll(lambda: dialog.isVisible(), back)

    def back() -> None:
        dialog = seen["dialog"]
        seen["kept"] = dialog.editors[0].widget.text()
        dialog.accept()

    def opened(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ItemDialog) and dialog.isVisible():
            typed(dialog)
        elif tries < 300:
            QTimer.singleShot(20, lambda: opened(tries + 1))

    QTimer.singleShot(0, opened)
    page.list.add()  # returns once the dialog has been saved, after the lock and the unlock
    assert seen["hidden"] and seen["parked_note"] and seen["texts"] == []
    assert seen["kept"] == "Good at baking bread"
    assert window.controller is not None
    assert window.controller.plan.strengths[-1].text == "Good at baking bread"
    assert parking.waiting == 0 and not parking.locked


def test_closing_from_the_lock_screen_ends_a_parked_dialog_as_cancelled(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan")
    open_in(window, qtbot, path)
    page = window.journey.page("my-strengths")
    assert isinstance(page, StrengthsPage)
    assert window.controller is not None
    count = len(window.controller.plan.strengths)

    def opened(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ItemDialog) and dialog.isVisible():
            dialog.editors[0].widget.setText("Never saved")  # type: ignore[attr-defined]
            window.lock()
            QTimer.singleShot(0, close_when_locked)
        elif tries < 300:
            QTimer.singleShot(20, lambda: opened(tries + 1))

    def close_when_locked(tries: int = 0) -> None:
        if window.locker._key_dropped and window.locker.screen is not None:
            window.locker.screen.close_button.click()
        elif tries < 1000:
            QTimer.singleShot(20, lambda: close_when_locked(tries + 1))

    QTimer.singleShot(0, opened)
    page.list.add()
    qtbot.waitUntil(lambda: window.session is None, timeout=20000)
    assert window.stack.currentWidget() is window.start
    assert parking.waiting == 0
    assert len(read_plan(path).strengths) == count  # released, and nothing half-saved


def test_background_work_finishes_before_the_lock(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    from phbplanner.ui.costed.export import ExportPdfDialog
    from phbplanner.ui.costed.feed import feed_for

    path = make_plan_file(tmp_path / "plan.phbplan")
    open_in(window, qtbot, path)
    assert window.controller is not None
    dialog = ExportPdfDialog(feed_for(window.controller), window)
    out = tmp_path / "plan.pdf"
    dialog.export_to(out)
    window.lock()
    assert window.locker.state == "waiting" and live_operations() > 0  # not yet
    _locked(window, qtbot)
    assert out.exists() and out.read_bytes().startswith(b"%PDF")  # finished, not cut short


def test_the_key_is_dropped_from_every_object_of_the_program(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    parts = ("lantern", " orchard", " 58", " mellow", " quince")
    path = tmp_path / "plan.phbplan"
    create_plan_file(path, "".join(parts), example_plan(), author="T").close()
    open_in(window, qtbot, path, "".join(parts))

    def holders() -> list[str]:
        target = "".join(parts)
        gc.collect()
        return [
            type(obj).__name__
            for obj in gc.get_objects()
            if any(
                type(r) is str and r is not target and r == target for r in gc.get_referents(obj)
            )
        ]

    assert holders()  # held while the plan is open
    window.lock()
    _locked(window, qtbot)
    assert holders() == []
    _unlock(window, qtbot, "".join(parts))
    assert window.session is not None and not window.session.locked  # type: ignore[attr-defined]


def test_the_idle_watcher_counts_input(window: MainWindow, qtbot: Any) -> None:
    now = [1000.0]
    watcher = IdleWatcher(window)
    watcher.clock = lambda: now[0]
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.set_timeout(600_000)  # 10 minutes
    now[0] += 599
    watcher.check()
    assert fired == []
    handle = window.windowHandle()  # where the system delivers a key press first
    QTest.keyClick(handle, Qt.Key.Key_A)  # someone typed: the quiet spell starts again
    assert watcher.last_input == now[0]
    now[0] += 599
    watcher.check()
    assert fired == []
    now[0] += 2
    watcher.check()
    assert fired == [True]
    watcher.set_timeout(None)
    now[0] += 10_000
    watcher.check()
    assert fired == [True]


def test_settings_choose_the_time_and_supporter_mode_locks_sooner(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    assert store.lock_minutes(False) == 10 and store.lock_minutes(True) == 3
    open_in(window, qtbot, make_plan_file(tmp_path / "plan.phbplan"))
    assert window.locker.idle.timeout_ms == 10 * 60_000
    from phbplanner.ui.privacy_settings import SettingsDialog

    dialog = SettingsDialog(window, supporter=False)
    assert not dialog.warning.isVisibleTo(dialog)
    dialog.auto.setChecked(False)
    assert dialog.warning.isVisibleTo(dialog)
    assert "someone could read and change it while you are away" in dialog.warning.text()
    assert dialog.has_changes()
    dialog.accept()
    window.locker.apply_settings()
    assert store.lock_minutes(False) is None and window.locker.idle.timeout_ms is None
    dialog = SettingsDialog(window, supporter=False)
    dialog.auto.setChecked(True)
    dialog.minutes.setValue(25)
    dialog.accept()
    window.locker.apply_settings()
    assert window.locker.idle.timeout_ms == 25 * 60_000
    window.close_plan()
    supporter = MainWindow(supporter=True, text_scale=100)
    qtbot.addWidget(supporter)
    open_in(supporter, qtbot, make_plan_file(tmp_path / "other.phbplan"))
    assert supporter.locker.idle.timeout_ms == 3 * 60_000
    supporter.close_plan()


def _private_bus() -> tuple[subprocess.Popen[str], str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert daemon.stdout is not None
    return daemon, daemon.stdout.readline().strip()


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="no dbus-daemon on this machine")
def test_the_computer_locking_or_sleeping_locks_the_plan(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    from PySide6.QtDBus import QDBusConnection

    daemon, address = _private_bus()
    try:
        bus = QDBusConnection.connectToBus(address, "phb-test-bus")
        assert bus.isConnected()
        watcher = SessionWatcher(window, system=bus, session=bus)
        assert "session: org.freedesktop.ScreenSaver.ActiveChanged" in watcher.listening
        assert "system: org.freedesktop.login1.Manager.PrepareForSleep" in watcher.listening
        watcher.lock_requested.connect(lambda: window.locker.request_lock("system"))
        open_in(window, qtbot, make_plan_file(tmp_path / "plan.phbplan"))
        for path, member, argument in (
            ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", "true"),
            ("/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "true"),
        ):
            subprocess.run(
                ["dbus-send", f"--bus={address}", "--type=signal", path, member,
                 f"boolean:{argument}"],
                check=True,
            )  # fmt: skip
            screen = _locked(window, qtbot)
            assert "computer was locked" in screen.reason.text()
            _unlock(window, qtbot)
        QDBusConnection.disconnectFromBus("phb-test-bus")
    finally:
        daemon.terminate()
        daemon.wait()


def test_without_a_bus_nothing_is_listened_to(window: MainWindow) -> None:
    from PySide6.QtDBus import QDBusConnection

    nowhere = QDBusConnection("phb-not-connected")
    assert not nowhere.isConnected()
    watcher = SessionWatcher(window, system=nowhere, session=nowhere)
    assert watcher.listening == []


def test_language_change_while_locked_keeps_the_plan_hidden(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan", _plan(MARKER))
    open_in(window, qtbot, path)
    window.lock()
    before = _locked(window, qtbot)
    window.set_language("cy")
    try:
        screen = window.locker.screen
        assert screen is not None and screen is not before  # made again in Welsh
        assert window.stack.currentWidget() is screen
        assert window.menu_actions.quit.text() == "&Gadael"
        assert [t for t in _texts(window) if MARKER in t] == []
        assert window.plan_view is not None and not window.isAncestorOf(window.plan_view)
        _unlock(window, qtbot)
        assert any(MARKER in t for t in _texts(window))
    finally:
        window.set_language("en")


def test_a_new_plans_passphrase_does_not_stay_on_the_start_screen(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    start = window.start
    start.name.setText("Ann")
    start.path.setText(str(tmp_path / "new.phbplan"))
    start.passphrase.setText(PASSPHRASE)
    start.confirm.setText(PASSPHRASE)
    with qtbot.waitSignal(window.plan_opened, timeout=20000):
        start.create_button.click()
    fields = [w.text() for w in window.findChildren(QLineEdit)]
    assert PASSPHRASE not in fields
    window.close_plan()
