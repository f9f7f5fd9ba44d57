"""Backups: encrypted, checked, rotated, listed, restored; they follow a passphrase change."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from phbplanner.services.edits import SetSection
from phbplanner.services.files import (
    FileInUseError,
    WrongPassphraseError,
    list_backups,
    open_plan_file,
    restore_backup,
)
from phbplanner.storage import backups

from .support import OTHER_PASS, PASS, sha


def test_backup_now_is_encrypted_checked_and_listed(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        name = session.plan.person.name
        made = session.backup_now()
    assert made.parent == backups.backup_dir(plan_file)
    data = made.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert name.encode() not in data
    assert made.stat().st_mode & 0o077 == 0
    backups.verify_backup(made, PASS)
    listed = list_backups(plan_file)
    assert listed[0].path == made and listed[0].reason == "manual"
    assert not list(made.parent.glob(".tmp-*"))


def test_backup_on_open_happens_in_the_background(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="T") as session:
        session._wait_for_backup()
        assert session.backup_problem is None
    assert [b.reason for b in list_backups(plan_file)] == ["open"]


def test_backup_holds_changes_still_in_the_wal(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        person = dataclasses.replace(session.plan.person, name="Only in the WAL")
        session.apply(SetSection("person", person))
        made = session.backup_now()
        expected = session.plan
    target = plan_file.with_name("restored.phbplan")
    restore_backup(made, target, PASS)
    with open_plan_file(target, PASS, author="T", backup=False) as session:
        assert session.plan == expected


def test_rotation_keeps_last_ten_and_one_per_month(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    start = datetime(2026, 1, 1, tzinfo=UTC)
    made = []
    for day in range(0, 200, 5):  # about seven months of backups
        when = start + timedelta(days=day)
        path = folder / f"{when.strftime('%Y%m%dT%H%M%S%f')}Z-timed.phbplan"
        path.write_bytes(b"x")
        made.append((when, path))
    (folder / ".tmp-abc.phbplan").write_bytes(b"half")  # new: left alone
    backups.rotate(folder)
    kept = {info.path for info in backups.scan(folder)}
    newest_ten = {path for _when, path in made[-10:]}
    assert newest_ten <= kept
    months = {(w.year, w.month) for w, p in made}
    for month in months:
        in_month = [p for w, p in made if (w.year, w.month) == month]
        assert in_month[-1] in kept
    assert len(kept) == len(
        newest_ten | {max(p for w, p in made if (w.year, w.month) == m) for m in months}
    )
    assert (folder / ".tmp-abc.phbplan").exists()


def test_restore_replaces_the_file_and_keeps_the_old_one(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        original = session.plan
        made = session.backup_now()
        session.apply(SetSection("consent_to_share", not original.consent_to_share))
        changed = session.plan
        with pytest.raises(FileInUseError):
            restore_backup(made, plan_file, PASS)
    with pytest.raises(WrongPassphraseError):
        restore_backup(made, plan_file, "a wrong passphrase here")
    restore_backup(made, plan_file, PASS)
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        assert session.plan == original
    before_restore = [b for b in list_backups(plan_file) if b.reason == "before-restore"]
    assert len(before_restore) == 1
    target = plan_file.with_name("check.phbplan")
    restore_backup(before_restore[0].path, target, PASS)
    with open_plan_file(target, PASS, author="T", backup=False) as session:
        assert session.plan == changed


def test_passphrase_change_rekeys_backups(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        session.backup_now()
        with pytest.raises(WrongPassphraseError):
            session.change_passphrase("not the old one", OTHER_PASS)
        session.change_passphrase(PASS, OTHER_PASS)
        assert any(e.what.startswith("Changed the passphrase") for e in session.history())
    with pytest.raises(WrongPassphraseError):
        open_plan_file(plan_file, PASS, author="T", backup=False)
    open_plan_file(plan_file, OTHER_PASS, author="T", backup=False).close()
    for info in list_backups(plan_file):
        backups.verify_backup(info.path, OTHER_PASS)


def test_supporter_mode_leaves_no_backups(plan_file: Path) -> None:
    before = sha(plan_file)
    with open_plan_file(plan_file, PASS, author="T", supporter=True) as session:
        session.backup_now()
        assert session.supporter
    assert list_backups(plan_file) == []
    assert not backups.backup_dir(plan_file).exists()
    assert sha(plan_file) == before


def test_restore_over_a_damaged_file_keeps_its_bytes(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        made = session.backup_now()
        original = session.plan
    data = bytearray(plan_file.read_bytes())
    data[5000] ^= 0xFF
    plan_file.write_bytes(bytes(data))
    damaged = sha(plan_file)
    restore_backup(made, plan_file, PASS)
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        assert session.plan == original
    kept = [b for b in list_backups(plan_file) if b.reason == "before-restore"]
    assert len(kept) == 1 and sha(kept[0].path) == damaged


def test_background_backups_while_editing_are_consistent(plan_file: Path) -> None:
    import threading

    from phbplanner.domain.plan import Strength
    from phbplanner.services.edits import PutItem

    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        stop = threading.Event()
        problems: list[object] = []  # an assert in the thread could not fail the test
        rounds = 0

        def keep_backing_up() -> None:
            nonlocal rounds
            try:
                while rounds < 3 or not stop.is_set():  # at least three, however fast the edits
                    session._background_backup("timed")
                    rounds += 1
                    if session.backup_problem is not None:
                        problems.append(session.backup_problem)
            except BaseException as exc:
                problems.append(exc)

        thread = threading.Thread(target=keep_backing_up)
        thread.start()
        try:
            for n in range(60):
                session.apply(PutItem("strengths", Strength(id=f"b{n}", text=str(n))))
        finally:
            stop.set()
            thread.join()
        assert problems == []
    made = [b for b in list_backups(plan_file) if b.reason == "timed"]
    assert len(made) >= min(rounds, 3)
    for info in made[:10]:
        target = plan_file.with_name("copy.phbplan")
        restore_backup(info.path, target, PASS)
        with open_plan_file(target, PASS, author="T", backup=False) as copy:
            ids = [s.id for s in copy.plan.strengths if s.id.startswith("b")]
            assert ids == [f"b{n}" for n in range(len(ids))]
        target.unlink()
