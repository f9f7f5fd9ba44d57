"""A 10,000-line plan (the most the format allows) through ``new``, ``check`` and ``summary``.

The example plan grown to 10,000 support lines (every frequency, notes, providers, dismissed
warnings) and 40 outcomes, as interchange JSON. Figures (medians, warm file cache):

- baseline: ``json.loads`` of the same text — the least any program must do with it;
- importing the JSON with every entry rule (the reader alone);
- ``new``: import the JSON and create the encrypted file (what ``phbplanner new`` does in
  its process) — target ≤ 2 s;
- ``check``/``summary``: open the file, read the plan back, its versions and fingerprint, the
  costing and the readiness check (what the commands do in their process) — target ≤ 0.5 s
  beyond key derivation;
- the three commands as a person runs them (a fresh ``python -m phbplanner`` process each,
  imports and key derivation included), for reference.

Before the field lists and bulk inserts (issue 10.20, measured on the project's machine):
``new`` 13 s, ``check`` 3.9 s, ``summary`` 5.8 s for a 10,000-line plan.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import median_seconds, report
from phbplanner.domain.money import Money
from phbplanner.domain.plan import DismissedWarning, Outcome
from phbplanner.domain.schedule import Frequency, Schedule
from phbplanner.interchange.plan_json import dumps_plan, load_plan_file, loads_plan
from phbplanner.services.files import create_plan_file, open_plan_file
from phbplanner.services.summary import summary_data
from phbplanner.storage.engine import make_engine

LINES = int(os.environ.get("PHB_BENCH_LINES", "10000"))
PASS = "benchmark horse battery staple"
ROOT = Path(__file__).resolve().parent.parent


def generated_plan_json(lines: int = LINES, seed: int = 11) -> str:
    """The example plan grown to ``lines`` support lines and 40 outcomes, as JSON text."""
    plan = load_plan_file(ROOT / "resources" / "example-plan.json")
    rng = random.Random(seed)
    start = plan.budget.period_start or date(2026, 4, 1)
    outcomes = tuple(
        Outcome(
            f"o{i}", f"Outcome {i}: something that matters to me", importance=rng.randint(1, 10)
        )
        for i in range(1, 41)
    )
    frequencies = list(Frequency)
    support = []
    for i in range(lines):
        model = plan.support_lines[i % len(plan.support_lines)]
        first = start + timedelta(days=rng.randint(0, 200))
        last = None if rng.random() < 0.7 else first + timedelta(days=rng.randint(30, 300))
        support.append(
            dataclasses.replace(
                model,
                id=f"line{i}",
                description=f"{model.description} ({i})",
                provider=f"Provider {rng.randint(1, 300)}",
                unit_cost=Money(rng.randint(100, 20000)),
                quantity=Decimal(rng.randint(25, 1000)) / 100,
                schedule=Schedule(rng.choice(frequencies), first, last),
                outcomes=(f"o{rng.randint(1, 40)}",),
                notes=f"Note for line {i}: paid on the usual day." if i % 3 == 0 else "",
                dismissed_warnings=(
                    (DismissedWarning("wine", "it is for cooking"),) if i % 50 == 0 else ()
                ),
            )
        )
    budget = dataclasses.replace(plan.budget, indicative=Money(90_000_000_000))
    unpaid = tuple(dataclasses.replace(u, outcomes=("o1",)) for u in plan.unpaid_support)
    grown = dataclasses.replace(
        plan, outcomes=outcomes, support_lines=tuple(support), budget=budget, unpaid_support=unpaid
    )
    return dumps_plan(grown)


def _medians(work: object, repeat: int) -> tuple[float, float]:
    """Median wall time and median CPU time of this process (all threads) of ``work()``."""
    walls, cpus = [], []
    for _ in range(repeat):
        begin, cpu = time.perf_counter(), time.process_time()
        work()  # type: ignore[operator]
        walls.append(time.perf_counter() - begin)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["XDG_DATA_HOME"] = str(folder / "data")  # no backups outside this folder
        text = generated_plan_json()
        source = folder / "plan.json"
        source.write_text(text, encoding="utf-8")
        print(
            f"Interchange: {LINES:,} support lines, 40 outcomes, {len(text) / 1e6:.1f} MB of JSON"
        )

        baseline = median_seconds(lambda: json.loads(text), repeat=7)
        report("baseline: json.loads of the plan", baseline)
        imported = median_seconds(lambda: loads_plan(text), repeat=5, warmup=1)
        report("import the JSON (every entry rule)", imported, baseline=("json.loads", baseline))

        counter = [0]

        def new() -> None:
            counter[0] += 1
            target = folder / f"new{counter[0]}.phbplan"
            plan = load_plan_file(source)
            create_plan_file(target, PASS, plan, author="Bench").close()

        made, made_cpu = _medians(new, repeat=3)
        report("new: JSON → encrypted file, in all", made, target=2.0,
               baseline=("json.loads", baseline))  # fmt: skip
        report("  the same, CPU time", made_cpu)
        path = folder / "new1.phbplan"

        def derive() -> None:
            engine = make_engine(path, PASS, read_only=True)
            with engine.connect():  # the first read derives the key
                pass
            engine.dispose()

        derive()
        kdf, kdf_cpu = _medians(derive, repeat=5)
        report("key derivation (once per new or open)", kdf)

        def check() -> None:
            with open_plan_file(path, PASS, author="Bench", backup=False) as session:
                session.versions()
                _ = session.version.fingerprint
                summary_data(session.plan)

        check()
        checked, checked_cpu = _medians(check, repeat=5)
        report("check/summary: open, read, cost, readiness", checked,
               baseline=("json.loads", baseline))  # fmt: skip
        report("check/summary beyond key derivation", checked - kdf, target=0.5)
        report("  the same, CPU time", checked_cpu - kdf_cpu, target=0.5)

        env = dict(os.environ, PHBPLANNER_PASSPHRASE=PASS)
        command = [sys.executable, "-m", "phbplanner"]

        def run(*args: str) -> float:
            begin = time.perf_counter()
            subprocess.run([*command, *args], env=env, check=False, capture_output=True)
            return time.perf_counter() - begin

        runs = [
            run("new", str(folder / f"cli{n}.phbplan"), "--from", str(source)) for n in range(3)
        ]
        report("phbplanner new (a fresh process)", statistics.median(runs))
        report("phbplanner check (a fresh process)",
               statistics.median(run("check", str(path)) for _ in range(3)))  # fmt: skip
        report("phbplanner summary (a fresh process)",
               statistics.median(run("summary", str(path)) for _ in range(3)))  # fmt: skip
        report("phbplanner check plan.json (a fresh process)",
               statistics.median(run("check", str(source)) for _ in range(3)))  # fmt: skip


if __name__ == "__main__":
    main()
