"""Problems opening a plan are shown in plain English and never change the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from phbplanner.services.files import open_plan_file
from phbplanner.ui.window import MainWindow

from .conftest import PASSPHRASE, file_hash, make_plan_file, open_in


def _fails(window: MainWindow, qtbot: Any, path: Path, passphrase: str) -> str:
    with qtbot.waitSignal(window.open_failed, timeout=15000) as blocker:
        window.open_plan(str(path), passphrase, ask=False)
    message = str(blocker.args[0])
    assert window.controller is None
    assert window.start.banner.isVisible()
    assert message in window.start.banner.text()
    assert "Traceback" not in message
    return message


def test_wrong_passphrase_is_explained_and_file_untouched(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan")
    before = file_hash(path)
    message = _fails(window, qtbot, path, "not the right words at all")
    assert "passphrase" in message.lower()
    assert file_hash(path) == before
    open_in(window, qtbot, path)  # and the right one still opens it
    assert window.controller is not None


def test_damaged_file_is_explained_and_file_untouched(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan")
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    path.write_bytes(bytes(data))
    before = file_hash(path)
    message = _fails(window, qtbot, path, PASSPHRASE)
    assert "damaged" in message.lower() or "cannot be read" in message.lower()
    assert file_hash(path) == before


def test_file_in_use_is_explained_and_file_untouched(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan")
    other = open_plan_file(path, PASSPHRASE, author="someone else")
    try:
        before = file_hash(path)
        message = _fails(window, qtbot, path, PASSPHRASE)
        assert "already open" in message.lower()
        assert file_hash(path) == before
    finally:
        other.close()


def test_not_a_plan_is_explained(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "shopping.phbplan"
    path.write_text("eggs, milk, bread\n", encoding="utf-8")
    message = _fails(window, qtbot, path, PASSPHRASE)
    assert "not a PHB Planner plan" in message
    assert path.read_text(encoding="utf-8") == "eggs, milk, bread\n"
