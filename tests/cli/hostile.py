"""Helpers for the hostile-input tests: a hang guard and a folder of awkward files."""

from __future__ import annotations

import contextlib
import faulthandler
import os
import shutil
import signal
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.storage.support import EXAMPLE_PLAN, PASS


@contextlib.contextmanager
def no_hang(seconds: int = 60) -> Iterator[None]:
    """Fail (rather than wait for ever) if the code inside blocks, e.g. opening a FIFO.

    The alarm interrupts Python code; a C library that retries an interrupted call (SQLite
    does) cannot be interrupted, so as a last resort the whole run is ended with a traceback
    a little later — a failed run, never a hung one.
    """

    def hung(signum: int, frame: object) -> None:
        raise AssertionError(f"blocked for {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    faulthandler.dump_traceback_later(seconds + 30, exit=True, file=sys.__stderr__)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


#: The awkward things :func:`awkward_files` makes, by name.
SLOTS = (
    "plan", "plan-link", "backup", "json", "missing", "folder", "fifo", "socket", "zero",
    "null", "empty", "text", "binary", "good-pass", "bom-pass", "nul-pass", "utf16-json",
    "long-name", "non-utf8", "escape-name", "surrogate", "new", "out", "non-utf8-new",
)  # fmt: skip


@contextlib.contextmanager
def awkward_files(folder: Path, template: Path, backup: Path) -> Iterator[dict[str, str]]:
    """Make every slot in ``folder``; yield slot name → the string to put on a command line."""
    plan = folder / "plan.phbplan"
    shutil.copyfile(template, plan)
    (folder / "link.phbplan").symlink_to(plan.name)
    shutil.copyfile(backup, folder / "backup.phbplan")
    shutil.copyfile(EXAMPLE_PLAN, folder / "plan.json")
    (folder / "a folder").mkdir()
    os.mkfifo(folder / "fifo")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock"))
    (folder / "empty").write_bytes(b"")
    (folder / "text.txt").write_text("hello " * 100, "utf-8")
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 20)
    (folder / "good.pass").write_text(PASS + "\n", "utf-8")
    (folder / "bom.pass").write_bytes(b"\xef\xbb\xbf" + PASS.encode() + b"\n")
    (folder / "nul.pass").write_bytes(b"abc\x00def\n")
    (folder / "utf16.json").write_bytes(EXAMPLE_PLAN.read_text("utf-8").encode("utf-16"))
    raw = os.fsencode(str(folder))
    non_utf8 = os.fsdecode(raw + b"/caf\xe9.json")
    shutil.copyfile(EXAMPLE_PLAN, non_utf8)
    try:
        yield {
            "plan": str(plan),
            "plan-link": str(folder / "link.phbplan"),
            "backup": str(folder / "backup.phbplan"),
            "json": str(folder / "plan.json"),
            "missing": str(folder / "missing.phbplan"),
            "folder": str(folder / "a folder"),
            "fifo": str(folder / "fifo"),
            "socket": str(folder / "sock"),
            "zero": "/dev/zero",
            "null": "/dev/null",
            "empty": str(folder / "empty"),
            "text": str(folder / "text.txt"),
            "binary": str(folder / "binary.bin"),
            "good-pass": str(folder / "good.pass"),
            "bom-pass": str(folder / "bom.pass"),
            "nul-pass": str(folder / "nul.pass"),
            "utf16-json": str(folder / "utf16.json"),
            "long-name": str(folder / ("n" * 300)),
            "non-utf8": non_utf8,
            "escape-name": str(folder / "e\x1b[2J\u202e.phbplan"),
            "surrogate": str(folder / "\ud800.phbplan"),
            "new": str(folder / "new.phbplan"),
            "out": str(folder / "out.pdf"),
            "non-utf8-new": os.fsdecode(raw + b"/n\xff.phbplan"),
        }
    finally:
        sock.close()
