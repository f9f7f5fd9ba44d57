"""One text-size step (Ctrl + / Ctrl −) in the window with the example plan open (offscreen).

Every page of the plan is visited first (so all of them are built and laid out, as after a while
of use), then the text size steps 100 → 200 → 100 % while the My support page (the largest) is
shown. A step is timed from the key's action to the window laid out and painted again.

- new: the text size as one font change (``set_scale``: ``theme.apply_text_scale``).
- old: what a step did before (``theme.apply_theme``: the style sheet set again, every widget
  re-polished), measured here on the same window. The issue reported about 5 s per step.
- three quick presses: Ctrl + three times before the window has drawn → one update, +3 steps.
Target: a step ≤ 300 ms. Each figure is the wall time and, beside it, the process's CPU time: the
project's machine is shared, and other jobs stretch the wall time, not the CPU time (on a
machine of one's own the two are close: the work is on one thread).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="phb-bench-")  # not the host's settings

from PySide6.QtWidgets import QApplication

from bench.harness import report
from phbplanner.ui.main import make_app
from phbplanner.ui.theme import SCALES, apply_theme
from phbplanner.ui.window import MainWindow

REPORTED = 5.0  # seconds per step, as reported in the issue (before this change)


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def open_example(app: QApplication) -> MainWindow:
    window = MainWindow(text_scale=100, supporter=True)
    window.resize(1280, 800)
    window.show()
    opened: list[bool] = []
    window.plan_opened.connect(lambda: opened.append(True))
    window.open_example()
    deadline = time.monotonic() + 60
    while not opened and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    assert opened, "the example plan did not open"
    journey = window.journey
    for row in range(len(journey.pages)):
        journey.go(row)
        settle(app)
    journey.go(journey.pages.index(journey.page("my-support")))
    settle(app)
    return window


def steps() -> list[int]:
    up = [s for s in SCALES if s > 100]
    return up + list(reversed([s for s in SCALES if s < 200 and s >= 100]))


def time_steps(app: QApplication, step: object, rounds: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each step."""
    wall, cpu = [], []
    for _ in range(rounds):
        for percent in steps():
            start, start_cpu = time.perf_counter(), time.process_time()
            step(percent)  # type: ignore[operator]
            settle(app)
            wall.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
    return wall, cpu


def show(
    name: str,
    times: tuple[list[float], list[float]],
    old: tuple[list[float], list[float]] | None = None,
    target: float | None = None,
) -> None:
    for kind, values, before in zip(("wall", "CPU"), times, old or (None, None), strict=True):
        baseline = ("old step", statistics.median(before)) if before else None
        report(f"{name} ({kind})", statistics.median(values), target=target, baseline=baseline)


def main() -> None:
    app = make_app([sys.argv[0]])
    apply_theme(app, 100)
    window = open_example(app)
    print(f"Widgets in the window: {len(app.allWidgets())}; steps 100 → 200 → 100 %")

    def old_step(percent: int) -> None:
        apply_theme(app, percent)  # what every step did before
        window.scale = percent
        if window.plan_view is not None:
            window.plan_view.text_scale_changed()

    old = time_steps(app, old_step, 1)
    new = time_steps(app, window.set_scale, 3)
    print(f"{'reported in the issue (before)':<48} {REPORTED * 1000:9.2f} ms")
    show("old step", old)
    show("new step", new, old, target=0.300)
    report("new step: slowest of the run (CPU)", max(new[1]), target=0.300)

    updates: list[int] = []
    window.statusBar().messageChanged.connect(lambda text: updates.append(1) if text else None)
    window.set_scale(100)
    settle(app)
    updates.clear()
    start = time.process_time()
    for _ in range(3):
        window.step_scale(1)
    settle(app)
    elapsed = time.process_time() - start
    report(f"3 quick presses → {window.scale}% in {len(updates)} update (CPU)", elapsed,
           target=0.300)  # fmt: skip
    window.close_plan()
    window.close()


if __name__ == "__main__":
    main()
