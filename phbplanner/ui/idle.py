"""Noticing when the plan should lock: no keyboard or mouse input for a while, the computer's
session locking, or the machine going to sleep.

:class:`IdleWatcher` watches the input the program receives (one application event filter that
looks only at events on top-level windows — where Qt first delivers every key press, click and
mouse move — so the rest of the program's events pass at the cost of one ``isinstance``), and
asks for the lock once nothing has come for the chosen time. :class:`SessionWatcher` listens on
D-Bus, where the system offers it, for logind's ``PrepareForSleep`` and ``Lock`` and for the
screen saver's ``ActiveChanged``; without a bus (or without QtDBus) it does nothing, quietly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QWindow

#: What counts as someone using the program.
INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once no input has reached the program for ``timeout_ms``."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: the time now, in seconds (tests put their own clock here)
        self.clock: Callable[[], float] = time.monotonic
        self.last_input = self.clock()
        self._timeout_ms: int | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._installed = False

    @property
    def timeout_ms(self) -> int | None:
        """How long without input before ``idle`` (None: never)."""
        return self._timeout_ms

    def set_timeout(self, milliseconds: int | None) -> None:
        """Watch for ``milliseconds`` without input (None: stop watching)."""
        self._timeout_ms = milliseconds
        self.touch()
        if milliseconds is None:
            self._timer.stop()
            return
        if not self._installed:
            app = QCoreApplication.instance()
            assert app is not None
            app.installEventFilter(self)
            self._installed = True
        # Look a few times within the timeout (at most every 5 s: the lock is never late by much).
        self._timer.start(max(20, min(5000, milliseconds // 4)))

    def touch(self) -> None:
        """Count now as the last input (a plan opened or unlocked)."""
        self.last_input = self.clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWindow) and event.type() in INPUT:
            self.last_input = self.clock()
        return False

    def check(self) -> None:
        """Emit ``idle`` when the timeout has passed with no input."""
        if self._timeout_ms is None:
            return
        if (self.clock() - self.last_input) * 1000 >= self._timeout_ms:
            self.touch()  # asked once per quiet spell
            self.idle.emit()


#: (path, interface, signal, slot) of the signals that mean "lock now" on each bus
_SYSTEM = (
    ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", "sleep"),
    ("", "org.freedesktop.login1.Session", "Lock", "lock"),
)
_SESSION = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", "saver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", "saver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", "saver"),
)
_SLOTS = {"sleep": "on_sleep(bool)", "lock": "on_lock()", "saver": "on_screen_saver(bool)"}


class SessionWatcher(QObject):
    """Emits ``lock_requested`` when the computer's session locks or the machine suspends.

    ``system`` and ``session`` are D-Bus connections (the system's own by default); each one
    that is not connected is skipped. :attr:`listening` says what is being listened to.
    """

    lock_requested = Signal()

    def __init__(
        self, parent: QObject | None = None, *, system: object = None, session: object = None
    ) -> None:
        super().__init__(parent)
        #: the signals listened to ("bus: interface.signal")
        self.listening: list[str] = []
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt without D-Bus (Windows, macOS builds): nothing to hear
            return
        buses = (
            ("system", system if system is not None else QDBusConnection.systemBus(), _SYSTEM),
            ("session", session if session is not None else QDBusConnection.sessionBus(), _SESSION),
        )
        for name, bus, signals in buses:
            if not isinstance(bus, QDBusConnection) or not bus.isConnected():
                continue
            for path, interface, signal, slot in signals:
                slot_signature: Any = SLOT(_SLOTS[slot])  # the stubs want bytes; Qt takes this
                if bus.connect("", path, interface, signal, self, slot_signature):
                    self.listening.append(f"{name}: {interface}.{signal}")

    @Slot(bool)
    def on_sleep(self, going: bool) -> None:
        if going:
            self.lock_requested.emit()

    @Slot()
    def on_lock(self) -> None:
        self.lock_requested.emit()

    @Slot(bool)
    def on_screen_saver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()
