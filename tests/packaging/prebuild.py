"""Builds started early, so the suite does not wait for them: the bundle and the installed wheel
take minutes of mostly waiting (the package index, PyInstaller), so ``tests/conftest.py`` starts
them on a thread as soon as the tests are collected and runs the packaging tests last; their
fixtures then take what was built (or the error that stopped it, with its output).

A build that was not started early (a test run alone, by node id) is made when first asked for,
as before."""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

_threads: dict[str, threading.Thread] = {}
_results: dict[str, Any] = {}
_errors: dict[str, BaseException] = {}
_folder_of: dict[str, Path] = {}


def start(name: str, build: Callable[[Path], Any]) -> None:
    """Start ``build(folder)`` on a thread, in a new temporary folder (once per name)."""
    if name in _threads:
        return
    folder = Path(tempfile.mkdtemp(prefix=f"phbplanner-{name}-"))
    _folder_of[name] = folder

    def work() -> None:
        try:
            _results[name] = build(folder)
        except BaseException as exc:  # handed to the fixture that asks for it
            _errors[name] = exc

    thread = threading.Thread(target=work, name=f"prebuild-{name}", daemon=True)
    _threads[name] = thread
    thread.start()


def result(name: str, build: Callable[[Path], Any], folder: Path) -> Any:
    """What ``name``'s build made: waited for when it was started early, else built now in
    ``folder``."""
    thread = _threads.get(name)
    if thread is None:
        return build(folder)
    thread.join()
    if name in _errors:
        raise _errors[name]
    return _results[name]


def clean_up() -> None:
    """Remove the early builds' folders (at the end of the session). A build still running
    (the run was stopped early) is left to finish in its temporary folder."""
    running = {name for name, thread in _threads.items() if thread.is_alive()}
    for name, folder in list(_folder_of.items()):
        if name not in running:
            shutil.rmtree(folder, ignore_errors=True)
            del _folder_of[name]
