"""Core dumps are off in a started program, window and CLI alike (issue 10.11): the hard limit
is 0 and the process is not dumpable, so a crash leaves no copy of the passphrase or the
person's details on disk."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.storage.conftest import template_file

__all__ = ["template_file"]

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and prctl")


def _core_limits(pid: int) -> tuple[str, str] | None:
    """(soft, hard) core-file limits of a running process, from /proc."""
    try:
        text = Path(f"/proc/{pid}/limits").read_text()
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith("Max core file size"):
            soft, hard = line.split()[4:6]
            return soft, hard
    return None


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PHBPLANNER_")}
    env.update(PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(tmp_path / "data"))
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    return env


def test_the_entry_point_turns_core_dumps_off_for_good(tmp_path: Path) -> None:
    code = (
        "import resource, os\n"
        "from phbplanner.__main__ import main\n"
        "from phbplanner.hardening import is_dumpable\n"
        "assert is_dumpable()\n"
        "assert main(['--version']) == 0\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable(), oct(os.umask(0)))\n"
        "try:\n"
        "    resource.setrlimit(resource.RLIMIT_CORE, (1 << 20, 1 << 20))\n"
        "    print('raised')\n"
        "except (ValueError, OSError):\n"
        "    print('cannot be raised again')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=_env(tmp_path), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[-2] == "(0, 0) False 0o77"
    if os.geteuid() != 0:  # root may raise a hard limit again; nobody else can
        assert lines[-1] == "cannot be raised again"


def test_a_running_command_has_no_core_dumps(tmp_path: Path, template_file: Path) -> None:
    """The CLI, started as a person starts it, waiting at its passphrase prompt."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the program
        os.execve(
            sys.executable,
            [sys.executable, "-m", "phbplanner", "check", str(template_file)],
            _env(tmp_path),
        )
    try:
        output = b""
        deadline = time.monotonic() + 60
        while b"Passphrase for" not in output and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                output += os.read(fd, 1024)
        assert b"Passphrase for" in output, output
        assert _core_limits(pid) == ("0", "0")
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


def test_the_running_window_has_no_core_dumps(tmp_path: Path) -> None:
    window = subprocess.Popen(
        [sys.executable, "-m", "phbplanner"],
        env=_env(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        limits = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and window.poll() is None:
            limits = _core_limits(window.pid)
            if limits == ("0", "0"):
                break
            time.sleep(0.1)
        assert window.poll() is None, "the window did not stay open"
        assert limits == ("0", "0")
    finally:
        window.kill()
        window.wait()
