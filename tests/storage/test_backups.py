"""Backups: encrypted, checked, rotated, listed, restored; they follow a passphrase change."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from phbplanner.services import keeper
from phbplanner.services.edits import SetSection
from phbplanner.services.files import (
    BackupPlace,
    FileInUseError,
    StorageError,
    WrongPassphraseError,
    list_backups,
    open_plan_file,
    restore_backup,
)
from phbplanner.storage import backups
from phbplanner.storage.planfile import read_plan_uuid

from .support import OTHER_PASS, PASS, sha


def _listed(path: Path) -> list[backups.BackupInfo]:
    return list_backups(path, PASS)


def test_backup_now_is_encrypted_checked_and_listed(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        name = session.plan.person.name
        made = session.backup_now()
    assert made.parent == backups.backup_dir(read_plan_uuid(plan_file, PASS))
    data = made.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert name.encode() not in data
    assert made.stat().st_mode & 0o077 == 0
    backups.verify_backup(made, PASS)
    listed = _listed(plan_file)
    assert listed[0].path == made and listed[0].reason == "manual"
    assert listed[0].seq == session._file.commit_seq
    assert not list(made.parent.glob(".tmp-*"))


def test_backup_on_open_happens_in_the_background(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="T") as session:
        session._wait_for_backup()
        assert session.backup_problem is None
        assert session.file_problem is None
    assert [b.reason for b in _listed(plan_file)] == ["open"]


def test_backups_follow_the_plan_not_its_path(plan_file: Path, tmp_path: Path) -> None:
    """A USB stick mounted somewhere else keeps one backup set: backups go by the plan's id."""
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        first = session.backup_now()
    elsewhere = tmp_path / "mounted-elsewhere" / "plan.phbplan"
    elsewhere.parent.mkdir()
    plan_file.rename(elsewhere)
    with open_plan_file(elsewhere, PASS, author="T", backup=False) as session:
        second = session.backup_now()
    assert first.parent == second.parent
    assert [b.path for b in _listed(elsewhere)] == [second, first]


def test_an_open_backs_up_only_when_something_changed(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="T") as session:
        session._wait_for_backup()
    with open_plan_file(plan_file, PASS, author="T") as session:  # nothing changed since
        session._wait_for_backup()
        session.apply(SetSection("consent_to_share", True))
    assert len(_listed(plan_file)) == 1
    with open_plan_file(plan_file, PASS, author="T") as session:  # one change since
        session._wait_for_backup()
    assert [b.reason for b in _listed(plan_file)] == ["open", "open"]


def test_backups_while_editing_come_when_enough_has_changed(
    plan_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keeper, "CHANGES_FOR_BACKUP", 5)
    monkeypatch.setattr(keeper, "BACKUP_MIN_INTERVAL", 0)
    with open_plan_file(plan_file, PASS, author="T") as session:
        session._wait_for_backup()
        for n in range(4):
            session.apply(SetSection("consent_to_share", n % 2 == 0))
            session._wait_for_backup()
        assert [b.reason for b in _listed(plan_file)] == ["open"]
        session.apply(SetSection("consent_to_share", True))
        session._wait_for_backup()
        seq = session._file.commit_seq
    made = _listed(plan_file)
    assert [b.reason for b in made] == ["changes", "open"]
    assert made[0].seq == seq


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


def _fake_backups(folder: Path, start: datetime, days: int, step_hours: int) -> list[Path]:
    made = []
    when = start
    while when < start + timedelta(days=days):
        path = folder / f"{when.strftime('%Y%m%dT%H%M%S%f')}Z-changes-{len(made)}.phbplan"
        path.write_bytes(b"x" * 1000)
        made.append(path)
        when += timedelta(hours=step_hours)
    return made


def test_rotation_is_bounded_in_count_over_six_years(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    start = datetime.now(UTC) - timedelta(days=6 * 365)
    made = _fake_backups(folder, start, 6 * 365, step_hours=20)
    made_years = {info.created.year for info in backups.scan(folder)}
    (folder / ".tmp-abc.phbplan").write_bytes(b"half")  # new: left alone
    backups.rotate(folder)
    kept = backups.scan(folder)
    # newest 5, one a day for 7 days, a week for 5 weeks, a month for 12 months, one a year
    assert len(kept) <= backups.KEEP_RECENT + backups.KEEP_DAYS + backups.KEEP_WEEKS + (
        backups.KEEP_MONTHS + 7
    )
    assert {info.path for info in kept} >= set(made[-backups.KEEP_RECENT :])
    assert {info.created.year for info in kept} == made_years  # each year keeps its newest
    assert (folder / ".tmp-abc.phbplan").exists()


def test_rotation_is_bounded_in_size(tmp_path: Path) -> None:
    now = datetime(2026, 12, 1, tzinfo=UTC)
    infos = [
        backups.BackupInfo(tmp_path / f"{n}.phbplan", now - timedelta(days=n * 3), "changes", 100)
        for n in range(60)
    ]
    kept = backups.choose_kept(infos, budget=1000, now=now)
    assert sum(info.size for info in infos if info.path in kept) <= 1000
    assert infos[0].path in kept and infos[1].path in kept  # never the newest two
    # the budget never drops the newest two, even when they alone are over it
    assert backups.choose_kept(infos[:3], budget=10, now=now) == {infos[0].path, infos[1].path}
    assert backups.size_budget(10) == backups.MIN_SIZE_BUDGET
    assert backups.size_budget(10**9) == backups.SIZE_FACTOR * 10**9


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
    before_restore = [b for b in _listed(plan_file) if b.reason == "before-restore"]
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
    for info in list_backups(plan_file, OTHER_PASS):
        backups.verify_backup(info.path, OTHER_PASS)


def test_supporter_mode_leaves_no_backups(plan_file: Path) -> None:
    before = sha(plan_file)
    with open_plan_file(plan_file, PASS, author="T", supporter=True) as session:
        assert session.supporter and session.backup_folder is None
        with pytest.raises(StorageError, match="switched off"):
            session.backup_now()
        assert session.list_backups() == []
    assert _listed(plan_file) == []
    assert not backups.data_dir().exists()
    assert sha(plan_file) == before


def test_supporter_backups_beside_the_plan_stay_there(plan_file: Path) -> None:
    """Kept on the person's own drive, not deleted at the end, never on this computer."""
    with open_plan_file(
        plan_file, PASS, author="T", supporter=True, backup_place=BackupPlace.BESIDE
    ) as session:
        folder = session.backup_folder
        assert folder == plan_file.parent / "PHB Planner backups" / session.plan_uuid
        made = session.backup_now()
        assert made.parent == folder
        listed = [b.path for b in session.list_backups()]
        assert made in listed and {p.parent for p in listed} == {folder}  # + the one on open
    assert made.exists()
    backups.verify_backup(made, PASS)
    assert not backups.data_dir().exists()
    assert _listed(plan_file) == []  # this computer's list is untouched


def test_a_supporter_never_deletes_this_computers_backups(plan_file: Path) -> None:
    """The same plan opened normally here before: its backups stay when a volunteer closes it."""
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        kept = session.backup_now()
    open_plan_file(plan_file, PASS, author="T", supporter=True).close()
    assert kept.exists()


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
    kept = [b for b in _listed(plan_file) if b.reason == "before-restore"]
    assert len(kept) == 1 and sha(kept[0].path) == damaged


def test_background_backups_while_editing_are_consistent(
    plan_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from phbplanner.domain.plan import Strength
    from phbplanner.services.edits import PutItem

    monkeypatch.setattr(keeper, "CHANGES_FOR_BACKUP", 1)
    monkeypatch.setattr(keeper, "BACKUP_MIN_INTERVAL", 0)
    with open_plan_file(plan_file, PASS, author="T") as session:
        session._wait_for_backup()
        for n in range(60):  # a backup starts whenever the last one has finished
            session.apply(PutItem("strengths", Strength(id=f"b{n}", text=str(n))))
            if n % 20 == 19:
                session._wait_for_backup()
        problem = session.backup_problem
    assert problem is None
    made = [b for b in _listed(plan_file) if b.reason == "changes"]
    assert len(made) >= 2
    for info in made[:10]:
        target = plan_file.with_name("copy.phbplan")
        restore_backup(info.path, target, PASS)
        with open_plan_file(target, PASS, author="T", backup=False) as copy:
            ids = [s.id for s in copy.plan.strengths if s.id.startswith("b")]
            assert ids == [f"b{n}" for n in range(len(ids))]
            assert copy._file.commit_seq >= (info.seq or 0)
        target.unlink()


def test_damage_found_in_the_background_keeps_the_good_backups(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        good = session.backup_now()
        session.apply(SetSection("consent_to_share", True))
    data = bytearray(plan_file.read_bytes())
    page = len(data) // 4096 // 2  # a page the plan's loading does not need
    data[page * 4096 + 1000] ^= 0x5A
    plan_file.write_bytes(bytes(data))
    with open_plan_file(plan_file, PASS, author="T") as session:  # opens: the check is later
        session._wait_for_backup()
        problem = session.file_problem
    assert problem is not None and "damage" in problem
    assert [b.path for b in _listed(plan_file)] == [good]  # no backup of a damaged file


def test_backups_kept_by_path_are_adopted(plan_file: Path) -> None:
    old_folder = backups.legacy_backup_dir(plan_file)
    old_folder.mkdir(parents=True)
    old = old_folder / "20260101T000000000000Z-timed.phbplan"
    old.write_bytes(b"an old backup")
    with open_plan_file(plan_file, PASS, author="T") as session:
        session._wait_for_backup()
        folder = session.backup_folder
    assert (folder / old.name).read_bytes() == b"an old backup"
    assert not old_folder.exists()
