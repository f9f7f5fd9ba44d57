"""Passphrases typed at a terminal prompt (a real pseudo-terminal), never echoed or stored."""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.storage.support import EXAMPLE_PLAN, PASS, ROOT

PROMPTS = (b"New passphrase:", b"The same again:", b".phbplan:")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX terminal")


def _run_in_terminal(args: list[str], answers: list[str], tmp: Path) -> tuple[int, str]:
    """Run the CLI on a pseudo-terminal, typing each answer when a prompt appears."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PHBPLANNER_")}
    env.update(PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(tmp / "data"))
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the program
        os.execve(sys.executable, [sys.executable, "-m", "phbplanner", *args], env)
    output = b""
    pending = list(answers)
    deadline = time.monotonic() + 60
    answered = 0  # output up to here has been answered
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 1024)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
            # answer only a real prompt (getpass shows it once echo is off)
            if pending and output[answered:].rstrip().endswith(PROMPTS):
                os.write(fd, pending.pop(0).encode() + b"\n")
                answered = len(output)
    else:  # the program is stuck: stop it rather than hang the test run
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace")


def test_new_and_check_with_passphrases_typed_at_a_prompt(tmp_path: Path) -> None:
    target = tmp_path / "typed.phbplan"
    code, output = _run_in_terminal(
        ["new", str(target), "--from", str(EXAMPLE_PLAN)], [PASS, PASS], tmp_path
    )
    assert code == 0, output
    assert "New passphrase:" in output and "Created" in output
    assert PASS not in output  # not echoed
    code, output = _run_in_terminal(["check", str(target)], [PASS], tmp_path)
    assert code == 0, output
    assert "Ready for sign-off" in output
    code, output = _run_in_terminal(["check", str(target)], ["a wrong passphrase"], tmp_path)
    assert code == 3, output
