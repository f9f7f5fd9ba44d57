"""kill -9 during ``new``, ``passphrase`` and ``export`` (issue 10.8, 10.9): every file left
opens (or is absent), nothing blocks the name, and the next run leaves no temporary file.

Each loop kills the command at moments spread over its run (measured first), from a fixed seed
that is printed (set ``PHBPLANNER_KILL_SEED`` to repeat a run). Whatever the moment, the checks
must hold, so the outcome does not depend on where the kills land.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from phbplanner.services.files import list_backups, open_plan_file
from phbplanner.storage.engine import make_engine
from phbplanner.storage.errors import WrongPassphraseError
from tests.storage.conftest import plan_file, template_file
from tests.storage.support import EXAMPLE_PLAN, OTHER_PASS, PASS, ROOT, example_plan

__all__ = ["plan_file", "template_file"]

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="kill -9")]

KILLS = 4
SEED = int(os.environ.get("PHBPLANNER_KILL_SEED", "20261202"))


def _env(passphrase: str, new: str | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PHBPLANNER_PASSPHRASE": passphrase}
    env.pop("PHBPLANNER_NEW_PASSPHRASE", None)
    if new:
        env["PHBPLANNER_NEW_PASSPHRASE"] = new
    return env


def _command(args: list[str], env: dict[str, str]) -> list[str]:
    return [sys.executable, "-m", "phbplanner", *args]


def _timed(args: list[str], env: dict[str, str]) -> float:
    start = time.monotonic()
    done = subprocess.run(_command(args, env), env=env, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return time.monotonic() - start


def _kill_after(args: list[str], env: dict[str, str], delay: float) -> None:
    child = subprocess.Popen(
        _command(args, env), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        child.wait(timeout=delay)  # finished before the kill: fine too
    except subprocess.TimeoutExpired:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()


def _delays(total: float, rng: random.Random) -> list[float]:
    """Moments spread over a run that takes ``total`` seconds (most of it is starting up)."""
    return sorted(rng.uniform(0.35 * total, 1.05 * total) for _ in range(KILLS))


def _opens_with(path: Path, *passphrases: str) -> str:
    """The one passphrase of ``passphrases`` that opens ``path`` (every page checked)."""
    opened = []
    for passphrase in passphrases:
        engine = make_engine(path, passphrase, read_only=True)
        try:
            with engine.connect() as conn:
                assert list(conn.exec_driver_sql("PRAGMA cipher_integrity_check")) == []
                assert conn.exec_driver_sql("PRAGMA quick_check").scalar_one() == "ok"
            opened.append(passphrase)
        except WrongPassphraseError:
            pass
        finally:
            engine.dispose()
    assert len(opened) == 1, (path, len(opened))
    return opened[0]


def _ours(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".phbplanner-"))


def test_kill_during_new(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    print(f"kill seed {SEED}")
    env = _env(PASS)
    total = _timed(["new", str(tmp_path / "timing.phbplan"), "--from", str(EXAMPLE_PLAN)], env)
    for number, delay in enumerate(_delays(total, rng)):
        target = tmp_path / f"plan-{number}.phbplan"
        _kill_after(["new", str(target), "--from", str(EXAMPLE_PLAN)], env, delay)
        if target.exists():  # the rename happened: a whole plan
            _opens_with(target, PASS)
            with open_plan_file(target, PASS, author="T", backup=False) as session:
                assert session.plan == example_plan()
        else:  # the name is free: new works at once
            again = subprocess.run(
                _command(["new", str(target), "--from", str(EXAMPLE_PLAN)], env),
                env=env, capture_output=True, timeout=120,
            )  # fmt: skip
            assert again.returncode == 0, (seed_note(delay), again.stderr)
            _opens_with(target, PASS)
        assert not _ours(tmp_path) or all(name.endswith((".tmp", "-wal", "-shm", "-journal"))
                                          for name in _ours(tmp_path))  # fmt: skip
    _timed(["new", str(tmp_path / "last.phbplan"), "--from", str(EXAMPLE_PLAN)], env)
    assert _ours(tmp_path) == []  # the next run removed what the killed ones left


def seed_note(delay: float) -> str:
    return f"seed {SEED}, killed after {delay:.2f} s"


def test_kill_during_passphrase(plan_file: Path) -> None:
    rng = random.Random(SEED + 1)
    print(f"kill seed {SEED + 1}")
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        session.backup_now()
        session.backup_now()
    current, other = PASS, OTHER_PASS
    total = _timed(["passphrase", str(plan_file)], _env(current, other))
    current, other = other, current
    for delay in _delays(total, rng):
        _kill_after(["passphrase", str(plan_file)], _env(current, other), delay)
        # the plan and every backup open with exactly one of the two passphrases
        now = _opens_with(plan_file, current, other)
        for info in list_backups(plan_file):
            _opens_with(info.path, current, other)
        with open_plan_file(plan_file, now, author="T", backup=False) as session:
            assert session.plan == example_plan(), seed_note(delay)
        if now != current:
            current, other = other, current
    # a complete run afterwards puts everything on one passphrase and leaves no temporary file
    _timed(["passphrase", str(plan_file)], _env(current, other))
    folder = list_backups(plan_file)[0].path.parent
    for info in list_backups(plan_file):
        assert _opens_with(info.path, current, other) == other
    assert not list(folder.glob(".tmp-rekey-*"))


def test_kill_during_export(plan_file: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED + 2)
    print(f"kill seed {SEED + 2}")
    env = _env(PASS)
    out = tmp_path / "exports"
    out.mkdir()
    for fmt in ("json", "pdf"):
        target = out / f"plan.{fmt}"
        args = ["export", str(plan_file), "--format", fmt, "--output", str(target), "--force"]
        total = _timed(args, env)
        for delay in _delays(total, rng):
            before = target.read_bytes()
            _kill_after(args, env, delay)
            data = target.read_bytes()  # the old export or a whole new one, never half
            if fmt == "json":
                assert json.loads(data)["format"] == "phbplanner-plan"
            else:
                assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
            assert data == before or len(data) > 1000
            for part in out.glob(".phbplanner-export-*.part"):
                assert part.stat().st_mode & 0o777 == 0o600  # plaintext, but private
        _timed(args, env)
        assert not list(out.glob(".*.part")), "the next export removes what killed ones left"
    _opens_with(plan_file, PASS)
