"""The mouse wheel scrolls the page, never a choice box, number box or date field by accident.

Scrolling a long page with the mouse wheel must not change a value the pointer happens to pass
over (and save it). One event filter on the application — installed once, when a plan is first
opened — lets combo boxes, spin boxes and date fields take the wheel only while they have the
keyboard focus; otherwise the wheel goes on to the page, which scrolls. Clicking or tabbing into
the field first, then using the wheel, still works.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

_WHEEL = QEvent.Type.Wheel
_POLISH = QEvent.Type.Polish
_GUARDED = (QComboBox, QAbstractSpinBox)  # QDateEdit and QDoubleSpinBox are spin boxes too


class WheelGuard(QObject):
    """The application-wide filter (see the module's description)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the program passes here: the cheap test first (asking an event its
        # type builds a Python enum, which costs more than the isinstance).
        if not isinstance(watched, _GUARDED):
            return False
        kind = event.type()
        if kind == _WHEEL:
            if not watched.hasFocus():
                event.ignore()  # not taken here: Qt offers it to the parents (the page scrolls)
                return True
        elif kind == _POLISH:
            _calm_focus(watched)  # the wheel must not give these the focus either
        return False


_guard: WheelGuard | None = None


def install_wheel_guard() -> WheelGuard:
    """Install the filter on the application (once) and return it."""
    global _guard
    app = QCoreApplication.instance()
    assert app is not None
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
        # Fields that already exist: no wheel focus for them either.
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.allWidgets():
            if isinstance(widget, _GUARDED):
                _calm_focus(widget)
    return _guard


def _calm_focus(widget: QWidget) -> None:
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
