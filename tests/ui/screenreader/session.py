"""A private screen, D-Bus session and accessibility bus, with the program and a listener on it.

:class:`ScreenReaderSession` starts, each on its own: Xvfb (1280×800), a D-Bus session bus, the
AT-SPI bus launcher, the program (:mod:`app_driver`, the project's Python, xcb, accessibility on)
and the listener (:mod:`atspi_walker`, Debian's ``/usr/bin/python3`` with ``gi.repository.Atspi``).
``act`` asks the program to do something and returns the events a screen reader heard because of
it; ``tree`` returns what a screen reader can reach now. Everything is stopped at the end.

Keys are pressed on the virtual keyboard with ``xdotool``, as a person presses them. Needs the
Debian packages ``xvfb dbus-daemon dbus-bin at-spi2-core gir1.2-atspi-2.0 python3-gi xdotool``
(``bash .ci/setup --dev`` installs them).
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = (
    "/usr/libexec/at-spi-bus-launcher",
    "/usr/lib/at-spi2-core/at-spi-bus-launcher",
    "/usr/lib/at-spi2/at-spi-bus-launcher",
)
#: How long to wait for one answer before giving up (a safety net: answers take milliseconds).
PATIENCE = 120


def missing_tools() -> list[str]:
    """What this machine lacks to run the screen-reader test (empty: nothing)."""
    missing = [tool for tool in ("Xvfb", "dbus-daemon", "xdotool") if shutil.which(tool) is None]
    if not any(Path(p).exists() for p in BUS_LAUNCHERS):
        missing.append("at-spi-bus-launcher (at-spi2-core)")
    probe = "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"
    if (
        not Path(SYSTEM_PYTHON).exists()
        or subprocess.run([SYSTEM_PYTHON, "-c", probe], capture_output=True).returncode
    ):
        missing.append("python3-gi with gir1.2-atspi-2.0 for /usr/bin/python3")
    return missing


class Lines:
    """JSON lines from a child process's stdout, read on a thread (so waiting can give up)."""

    def __init__(self, name: str, process: subprocess.Popen[str], log: Path) -> None:
        self.name, self.process, self.log = name, process, log
        self.queue: queue.Queue[str | None] = queue.Queue()
        assert process.stdout is not None
        threading.Thread(target=self._pump, args=(process.stdout,), daemon=True).start()

    def _pump(self, stream: IO[str]) -> None:
        for line in stream:
            self.queue.put(line)
        self.queue.put(None)

    def send(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(message) + "\n")
        self.process.stdin.flush()

    def receive(self) -> dict[str, Any]:
        try:
            line = self.queue.get(timeout=PATIENCE)
        except queue.Empty:
            raise AssertionError(f"{self.name} did not answer; its log:\n{self.tail()}") from None
        if line is None:
            raise AssertionError(f"{self.name} stopped; its log:\n{self.tail()}")
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            raise AssertionError(f"{self.name}: {answer['error']}\nits log:\n{self.tail()}")
        return answer

    def ask(self, message: dict[str, Any]) -> dict[str, Any]:
        self.send(message)
        return self.receive()

    def tail(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-4000:]
        except OSError:
            return "(no log)"


class ScreenReaderSession:
    """The program on a private screen with a listener on its accessibility bus."""

    def __init__(self, folder: Path, plan_file: Path, passphrase: str) -> None:
        self.folder = folder
        self.processes: list[subprocess.Popen[Any]] = []
        self.env = self._private_environment()
        self._start_display()
        self._start_buses()
        self.app = self._start_program(plan_file, passphrase)
        self.walker = self._start_walker()
        self.act({"do": "sync"})  # a first round trip: the listener hears everything from here

    # -- starting -------------------------------------------------------------------------
    def _private_environment(self) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            path = self.folder / name.lower()
            path.mkdir(parents=True, exist_ok=True)
            env[name] = str(path)
        runtime = self.folder / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env["XDG_RUNTIME_DIR"] = str(runtime)
        env.pop("QT_QPA_PLATFORM", None)
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        env.pop("AT_SPI_BUS_ADDRESS", None)
        env["NO_AT_BRIDGE"] = "0"
        return env

    def _spawn(self, name: str, command: list[str], **kwargs: Any) -> subprocess.Popen[Any]:
        log = open(self.folder / f"{name}.log", "w")  # noqa: SIM115 (closed with the process)
        process = subprocess.Popen(command, env=self.env, stderr=log, **kwargs)
        self.processes.append(process)
        return process

    def _start_display(self) -> None:
        read, write = os.pipe()
        self._spawn(
            "xvfb",
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as stream:
            number = stream.readline().strip()
        if not number:
            raise AssertionError("Xvfb did not start")
        self.env["DISPLAY"] = f":{number}"

    def _start_buses(self) -> None:
        bus = self._spawn(
            "dbus",
            ["dbus-daemon", "--session", "--nofork", "--print-address"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        if not address:
            raise AssertionError("dbus-daemon did not start")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        launcher = next(p for p in BUS_LAUNCHERS if Path(p).exists())
        self._spawn(
            "atspi-bus",
            [launcher, "--launch-immediately", "--a11y=1"],
            stdout=subprocess.DEVNULL,
        )

    def _start_program(self, plan_file: Path, passphrase: str) -> Lines:
        env = dict(self.env)
        env.update(
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
            PHBPLANNER_TEST_PASSPHRASE=passphrase,
        )
        log = self.folder / "program.log"
        process = subprocess.Popen(
            [sys.executable, str(HERE / "app_driver.py"), str(plan_file)],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=open(log, "w"),  # noqa: SIM115 (closed with the process)
            text=True,
        )
        self.processes.append(process)
        program = Lines("the program", process, log)
        program.receive()  # {"ready": true}: the window is shown
        return program

    def _start_walker(self) -> Lines:
        log = self.folder / "walker.log"
        process = subprocess.Popen(
            [SYSTEM_PYTHON, str(HERE / "atspi_walker.py")],
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=open(log, "w"),  # noqa: SIM115 (closed with the process)
            text=True,
        )
        self.processes.append(process)
        walker = Lines("the AT-SPI listener", process, log)
        for _ in range(400):  # the program registers on the bus as its window shows
            if walker.ask({"do": "hello", "app": "PHB Planner"})["found"]:
                return walker
            time.sleep(0.05)  # setting up, not measuring: the registry is not up yet
        raise AssertionError("the program never appeared on the accessibility bus")

    # -- using ----------------------------------------------------------------------------
    def act(self, command: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Ask the program to do ``command``; its answer and the events it caused."""
        answer = self.app.ask(command)
        events = self.walker.ask({"do": "collect", "token": answer["token"]})["events"]
        return answer, events

    def press(self, keys: str) -> list[dict[str, Any]]:
        """Press ``keys`` on the real (virtual) keyboard, as a person would — ``"Tab"``,
        ``"shift+Tab"``, ``"alt+Right"`` (xdotool's names) — and return the events it caused."""
        subprocess.run(
            ["xdotool", "key", "--clearmodifiers", keys], env=self.env, check=True, timeout=30
        )
        return self.act({"do": "sync"})[1]

    def tree(self) -> list[dict[str, Any]]:
        """Every showing node of the program's windows, as a screen reader reads them."""
        nodes: list[dict[str, Any]] = self.walker.ask({"do": "tree"})["nodes"]
        return nodes

    def close(self) -> None:
        for lines in (getattr(self, "walker", None), getattr(self, "app", None)):
            if lines is not None and lines.process.poll() is None:
                try:
                    lines.send({"do": "quit"})
                    lines.process.wait(timeout=20)
                except Exception:  # already gone, or stuck: stopped below
                    pass
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
