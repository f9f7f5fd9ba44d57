"""Keep Python's cycle collector off worker threads (the window's jobs and the services' own).

If the cycle collector runs on a worker thread it may free a Qt object (a dialog, a widget) that
belongs to the GUI thread — from the wrong thread, which crashes Qt. Background jobs therefore
run inside :func:`no_cycle_collection`: reference counting still frees almost everything at once,
and the collector catches up on the GUI thread as soon as the last job ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_running = 0
_was_enabled = True


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause cyclic garbage collection while any background job is running."""
    global _running, _was_enabled
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _was_enabled:
                gc.enable()
