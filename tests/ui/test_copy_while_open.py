"""A copy of the plan file made while the window has it open holds every change it reported as
saved (issue 10: "After 18 minutes of editing in the window the .phbplan was still 4 KB")."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from phbplanner.domain.plan import Plan
from phbplanner.ui.pages.about import AboutMePage
from phbplanner.ui.window import MainWindow

from .conftest import make_plan_file, open_in, press, read_plan, type_text


def test_a_copy_made_while_the_window_is_open_holds_every_saved_change(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan", Plan())
    open_in(window, qtbot, path)
    about = window.journey.page("about-me")
    assert isinstance(about, AboutMePage)
    for field, text in (("name", "Siân Pritchard"), ("preferred_name", "Siân"),
                        ("phone", "01244 555 0100")):  # fmt: skip
        editor = about.person.editors[field].widget
        editor.setFocus()
        type_text(text)
        press(Qt.Key.Key_Tab)
    assert "saved" in window.saved_label.text().lower()
    # (a background backup holds changes in the -wal for the seconds it copies the file:
    # tests/storage/test_side_files.py covers that; here none is running)
    assert window.session is not None
    window.session._wait_for_backup()  # type: ignore[attr-defined]
    usb = tmp_path / "usb"
    usb.mkdir()
    shutil.copyfile(path, usb / path.name)  # the file alone, the window still open
    assert not (usb / (path.name + "-wal")).exists()
    copied = read_plan(usb / path.name)
    assert copied.person.name == "Siân Pritchard"
    assert copied.person.preferred_name == "Siân"
    assert copied.person.phone == "01244 555 0100"
