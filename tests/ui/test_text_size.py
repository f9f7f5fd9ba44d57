"""A text-size step is one font change: quick presses make one update, headings keep their
proportions, and the window is laid out before it is painted again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest

from phbplanner.ui.theme import BASE_POINT_SIZE, ROLE_SIZES
from phbplanner.ui.window import MainWindow

from .conftest import make_plan_file, open_in


class FontChanges(QObject):
    """Counts the font changes a widget is told about."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.count += 1
        return False


def test_quick_presses_make_one_update_of_several_steps(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    open_in(window, qtbot, make_plan_file(tmp_path / "plan.phbplan"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    probe = window.journey.where  # a plain label
    counter = FontChanges()
    probe.installEventFilter(counter)
    try:
        for _ in range(3):  # three presses before the window has had time to draw
            QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        assert window.scale == 100 and counter.count == 0  # nothing done yet
        qtbot.waitUntil(lambda: window.scale == 150)  # 100 → 110 → 125 → 150
        qtbot.wait(20)
        assert counter.count == 1  # one update for the three steps
        assert probe.font().pointSizeF() == BASE_POINT_SIZE * 1.5
    finally:
        probe.removeEventFilter(counter)
        window.set_scale(100)


def test_headings_keep_their_size_relative_to_the_text(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    open_in(window, qtbot, make_plan_file(tmp_path / "plan.phbplan"))
    page = window.journey.pages[0]
    labels = [w for w in page.findChildren(type(window.journey.where)) if w.property("role")]
    headings = [w for w in labels if w.property("role") == "heading"]
    assert headings
    for scale in (200, 90, 100):
        window.set_scale(scale)
        for label in labels:
            role = label.property("role")
            expected = BASE_POINT_SIZE * scale / 100 * ROLE_SIZES.get(role, 1.0)
            assert abs(label.font().pointSizeF() - expected) < 0.01, (role, scale)


def test_the_window_is_laid_out_when_the_step_returns(window: MainWindow) -> None:
    button = window.start.create_button
    window.set_scale(200)  # no event loop turn before looking
    try:
        assert button.height() >= button.minimumSizeHint().height()
        assert button.width() >= button.minimumSizeHint().width()
    finally:
        window.set_scale(100)
