"""Every dialog of the catalogue (``phbplanner.ui.catalogue``) at 100% and 200% text: the whole
dialog and every button on the screen, nothing to scroll sideways, and no text cut short.

The test screen is 800×800 (Qt's offscreen screen): narrower than a 1280×800 laptop and as
tall, so a dialog that fits here fits there. A dialog another module registers is covered too.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QDialog, QScrollArea, QWidget

from phbplanner.ui.catalogue import all_dialogs
from phbplanner.ui.theme import settle_layouts
from phbplanner.ui.window import MainWindow

from .conftest import open_example, speaking
from .test_accessibility import _clipped


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _ancestors(widget: QWidget, top: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _problems(dialog: QDialog) -> list[str]:
    room = dialog.screen().availableGeometry()
    found = []
    if not room.contains(dialog.frameGeometry()):
        found.append(f"the dialog {dialog.frameGeometry()} is not all on the screen {room}")
    for scroll in dialog.findChildren(QScrollArea):
        if scroll.isVisibleTo(dialog) and scroll.horizontalScrollBar().isVisibleTo(dialog):
            found.append("a scrolling part scrolls sideways (something in it is too wide)")
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        text = getattr(widget, "text", lambda: "")()
        scrolls = any(isinstance(a, QScrollArea) for a in _ancestors(widget, dialog))
        if isinstance(widget, QAbstractButton) and not scrolls:  # (in a scrolling part: reached)
            if not room.contains(_global_rect(widget)):
                found.append(f"button {text!r} lies outside the screen")
            if not dialog.geometry().contains(_global_rect(widget)):
                found.append(f"button {text!r} lies outside the dialog")
        why = _clipped(widget)
        if why:
            found.append(f"{type(widget).__name__} {str(text)[:40]!r}: {why}")
    return found


@pytest.mark.parametrize(
    ("scale", "language"), [(100, "en"), (200, "en"), (100, "cy"), (200, "cy")]
)
def test_every_dialog_fits_its_screen(
    window: MainWindow, qtbot: Any, scale: int, language: str, translations_compiled: None
) -> None:
    window.set_scale(scale)
    with speaking(window, language):  # Welsh words are often longer
        _check_every_dialog(window, qtbot)


def _check_every_dialog(window: MainWindow, qtbot: Any) -> None:
    window.setGeometry(window.screen().availableGeometry())  # the window on its screen
    open_example(window, qtbot)
    problems: list[str] = []
    entries = all_dialogs()
    assert len(entries) >= 15
    for entry in entries:
        dialog = entry.factory(window)
        dialog.show()
        qtbot.waitExposed(dialog)
        QTest.qWait(1)
        settle_layouts()
        problems += [f"{entry.key}: {problem}" for problem in _problems(dialog)]
        dialog.hide()
        dialog.deleteLater()
    assert not problems, "\n".join(problems)
