"""One way to run slow work off the GUI thread: progress, cancel, calm errors, tied to an owner.

    run_operation(owner, work, done=…)

``work(task)`` runs on a pool thread inside the cycle-collection guard
(:mod:`phbplanner.services.background`). It may call ``task.report(done, total)`` to show
progress and should call ``task.check()`` now and then: after a cancel that raises
:class:`Cancelled` and the work stops. Its result (``done``), its exception (``failed``, or by
default a calm message box) or the cancel (``cancelled``) is delivered on the GUI thread.

Everything is tied to ``owner``'s life: the :class:`Operation` is a child of the owner, so when
the owner widget is destroyed no callback runs (and the work is asked to stop). The worker never
touches a Qt object of ours: it posts plain messages through one long-lived dispatcher, and
finished operations leave nothing behind.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..domain.errors import PHBError
from ..domain.text import translate
from ..services import background

T = TypeVar("T")

_PROGRESS, _DONE, _FAILED, _CANCELLED, _RESUME = "progress", "done", "failed", "cancelled", "resume"


class Cancelled(Exception):
    """Raised by :meth:`Task.check` once the operation has been cancelled."""


class Task:
    """What the work sees: report progress, and find out whether to stop."""

    def __init__(self, ident: int) -> None:
        self.ident = ident
        self._cancel = threading.Event()
        self._last: tuple[int, int] | None = None

    @property
    def cancelled(self) -> bool:
        """True once the person (or the owner going away) has cancelled the operation."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the work to stop at its next :meth:`check`."""
        self._cancel.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the operation has been cancelled."""
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int) -> None:
        """Say how far the work has got (shown on the GUI thread); also a place to stop."""
        if (done, total) != self._last:
            self._last = (done, total)
            _post(self.ident, _PROGRESS, (int(done), int(total)))
        self.check()


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole run; workers post to it, it routes to operations."""

    message = Signal(object, str, object)

    def __init__(self) -> None:
        super().__init__()
        self.operations: dict[int, Operation] = {}
        #: what to do with a result nobody is waiting for (the owner has gone), by operation
        self.discards: dict[int, Callable[[Any], None]] = {}
        self.message.connect(self._route, Qt.ConnectionType.QueuedConnection)

    def _route(self, ident: object, kind: str, payload: object) -> None:
        if kind == _RESUME:
            background.resume_collection()
            return
        key = int(ident)  # type: ignore[call-overload]
        operation = self.operations.get(key)
        discard = None
        if kind != _PROGRESS:  # finished: nothing of it is kept
            self.operations.pop(key, None)
            discard = self.discards.pop(key, None)
        if operation is None or not shiboken6.isValid(operation):
            if kind == _DONE and discard is not None:
                discard(payload)  # the owner has gone: no callback, but nothing left open
            return
        operation._deliver(kind, payload)


_dispatcher: _Dispatcher | None = None
_ids = itertools.count(1)


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        app = QCoreApplication.instance()
        assert app is not None, "operations need the application object"
        _dispatcher = _Dispatcher()
        _dispatcher.setParent(app)  # lives as long as the application
        background.set_resume_hook(lambda: _post(0, _RESUME, None))
    return _dispatcher


def _post(ident: int, kind: str, payload: object) -> None:
    dispatcher = _dispatcher
    if dispatcher is not None:
        dispatcher.message.emit(ident, kind, payload)


def live_operations() -> int:
    """How many operations have not finished yet (for tests and diagnosis)."""
    return len(_dispatcher.operations) if _dispatcher is not None else 0


class _Progress(QProgressDialog):
    """A progress window that closes only through its Cancel button (when it has one)."""

    def __init__(self, label: str, owner: QWidget, cancellable: bool) -> None:
        super().__init__(label, translate("Operations", "Cancel"), 0, 0, owner)
        self.cancellable = cancellable
        if not cancellable:
            self.setCancelButton(None)
        self.setWindowTitle(label.rstrip("…."))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(400)  # quick work never flashes a window
        self.setAutoClose(False)
        self.setAutoReset(False)

    def reject(self) -> None:
        """Escape or the close button: the same as Cancel, when there is one."""
        if self.cancellable:
            self.canceled.emit()


class Operation(QObject):
    """One piece of background work, owned by a widget (see the module's description)."""

    progressed = Signal(int, int)
    finished = Signal()

    def __init__(
        self,
        owner: QObject,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None,
        cancelled: Callable[[], None] | None,
        failure_text: str,
    ) -> None:
        super().__init__(owner)
        self.task = Task(next(_ids))
        self._done, self._failed, self._cancelled = done, failed, cancelled
        self._failure_text = failure_text
        self.dialog: _Progress | None = None
        self.running = True
        task = self.task
        # The owner going away stops the work (the task is plain Python: safe from any thread).
        self.destroyed.connect(lambda *_: task.cancel())

    def cancel(self) -> None:
        """Ask the work to stop; ``cancelled`` is called once it has."""
        self.task.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(translate("Operations", "Stopping…"))

    def _deliver(self, kind: str, payload: Any) -> None:
        if kind == _PROGRESS:
            done, total = payload
            self.progressed.emit(done, total)
            if self.dialog is not None:
                self.dialog.setMaximum(max(total, 1))
                self.dialog.setValue(min(done, max(total, 1)))
            return
        self.running = False
        self._close_dialog()
        done, failed, cancelled = self._done, self._failed, self._cancelled
        self._done = self._failed = self._cancelled = None  # type: ignore[assignment]
        self.deleteLater()  # the owner keeps no finished operations
        try:
            if kind == _DONE:
                done(payload)
            elif kind == _CANCELLED:
                if cancelled is not None:
                    cancelled()
            elif failed is not None:
                failed(payload)
            else:
                show_failure(self.parent(), payload, self._failure_text)
        finally:
            if shiboken6.isValid(self):  # (a callback that let Qt delete it has had its say)
                self.finished.emit()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None


def _job(work: Callable[[Task], Any], task: Task) -> Callable[[], None]:
    holder: list[Callable[[Task], Any] | None] = [work]

    def run() -> None:
        with background.no_cycle_collection():
            call = holder.pop()
            assert call is not None
            kind, payload = _DONE, None
            try:
                payload = call(task)  # finished, even if asked to stop: its result is real
            except Cancelled:
                kind = _CANCELLED
            except Exception as exc:  # handed to the GUI thread, which explains it calmly
                traceback.clear_frames(exc.__traceback__)  # let go of the work's locals here
                kind, payload = _FAILED, exc
            del call  # the work's closure is let go here, inside the guard
            _post(task.ident, kind, payload)
            payload = None

    return run


def run_operation(
    owner: QObject,
    work: Callable[[Task], T],
    *,
    done: Callable[[T], None],
    failed: Callable[[BaseException], None] | None = None,
    cancelled: Callable[[], None] | None = None,
    progress: str | None = None,
    cancellable: bool = False,
    failure_text: str | None = None,
    discard: Callable[[T], None] | None = None,
) -> Operation:
    """Run ``work(task)`` on a pool thread for ``owner``; see the module's description.

    ``progress``: the words of a progress window (shown after 0.4 s; with a Cancel button when
    ``cancellable``). ``failure_text``: the calm message shown when the work fails with an
    unexpected error and there is no ``failed`` callback (a ``PHBError`` shows its own message).
    ``discard(result)`` is called instead of ``done`` when the owner has gone by the time the
    work succeeds (for example: close a plan file that was opened for a window now closed).
    """
    dispatcher = _get_dispatcher()
    operation = Operation(
        owner,
        done,
        failed,
        cancelled,
        failure_text
        or translate("Operations", "That did not work because of an unexpected problem."),
    )
    if progress is not None and isinstance(owner, QWidget):
        dialog = _Progress(progress, owner, cancellable)
        dialog.canceled.connect(operation.cancel)
        operation.dialog = dialog
        dialog.setValue(0)
    dispatcher.operations[operation.task.ident] = operation
    if discard is not None:
        dispatcher.discards[operation.task.ident] = discard
    QThreadPool.globalInstance().start(_job(work, operation.task))
    return operation


def failure_message(exc: BaseException, fallback: str) -> str:
    """What to tell a person about ``exc``: its own plain message, or ``fallback``."""
    if isinstance(exc, PHBError):
        return exc.message
    return fallback


def show_failure(parent: QObject | None, exc: BaseException, fallback: str) -> None:
    """Explain a failed operation in a calm message box (never a traceback)."""
    from .dialogs import explain

    widget = parent if isinstance(parent, QWidget) else None
    explain(
        widget,
        translate("Operations", "That did not work"),
        failure_message(exc, fallback),
    )
