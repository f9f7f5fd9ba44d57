"""Startup, black-box: from starting the process to its first window mapped on an X server.

PHB Planner's own command (an installed ``phbplanner``, started as a person's desktop starts it)
runs alternately with an empty PySide6 ``QMainWindow`` in the *same* Python, on one private Xvfb
server. ``xev`` watches the server's root window and reports each window the moment it is mapped;
the time runs from just before the process is started to that moment. Prints the median of each
and the ratio (target: at most 1.3).

    .venv/bin/python -m bench startup                     # the program in .venv
    .venv/bin/python bench/bench_startup.py --program /path/to/bin/phbplanner --runs 15
    .venv/bin/python bench/bench_startup.py --program dist/phbplanner/phbplanner  # a bundle

Needs the Debian packages ``xvfb`` and ``x11-utils`` (``.ci/setup --dev`` installs them).
Nothing is written outside a temporary folder: the settings and data folders point there.
"""

from __future__ import annotations

import argparse
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

TARGET = 1.3

EMPTY = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
app.exec()
"""


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """A new Xvfb on a free display number well away from those people use; ready to answer."""
    first = 400 + os.getpid() % 400
    for number in range(first, first + 50):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        read, write = os.pipe()
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-displayfd", str(write), "-screen", "0", "1280x800x24",
             "-nolisten", "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(write)
        ready = os.read(read, 64).decode().strip()  # written once it accepts connections
        os.close(read)
        if ready == str(number):
            probe = ["xwininfo", "-root", "-display", f":{number}"]
            if subprocess.run(probe, capture_output=True).returncode == 0:
                return server, f":{number}"
        server.terminate()
        server.wait()
    raise SystemExit("could not start Xvfb on any display")


class XServer:
    """A private Xvfb server and an ``xev`` reporting each window mapped on it."""

    def __init__(self) -> None:
        for tool in ("Xvfb", "xev", "xwininfo"):
            if not shutil.which(tool):
                raise SystemExit(f"{tool} is not installed (Debian: xvfb x11-utils).")
        self.server, self.display = _start_xvfb()
        watch = ["xev", "-display", self.display, "-root", "-event", "substructure"]
        if shutil.which("stdbuf"):
            watch = ["stdbuf", "-oL", *watch]  # one line at a time through the pipe
        self.watcher = subprocess.Popen(watch, stdout=subprocess.PIPE, text=True)
        self.mapped: queue.Queue[float] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.watcher.stdout is not None
        for line in self.watcher.stdout:
            if line.startswith("MapNotify event"):
                self.mapped.put(time.perf_counter())

    def time_to_window(self, command: list[str], env: dict[str, str]) -> tuple[float, float]:
        """Seconds from starting ``command`` to its first window mapped, and the processor time
        it had used by then (all its threads); then it is stopped."""
        while not self.mapped.empty():
            self.mapped.get_nowait()
        started = time.perf_counter()
        child = subprocess.Popen(
            command,
            env={**env, "DISPLAY": self.display},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            mapped = self.mapped.get(timeout=60)
            cpu = _cpu_seconds(child.pid)
        except queue.Empty:
            if self.watcher.poll() is not None:
                raise SystemExit("xev stopped watching the X server") from None
            raise SystemExit(f"no window appeared: {' '.join(command)}") from None
        finally:
            child.terminate()
            child.wait()
        return mapped - started, cpu

    def close(self) -> None:
        for process in (self.watcher, self.server):
            process.terminate()
            process.wait()


def _cpu_seconds(pid: int) -> float:
    """Processor time used so far by every thread of ``pid`` (Linux schedstat, nanoseconds).

    Unlike the wall time, this hardly changes when other work shares the machine."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue  # a thread that ended just now
    return total / 1e9


def python_of(program: Path) -> str:
    """The Python that runs ``program``: its own script's interpreter, or this one."""
    with program.open("rb") as script:
        first = script.readline()
    if first.startswith(b"#!"):
        return first[2:].decode().strip().split()[0]
    return sys.executable  # a bundle's own executable: compare with this Python's Qt


def measure(program: Path, runs: int) -> dict[str, list[float]]:
    """Interleaved runs of the empty window and of ``program``: wall and processor seconds."""
    home = Path(tempfile.mkdtemp(prefix="phbplanner-bench-"))
    env = {name: value for name, value in os.environ.items() if name != "QT_QPA_PLATFORM"}
    env.update(HOME=str(home), QT_QPA_PLATFORM="xcb", QT_LOGGING_RULES="qt.qpa.*=false")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    commands = {"empty": [python_of(program), "-c", EMPTY], "program": [str(program)]}
    found: dict[str, list[float]] = {"empty": [], "program": [], "empty cpu": [], "program cpu": []}
    server = XServer()
    try:
        for command in commands.values():  # warm the disk cache for both
            server.time_to_window(command, env)
        for _ in range(runs):  # interleaved, so both see the same machine load
            for name, command in commands.items():
                wall, cpu = server.time_to_window(command, env)
                found[name].append(wall)
                found[f"{name} cpu"].append(cpu)
    finally:
        server.close()
        shutil.rmtree(home, ignore_errors=True)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], allow_abbrev=False)
    here = Path(sys.executable).parent / "phbplanner"
    parser.add_argument("--program", type=Path, default=here, help=f"default: {here}")
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    if not args.program.exists():
        raise SystemExit(f"No program at {args.program}: install PHB Planner first.")
    found = measure(args.program.absolute(), args.runs)
    m = {name: statistics.median(values) for name, values in found.items()}
    ratio = m["program"] / m["empty"]
    print(f"program: {args.program} (Python {python_of(args.program.absolute())})")
    print(f"medians of {args.runs} runs each, interleaved; wall time, then processor time used")
    print(f"empty QMainWindow mapped:        {m['empty'] * 1000:6.0f} ms  "
          f"({m['empty cpu'] * 1000:4.0f} ms processor)")  # fmt: skip
    print(f"PHB Planner's first window:      {m['program'] * 1000:6.0f} ms  "
          f"({m['program cpu'] * 1000:4.0f} ms processor; wall "
          f"{min(found['program']) * 1000:.0f}–{max(found['program']) * 1000:.0f} ms)")  # fmt: skip
    verdict = "meets" if ratio <= TARGET else "MISSES"
    print(f"ratio (wall):                    {ratio:6.2f}  ({verdict} target ≤ {TARGET:.2f})")
    print(f"ratio (processor time):          {m['program cpu'] / m['empty cpu']:6.2f}")


if __name__ == "__main__":
    main()
