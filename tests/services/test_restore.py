"""Restoring a backup over the open plan, or to a new file — with the restore in the history."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from phbplanner.services.changes import Change, Changes
from phbplanner.services.edits import SetSection
from phbplanner.services.files import (
    FileInUseError,
    StorageError,
    WrongPassphraseError,
    open_plan_file,
)
from phbplanner.services.restore import restore_over, restore_to_new, when_made
from tests.storage.support import OTHER_PASS, PASS, sha


def test_restore_over_the_open_plan(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Ann", backup=False) as session:
        plan = session.plan
        session.backup_now("manual")
        (info,) = session.list_backups()
        changed = dataclasses.replace(plan.person, preferred_name="Changed later")
        session.apply(SetSection("person", changed))
        heard: list[Changes] = []
        session.subscribe(heard.append)
        kept = restore_over(session, info, PASS)
        assert session.plan == plan  # the window carries on with the restored plan
        assert heard and heard[-1].touches(Change.PLAN)
        assert not session.locked
        with pytest.raises(FileInUseError):  # held all along
            open_plan_file(plan_file, PASS, author="Other", backup=False)
        newest = session.history()[0]
        assert newest.section == "file"
        assert newest.what.startswith(f"Restored the backup made on {when_made(info)}")
        assert newest.who == "Ann"
        reasons = sorted(b.reason for b in session.list_backups())
        assert reasons == ["before-restore", "manual"]
        session.apply(SetSection("consent_to_share", True))  # and it goes on saving
    with open_plan_file(kept, PASS, author="T", backup=False) as before:  # the replaced plan
        assert before.plan.person.preferred_name == "Changed later"
    with open_plan_file(plan_file, PASS, author="T", backup=False) as after:
        assert after.plan.person == plan.person and after.plan.consent_to_share is True


def test_restore_over_needs_the_plans_passphrase(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Ann", backup=False) as session:
        session.backup_now("manual")
        (info,) = session.list_backups()
        before = sha(plan_file)
        with pytest.raises(WrongPassphraseError, match="not the passphrase of this plan"):
            restore_over(session, info, OTHER_PASS)
        assert sha(plan_file) == before and not session.locked
        assert [b.reason for b in session.list_backups()] == ["manual"]


def test_a_damaged_backup_is_refused_before_anything_changes(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Ann", backup=False) as session:
        session.backup_now("manual")
        (info,) = session.list_backups()
        data = bytearray(info.path.read_bytes())
        data[6000] ^= 0xFF
        info.path.write_bytes(bytes(data))
        before = sha(plan_file)
        with pytest.raises(StorageError, match="damaged"):
            restore_over(session, info, PASS)
        assert sha(plan_file) == before and not session.locked
        session.apply(SetSection("consent_to_share", True))


def test_restore_to_a_new_file(plan_file: Path, tmp_path: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Ann", backup=False) as session:
        session.backup_now("manual")
        (info,) = session.list_backups()
        plan = session.plan
        session.apply(SetSection("consent_to_share", not plan.consent_to_share))
        target = tmp_path / "restored.phbplan"
        restore_to_new(info, target, PASS, author="Ann", supporter=False)
        with pytest.raises(StorageError, match="already a file"):
            restore_to_new(info, target, PASS, author="Ann", supporter=False)
    with open_plan_file(target, PASS, author="T", backup=False) as restored:
        assert restored.plan == plan
        newest = restored.history()[0]
        assert newest.what.startswith("Made from the backup of") and newest.section == "file"
