"""Time to the first shown window: PHB Planner's start screen vs an empty PySide6 QMainWindow.

Each run is a fresh Python process (offscreen); the time is from starting the process to the
first turn of the event loop after ``show()``. Prints the median of several runs of each, and
the ratio (target: at most 1.5).

    .venv/bin/python bench/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

EMPTY = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

PLANNER = """
from phbplanner.__main__ import main  # the entry point's own imports
from phbplanner.app import parse_gui_args
from phbplanner.ui.main import make_app
from phbplanner.ui.theme import apply_theme
from phbplanner.ui import settings
from PySide6.QtCore import QTimer
args = parse_gui_args([])
app = make_app(["phbplanner"])
apply_theme(app, settings.text_scale())
from phbplanner.ui.window import MainWindow
window = MainWindow()
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def time_once(code: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, env=env, text=True
    ) as child:
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = time.perf_counter() - started
        child.wait()
    if line.strip() != "shown":
        raise SystemExit("the window did not show")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, allow_abbrev=False)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="phbplanner-bench-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=home)
    time_once(EMPTY, env)  # warm the disk cache for both
    time_once(PLANNER, env)
    empty, planner = [], []
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        empty.append(time_once(EMPTY, env))
        planner.append(time_once(PLANNER, env))
    e, p = statistics.median(empty), statistics.median(planner)
    print(f"empty QMainWindow:        {e * 1000:6.0f} ms (median of {args.runs})")
    print(f"PHB Planner start screen: {p * 1000:6.0f} ms (median of {args.runs})")
    print(f"ratio:                    {p / e:6.2f} (target ≤ 1.50)")


if __name__ == "__main__":
    main()
