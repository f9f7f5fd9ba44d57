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
    page_two = 4096 + 100  # read while opening (the check of every page comes later)
    data[page_two : page_two + 64] = bytes(64)
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


def test_open_asks_for_the_passphrase_and_asks_again_when_wrong(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from .conftest import press, type_text, when_dialog_opens

    path = make_plan_file(tmp_path / "plan.phbplan")
    before = file_hash(path)
    seen: list[str] = []

    def wrong(dialog: Any) -> None:
        type_text("not it at all")
        when_dialog_opens(right)  # the next dialog, after the wrong try
        press(Qt.Key.Key_Return)

    def right(dialog: Any) -> None:
        seen.append(dialog.problem.text())
        type_text(PASSPHRASE)
        press(Qt.Key.Key_Return)

    when_dialog_opens(wrong)
    with qtbot.waitSignal(window.plan_opened, timeout=20000):
        window.open_plan(str(path))
    assert seen and "passphrase" in seen[0].lower()
    assert window.controller is not None
    window.close_plan()
    assert file_hash(path) == before  # opening and closing changes nothing


def test_read_only_file_opens_and_says_changes_are_not_saved(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    from phbplanner.domain.plan import Person
    from phbplanner.services.edits import SetSection

    from ..read_only import read_only_folder

    made = make_plan_file(tmp_path / "plan.phbplan")
    with read_only_folder(tmp_path, made) as folder:
        path = folder / made.name
        before = file_hash(path)
        open_in(window, qtbot, path)
        assert "Read only" in window.saved_label.text()
        assert window.controller is not None
        assert not window.controller.edit(SetSection("person", Person(name="X")), "try")
        window.close_plan()
        assert file_hash(path) == before
        assert [p.name for p in folder.iterdir()] == ["plan.phbplan"]  # no lock, no WAL left
