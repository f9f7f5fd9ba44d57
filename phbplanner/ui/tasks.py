"""Running slow work (key derivation, opening a plan) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from .gcguard import no_cycle_collection


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Receiver(QObject):
    """Lives on the GUI thread, so the job's signals reach it queued."""

    def __init__(
        self, done: Callable[[Any], None], failed: Callable[[BaseException], None]
    ) -> None:
        super().__init__()
        self._done, self._failed = done, failed

    @Slot(object)
    def on_done(self, result: Any) -> None:
        _keep.discard(self)
        self._done(result)

    @Slot(object)
    def on_failed(self, exc: Any) -> None:
        _keep.discard(self)
        self._failed(exc)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        with no_cycle_collection():
            self._run()

    def _run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the GUI thread, which explains it
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(result)


_keep: set[QObject] = set()


def run_in_background(
    work: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None],
) -> None:
    """Run ``work`` on a pool thread; call ``done(result)`` or ``failed(exc)`` on the GUI thread."""
    receiver = _Receiver(done, failed)
    signals = _Signals()
    signals.done.connect(receiver.on_done)
    signals.failed.connect(receiver.on_failed)
    _keep.add(receiver)
    _keep.add(signals)
    job = _Job(work, signals)
    QThreadPool.globalInstance().start(job)
