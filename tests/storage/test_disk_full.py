"""A full disk: the change rolls back, the person is told, the file stays valid."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from phbplanner.domain.plan import Plan, Strength
from phbplanner.services.edits import Edit, PutItem
from phbplanner.services.files import DiskFullError, PlanSession, open_plan_file
from phbplanner.storage.engine import make_engine

from .support import PASS


def _big_edits(size: int, mark: str) -> list[Edit]:
    """Strengths of up to 19,000 characters adding up to about ``size`` characters."""
    text = (mark + " ") * (19_000 // (len(mark) + 1))
    return [
        PutItem("strengths", Strength(id=f"{mark}-{n}", text=text))
        for n in range(max(1, size // len(text)))
    ]


def _limit_pages(session: PlanSession) -> None:
    # SQLite reports SQLITE_FULL ("database or disk is full") when the file may not grow:
    # the same path through SQLite and our code as a real full disk.
    raw: Any = session._file.engine.raw_connection()
    try:
        driver = raw.driver_connection
        pages = driver.execute("PRAGMA page_count").fetchone()[0]
        driver.execute(f"PRAGMA max_page_count = {pages}")
    finally:
        raw.close()


def _assert_valid(path: Path, expected: Plan) -> None:
    engine = make_engine(path, PASS, read_only=True)
    try:
        with engine.connect() as conn:
            assert list(conn.exec_driver_sql("PRAGMA cipher_integrity_check")) == []
    finally:
        engine.dispose()
    with open_plan_file(path, PASS, author="Test", backup=False) as session:
        assert session.plan == expected


def test_full_file_rolls_back_and_keeps_the_plan(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Test", backup=False) as session:
        before = session.plan
        history = len(session.history())
        _limit_pages(session)
        with pytest.raises(DiskFullError) as info:
            session.apply_many(_big_edits(400_000, "full"), description="big")
        assert "disk" in info.value.message and "not saved" in info.value.message
        assert session.plan == before
        assert len(session.history()) == history
    _assert_valid(plan_file, before)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB filesystem (tmpfs; needs root — skipped otherwise)."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tiny filesystem here: {done.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        if subprocess.run(["umount", str(mount_point)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def test_really_full_disk(tiny_disk: Path, plan_file: Path) -> None:
    path = tiny_disk / "plan.phbplan"
    shutil.copyfile(plan_file, path)
    with open_plan_file(path, PASS, author="Test", backup=False) as session:
        last_good = session.plan
        failures = 0
        for number in range(200):
            try:
                last_good = session.apply_many(_big_edits(60_000, f"m{number}"), description="b")
            except DiskFullError:
                failures += 1
                assert session.plan == last_good
                break
        assert failures == 1, "the tiny disk never filled up"
    _assert_valid(path, last_good)
    with open_plan_file(path, PASS, author="Test", backup=False) as session:
        if session.read_only:  # the lock file itself did not fit
            assert session.read_only_reason == "The disk it is on is full."
