"""Keeping Python's cycle collector off background threads (no Qt here: services use it too).

If the cycle collector runs on a worker thread it may free a Qt object (a dialog, a widget) that
belongs to the GUI thread — from the wrong thread, which crashes Qt. Every background job (the
window's operations, the automatic backup thread) therefore runs inside
:func:`no_cycle_collection`: reference counting still frees almost everything at once, and the
collector is paused while any job runs.

When the last job ends, collection is switched back on. In the window that must happen on the
GUI thread too (a collection triggered by the worker's last few allocations would run on the
worker), so the window installs a *resume hook* with :func:`set_resume_hook`: the job's thread
calls it instead of re-enabling, and the hook asks the GUI thread to call
:func:`resume_collection`. Without a hook (the command line, tests of the services) the job's
thread re-enables collection itself.
"""

from __future__ import annotations

import gc
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_running = 0
_paused_by_us = False
_resume_hook: Callable[[], None] | None = None
_entered: Counter[str] = Counter()


def set_resume_hook(hook: Callable[[], None] | None) -> None:
    """Have ``hook`` (called on the job's thread) arrange :func:`resume_collection` elsewhere."""
    global _resume_hook
    with _lock:
        _resume_hook = hook


def resume_hook() -> Callable[[], None] | None:
    """The resume hook installed now, if any."""
    with _lock:
        return _resume_hook


def resume_collection() -> None:
    """Switch the cycle collector back on if no job is running and we switched it off."""
    global _paused_by_us
    with _lock:
        if _running == 0 and _paused_by_us:
            _paused_by_us = False
            gc.enable()


def running_jobs() -> int:
    """How many jobs are inside :func:`no_cycle_collection` now."""
    with _lock:
        return _running


def entered_by(thread_name: str) -> int:
    """How many times a thread of this name has entered the guard (for tests and diagnosis)."""
    with _lock:
        return _entered[thread_name]


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause cyclic garbage collection while any background job is running."""
    global _running, _paused_by_us
    with _lock:
        if _running == 0 and gc.isenabled():
            gc.disable()
            _paused_by_us = True
        _running += 1
        name = threading.current_thread().name
        if name in _entered or len(_entered) < 64:  # bounded: thread names repeat
            _entered[name] += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            last = _running == 0
            hook = _resume_hook
        if last:
            if hook is None:
                resume_collection()
            else:
                try:
                    hook()
                except Exception:  # the window is going away: switch it on here
                    resume_collection()
