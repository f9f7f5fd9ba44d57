"""Help › About: the version --version shows, the licence, the folders, the libraries."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from phbplanner.paths import resource
from phbplanner.services.files import backups_folder
from phbplanner.ui import settings as store
from phbplanner.ui.about_dialog import AboutDialog, show_about


def _about(qtbot: Any) -> AboutDialog:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_version_is_the_one_the_command_prints(qtbot: Any) -> None:
    dialog = _about(qtbot)
    printed = subprocess.run(
        [sys.executable, "-m", "phbplanner", "--version"], capture_output=True, text=True
    ).stdout.strip()  # "phbplanner 0.1.0"
    assert printed.startswith("phbplanner ")
    assert dialog.version.text() == f"Version {printed.removeprefix('phbplanner ')}"


def test_the_licence_is_named_and_its_whole_text_can_be_read(qtbot: Any) -> None:
    dialog = _about(qtbot)
    assert "under the terms of the GNU General Public License." in dialog.licence.text()
    assert "You may use version 3 of that licence, or any later version" in dialog.licence.text()
    shown = dialog.show_licence()
    qtbot.waitExposed(shown)
    text = shown.text.toPlainText()
    assert text.startswith("                    GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in text and "END OF TERMS AND CONDITIONS" in text
    shown.close()


def test_it_says_where_backups_and_settings_are_and_nothing_personal(qtbot: Any) -> None:
    dialog = _about(qtbot)
    assert str(backups_folder()) in dialog.folders["backups"]
    assert store.settings().fileName() in dialog.folders["settings"]
    assert "wherever you save them" in dialog.folders["plans"]


def test_the_libraries_and_the_font_with_their_licences(qtbot: Any) -> None:
    dialog = _about(qtbot)
    rows = {
        dialog.table.item(row, 0).text(): (
            dialog.table.item(row, 1).text(),
            dialog.table.item(row, 2).text(),
        )
        for row in range(dialog.table.rowCount())
    }
    for name, distribution in [("SQLAlchemy", "SQLAlchemy"), ("ReportLab", "reportlab"),
                               ("keyring", "keyring"), ("platformdirs", "platformdirs"),
                               ("SQLCipher (sqlcipher3)", "sqlcipher3")]:  # fmt: skip
        assert rows[name][0] == metadata.version(distribution), name
        assert rows[name][1], name
    assert metadata.version("PySide6-Essentials") in rows["Qt / PySide6"][0]
    assert "LGPL-3.0" in rows["Qt / PySide6"][1]
    font = rows["DejaVu Sans (the font of every PDF)"]
    # the version shown is the shipped font's own (its name table says "Version 2.37")
    assert (
        f"Version {font[0]}".encode("utf-16-be") in resource("fonts", "DejaVuSans.ttf").read_bytes()
    )
    assert "Bitstream Vera" in font[1]


def test_copy_details_puts_the_version_and_libraries_on_the_clipboard(qtbot: Any) -> None:
    dialog = _about(qtbot)
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert re.match(r"PHB Planner \d+\.\d+\.\d+, a source checkout\n", copied)
    assert "SQLAlchemy" in copied and "DejaVu" in copied
    assert dialog.copy_button.text() == "Copied"


def test_keyboard_and_screen_reader(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = show_about(parent)
    qtbot.waitExposed(dialog)
    assert dialog.isModal() and dialog.isVisible()
    for widget in dialog.findChildren(QWidget):
        if widget.isVisibleTo(dialog) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
            assert name.strip(), type(widget).__name__
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
