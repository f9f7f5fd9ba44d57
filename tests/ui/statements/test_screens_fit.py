"""Every statement screen at 200% text on a 1280×800 screen: the dialog fits the screen and no
button is out of sight, and every control a person can Tab to has a name a screen reader can
say (the screenshot walk drives every screen; each is looked at as saved).
The toolbar actions open the dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)

from phbplanner.ui.statements import ImportDialog, ImportsDialog, ReconcileDialog
from phbplanner.ui.statements.actions import statement_actions
from phbplanner.ui.statements.screenshots import statement_screenshots
from phbplanner.ui.theme import apply_text_scale

from .conftest import Plan, settle

SCREEN = QRect(0, 0, 1280, 800)


def _unnamed(root: QWidget) -> list[str]:
    """The controls Tab reaches in ``root`` that have no accessible name (fails if Tab reaches
    none at all)."""
    missing, checked = [], 0
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isEnabled() or widget.focusProxy():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.inherits("QScrollArea") and not widget.inherits("QAbstractItemView"):
            continue  # a page's scrolling frame takes no focus of its own
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None
        name = interface.text(QAccessible.Text.Name).strip()
        if isinstance(widget, QLineEdit | QComboBox) or widget.inherits("QAbstractScrollArea"):
            name = widget.accessibleName().strip()  # their own name, not their content
        checked += 1
        if not name:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert checked >= 1
    return missing


@pytest.mark.parametrize("scale", [100, 200])
def test_every_statement_screen_keeps_its_buttons_in_sight(
    plan: Plan, qtbot: Any, tmp_path: Path, scale: int
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_text_scale(app, scale)
    looked: list[str] = []
    unnamed: list[str] = []

    def look(dialog: QWidget, name: str) -> None:
        looked.append(name)
        assert dialog.width() <= SCREEN.width() and dialog.height() <= SCREEN.height(), name
        buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
        assert buttons, name
        inside = dialog.rect()
        for button in buttons:
            corner = button.mapTo(dialog, QPoint(0, 0))
            place = QRect(corner, button.size())
            if button.parent() is getattr(dialog, "buttons", None):
                assert inside.contains(place), f"{name}: {button.text()!r} is out of sight"
        unnamed.extend(f"{name}: {problem}" for problem in _unnamed(dialog))

    try:
        saved = statement_screenshots(plan.window, tmp_path, look)
    finally:
        apply_text_scale(app, 100)
    assert saved >= 14 and len(looked) == saved
    assert not unnamed, "\n".join(unnamed)
    assert {name[:2] for name in looked} >= {f"{n:02d}" for n in range(1, 15)}
    assert all(path.stat().st_size > 0 for path in tmp_path.glob("statements-*.png"))


def test_the_toolbar_actions_open_the_dialogs(plan: Plan, qtbot: Any) -> None:
    actions = statement_actions(plan.window, plan.controller)
    assert [a.text() for a in actions.all()] == [
        "&Import a statement…", "Im&ports…", "&Reconcile…",
    ]  # fmt: skip
    assert all(action.isEnabled() and action.toolTip() for action in actions.all())
    for action, kind in zip(
        actions.all(), (ImportDialog, ImportsDialog, ReconcileDialog), strict=True
    ):
        action.trigger()
        settle(qtbot)
        dialogs = plan.window.findChildren(QDialog)
        opened = [d for d in dialogs if isinstance(d, kind) and d.isVisible()]
        assert len(opened) == 1, kind
        opened[0].done(0)
        settle(qtbot)
