"""Creating a plan never leaves a half-made file under its name (issue 10.8), and re-keying
backups leaves each one opening with exactly one of the two passphrases (issue 10.9)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from phbplanner.services.files import (
    StorageError,
    create_plan_file,
    list_backups,
    open_plan_file,
)
from phbplanner.storage import backups, planfile
from phbplanner.storage.engine import make_engine
from phbplanner.storage.errors import WrongPassphraseError

from .support import OTHER_PASS, PASS, ROOT, example_plan


def _opens_with(path: Path, passphrase: str) -> bool:
    engine = make_engine(path, passphrase, read_only=True)
    try:
        with engine.connect() as conn:
            assert list(conn.exec_driver_sql("PRAGMA cipher_integrity_check")) == []
            return True
    except WrongPassphraseError:
        return False
    finally:
        engine.dispose()


def test_a_failed_create_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("failed half way")

    monkeypatch.setattr(planfile, "insert_document", broken)
    target = tmp_path / "new.phbplan"
    with pytest.raises(RuntimeError):
        create_plan_file(target, PASS, example_plan(), author="T")
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    create_plan_file(target, PASS, example_plan(), author="T").close()  # the name is free
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.phbplan"]
    assert target.stat().st_mode & 0o777 == 0o600


def test_create_refuses_an_existing_name_even_a_dangling_link(tmp_path: Path) -> None:
    (tmp_path / "gone.phbplan").symlink_to(tmp_path / "nowhere")
    with pytest.raises(StorageError, match="already a file"):
        create_plan_file(tmp_path / "gone.phbplan", PASS, example_plan(), author="T")
    assert not (tmp_path / "nowhere").exists()


def test_create_refuses_a_name_too_long_for_its_side_files(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="too long"):
        create_plan_file(tmp_path / ("n" * 250), PASS, example_plan(), author="T")
    assert list(tmp_path.iterdir()) == []


HOLD_TEMP = """
import sys, fcntl, os
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
sys.stdin.readline()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_leftovers_of_killed_creates_are_removed_but_not_one_in_progress(
    tmp_path: Path, template_file: Path
) -> None:
    dead = tmp_path / ".phbplanner-new-0123456789abcdef.tmp"
    shutil.copyfile(template_file, dead)
    (tmp_path / (dead.name + "-wal")).write_bytes(b"x" * 100)
    orphan = tmp_path / ".phbplanner-new-fedcba9876543210.tmp-shm"
    orphan.write_bytes(b"x")
    live = tmp_path / ".phbplanner-new-00000000000000aa.tmp"
    mine = tmp_path / ".notes.tmp"  # not ours: never touched
    mine.write_text("keep")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_TEMP, str(live)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        create_plan_file(tmp_path / "new.phbplan", PASS, example_plan(), author="T").close()
        names = sorted(p.name for p in tmp_path.iterdir())
        assert names == sorted([".notes.tmp", live.name, "new.phbplan"])
    finally:
        holder.kill()
        holder.wait()


def test_rekey_all_keeps_each_backup_openable_with_one_passphrase(
    plan_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        for _ in range(3):
            session.backup_now()
    found = [info.path for info in list_backups(plan_file)]
    folder = found[0].parent
    real_verify = backups.verify_backup
    calls = {"n": 0}

    def fail_second(path: Path, passphrase: str) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the second backup's re-keyed copy "fails its check"
            raise OSError(5, "Input/output error")
        real_verify(path, passphrase)

    monkeypatch.setattr(backups, "verify_backup", fail_second)
    failed = backups.rekey_all(folder, PASS, OTHER_PASS)
    assert len(failed) == 1
    for path in found:
        assert _opens_with(path, PASS) != _opens_with(path, OTHER_PASS), path
    assert _opens_with(failed[0], PASS)
    assert not list(folder.glob(".tmp-*"))


KILL_REKEY = """
import sys
from pathlib import Path
from phbplanner.storage import backups
print("go", flush=True)
backups.rekey_all(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
print("done", flush=True)
"""


@pytest.mark.slow
def test_a_kill_while_rekeying_backups_leaves_each_openable_with_one(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        for _ in range(3):
            session.backup_now()
    folder = list_backups(plan_file)[0].path.parent
    old, new = PASS, OTHER_PASS
    for delay in (0.2, 0.5, 0.9, 1.4):  # spread over a re-key of three backups
        child = subprocess.Popen(
            [sys.executable, "-c", KILL_REKEY, str(folder), old, new],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "go"
        try:
            child.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        for info in list_backups(plan_file):
            assert _opens_with(info.path, old) != _opens_with(info.path, new), (delay, info)
        backups.rekey_all(folder, old, new)  # finish the job: those still on old move on
        assert all(_opens_with(info.path, new) for info in list_backups(plan_file))
        assert not list(folder.glob(".tmp-rekey-*"))
        old, new = new, old
