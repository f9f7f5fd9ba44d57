"""Process hardening done first thing, before anything about a person is in memory.

A crash must not leave the passphrase or the person's details in a core dump (an investigation
found the passphrase 7 times and the NHS number 5 times in one): the core-file limit is set to
0 — the hard limit too, so nothing later in the process can raise it — and on Linux the
process is marked not dumpable (``prctl(PR_SET_DUMPABLE, 0)``), which also stops other
processes of the same user from reading its memory through ``/proc`` or a debugger. The file
creation mask is set so every file and folder the program makes is private (``0600``/``0700``)
even where the code does not say so explicitly.

Standard library only; each step is skipped quietly where the system does not offer it.
"""

from __future__ import annotations

import contextlib
import os
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def disable_core_dumps() -> None:
    """Core dumps off for this process: hard limit 0 and, on Linux, not dumpable."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool:
    """True when this process may still be dumped (Linux; elsewhere: the core limit)."""
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return True
    return resource.getrlimit(resource.RLIMIT_CORE) != (0, 0)


def harden_process() -> None:
    """Everything above: call it before anything else in the program's entry point."""
    disable_core_dumps()
    if os.name == "posix":
        os.umask(0o077)
