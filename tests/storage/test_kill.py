"""Nothing committed is lost when the process is killed (kill -9) at any moment.

How many commits each round lets through before the kill comes from the run's seed
(``PHBPLANNER_TEST_SEED``, shown in pytest's header; ``.ci/test`` fixes it), so a failure can be
repeated with the same choices. Where exactly the kill lands inside a commit is up to the
machine, which is what this test is about.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from phbplanner.services.files import open_plan_file
from phbplanner.storage.engine import make_engine

from .support import PASS, ROOT

CHILD = """
import sys
from pathlib import Path
from phbplanner.domain.plan import Strength
from phbplanner.services.edits import PutItem
from phbplanner.services.files import open_plan_file

session = open_plan_file(Path(sys.argv[1]), sys.argv[2], author="child")
start = int(sys.argv[3])
print("ready", flush=True)
for n in range(start, start + 1_000_000):
    session.apply(PutItem("strengths", Strength(id=f"k{n}", text=f"change {n}")))
    print(n, flush=True)  # only after the commit returned
"""


def _check_file(path: Path) -> list[int]:
    engine = make_engine(path, PASS)
    try:
        with engine.connect() as conn:
            assert list(conn.exec_driver_sql("PRAGMA cipher_integrity_check")) == []
            assert conn.exec_driver_sql("PRAGMA quick_check").scalar_one() == "ok"
    finally:
        engine.dispose()
    with open_plan_file(path, PASS, author="parent", backup=False) as session:
        return sorted(int(s.id[1:]) for s in session.plan.strengths if s.id.startswith("k"))


@pytest.mark.slow
def test_kill_minus_nine_loses_nothing_committed(plan_file: Path, test_seed: int) -> None:
    rng = random.Random(test_seed)
    seed = f"PHBPLANNER_TEST_SEED={test_seed}"
    print(seed)
    start = 1
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for round_number in range(5):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(plan_file), PASS, str(start)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        committed = start - 1
        wanted = 0 if round_number == 0 else rng.randrange(1, 60)  # round 0: during open
        for _ in range(wanted):
            committed = int(child.stdout.readline())
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        found = _check_file(plan_file)
        assert found[:committed] == list(range(1, committed + 1)), seed
        # at most the change in flight when killed may also be there, and nothing else
        assert found == list(range(1, len(found) + 1)), seed
        assert len(found) in (committed, committed + 1), seed
        start = len(found) + 1
