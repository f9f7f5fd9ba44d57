"""Tiny timing helpers shared by the benchmark scripts."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(
    work: Callable[[], object],
    *,
    repeat: int = 15,
    warmup: int = 2,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """The median time of ``work()`` over ``repeat`` runs, after ``warmup`` untimed runs.

    ``clock`` is wall time by default; ``time.process_time`` gives this process's CPU time, which
    other work on the machine's two shared cores does not inflate.
    """
    for _ in range(warmup):
        work()
    times = []
    for _ in range(repeat):
        start = clock()
        work()
        times.append(clock() - start)
    return statistics.median(times)


def report(name: str, seconds: float, *, target: float | None = None,
           baseline: tuple[str, float] | None = None) -> None:  # fmt: skip
    """Print one figure, its ratio to a baseline and whether it meets its target."""
    parts = [f"{name:<48} {seconds * 1000:9.2f} ms"]
    if baseline is not None:
        parts.append(f"{seconds / baseline[1]:6.1f}× {baseline[0]}")
    if target is not None:
        verdict = "meets" if seconds <= target else "MISSES"
        parts.append(f"{verdict} target {target * 1000:.0f} ms")
    print("  ".join(parts), flush=True)
