"""Qt's own words — standard buttons, the text fields' right-click menu, the file dialog — follow
the window's language: Qt ships no Welsh, our translation answers for it (ui/qt_words.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QFileInfo, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileIconProvider,
    QFileSystemModel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from phbplanner.ui.about_dialog import LicenceDialog
from phbplanner.ui.window import MainWindow

Button = QDialogButtonBox.StandardButton

CLOSE, CANCEL, OK, SAVE = Button.Close, Button.Cancel, Button.Ok, Button.Save
WELSH_BUTTONS = {CLOSE: "Cau", CANCEL: "Canslo", OK: "Iawn", SAVE: "Cadw"}
ENGLISH_BUTTONS = {CLOSE: "Close", CANCEL: "Cancel", OK: "OK", SAVE: "Save"}
WELSH_MENU = ["&Dadwneud", "&Ailwneud", "&Torri", "&Copïo", "&Gludo", "Dileu", "Dewis y cyfan"]
ENGLISH_MENU = ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"]


pytestmark = pytest.mark.usefixtures("translations_compiled")


def _button_box() -> dict[Any, str]:
    box = QDialogButtonBox(CLOSE | CANCEL | OK | SAVE)
    try:
        return {which: box.button(which).text() for which in WELSH_BUTTONS}
    finally:
        box.deleteLater()


def _message_box() -> list[str]:
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDetailedText("…")
    try:
        return sorted(button.text() for button in box.buttons())
    finally:
        box.deleteLater()


def _menu_of(field: QWidget) -> list[str]:
    assert isinstance(field, QLineEdit | QPlainTextEdit)
    menu = field.createStandardContextMenu()
    try:
        # the shortcut follows a tab ("&Copy\tCtrl+C"): only the words are Qt's to translate
        return [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    finally:
        menu.deleteLater()


def _file_dialog_words() -> list[str]:
    """The column headings of Qt's file dialog, and the type it gives a folder."""
    model = QFileSystemModel()
    headers = [str(model.headerData(column, Qt.Orientation.Horizontal)) for column in range(4)]
    folder = QFileIconProvider().type(QFileInfo(str(Path(__file__).parent)))
    model.deleteLater()
    return [*headers, folder]


def test_qt_buttons_and_menus_speak_welsh_and_english_again(window: MainWindow, qtbot: Any) -> None:
    field = QLineEdit("testun")
    qtbot.addWidget(field)
    try:
        window.set_language("cy")
        assert _button_box() == WELSH_BUTTONS
        assert _message_box() == sorted(["&Ie", "&Na", "Dangos y manylion..."])
        assert _menu_of(field) == WELSH_MENU
        assert _file_dialog_words() == ["Enw", "Maint", "Math", "Dyddiad newid", "Ffolder"]
        window.set_language("en")
        assert _button_box() == ENGLISH_BUTTONS
        assert _message_box() == sorted(["&Yes", "&No", "Show Details..."])
        assert _menu_of(field) == ENGLISH_MENU
        assert _file_dialog_words() == ["Name", "Size", "Type", "Date Modified", "Folder"]
    finally:
        window.set_language("en")


def test_a_button_box_already_shown_changes_language_with_the_window(
    window: MainWindow, qtbot: Any
) -> None:
    box = QDialogButtonBox(Button.Close | Button.Cancel)
    qtbot.addWidget(box)
    try:
        window.set_language("cy")
        QApplication.processEvents()  # Qt posts the change of language to every window
        assert [box.button(b).text() for b in (Button.Close, Button.Cancel)] == ["Cau", "Canslo"]
    finally:
        window.set_language("en")
        QApplication.processEvents()
    assert [box.button(b).text() for b in (Button.Close, Button.Cancel)] == ["Close", "Cancel"]


def test_a_dialog_that_keeps_qts_own_close_button_says_it_in_welsh(
    window: MainWindow, qtbot: Any
) -> None:
    try:
        window.set_language("cy")
        dialog = LicenceDialog(window)  # a Close button with no text of ours, a read-only text
        qtbot.addWidget(dialog)
        close = dialog.findChild(QDialogButtonBox).button(Button.Close)
        assert close.text() == "Cau"
        assert _menu_of(dialog.text) == ["&Copïo", "Dewis y cyfan"]  # read-only: no edits
    finally:
        window.set_language("en")
