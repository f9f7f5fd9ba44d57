"""The one background-operation helper: progress, cancel, calm errors, the owner's lifetime."""

from __future__ import annotations

import gc
import threading
from typing import Any

import shiboken6
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from phbplanner.domain.errors import PHBError
from phbplanner.services import background
from phbplanner.ui.operations import Operation, Task, live_operations, run_operation

from .conftest import when_dialog_opens


def _wait_all(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: live_operations() == 0, timeout=15000)


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    gui = threading.get_ident()
    seen: list[Any] = []

    def work(task: Task) -> str:
        for done in range(1, 4):
            task.report(done, 3)
        return f"worked on {threading.get_ident() != gui}"

    operation = run_operation(owner, work, done=lambda result: seen.append(result))
    operation.progressed.connect(
        lambda done, total: seen.append((done, total, threading.get_ident() == gui))
    )
    with qtbot.waitSignal(operation.finished, timeout=15000):
        pass
    assert seen[-1] == "worked on True"
    # progress: in order, on the GUI thread (a report may come before the test connected)
    progress = [item for item in seen if isinstance(item, tuple)]
    assert progress and progress[-1] == (3, 3, True)
    assert [p[0] for p in progress] == sorted(p[0] for p in progress)


def test_progress_window_shows_the_figures_and_cancel_stops_the_work(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    started, release = threading.Event(), threading.Event()
    outcome: list[str] = []

    def work(task: Task) -> str:
        task.report(1, 4)
        started.set()
        while not task.cancelled:  # cooperative: the work checks the flag
            release.wait(0.01)
        task.check()  # raises Cancelled
        return "finished"  # never reached

    operation = run_operation(
        owner, work, done=lambda _r: outcome.append("done"),
        cancelled=lambda: outcome.append("cancelled"),
        progress="Working…", cancellable=True,
    )  # fmt: skip
    assert operation.dialog is not None
    qtbot.waitUntil(lambda: operation.dialog is not None and operation.dialog.maximum() == 4)
    assert operation.dialog.value() == 1
    assert started.wait(10)
    cancel = operation.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=15000)
    assert operation.dialog is None  # closed
    _wait_all(qtbot)


def test_a_failure_is_explained_calmly_without_a_traceback(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    shown: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    for error, expected in (
        (
            PHBError("The disk is full: nothing was changed."),
            "The disk is full: nothing was changed.",
        ),
        (ZeroDivisionError("division by zero at line 12"), "Could not do it. Your plan is safe."),
    ):
        when_dialog_opens(read_and_close)

        def work(_task: Task, error: Exception = error) -> None:
            raise error

        operation = run_operation(
            owner, work, done=lambda _r: None, failure_text="Could not do it. Your plan is safe."
        )
        with qtbot.waitSignal(operation.finished, timeout=15000):
            pass
        assert shown[-1] == expected
    assert not any("Traceback" in text or "line 12" in text for text in shown)


def test_owner_destroyed_mid_operation_gets_no_callback_and_nothing_is_left_open(
    qtbot: Any,
) -> None:
    owner = QWidget()
    started, release = threading.Event(), threading.Event()
    called: list[str] = []
    discarded: list[str] = []
    seen_task: list[Task] = []

    def work(task: Task) -> str:
        seen_task.append(task)
        started.set()
        release.wait(10)
        return "an open plan file"

    operation = run_operation(
        owner, work, done=lambda r: called.append(r), failed=lambda e: called.append(repr(e)),
        discard=lambda r: discarded.append(r),
    )  # fmt: skip
    assert started.wait(10)
    shiboken6.delete(owner)  # the window closes while the work goes on
    assert not shiboken6.isValid(operation)
    assert seen_task[0].cancelled  # the work is told it may stop
    release.set()
    _wait_all(qtbot)  # its message has been routed: nothing more can arrive
    assert called == []
    assert discarded == ["an open plan file"]


def test_many_operations_leave_nothing_behind(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    results: list[int] = []
    for number in range(200):
        run_operation(owner, lambda _task, n=number: n * 2, done=results.append)
    qtbot.waitUntil(lambda: len(results) == 200, timeout=30000)
    _wait_all(qtbot)
    from PySide6.QtCore import QCoreApplication, QEvent

    # finished operations delete themselves later, on the GUI thread
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert sorted(results) == [n * 2 for n in range(200)]
    assert owner.findChildren(Operation) == []
    assert [o for o in gc.get_objects() if isinstance(o, Task)] == []
    assert live_operations() == 0
    from phbplanner.ui import operations

    assert operations._dispatcher is not None and operations._dispatcher.discards == {}


def test_work_runs_with_the_cycle_collector_paused_and_it_resumes_on_the_gui_thread(
    qtbot: Any,
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    assert gc.isenabled()
    during: list[bool] = []
    operation = run_operation(
        owner, lambda _task: during.append(gc.isenabled()), done=lambda _r: None
    )
    with qtbot.waitSignal(operation.finished, timeout=15000):
        pass
    assert during == [False]
    qtbot.waitUntil(gc.isenabled)  # switched on again by the GUI thread's dispatcher
    assert background.running_jobs() == 0
